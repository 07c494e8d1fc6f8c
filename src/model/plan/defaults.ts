import { dataRates, DEFAULT_USED_CAR_RATE } from "../dataAssets";
import { DEFAULT_PER_VEHICLE } from "../ecosystem";
import { EV_MARGIN_PER_VEHICLE } from "../economics";
import { SEED } from "../seed";
import type { PlanAssumptions, PlanCase } from "./assumptions";
import { SEED_THRESHOLDS } from "./role";
import type { PlanSettings } from "./settings";
import { perStream } from "./streams";
import { constantTimeline } from "./timeline";

/** Analyst assumptions (not from the seed), chosen so the first edition's figures stay unchanged. */
export const DEFAULT_STREAM_MARGIN = 0.2;
export const DEFAULT_DISCOUNT_RATE = 0.1;
export const DEFAULT_SENSITIVITY_STEP = 0.2;

/** The seed's 10万-vehicle maker (S4/S12) heading for 100万 (S18), with no costs and full take-up. */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  fleet: SEED.economicsFleet.value,
  scenario: "mid",
  targetFleet: SEED.planTargetFleet.value,
  fleetPath: "linear",
  networkCost: 0,
  ecoOpex: 0,
  capex: constantTimeline(0),
  dataCoverage: constantTimeline(1),
  adoption: perStream(() => constantTimeline(1)),
  streamMargin: perStream(() => DEFAULT_STREAM_MARGIN),
  discountRate: DEFAULT_DISCOUNT_RATE,
};

export const DEFAULT_PLAN_ASSUMPTIONS: PlanAssumptions = {
  years: SEED.planYears.value,
  marginPerVehicle: EV_MARGIN_PER_VEHICLE,
  perVehicle: DEFAULT_PER_VEHICLE,
  dataRates: { low: dataRates("low"), mid: dataRates("mid"), high: dataRates("high") },
  usedCarRate: DEFAULT_USED_CAR_RATE,
  thresholds: SEED_THRESHOLDS,
  sensitivityStep: DEFAULT_SENSITIVITY_STEP,
};

export function planCase(
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
  assumptions: PlanAssumptions = DEFAULT_PLAN_ASSUMPTIONS
): PlanCase {
  return { ...assumptions, ...settings };
}

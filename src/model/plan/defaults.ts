import { dataRates, DEFAULT_USED_CAR_RATE } from "../dataAssets";
import { DEFAULT_PER_VEHICLE } from "../ecosystem";
import { EV_MARGIN_PER_VEHICLE } from "../economics";
import { SEED } from "../seed";
import type { PlanAssumptions, PlanCase } from "./assumptions";
import { CALIBRATED_NETWORK } from "./calibration";
import { defaultCaseFactors } from "./caseFactors";
import { SEED_THRESHOLDS } from "./role";
import type { PlanSettings } from "./settings";
import { perStream } from "./streams";
import { constantTimeline, linearRamp } from "./timeline";

/** Analyst assumptions (not from the seed). */
export const DEFAULT_STREAM_MARGIN = 0.2;
export const DEFAULT_DISCOUNT_RATE = 0.1;

export const DEFAULT_PLAN_ASSUMPTIONS: PlanAssumptions = {
  marginPerVehicle: EV_MARGIN_PER_VEHICLE,
  perVehicle: DEFAULT_PER_VEHICLE,
  dataRates: { low: dataRates("low"), mid: dataRates("mid"), high: dataRates("high") },
  usedCarRate: DEFAULT_USED_CAR_RATE,
  thresholds: SEED_THRESHOLDS,
};

/** Data and every stream: nothing sold in year 0 (today), everything by year 5, in equal steps. */
export const STORY_RAMP = linearRamp(0, 1);

/**
 * The defaults are the seed's story (MODEL.md §8): 老张's company, 10万 vehicles (S4's maker) today
 * heading for 100万 (S18), losing 2,800万 today (S17) on a network calibrated to the seed's two
 * losses; the ecosystem ramps up over the plan; no platform cost or investment entered.
 */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  fleet: SEED.economicsFleet.value,
  scenario: "mid",
  targetFleet: SEED.planTargetFleet.value,
  fleetPath: "linear",
  serviceCost: CALIBRATED_NETWORK.serviceCost,
  networkCost: CALIBRATED_NETWORK.networkCost,
  ecoOpex: 0,
  capex: constantTimeline(0),
  dataCoverage: STORY_RAMP,
  adoption: perStream(() => STORY_RAMP),
  streamMargin: perStream(() => DEFAULT_STREAM_MARGIN),
  discountRate: DEFAULT_DISCOUNT_RATE,
  caseFactors: defaultCaseFactors(
    DEFAULT_PLAN_ASSUMPTIONS.dataRates,
    DEFAULT_PLAN_ASSUMPTIONS.usedCarRate
  ),
};

export function planCase(
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
  assumptions: PlanAssumptions = DEFAULT_PLAN_ASSUMPTIONS
): PlanCase {
  return { ...assumptions, ...settings };
}

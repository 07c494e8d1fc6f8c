import { dataRates, DEFAULT_USED_CAR_RATE } from "../dataAssets";
import { DEFAULT_PER_VEHICLE } from "../ecosystem";
import { EV_MARGIN_PER_VEHICLE } from "../economics";
import { SEED } from "../seed";
import type { PlanAssumptions, PlanCase } from "./assumptions";
import { calibrateCosts } from "./calibration";
import { dataPriceFactors, defaultCaseFactors } from "./caseFactors";
import { SEED_THRESHOLDS } from "./role";
import type { DataPrices, PlanSettings } from "./settings";
import { perStream } from "./streams";
import { constantTimeline, linearRamp } from "./timeline";

/** Analyst assumptions (not from the seed). */
export const DEFAULT_STREAM_MARGIN = 0.2;
export const DEFAULT_DISCOUNT_RATE = 0.1;
/** g of the valuation (MODEL.md §11.6): no growth after year 5. */
export const DEFAULT_TERMINAL_GROWTH = 0;
/** ρ of the simulation (MODEL.md §11.4): halfway between independent and moving together. */
export const DEFAULT_CORRELATION = 0.5;

export const DEFAULT_PLAN_ASSUMPTIONS: PlanAssumptions = { thresholds: SEED_THRESHOLDS };

/** S8–S11's price ranges, low / mid / high. */
export const SEED_DATA_PRICES: DataPrices = {
  low: dataRates("low"),
  mid: dataRates("mid"),
  high: dataRates("high"),
};

/** Data and every stream: nothing sold in year 0 (today), everything by year 5, in equal steps. */
export const STORY_RAMP = linearRamp(0, 1);

/**
 * The defaults are the seed's story (MODEL.md §8, §11): 老张's company, 10万 vehicles (S4's maker)
 * today heading for 100万 (S18), losing 2,800万 today (S17) and 1亿 at 100万 if nothing changes
 * (S18 A): c and N are calibrated from those two facts (the overrides blank); the ecosystem
 * ramps up over the plan; no platform cost or investment entered.
 */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  fleet: SEED.economicsFleet.value,
  scenario: "mid",
  targetFleet: SEED.planTargetFleet.value,
  fleetPath: "linear",
  marginPerVehicle: EV_MARGIN_PER_VEHICLE,
  resultToday: SEED.turnaroundBefore.value,
  resultTargetStatusQuo: SEED.costCentreLoss.value,
  serviceCost: null,
  networkCost: null,
  ecoOpex: 0,
  capex: constantTimeline(0),
  dataCoverage: STORY_RAMP,
  adoption: perStream(() => STORY_RAMP),
  streamMargin: perStream(() => DEFAULT_STREAM_MARGIN),
  discountRate: DEFAULT_DISCOUNT_RATE,
  caseFactors: defaultCaseFactors(SEED_DATA_PRICES, DEFAULT_USED_CAR_RATE),
  dataRates: SEED_DATA_PRICES,
  usedCarRate: null,
  streamRevenue: perStream((s) => DEFAULT_PER_VEHICLE[s]),
  terminalGrowth: DEFAULT_TERMINAL_GROWTH,
  correlation: DEFAULT_CORRELATION,
};

/** Calc_UsedCarRate (MODEL.md §11.2): the override if typed, else the seed's 9/65. */
export function usedCarRateOf(settings: Pick<PlanSettings, "usedCarRate">): number {
  return settings.usedCarRate ?? DEFAULT_USED_CAR_RATE;
}

/** The plan's case from its settings: every override resolved once, from the inputs as typed. */
export function planCase(
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
  assumptions: PlanAssumptions = DEFAULT_PLAN_ASSUMPTIONS
): PlanCase {
  const costs = calibrateCosts(settings);
  const usedCarRate = usedCarRateOf(settings);
  return {
    ...assumptions,
    ...settings,
    serviceCost: costs.serviceCost,
    networkCost: costs.networkCost,
    usedCarRate,
    // Driver 1's factors are formulas of the prices (MODEL.md §11.2), not an input.
    caseFactors: {
      ...settings.caseFactors,
      dataPrices: dataPriceFactors(settings.dataRates, usedCarRate),
    },
  };
}

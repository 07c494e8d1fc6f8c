import { SEED } from "../seed";
import { dataAssetValue, dataRates, DEFAULT_USED_CAR_RATE } from "../dataAssets";
import { DEFAULT_PER_VEHICLE, ecosystemRevenue, type PerVehicle } from "../ecosystem";
import { EV_MARGIN_PER_VEHICLE } from "../economics";
import type { Scenario } from "../scenario";
import { roleFor, SEED_THRESHOLDS, type Role } from "./role";

/**
 * The first edition of the plan (MODEL.md §4): a linear fleet times constant per-vehicle figures.
 * Kept as the reference the second edition must reproduce at its default inputs.
 */

export interface PlanInputs {
  readonly startFleet: number;
  readonly targetFleet: number;
  readonly years: number;
  readonly scenario: Scenario;
  readonly usedCarRate: number;
  /** After-sales gross margin, 元/车/年 (S5's EV case by default). */
  readonly marginPerVehicle: number;
  readonly perVehicle: PerVehicle;
  /** Share of ecosystem revenue kept as margin: an analyst input, not from the seed (default 20 %). */
  readonly ecosystemMarginRate: number;
}

export const DEFAULT_ECOSYSTEM_MARGIN_RATE = 0.2;

export function planInputs(startFleet: number, scenario: Scenario = "mid"): PlanInputs {
  return {
    startFleet,
    targetFleet: SEED.planTargetFleet.value,
    years: SEED.planYears.value,
    scenario,
    usedCarRate: DEFAULT_USED_CAR_RATE,
    marginPerVehicle: EV_MARGIN_PER_VEHICLE,
    perVehicle: DEFAULT_PER_VEHICLE,
    ecosystemMarginRate: DEFAULT_ECOSYSTEM_MARGIN_RATE,
  };
}

export interface PlanYear {
  readonly year: number;
  readonly fleet: number;
  readonly afterSalesMargin: number;
  readonly dataAssetValue: number;
  readonly ecosystemRevenue: number;
  /** after-sales gross margin + data asset value + ecosystem revenue × ecosystem margin rate (MODEL.md §4). */
  readonly ecosystemValue: number;
}

/** Fleet grows in equal steps from today's fleet (year 0) to the target in the final year. */
export function fleetInYear(
  i: Pick<PlanInputs, "startFleet" | "targetFleet" | "years">,
  year: number
): number {
  return i.startFleet + ((i.targetFleet - i.startFleet) * year) / i.years;
}

export function planYear(i: PlanInputs, year: number): PlanYear {
  const fleet = fleetInYear(i, year);
  const afterSalesMargin = fleet * i.marginPerVehicle;
  const data = dataAssetValue(fleet, dataRates(i.scenario), i.usedCarRate);
  const ecosystem = ecosystemRevenue(fleet, i.perVehicle);
  return {
    year,
    fleet,
    afterSalesMargin,
    dataAssetValue: data,
    ecosystemRevenue: ecosystem,
    ecosystemValue: afterSalesMargin + data + ecosystem * i.ecosystemMarginRate,
  };
}

export function yearlyPlan(i: PlanInputs): PlanYear[] {
  return Array.from({ length: i.years + 1 }, (_, year) => planYear(i, year));
}

/** S18's role test: D if ecosystem value ≥ 10亿; else C if margin ≥ 5亿; else B if margin ≥ 0; else A. */
export function roleOf(y: Pick<PlanYear, "afterSalesMargin" | "ecosystemValue">): Role {
  return roleFor(y.afterSalesMargin, y.ecosystemValue, SEED_THRESHOLDS);
}

import type { DataRates } from "../dataAssets";
import type { ScenarioName } from "../scenario";
import type { CaseFactors } from "./drivers";
import type { PerStream } from "./streams";
import type { Timeline } from "./timeline";

export const FLEET_PATHS = ["linear", "cagr"] as const;
/** linear: equal steps to the target; cagr: a constant growth rate to the target. */
export type FleetPath = (typeof FLEET_PATHS)[number];

/** In_DataPrices (4 × 3): each buyer's price at the low, mid and high end (S8–S11 by default). */
export type DataPrices = Readonly<Record<ScenarioName, DataRates>>;

/**
 * Every input a preset, the task pane, the command line or ECO.PLAN sets: the named inputs of
 * MODEL.md §7, §8 and §11 (one row each in catalogue.ts). Amounts in 元 (costs as positive
 * amounts, subtracted); shares as fractions. `null` is an override left blank: the value is
 * calibrated from the facts (MODEL.md §11.1, §11.2; planCase resolves it once).
 */
export interface PlanSettings {
  /** In_Fleet: vehicles in service today (year 0), F_0. */
  readonly fleet: number;
  /** In_Scenario: picks the case (low = every downside factor, mid = 1, high = every upside). */
  readonly scenario: ScenarioName;
  /** In_TargetFleet: vehicles in service in year 5, T. */
  readonly targetFleet: number;
  /** In_FleetPath. */
  readonly fleetPath: FleetPath;
  /** In_Margin: m, after-sales gross margin, 元/车/年 (S5 by default). */
  readonly marginPerVehicle: number;
  /** In_ResultToday: R_0, today's after-sales contribution, 元/年 (S17 by default). */
  readonly resultToday: number;
  /** In_ResultTargetSQ: R_T, the contribution at the year-5 fleet if nothing changes; null: blank. */
  readonly resultTargetStatusQuo: number | null;
  /** In_ServiceCost: the override of c, 元 per vehicle in service per year; null: calibrated. */
  readonly serviceCost: number | null;
  /** In_NetworkCost: the override of N, 元 per year, the network's fixed part; null: calibrated. */
  readonly networkCost: number | null;
  /** In_EcoOpex: 元 per year, running cost of the ecosystem platforms. */
  readonly ecoOpex: number;
  /** In_Capex: 元, one-off ecosystem investment in each year. */
  readonly capex: Timeline;
  /** In_DataCoverage: share of the fleet whose data is sold, each year. */
  readonly dataCoverage: Timeline;
  /** In_Adoption: share of the S15 benchmark revenue per vehicle each stream reaches, each year. */
  readonly adoption: PerStream<Timeline>;
  /** In_StreamMargin: margin kept on each stream's revenue. */
  readonly streamMargin: PerStream<number>;
  /** In_DiscountRate. */
  readonly discountRate: number;
  /** In_CaseFactors: each driver's downside and upside factor. */
  readonly caseFactors: CaseFactors;
  /** In_DataPrices: the data buyers' prices (the plan uses mid; driver 1's factors the ends). */
  readonly dataRates: DataPrices;
  /** In_UsedCarRate: the override of the certifications per vehicle per year; null: the seed's 9/65. */
  readonly usedCarRate: number | null;
  /** In_StreamRevenue: r_s, each stream's benchmark revenue, 元/车/年 (S15 ÷ 50万 by default). */
  readonly streamRevenue: PerStream<number>;
  /** In_TerminalGrowth: g of the valuation's perpetuity (MODEL.md §11.6). */
  readonly terminalGrowth: number;
  /** In_Correlation: ρ of the simulation's drivers, 0 … 1 (MODEL.md §11.4). */
  readonly correlation: number;
}

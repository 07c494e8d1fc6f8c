import type { ScenarioName } from "../scenario";
import type { CaseFactors } from "./drivers";
import type { PerStream } from "./streams";
import type { Timeline } from "./timeline";

export const FLEET_PATHS = ["linear", "cagr"] as const;
/** linear: equal steps to the target; cagr: a constant growth rate to the target. */
export type FleetPath = (typeof FLEET_PATHS)[number];

/**
 * Every input a preset, the task pane, the command line or ECO.PLAN sets: the named inputs of
 * MODEL.md §7 and §8. Amounts in 元 (costs as positive amounts, subtracted); shares as fractions.
 */
export interface PlanSettings {
  /** In_Fleet: vehicles in service today (year 0). */
  readonly fleet: number;
  /** In_Scenario: picks the case (low = every downside factor, mid = 1, high = every upside). */
  readonly scenario: ScenarioName;
  /** In_TargetFleet: vehicles in service in year 5. */
  readonly targetFleet: number;
  /** In_FleetPath. */
  readonly fleetPath: FleetPath;
  /** In_ServiceCost: 元 per vehicle in service per year (the network's variable part). */
  readonly serviceCost: number;
  /** In_NetworkCost: 元 per year, the network's fixed part. */
  readonly networkCost: number;
  /** In_EcoOpex: 元 per year, running cost of the ecosystem platforms. */
  readonly ecoOpex: number;
  /** In_Capex: 元, one-off ecosystem investment in each year. */
  readonly capex: Timeline;
  /** In_DataCoverage: share of the fleet whose data is sold, each year. */
  readonly dataCoverage: Timeline;
  /** In_Adoption: share of the fleet using each stream, each year. */
  readonly adoption: PerStream<Timeline>;
  /** In_StreamMargin: margin kept on each stream's revenue. */
  readonly streamMargin: PerStream<number>;
  /** In_DiscountRate. */
  readonly discountRate: number;
  /** In_CaseFactors: each driver's downside and upside factor. */
  readonly caseFactors: CaseFactors;
}

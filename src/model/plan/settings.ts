import type { ScenarioName } from "../scenario";
import type { PerStream } from "./streams";
import type { Timeline } from "./timeline";

export const FLEET_PATHS = ["linear", "cagr"] as const;
/** linear: equal steps to the target; cagr: a constant growth rate to the target. */
export type FleetPath = (typeof FLEET_PATHS)[number];

/**
 * Every input a preset, the task pane or the command line sets: the named inputs of MODEL.md §7.
 * Amounts in 元 (costs as positive amounts, subtracted); shares as fractions (0.2, not 20).
 */
export interface PlanSettings {
  /** In_Fleet: vehicles in service today (year 0). */
  readonly fleet: number;
  /** In_Scenario: picks low/mid/high of every ranged input. */
  readonly scenario: ScenarioName;
  /** In_TargetFleet: vehicles in service in year 5. */
  readonly targetFleet: number;
  /** In_FleetPath. */
  readonly fleetPath: FleetPath;
  /** In_NetworkCost: 元 per year, fixed cost of the after-sales network. */
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
  /** In_DiscountRate: for the NPV. */
  readonly discountRate: number;
}

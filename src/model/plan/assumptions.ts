import type { DataRates } from "../dataAssets";
import type { PerVehicle } from "../ecosystem";
import type { ScenarioName } from "../scenario";
import type { RoleThresholds } from "./role";
import type { PlanSettings } from "./settings";

/** The rest of the plan's inputs: seed figures and analyst constants the workbook also holds. */
export interface PlanAssumptions {
  /** Years from today to the target fleet (S18: 5). */
  readonly years: number;
  /** m: after-sales gross margin, 元/车/年 (S5 by default). */
  readonly marginPerVehicle: number;
  /** r_s: revenue per vehicle of each stream, 元/车/年 (S15 by default). */
  readonly perVehicle: PerVehicle;
  /** The data buyers' rates of each scenario (S8–S11). */
  readonly dataRates: Readonly<Record<ScenarioName, DataRates>>;
  /** Used-car certifications per vehicle per year. */
  readonly usedCarRate: number;
  readonly thresholds: RoleThresholds;
  /** The tornado's step for fleet, margin and stream revenue (±20 %). */
  readonly sensitivityStep: number;
}

/** Everything the second-edition plan is computed from. */
export interface PlanCase extends PlanSettings, PlanAssumptions {}

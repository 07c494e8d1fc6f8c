import type { DataRates } from "../dataAssets";
import type { PerVehicle } from "../ecosystem";
import type { ScenarioName } from "../scenario";
import type { RoleThresholds } from "./role";
import type { PlanSettings } from "./settings";

/** The rest of the plan's inputs: seed figures and analyst constants the workbook also holds. */
export interface PlanAssumptions {
  /** m: after-sales gross margin, 元/车/年 (S5 by default). */
  readonly marginPerVehicle: number;
  /** r_s: revenue per vehicle of each stream, 元/车/年 (S15 by default). */
  readonly perVehicle: PerVehicle;
  /** The data buyers' rates at each end of S8–S11 (the plan uses mid; driver 1's factors the ends). */
  readonly dataRates: Readonly<Record<ScenarioName, DataRates>>;
  /** Used-car certifications per vehicle per year. */
  readonly usedCarRate: number;
  readonly thresholds: RoleThresholds;
}

/** Everything the plan is computed from. */
export interface PlanCase extends PlanSettings, PlanAssumptions {}

import type { RoleThresholds } from "./role";
import type { PlanSettings } from "./settings";

/** The rest of what the plan is computed from: constants the workbook also holds (S18's bands). */
export interface PlanAssumptions {
  readonly thresholds: RoleThresholds;
}

/**
 * Everything the plan is computed from: the settings with every override resolved, once, from
 * the inputs as typed (MODEL.md §11.1: c and N; §11.2: the used-car rate). ECO.PLAN builds one
 * directly (the functions take c and N); planCase builds one from settings.
 */
export interface PlanCase
  extends Omit<PlanSettings, "serviceCost" | "networkCost" | "usedCarRate">, PlanAssumptions {
  /** c: 元 per vehicle in service per year. */
  readonly serviceCost: number;
  /** N: 元 per year. */
  readonly networkCost: number;
  /** Used-car certifications per vehicle per year. */
  readonly usedCarRate: number;
}

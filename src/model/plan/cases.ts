import type { ScenarioName } from "../scenario";
import type { PlanCase } from "./assumptions";
import { scenarioFactors } from "./caseFactors";
import { planUnder, type PlanOutcome } from "./planUnder";
import type { Role } from "./role";

export const SCENARIO_NAMES = ["low", "mid", "high"] as const satisfies readonly ScenarioName[];

/** One column of the side-by-side cases (MODEL.md §8). */
export interface CaseSummary {
  readonly year5Value: number;
  readonly year5Role: Role;
  readonly npv: number;
  /** Against the case's own status quo (which takes the case's factors of drivers 2–5 and 11). */
  readonly npvIncremental: number;
  readonly roles: readonly Role[];
}

export function caseSummary(o: PlanOutcome): CaseSummary {
  return {
    year5Value: o.year5Value,
    year5Role: o.year5Role,
    npv: o.npv,
    npvIncremental: o.npvIncremental,
    roles: o.years.map((y) => y.role),
  };
}

/** The status quo's column: the mid case's status quo, worth nothing against itself. */
export function statusQuoSummary(mid: PlanOutcome): CaseSummary {
  return {
    year5Value: mid.year5ValueStatusQuo,
    year5Role: mid.year5RoleStatusQuo,
    npv: mid.npvStatusQuo,
    npvIncremental: 0,
    roles: mid.years.map((y) => y.statusQuoRole),
  };
}

export interface CaseComparison {
  readonly statusQuo: CaseSummary;
  readonly low: CaseSummary;
  readonly mid: CaseSummary;
  readonly high: CaseSummary;
}

/** Status quo, low, mid and high, whatever In_Scenario says: each a full recomputation. */
export function caseComparison(c: PlanCase): CaseComparison {
  const outcome = (s: ScenarioName): PlanOutcome => planUnder(c, scenarioFactors(c.caseFactors, s));
  const mid = outcome("mid");
  return {
    statusQuo: statusQuoSummary(mid),
    low: caseSummary(outcome("low")),
    mid: caseSummary(mid),
    high: caseSummary(outcome("high")),
  };
}

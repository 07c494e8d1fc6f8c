import type { PlanOutcome } from "./planUnder";
import { FINAL_YEAR } from "./timeline";

/**
 * What after-sales adds to the company's value (MODEL.md §11.6, the seed's question 3): the NPV
 * plus year 5's contribution as a growing perpetuity, discounted from year 5, pre-tax and with no
 * reinvestment; the status quo assumes its year-5 result goes on. d is the case's discount rate.
 * null: n/a, when d ≤ g (the perpetuity has no finite value).
 */
export interface Valuation {
  /** Out_Value_Plan = NPV + V_5·(1 + g)/(d − g)/(1 + d)^5. */
  readonly plan: number | null;
  /** Out_Value_StatusQuo = NPV_StatusQuo + P_5·(1 + g)/(d − g)/(1 + d)^5. */
  readonly statusQuo: number | null;
  /** Out_Value_Incremental = plan − statusQuo. */
  readonly incremental: number | null;
}

export function valuation(o: PlanOutcome, terminalGrowth: number): Valuation {
  const d = o.inputs.discountRate;
  const g = terminalGrowth;
  if (!(d > g)) return { plan: null, statusQuo: null, incremental: null };
  const terminal = (year5: number): number => (year5 * (1 + g)) / (d - g) / (1 + d) ** FINAL_YEAR;
  const plan = o.npv + terminal(o.year5Value);
  const statusQuo = o.npvStatusQuo + terminal(o.year5ValueStatusQuo);
  return { plan, statusQuo, incremental: plan - statusQuo };
}

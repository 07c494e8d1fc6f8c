import { SEED } from "../seed";

/** The four answers to the seed's question 1 (S18). */
export type Role = "A" | "B" | "C" | "D";

/** 元/年: D needs this much ecosystem value; C and B this much after-sales profit. */
export interface RoleThresholds {
  readonly valueEngine: number;
  readonly profitCentre: number;
  readonly breakEven: number;
}

/** S18: D at 10亿 of ecosystem value, C at 5亿 of after-sales margin, B at break-even. */
export const SEED_THRESHOLDS: RoleThresholds = {
  valueEngine: SEED.valueEngineValue.value,
  profitCentre: SEED.profitCentreMargin.value,
  breakEven: 0,
};

/** S18's role test: D if value ≥ D's threshold; else C if profit ≥ C's; else B if profit ≥ B's; else A. */
export function roleFor(profit: number, value: number, thresholds: RoleThresholds): Role {
  if (value >= thresholds.valueEngine) return "D";
  if (profit >= thresholds.profitCentre) return "C";
  if (profit >= thresholds.breakEven) return "B";
  return "A";
}

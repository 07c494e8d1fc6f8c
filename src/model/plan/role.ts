import { wholeYuan } from "../round";
import { SEED } from "../seed";

/** The four answers to the seed's question 1 (S18). */
export type Role = "A" | "B" | "C" | "D";

/** 元/年 of annual contribution V at which each band starts (A is below B's). */
export interface RoleThresholds {
  readonly valueEngine: number;
  readonly profitCentre: number;
  readonly breakEven: number;
}

/** S18: D at 10亿, C at 5亿, B at 0 (MODEL.md §8: one measure, the contribution V, for every band). */
export const SEED_THRESHOLDS: RoleThresholds = {
  valueEngine: SEED.valueEngineValue.value,
  profitCentre: SEED.profitCentreMargin.value,
  breakEven: 0,
};

/** A < 0 ≤ B < 5亿 ≤ C < 10亿 ≤ D, on the contribution rounded to whole 元. */
export function roleOf(value: number, thresholds: RoleThresholds = SEED_THRESHOLDS): Role {
  const v = wholeYuan(value);
  if (v >= thresholds.valueEngine) return "D";
  if (v >= thresholds.profitCentre) return "C";
  if (v >= thresholds.breakEven) return "B";
  return "A";
}

/**
 * The role test (MODEL.md §8) as a formula template: one measure, the contribution rounded to
 * whole 元 with ROUND (so floating-point noise cannot flip a role between engines), against the
 * inputs sheet's thresholds: A < 0 ≤ B < 5亿 ≤ C < 10亿 ≤ D.
 */
import type { Formula } from "./types";

export function roleOf(value: Formula): Formula {
  const v = `ROUND(${value},0)`;
  return `IF(${v}>={in.valueEngineValue},{role:D},IF(${v}>={in.profitCentreMargin},{role:C},IF(${v}>={in.breakEvenMargin},{role:B},{role:A})))`;
}

/** The factor In_Scenario selects for a driver (the inputs sheet's "selected" column). */
export const selectedFactor = (key: string): Formula => `{in.${key}@E}`;

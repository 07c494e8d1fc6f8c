/**
 * The fourth edition's fixed words that formulas return (`{txt:id}`): the calibration's mode and
 * its warnings (MODEL.md §11.1), the valuation's n/a and the NPV tile's upper bound (§11.6, §11.8).
 * The plan's result texts shared with the functions stay in src/model/words.ts.
 */
import type { Text } from "./types";

export const LAYOUT_TEXT = {
  calibOverride: { zh: "c、N 均为覆盖值", en: "c and N overridden" },
  calibServiceOverride: { zh: "c 为覆盖值，N 按事实1", en: "c overridden, N from fact 1" },
  calibTwoFacts: { zh: "双事实校准", en: "two facts" },
  calibOneFact: { zh: "单事实校准（种子的 c）", en: "one fact (the seed's c)" },
  calibNegative: { zh: "；负成本，校验未通过", en: "; negative cost, a check fails" },
  /** The valuation when the discount rate does not exceed the growth (MODEL.md §11.6). */
  valueNa: { zh: "不适用（折现率 ≤ 增长率）", en: "n/a (discount rate ≤ growth)" },
} as const satisfies Record<string, Text>;

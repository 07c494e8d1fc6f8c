/**
 * The fourth edition's fixed words that formulas return (`{txt:id}`): the calibration's mode and
 * its warnings (MODEL.md §11.1), the valuation's n/a and the NPV tile's upper bound (§11.6, §11.8).
 * The plan's result texts shared with the functions stay in src/model/words.ts.
 */
import type { Text } from "./types";

export const LAYOUT_TEXT = {
  calibOverride: {
    zh: "c 与 N 均为覆盖值（未按事实校准）",
    en: "c and N are both overrides (not calibrated)",
  },
  calibTwoFacts: {
    zh: "双事实校准：c 来自两条事实，N 使今天等于事实1",
    en: "two facts: c from both facts, N makes today equal fact 1",
  },
  calibOneFact: {
    zh: "单事实校准：事实2留空或目标保有量等于当前保有量，c 取种子自身的校准，N 使今天等于事实1",
    en: "one fact: fact 2 blank or the target fleet is today's; c is the seed's own calibration, N makes today equal fact 1",
  },
  calibNegative: {
    zh: "；校验未通过：校准出负成本，请检查今天的贡献、第5年现状贡献与两个保有量",
    en: "; check fails: a negative cost, check today's contribution, the year-5 status quo and both fleets",
  },
  /** The valuation when the discount rate does not exceed the growth (MODEL.md §11.6). */
  valueNa: { zh: "不适用（折现率 ≤ 增长率）", en: "n/a (discount rate ≤ growth)" },
} as const satisfies Record<string, Text>;

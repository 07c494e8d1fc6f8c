/** Texts the plan's results return instead of a number (MODEL.md §6 and §8), in each language. */
import type { Text } from "./types";

export const PLAN_TEXT = {
  notWithinPlan: { zh: "规划期内未达到", en: "not within plan" },
  unreachable: { zh: "无法达到", en: "unreachable" },
  /** IRR with no unique rate, payback with nothing to pay back. */
  notApplicable: { zh: "不适用", en: "n/a" },
  /** Payback: cumulative ΔCF still negative in year 5. */
  notRecovered: { zh: "规划期内未收回", en: "not within plan" },
  /** The dashboard's checks tile: words, not only a colour. */
  checksPass: { zh: "全部通过", en: "All checks pass" },
  checksFail: { zh: "有校验未通过", en: "A check fails" },
} as const satisfies Record<string, Text>;

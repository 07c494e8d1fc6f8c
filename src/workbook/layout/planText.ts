/** Texts the plan's results return instead of a number (MODEL.md §6). */
import type { Text } from "./types";

export const PLAN_TEXT = {
  notWithinPlan: { zh: "规划期内未达到", en: "not within plan" },
  unreachable: { zh: "无法达到", en: "unreachable" },
  /** MODEL.md §8: an incremental IRR that does not exist, a payback with nothing to pay back. */
  notApplicable: { zh: "不适用", en: "n/a" },
  /** MODEL.md §8: the payback when C_5 < 0. */
  notPaidBack: { zh: "规划期内未收回", en: "not within plan" },
} as const satisfies Record<string, Text>;

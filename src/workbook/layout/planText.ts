/** Texts the plan's results return instead of a number (MODEL.md §6). */
import type { Text } from "./types";

export const PLAN_TEXT = {
  notWithinPlan: { zh: "规划期内未达到", en: "not within plan" },
  unreachable: { zh: "无法达到", en: "unreachable" },
} as const satisfies Record<string, Text>;

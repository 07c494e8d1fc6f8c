import { wholeYuan } from "../round";
import { TIMELINE_YEARS, type Timeline, type YearIndex } from "./timeline";

/** Operating break-even: the first t in 0…5 with V_t ≥ 0 in whole 元, or null (not within plan). */
export function breakevenYear(values: Timeline): YearIndex | null {
  for (const t of TIMELINE_YEARS) if (wholeYuan(values[t]) >= 0) return t;
  return null;
}

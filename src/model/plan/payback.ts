import { wholeYuan } from "../round";
import { TIMELINE_YEARS, timeline, type Timeline, type YearIndex } from "./timeline";

/** C_t = Σ_{τ≤t} ΔCF_τ. */
export function cumulative(flows: Timeline): Timeline {
  let sum = 0;
  return timeline((t) => (sum += flows[t]));
}

/**
 * Payback (MODEL.md §8), on whole 元: "n/a" when C_t is never negative (nothing to pay back);
 * "not within plan" when C_5 < 0; otherwise the first t from which C stays ≥ 0 through year 5.
 */
export type Payback = YearIndex | "n/a" | "notWithinPlan";

export function paybackYear(cumulativeFlows: Timeline): Payback {
  const c = cumulativeFlows.map(wholeYuan);
  if (c.every((x) => x >= 0)) return "n/a";
  if ((c[5] ?? 0) < 0) return "notWithinPlan";
  let year: YearIndex = 5;
  for (const t of [...TIMELINE_YEARS].reverse()) {
    if ((c[t] ?? 0) < 0) break;
    year = t;
  }
  return year;
}

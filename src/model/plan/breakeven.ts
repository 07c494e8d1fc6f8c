import { TIMELINE_YEARS, type Timeline, type YearIndex } from "./timeline";

/** The first year t in 0…5 with V_t ≥ 0, or null when the plan never gets there. */
export function breakevenYear(values: Timeline): YearIndex | null {
  for (const t of TIMELINE_YEARS) if (values[t] >= 0) return t;
  return null;
}

import type { EffectiveInputs } from "./effectiveInputs";
import { FINAL_YEAR, timeline, type Timeline } from "./timeline";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { pow } = Math;

/** linear: F_t = F_0 + (T − F_0)·t/5; cagr: F_t = F_0·(T/F_0)^(t/5) (MODEL.md §6, horizon fixed). */
export function fleetPath(e: Pick<EffectiveInputs, "fleet" | "targetFleet" | "cagr">): Timeline {
  return timeline((t) =>
    e.cagr
      ? e.fleet * pow(e.targetFleet / e.fleet, t / FINAL_YEAR)
      : e.fleet + ((e.targetFleet - e.fleet) * t) / FINAL_YEAR
  );
}

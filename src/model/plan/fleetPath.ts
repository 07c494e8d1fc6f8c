import type { PlanCase } from "./assumptions";
import { timeline, type Timeline } from "./timeline";

/**
 * The CAGR path needs a positive start fleet (MODEL.md §6) and a positive target (0^0 is an
 * error in Excel); otherwise the plan falls back to the linear path and a check fails.
 */
export function usesCagr(c: Pick<PlanCase, "fleetPath" | "fleet" | "targetFleet">): boolean {
  return c.fleetPath === "cagr" && c.fleet > 0 && c.targetFleet > 0;
}

/** linear: F_t = F_0 + (F_T − F_0)·t/T; cagr: F_t = F_0·(F_T/F_0)^(t/T), T = the plan's years. */
export function fleetPath(
  c: Pick<PlanCase, "fleetPath" | "fleet" | "targetFleet" | "years">
): Timeline {
  const cagr = usesCagr(c);
  return timeline((t) =>
    cagr
      ? c.fleet * Math.pow(c.targetFleet / c.fleet, t / c.years)
      : c.fleet + ((c.targetFleet - c.fleet) * t) / c.years
  );
}

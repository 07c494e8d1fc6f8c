import { TIMELINE_YEARS, type Timeline } from "./timeline";

/**
 * NPV = −Capex_0 + Σ_{t=1..5} (V_t − Capex_t)/(1+d)^t. Year 0's value is the status quo, not part
 * of the plan's worth; only today's investment counts.
 */
export function planNpv(values: Timeline, capex: Timeline, discountRate: number): number {
  let npv = -capex[0];
  for (const t of TIMELINE_YEARS) {
    if (t === 0) continue;
    npv += (values[t] - capex[t]) / Math.pow(1 + discountRate, t);
  }
  return npv;
}

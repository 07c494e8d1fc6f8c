import { timeline, TIMELINE_YEARS, type Timeline } from "./timeline";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { pow } = Math;

/** Σ_{t=1..5} flow_t/(1+d)^t − outlay_0: year 0's flows are today's, only its outlay counts. */
function discounted(flows: Timeline, outlay0: number, discountRate: number): number {
  let npv = -outlay0;
  for (const t of TIMELINE_YEARS) {
    if (t === 0) continue;
    npv += flows[t] / pow(1 + discountRate, t);
  }
  return npv;
}

/** NPV = −Capex_0 + Σ_{t=1..5} (V_t − Capex_t)/(1+d)^t (pre-tax). */
export function planNpv(values: Timeline, capex: Timeline, discountRate: number): number {
  return discounted(
    timeline((t) => values[t] - capex[t]),
    capex[0],
    discountRate
  );
}

/** NPV of the status quo: Σ_{t=1..5} P_t/(1+d)^t. */
export function statusQuoNpv(profits: Timeline, discountRate: number): number {
  return discounted(profits, 0, discountRate);
}

import type { Timeline } from "./timeline";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { sign, pow, abs, max } = Math;
const isFinite = Number.isFinite;

/** How often the flows change sign, zeros ignored. */
export function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const f of flows) {
    if (f === 0) continue;
    if (last !== 0 && sign(f) !== last) changes++;
    last = sign(f);
  }
  return changes;
}

/** Σ_t flow_t/(1+r)^t and its derivative in r. */
function npvAndSlope(flows: readonly number[], rate: number): [number, number] {
  let value = 0;
  let slope = 0;
  for (let t = 0; t < flows.length; t++) {
    const f = flows[t] ?? 0;
    value += f / pow(1 + rate, t);
    slope -= (t * f) / pow(1 + rate, t + 1);
  }
  return [value, slope];
}

/** Newton's method from Excel's default guess 0.1, as Excel's IRR iterates. */
function newton(flows: readonly number[]): number | null {
  let rate = 0.1;
  for (let i = 0; i < 100; i++) {
    const [value, slope] = npvAndSlope(flows, rate);
    if (slope === 0 || !isFinite(slope)) return null;
    const next = rate - value / slope;
    if (!(next > -1) || !isFinite(next)) return null;
    if (abs(next - rate) <= 1e-15 * max(1, abs(rate))) return next;
    rate = next;
  }
  return rate;
}

/** g(x) = Σ_t flow_t·x^t, x = 1/(1+r). */
function polynomial(flows: readonly number[], x: number): number {
  let value = 0;
  for (let t = flows.length - 1; t >= 0; t--) value = value * x + (flows[t] ?? 0);
  return value;
}

/**
 * With one sign change g has exactly one positive root (Descartes' rule of signs), so the rate is
 * unique for r > −1: bisection on x finds it wherever Newton's steps would leave the range.
 */
function bisection(flows: readonly number[]): number {
  const nonZero = flows.filter((f) => f !== 0);
  const last = sign(nonZero[nonZero.length - 1] ?? 0);
  let lo = 0;
  let hi = 1;
  // Bounded: with flows so large that g overflows (NaN), the sign never settles.
  while (sign(polynomial(flows, hi)) !== last && hi < 1e300) hi *= 2;
  for (let i = 0; i < 2000; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (sign(polynomial(flows, mid)) === last) hi = mid;
    else lo = mid;
  }
  return 1 / ((lo + hi) / 2) - 1;
}

/**
 * IRR of ΔCF_0…ΔCF_5 (MODEL.md §8): a number only when the flows change sign exactly once, zeros
 * ignored, which makes the rate unique; null ("n/a": nothing invested, several sign changes).
 */
export function incrementalIrr(flows: Timeline): number | null {
  if (signChanges(flows) !== 1) return null;
  const rate = newton(flows);
  if (rate !== null && abs(npvAndSlope(flows, rate)[0]) <= 1e-6 * scaleOf(flows)) return rate;
  return bisection(flows);
}

function scaleOf(flows: readonly number[]): number {
  return flows.reduce((m, f) => max(m, abs(f)), 0);
}

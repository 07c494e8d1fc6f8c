import type { Timeline } from "./timeline";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { sign, pow, abs } = Math;

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
  flows.forEach((f, t) => {
    value += f / pow(1 + rate, t);
    slope -= (t * f) / pow(1 + rate, t + 1);
  });
  return [value, slope];
}

/** Excel's default guess, and its (and LibreOffice's) limits: 20 steps, |Δr| < 1e-7. */
const GUESS = 0.1;
const MAX_STEPS = 20;
const EPSILON = 1e-7;

/**
 * Newton's method from the guess, as Excel's and LibreOffice's IRR iterate; null when it does not
 * settle within their 20 steps (the workbook's IRR is an error there). Like theirs, it does not
 * stop where a step leaves r > −1: with the powers whole, (1 + r)^t stays defined, and LibreOffice
 * returns such a root (IRR of −614, 4, 162 is −151.04…%). A step that is not a number ends in
 * null after the 20 steps, as there.
 */
function newton(flows: readonly number[]): number | null {
  let rate = GUESS;
  for (let i = 0; i < MAX_STEPS; i++) {
    const [value, slope] = npvAndSlope(flows, rate);
    const next = rate - value / slope;
    const step = abs(next - rate);
    rate = next;
    // Stryker disable next-line EqualityOperator: equivalent (a step of exactly 1e-7 does not occur)
    if (step < EPSILON) return rate;
  }
  return null;
}

/**
 * IRR of ΔCF_0…ΔCF_5 (MODEL.md §8): a number only when the flows change sign exactly once, zeros
 * ignored, which makes the rate unique, and IRR finds it from its guess; null ("n/a": nothing
 * invested, several sign changes, or no answer).
 */
export function incrementalIrr(flows: Timeline): number | null {
  return signChanges(flows) === 1 ? newton(flows) : null;
}

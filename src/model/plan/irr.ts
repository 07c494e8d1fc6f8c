import { wholeYuan } from "../round";
import type { Timeline } from "./timeline";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { sign, pow, abs } = Math;

/** How often the flows change sign, compared in whole 元 (MODEL.md §11.9), zeros ignored. */
export function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const f of flows) {
    const s = sign(wholeYuan(f));
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
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

/** Excel's and LibreOffice's limits: 20 steps, |Δr| < 1e-7. */
const MAX_STEPS = 20;
const EPSILON = 1e-7;

/**
 * IRR(flows, guess) as LibreOffice's IRR iterates: Newton's method from the guess; null when it
 * does not settle within the 20 steps (the workbook's IRR is an error there). Like theirs, it does
 * not stop where a step leaves r > −1: with the powers whole, (1 + r)^t stays defined, and
 * LibreOffice returns such a root (IRR of −614, 4, 162 from 0.1 is −151.04…%). A step that is
 * not a number ends in null after the 20 steps, as there.
 */
export function irrFrom(flows: readonly number[], guess: number): number | null {
  let rate = guess;
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
 * The guesses tried in turn (MODEL.md §11.9): Excel's default 0.1 first; 0 and −0.5 find the
 * rates of heavy investments that IRR from 0.1 overshoots below −100 %.
 */
export const IRR_GUESSES = [0.1, 0, -0.5] as const;

/**
 * IRR of ΔCF_0…ΔCF_5 (MODEL.md §8, §11.9): when the flows change sign exactly once (whole 元,
 * zeros ignored) the rate above −100 % is unique, and it is the first attempt from
 * IRR_GUESSES that settles on a number above −1. null ("n/a") when there is no single sign
 * change (nothing invested, several changes) or no attempt succeeds.
 */
export function incrementalIrr(flows: Timeline): number | null {
  if (signChanges(flows) !== 1) return null;
  for (const guess of IRR_GUESSES) {
    const rate = irrFrom(flows, guess);
    if (rate !== null && rate > -1) return rate;
  }
  return null;
}

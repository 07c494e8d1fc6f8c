import { normSDist, normSInv } from "../../normal";
import { DEFAULT_CORRELATION } from "../defaults";
import { DRIVER_PRIMES, richtmyer } from "./sequence";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { sqrt } = Math;

/** The prime of the common draw z_{i,0} shared by drivers 1–10 (MODEL.md §11.4). */
export const COMMON_PRIME = 37;

/** The drivers that move with the common draw: 1–10; driver 11, the discount rate, on its own. */
export const CORRELATED_DRIVERS = 10;

/**
 * Trial i's draws w_{i,1…11} (MODEL.md §11.4), written into `w`: with z_0 = Φ⁻¹(MOD(i·√37, 1))
 * and z_j = Φ⁻¹(MOD(i·√q_j, 1)), w_j = Φ(√ρ·z_0 + √(1 − ρ)·z_j) for drivers 1–10 and
 * w_11 = MOD(i·√31, 1). `a` = √ρ and `b` = √(1 − ρ), as the workbook's parameter cells hold them.
 */
export function drawsInto(w: Float64Array, trial: number, a: number, b: number): void {
  const z0 = normSInv(richtmyer(trial, COMMON_PRIME));
  for (let j = 0; j < CORRELATED_DRIVERS; j++)
    w[j] = normSDist(a * z0 + b * normSInv(richtmyer(trial, DRIVER_PRIMES[j] ?? NaN)));
  for (let j = CORRELATED_DRIVERS; j < DRIVER_PRIMES.length; j++)
    w[j] = richtmyer(trial, DRIVER_PRIMES[j] ?? NaN);
}

/** √ρ and √(1 − ρ), the weights of the common and the driver's own draw. */
export function correlationWeights(correlation: number): { a: number; b: number } {
  return { a: sqrt(correlation), b: sqrt(1 - correlation) };
}

/** Trial i's draws as a fresh array (see drawsInto). */
export function trialDraws(trial: number, correlation: number = DEFAULT_CORRELATION): Float64Array {
  const w = new Float64Array(DRIVER_PRIMES.length);
  const { a, b } = correlationWeights(correlation);
  drawsInto(w, trial, a, b);
  return w;
}

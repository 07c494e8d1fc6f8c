// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { sqrt, floor } = Math;

/** q_j: the first eleven primes, one per driver (MODEL.md §9). */
export const DRIVER_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31] as const;

/**
 * The Richtmyer (Kronecker) sequence u_{i,j} = MOD(i·SQRT(q_j), 1), computed as the formula
 * reads: the product first, then its fractional part (exact in binary floating point).
 */
export function richtmyer(trial: number, prime: number): number {
  const x = trial * sqrt(prime); // the same double every time: sqrt is correctly rounded
  return x - floor(x);
}

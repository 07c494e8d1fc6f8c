/**
 * Every amount of the model is a count times an amount per count (vehicles × 元 per vehicle,
 * users × 元 per user, 元 of margin × years of margin), shown in a unit. The product can overflow
 * on the way even when the amount in the unit fits in a double (1e308 vehicles × 765 元 ÷ 1e4).
 */

// Read once: product() runs for every result cell, and a sandboxed runtime's globals are slow to reach.
const isFinite = Number.isFinite;

/**
 * count × perCount ÷ divisor (divisor ≥ 1: a unit), as the plain product when that is finite;
 * otherwise on the factors' significands and a separate binary exponent, so that the result is
 * ±Infinity only when the true value is beyond a double. A factor 0 gives 0 (a fleet of 0 is
 * worth 0, whatever the price).
 */
export function product(count: number, perCount: number, divisor: number): number {
  const plain = count * perCount;
  // plain − plain is 0 for every finite number, NaN for ±Infinity and NaN.
  return plain - plain === 0 ? plain / divisor : rescaled(count, perCount, divisor);
}

/** The rare path of product: the plain product overflowed, or met ±Infinity or NaN. */
function rescaled(a: number, b: number, divisor: number): number {
  if (a === 0 || b === 0) return 0; // even against an infinite factor (a divergent series)
  if (!(isFinite(a) && isFinite(b))) return a * b;
  const [ma, ea] = split(a);
  const [mb, eb] = split(b);
  return scale((ma * mb) / divisor, ea + eb);
}

/** x (finite, not 0) as m × 2^e with |m| within a factor 2 of 1: exact, since m = x × 2^−e. */
function split(x: number): [number, number] {
  const e = Math.round(Math.log2(Math.abs(x)));
  return [scale(x, -e), e];
}

/**
 * x × 2^e in three steps of about e/3, so that no power of two on the way is out of range
 * (|e| here stays below 3 × 1023). Each step is exact until the result itself leaves the range.
 */
function scale(x: number, e: number): number {
  const third = Math.trunc(e / 3);
  return x * 2 ** third * 2 ** third * 2 ** (e - 2 * third);
}

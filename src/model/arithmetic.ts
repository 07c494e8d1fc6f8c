/**
 * Products that stay exact where the answer is representable: a chain of multiplications can
 * overflow (1e200 × 1e200) or underflow on the way even when the final value fits in a double
 * (1e200 × 1e200 × 1e-200 = 1e200). Every amount of the model is such a product.
 */

/** The smallest positive normal double, 2^−1022: below it a product starts losing digits. */
const MIN_NORMAL = 2 ** -1022;
const MAX = Number.MAX_VALUE;

/**
 * a × b × c × d ÷ divisor (divisor ≥ 1: a unit). The plain left-to-right product when no step
 * leaves the normal range of doubles; otherwise computed on the factors' significands and a
 * separate binary exponent, so that the result is ±Infinity or 0 only when the true value is
 * beyond a double. Any factor 0 gives 0 (a fleet of 0 is worth 0, whatever the price).
 */
export function product(a: number, b: number, c: number, d: number, divisor: number): number {
  const ab = a * b;
  const abc = ab * c;
  const abcd = abc * d;
  const plain = abcd / divisor;
  return normal(ab) && normal(abc) && normal(abcd) && normal(plain)
    ? plain
    : rescaled(a, b, c, d, divisor, plain);
}

/** The rare path of product: some step overflowed, underflowed or met a 0, ±Infinity or NaN. */
function rescaled(
  a: number,
  b: number,
  c: number,
  d: number,
  divisor: number,
  plain: number
): number {
  // A factor of exactly 0 makes 0, even against an intermediate overflow (0 × 1e200 × 1e200).
  if (a === 0 || b === 0 || c === 0 || d === 0) return 0;
  if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c) && Number.isFinite(d)))
    return plain;
  const [ma, ea] = split(a);
  const [mb, eb] = split(b);
  const [mc, ec] = split(c);
  const [md, ed] = split(d);
  return scale((ma * mb * mc * md) / divisor, ea + eb + ec + ed);
}

/**
 * Neither 0, subnormal, ±Infinity nor NaN. Runs for every result cell, so it reads no global
 * (Math, Number): in a sandboxed runtime each global lookup can cost more than the arithmetic.
 */
function normal(x: number): boolean {
  const m = x < 0 ? -x : x;
  return m >= MIN_NORMAL && m <= MAX;
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

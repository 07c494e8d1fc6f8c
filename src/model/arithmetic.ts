/**
 * Every amount of the model is a count times an amount per count (vehicles × 元 per vehicle,
 * users × 元 per user, 元 of margin × years of margin), shown in a unit. The amount per count is
 * itself a sum (four buyers, five streams), a product (rates × LTV) or a ratio (the multiple, the
 * unbounded LTV) of the arguments. Any of these can leave a double's range on the way even when
 * the cell's value fits: 1e308 + 1e308 元 per vehicle × 1e-300 vehicles is 2e8 元, and 1e-200 ×
 * 1e-200 元 per user × 1e300 users is 1e-100 元.
 *
 * So a step that leaves the range (overflow to ±Infinity, or underflow below the normal doubles,
 * where digits are lost) returns a Scaled amount, significand × 2^exponent, and only the cell's
 * final value is rounded to a double: ±Infinity or 0 only when the true value is beyond a double.
 * Every step that stays in range returns the plain double, bit for bit what plain arithmetic gives.
 */

/** significand × 2^exponent; |significand| within a factor 2 of 1, never 0, never ±Infinity or NaN. */
export class Scaled {
  constructor(
    readonly significand: number,
    readonly exponent: number
  ) {}
}

/** A plain double while it is a normal double (or 0 from a zero factor), otherwise Scaled. */
export type Amount = number | Scaled;

// Read once: product() runs for every result cell, and a sandboxed runtime's globals are slow to reach.
const isFinite = Number.isFinite;
const { abs, log2, round, trunc } = Math;
/** The smallest normal double: below it a double holds fewer than 53 significant bits. */
const MIN_NORMAL = 2 ** -1022;

/**
 * count × perCount ÷ divisor (divisor ≥ 1: a unit), as the plain product when that is finite;
 * otherwise on the factors' significands and separate binary exponents, so that the result is
 * ±Infinity only when the true value is beyond a double. A factor 0 gives 0 (a fleet of 0 is
 * worth 0, whatever the price).
 */
export function product(count: number, perCount: Amount, divisor: number): number {
  // The plain product is a fast path: rescaled() gives the same double wherever that product is
  // a normal one, so a mutant that takes either path everywhere is equivalent.
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator: equivalent, see above
  if (typeof perCount !== "number") return rescaled(count, perCount, divisor);
  const plain = count * perCount;
  // plain − plain is 0 for every finite number, NaN for ±Infinity and NaN.
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent, see above
  return plain - plain === 0 ? plain / divisor : rescaled(count, perCount, divisor);
}

/** The rare path of product: the plain product overflowed, met ±Infinity or NaN, or a Scaled. */
function rescaled(a: number, b: Amount, divisor: number): number {
  if (a === 0 || b === 0) return 0; // even against an infinite factor (a divergent series)
  if (!(isFinite(a) && isFiniteAmount(b))) return a * standIn(b);
  const [ma, ea] = split(a);
  const [mb, eb] = parts(b);
  return scale((ma * mb) / divisor, ea + eb);
}

/**
 * a × b, Scaled when the plain product would overflow or underflow. Always on significands and
 * exponents (the same double as a × b whenever that is a normal one): it runs once per distinct
 * set of arguments, not per cell, so it needs no fast path of its own.
 */
export function times(a: number, b: Amount): Amount {
  if (a === 0 || b === 0) return 0;
  if (!(isFinite(a) && isFiniteAmount(b))) return a * standIn(b);
  const [ma, ea] = split(a);
  const [mb, eb] = parts(b);
  return amount(ma * mb, ea + eb);
}

/**
 * a ÷ b, Scaled when the plain quotient would overflow or underflow; b = 0 as plain arithmetic.
 * Like times, always on significands and exponents (once per distinct set of arguments).
 */
export function ratio(a: Amount, b: Amount): Amount {
  if (a === 0 || b === 0 || !(isFiniteAmount(a) && isFiniteAmount(b)))
    return standIn(a) / standIn(b);
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  return amount(ma / mb, ea - eb);
}

/**
 * The sum of the terms, Scaled when the plain sum overflows. A sum of doubles loses no digits to
 * underflow, so only overflow (and a Scaled term) takes the long way: every term relative to the
 * largest one, whose exponent the sum keeps.
 */
export function sum(terms: readonly Amount[]): Amount {
  let plain = 0;
  // The plain sum is a fast path: the long way gives the same double for terms in range.
  // Stryker disable next-line BooleanLiteral: equivalent, see above
  let wide = false;
  for (const t of terms) {
    if (typeof t === "number") plain += t;
    else wide = true;
  }
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent (fast path)
  if (!wide && plain - plain === 0) return plain;
  if (!terms.every(isFiniteAmount)) return plain; // ±Infinity or NaN: as plain arithmetic
  const pieces = terms.filter((t) => t !== 0).map(parts);
  // Stryker disable next-line EqualityOperator: equivalent (a tie keeps the same exponent)
  const top = pieces.reduce((e, [, exponent]) => (exponent > e ? exponent : e), -Infinity);
  let total = 0;
  for (const [m, e] of pieces) total += scale(m, e - top);
  return total === 0 ? 0 : amount(total, top);
}

/** The double nearest an amount: ±Infinity or 0 when the amount is beyond a double. */
export function toNumber(x: Amount): number {
  return typeof x === "number" ? x : scale(x.significand, x.exponent);
}

function isFiniteAmount(x: Amount): boolean {
  return typeof x !== "number" || isFinite(x);
}

/** A number that gives the same 0, ±Infinity or NaN as x against 0, ±Infinity or NaN (its sign). */
function standIn(x: Amount): number {
  return typeof x === "number" ? x : x.significand;
}

/** m × 2^e (m finite, not 0) as a plain double when that is a normal double, else Scaled. */
function amount(m: number, e: number): Amount {
  const [mm, em] = split(m);
  const plain = scale(mm, e + em);
  return plain - plain === 0 && abs(plain) >= MIN_NORMAL ? plain : new Scaled(mm, e + em);
}

/** An amount (finite, not 0) as significand and exponent. */
function parts(x: Amount): [number, number] {
  return typeof x === "number" ? split(x) : [x.significand, x.exponent];
}

/** x (finite, not 0) as m × 2^e with |m| within a factor 2 of 1: exact, since m = x × 2^−e. */
function split(x: number): [number, number] {
  const e = round(log2(abs(x)));
  return [scale(x, -e), e];
}

/**
 * x × 2^e in three steps of about e/3, so that no power of two on the way is out of range
 * (|e| here stays below 3 × 1023). Each step is exact until the result itself leaves the range.
 */
function scale(x: number, e: number): number {
  const third = trunc(e / 3);
  return x * 2 ** third * 2 ** third * 2 ** (e - 2 * third);
}

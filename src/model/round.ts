// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { trunc, pow, abs, sign, floor, ceil } = Math;
const isFinite = Number.isFinite;

/**
 * Excel's ROUND(x, digits): half away from zero, the scaled value first read at 15 significant
 * digits as Excel and LibreOffice do, so ROUND(1.005, 2) is 1.01 although 1.005 is stored as
 * 1.00499999999999989…
 */
export function roundHalfAway(x: number, digits: number): number {
  return roundAt(x, digits, (clean) => floor(clean + 0.5));
}

/**
 * Excel's ROUNDUP(x, digits): away from zero at `digits` decimals, after the same 15-digit
 * reading (so 643,533.0000000001 is not pushed to 643,534 by noise). MODEL.md §8 displays the
 * fleet needed for D rounded up: 643,533.1 vehicles fall short, 643,534 do not.
 */
export function roundUp(x: number, digits: number): number {
  return roundAt(x, digits, (clean) => ceil(clean));
}

function roundAt(x: number, digits: number, toWhole: (clean: number) => number): number {
  const d = trunc(digits);
  const factor = pow(10, abs(d));
  // Stryker disable next-line EqualityOperator: equivalent (at 0 digits the factor is 1)
  const scaled = d >= 0 ? x * factor : x / factor;
  // ±Infinity and NaN, or a value so large that it is already whole at these digits.
  if (!isFinite(scaled)) return x;
  const clean = Number(abs(scaled).toPrecision(15));
  const whole = sign(x) * toWhole(clean);
  // 0, never −0; also where 10^−digits is beyond a double (0 × Infinity would be NaN).
  if (whole === 0) return 0;
  // Stryker disable next-line EqualityOperator: equivalent (at 0 digits the factor is 1)
  return d >= 0 ? whole / factor : whole * factor;
}

/**
 * An amount in whole 元 (MODEL.md §8): every comparison with a threshold (0, 5亿, 10亿) is made on
 * this, so floating-point noise of a few ulps cannot flip a role between engines.
 */
export function wholeYuan(amount: number): number {
  // Fast path: away from a half-yuan boundary the 15-digit reading cannot change the result.
  // Only the boundary above matters: just over a half, floor(|amount| + 0.5) already rounds up,
  // as the 15-digit reading does. Taking the long way more often changes nothing, so the
  // mutants that only do that (never the fast path, a wider margin) are equivalent.
  const a = abs(amount);
  const y = a + 0.5;
  const whole = floor(y);
  const margin = a * 1e-13;
  if (whole + 1 - y > margin) return (amount < 0 ? -whole : whole) + 0;
  return roundHalfAway(amount, 0);
}

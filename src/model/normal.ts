/**
 * The standard normal distribution to double precision, as the spreadsheets compute it (MODEL.md
 * §11.4): the inverse Φ⁻¹ by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988),
 * which LibreOffice's NORMSINV also uses, and Φ through W. J. Cody's rational Chebyshev
 * approximations of erfc (Math. Comp. 23, 1969; the netlib CALERF packet), accurate to about 1e-16
 * relative, so that Φ agrees with LibreOffice's NORMSDIST to 1e-15 and the simulation's draws
 * agree with the workbook's to 1e-12.
 */

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { abs, exp, log, sqrt, trunc } = Math;

/** Horner's rule, highest coefficient first. */
function poly(c: readonly number[], x: number): number {
  let s = 0;
  for (const k of c) s = s * x + k;
  return s;
}

// AS 241: numerators and denominators, highest power first (each denominator's constant term 1).
const CENTRAL_P = [
  2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
  13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608,
];
const CENTRAL_Q = [
  5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
  5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1,
];
const NEAR_P = [
  7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
  1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959,
  1.42343711074968357734,
];
const NEAR_Q = [
  1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
  0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1,
];
const TAIL_P = [
  2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
  0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699,
  6.6579046435011037772,
];
const TAIL_Q = [
  2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
  7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
  0.59983220655588793769, 1,
];

/**
 * Φ⁻¹(p), NORM.S.INV: the z with Φ(z) = p, for 0 < p < 1 (AS 241). p ≤ 0 or p ≥ 1 is NaN, as
 * the spreadsheets' #NUM!.
 */
export function normSInv(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  const q = p - 0.5;
  if (abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(CENTRAL_P, r)) / poly(CENTRAL_Q, r);
  }
  let r = sqrt(-log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = poly(NEAR_P, r) / poly(NEAR_Q, r);
  } else {
    r -= 5;
    z = poly(TAIL_P, r) / poly(TAIL_Q, r);
  }
  return q < 0 ? -z : z;
}

// Cody's erf on |x| ≤ 0.46875 and erfc on (0.46875, 4] and (4, ∞), highest power first.
const ERF_P = [
  0.185777706184603153, 3.1611237438705656, 113.864154151050156, 377.485237685302021,
  3209.37758913846947,
];
const ERF_Q = [1, 23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const ERFC_P = [
  2.15311535474403846e-8, 0.564188496988670089, 8.88314979438837594, 66.1191906371416295,
  298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147,
  1230.33935479799725,
];
const ERFC_Q = [
  1, 15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019,
  3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const ASYMPTOTIC_P = [
  0.0163153871373020978, 0.305326634961232344, 0.360344899949804439, 0.125781726111229246,
  0.0160837851487422766, 6.58749161529837803e-4,
];
const ASYMPTOTIC_Q = [
  1, 2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191,
  0.00233520497626869185,
];
const ONE_OVER_SQRT_PI = 0.56418958354775628695;
/** erfc underflows to 0 from here on (IEEE double). */
const ERFC_ZERO = 26.543;

/** e^(−y²) without the rounding error of squaring y: y is split at a multiple of 1/16. */
function expMinusSquare(y: number): number {
  const head = trunc(y * 16) / 16;
  return exp(-head * head) * exp(-(y - head) * (y + head));
}

/** erfc(x) = 1 − erf(x) (Cody): accurate where it is small, in the upper tail. */
export function erfc(x: number): number {
  const y = abs(x);
  if (y <= 0.46875) {
    const s = y * y;
    return 1 - (x * poly(ERF_P, s)) / poly(ERF_Q, s);
  }
  let tail: number;
  if (y >= ERFC_ZERO) tail = 0;
  else if (y <= 4) tail = (poly(ERFC_P, y) / poly(ERFC_Q, y)) * expMinusSquare(y);
  else {
    const s = 1 / (y * y);
    tail =
      ((ONE_OVER_SQRT_PI - (s * poly(ASYMPTOTIC_P, s)) / poly(ASYMPTOTIC_Q, s)) / y) *
      expMinusSquare(y);
  }
  return x < 0 ? 2 - tail : tail;
}

/** Φ(z), NORM.S.DIST(z, TRUE): the standard normal's cumulative distribution. */
export function normSDist(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

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

// AS 241: numerators and denominators, highest power first (each denominator's constant term 1),
// each published coefficient written as the shortest literal of the same double.
const CENTRAL_P = [
  2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987, 13731.69376550946,
  1971.5909503065513, 133.14166789178438, 3.3871328727963665,
];
const CENTRAL_Q = [
  5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597, 5394.196021424751,
  687.1870074920579, 42.31333070160091, 1,
];
const NEAR_P = [
  0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
  3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835,
];
const NEAR_Q = [
  1.0507500716444169e-9, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008,
  0.6897673349851, 1.6763848301838038, 2.053191626637759, 1,
];
const TAIL_P = [
  2.0103343992922881e-7, 2.7115555687434876e-5, 0.0012426609473880784, 0.026532189526576124,
  0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103,
];
const TAIL_Q = [
  2.0442631033899397e-15, 1.421511758316446e-7, 1.8463183175100548e-5, 0.0007868691311456133,
  0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1,
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
  0.18577770618460315, 3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694,
];
const ERF_Q = [1, 23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_P = [
  2.1531153547440383e-8, 0.5641884969886701, 8.883149794388377, 66.11919063714163,
  298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972,
];
const ERFC_Q = [
  1, 15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903,
  3290.7992357334597, 4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ASYMPTOTIC_P = [
  0.016315387137302097, 0.30532663496123236, 0.36034489994980445, 0.12578172611122926,
  0.016083785148742275, 0.0006587491615298378,
];
const ASYMPTOTIC_Q = [
  1, 2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132,
  0.0023352049762686918,
];
const ONE_OVER_SQRT_PI = 0.5641895835477563;
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

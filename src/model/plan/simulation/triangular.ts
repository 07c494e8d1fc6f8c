// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { min, max, sqrt } = Math;

/**
 * The triangular distribution's inverse at u (MODEL.md §9) between a driver's downside and upside
 * factors, with lo = MIN, hi = MAX and mode = MEDIAN(lo, 1, hi) (1 clamped into the range).
 */
export function triangularInverse(u: number, downside: number, upside: number): number {
  const lo = min(downside, upside);
  const hi = max(downside, upside);
  const mode = min(max(1, lo), hi);
  // hi = lo: 0/0 is NaN, u < NaN is false, and the upper branch gives hi − √0 = hi.
  if (u < (mode - lo) / (hi - lo)) return lo + sqrt(u * (hi - lo) * (mode - lo));
  return hi - sqrt((1 - u) * (hi - lo) * (hi - mode));
}

/**
 * v, a draw w turned so that a high v is the driver's upside (MODEL.md §11.4): w when
 * up ≥ down, else 1 − w (costs and the discount rate are favourable below 1).
 */
export function favourableFirst(w: number, downside: number, upside: number): number {
  return upside >= downside ? w : 1 - w;
}

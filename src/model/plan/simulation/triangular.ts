/**
 * The triangular distribution's inverse at u (MODEL.md §9) between a driver's downside and upside
 * factors, with lo = MIN, hi = MAX and mode = MEDIAN(lo, 1, hi) (1 clamped into the range).
 */
export function triangularInverse(u: number, downside: number, upside: number): number {
  const lo = Math.min(downside, upside);
  const hi = Math.max(downside, upside);
  if (hi === lo) return lo;
  const mode = Math.min(Math.max(1, lo), hi);
  if (u < (mode - lo) / (hi - lo)) return lo + Math.sqrt(u * (hi - lo) * (mode - lo));
  return hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
}

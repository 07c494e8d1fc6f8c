// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { floor } = Math;

/**
 * PERCENTILE.INC(values, p) on values sorted ascending: rank h = (n − 1)·p, then linear
 * interpolation between the neighbours (Excel's inclusive percentile; LibreOffice's PERCENTILE).
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length; // none: sorted[−1] is undefined, so NaN
  const h = (n - 1) * p;
  const below = floor(h);
  const lower = sorted[below] ?? NaN;
  if (below + 1 >= n) return lower;
  return lower + (h - below) * ((sorted[below + 1] ?? NaN) - lower);
}

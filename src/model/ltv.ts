/**
 * Customer lifetime value with margin counted at the start of each year:
 * Σ_{t=0}^{years−1} margin × r^t / (1 + d)^t, or for unbounded years margin × (1 + d) / (1 + d − r).
 * Returns Infinity when r = 1 and d = 0 with unbounded years (the sum diverges).
 */
export function lifetimeValue(
  annualMargin: number,
  retentionRate: number,
  discountRate: number,
  years?: number
): number {
  const q = retentionRate / (1 + discountRate);
  if (years === undefined) {
    return q >= 1 ? Infinity : annualMargin / (1 - q);
  }
  if (q === 1) return annualMargin * years;
  return (annualMargin * (1 - Math.pow(q, years))) / (1 - q);
}

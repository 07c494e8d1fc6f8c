import { ratio, type Amount } from "./arithmetic";
import { totalInUnit, type Unit } from "./units";

const { log, log1p, expm1 } = Math; // once, not per cell

/**
 * Customer lifetime value with margin counted at the start of each year:
 * Σ_{t=0}^{years−1} margin × r^t / (1 + d)^t, or for unbounded years margin × (1 + d) / (1 + d − r).
 * Returns ±Infinity when r = 1 and d = 0 with unbounded years (the sum diverges), 0 for margin 0
 * (a sum of zeros, even there). In 元, or in `unit`.
 */
export function lifetimeValue(
  annualMargin: number,
  retentionRate: number,
  discountRate: number,
  years?: number,
  unit: Unit = "yuan"
): number {
  return totalInUnit(annualMargin, lifetimeYears(retentionRate, discountRate, years), unit);
}

/**
 * Σ_{t=0}^{years−1} q^t with q = r / (1 + d): how many years of margin a customer is worth.
 * Written so that r close to 1 and d close to 0 keep their digits: 1 + d − r as d + (1 − r)
 * (1 + 1e-16 is 1 in doubles), and the finite sum (1 − q^n) / (1 − q) through expm1 and log1p
 * rather than subtracting two numbers that are both nearly 1. Unbounded, the years can exceed a
 * double (r = 1, d = 1e-310: 1e310 years) while margin × years does not: then they are Scaled.
 * Bounded, they are at most `years`.
 */
export function lifetimeYears(retentionRate: number, discountRate: number, years?: number): Amount {
  if (years === undefined) return ratio(1 + discountRate, discountRate + (1 - retentionRate));
  const logQ = log(retentionRate) - log1p(discountRate);
  return logQ === 0 ? years : expm1(years * logQ) / expm1(logQ);
}

/**
 * The fourth edition's valuation and value bridge (MODEL.md §11.6 and §11.7) as the formula-cell
 * tests name them: the model's own results (PlanResults.valuation, PlanResults.bridge), and the
 * analysis sheet's rank of the bridge's bars, which only the workbook shows.
 */
import { BRIDGE_BARS, wholeYuan, type PlanResults } from "../../src/model";

/** Out_Value_Plan, _StatusQuo, _Incremental, or null when d ≤ g: the model's (the case's g). */
export function valuation(
  r: PlanResults
): { plan: number; statusQuo: number; incremental: number } | null {
  const { plan, statusQuo, incremental } = r.valuation;
  return plan === null || statusQuo === null || incremental === null
    ? null
    : { plan, statusQuo, incremental };
}

/** Out_Bridge (10 × 1) in the sheet's order: the model's bars. */
export function bridge(r: PlanResults): number[] {
  return BRIDGE_BARS.map((bar) => r.bridge[bar]);
}

/** Rank of bar n (1–8) by size in whole 元, ties by bar number (the analysis sheet's rank). */
export function bridgeRank(r: PlanResults, n: number): number {
  const bars = bridge(r).slice(1, 9).map(wholeYuan);
  const mine = bars[n - 1] ?? NaN;
  return 1 + bars.filter((x, i) => x > mine || (x === mine && i < n - 1)).length;
}

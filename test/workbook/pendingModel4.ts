/**
 * The fourth edition's quantities that src/model does not compute yet (MODEL.md §11.6 and §11.7:
 * the valuation and the value bridge), computed here from the current model's results. The one
 * list of them is PENDING_MODEL4. Branch model4 adds these to src/model and src/functions; at the
 * merge its functions replace this file, and the tests that import it call the model instead.
 */
import { EXTENSION_STREAMS, wholeYuan, type PlanResults } from "../../src/model";

/** The quantities of this file, by the name the tests give them. */
export const PENDING_MODEL4 = [
  "value.plan",
  "value.statusQuo",
  "value.incremental",
  "bridge(n)",
  "bridgeRank(n)",
] as const;

/** The terminal growth g: the workbook's default (In_TerminalGrowth), which no preset sets. */
export const TERMINAL_GROWTH = 0;

/** Out_Value_Plan, _StatusQuo, _Incremental: NPV + year 5 in perpetuity, or null when d ≤ g. */
export function valuation(
  r: PlanResults,
  g = TERMINAL_GROWTH
): { plan: number; statusQuo: number; incremental: number } | null {
  const d = r.inputs.discountRate;
  if (!(d > g)) return null;
  const multiple = (1 + g) / (d - g) / (1 + d) ** 5;
  const plan = r.npv + r.years[5].value * multiple;
  const statusQuo = r.npvStatusQuo + r.years[5].profit * multiple;
  return { plan, statusQuo, incremental: plan - statusQuo };
}

/** Out_Bridge (10 × 1): V_0, P_5 − P_0, D_5 − D_0, each stream's G_5 − G_0, −EcoOpex_5, V_5. */
export function bridge(r: PlanResults): number[] {
  const [y0, y5] = [r.years[0], r.years[5]];
  const g = (t: typeof y0, margins: PlanResults["inputs"]["streamMargin"]) =>
    EXTENSION_STREAMS.map((s) => t.streamRevenue[s] * margins[s]);
  const g0 = g(y0, r.today.streamMargin);
  const g5 = g(y5, r.inputs.streamMargin);
  return [
    y0.value,
    y5.profit - y0.profit,
    y5.data - y0.data,
    ...g5.map((x, i) => x - (g0[i] ?? 0)),
    -r.inputs.ecoOpex,
    y5.value,
  ];
}

/** Rank of bar n (1–8) by size in whole 元, ties by bar number (the analysis sheet's rank). */
export function bridgeRank(r: PlanResults, n: number): number {
  const bars = bridge(r).slice(1, 9).map(wholeYuan);
  const mine = bars[n - 1] ?? NaN;
  return 1 + bars.filter((x, i) => x > mine || (x === mine && i < n - 1)).length;
}

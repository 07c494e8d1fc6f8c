/**
 * The simulation sheet's geometry (MODEL.md §9): a summary block (the named outputs), the drivers'
 * parameters (prime q_j, downside, upside, lo, hi, mode and the triangle's split F(mode)), the
 * NPV histogram's bins, a check row, and one row per trial. Every trial row has the same formula
 * in each column: the trial number, u_j = MOD(i·SQRT(q_j), 1), the factor k_j (the triangular
 * inverse), then the variant row of variants.ts.
 */
import { DRIVER_PRIMES } from "../../model";
import type { Text } from "./types";

export const SIM_TRIALS = 1000;
export const HISTOGRAM_BINS = 20;

const LETTERS = (from: number, n: number): string[] =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(from + i));

export const SIM_GEOMETRY = {
  /** Summary: label in A, value in C (the calculation sheets' value column). */
  summaryFirst: 4,
  /** Driver parameters: header, then the rows of PARAMETER_ROWS; one column per driver. */
  paramHeader: 13,
  /** u_1…u_11 above which each driver's parameters sit. */
  uColumns: LETTERS(66, 11), // B…L
  factorColumns: LETTERS(77, 11), // M…W
  firstOutput: "X",
  /** Histogram: header, then one row per bin: from, to, midpoint, trials. */
  binHeader: 4,
  binColumns: { bin: "M", from: "N", to: "O", mid: "P", count: "Q" },
  trialHeader: 26,
  /** The check row: every u at its driver's F(mode), so every factor is the mode (1). */
  checkRow: 27,
  firstTrial: 28,
} as const;

export const LAST_TRIAL_ROW = SIM_GEOMETRY.firstTrial + SIM_TRIALS - 1;

export const PARAMETER_ROWS = ["q", "down", "up", "lo", "hi", "mode", "split"] as const;
export type ParameterRow = (typeof PARAMETER_ROWS)[number];
export const paramRow = (p: ParameterRow): number =>
  SIM_GEOMETRY.paramHeader + 1 + PARAMETER_ROWS.indexOf(p);

export const PARAMETER_LABELS: Readonly<Record<ParameterRow, Text>> = {
  q: { zh: "素数 q（序列）", en: "Prime q (sequence)" },
  down: { zh: "悲观系数", en: "Downside factor" },
  up: { zh: "乐观系数", en: "Upside factor" },
  lo: { zh: "下限 lo = MIN", en: "lo = MIN" },
  hi: { zh: "上限 hi = MAX", en: "hi = MAX" },
  mode: { zh: "众数 =MEDIAN(lo, 1, hi)", en: "mode = MEDIAN(lo, 1, hi)" },
  split: { zh: "F（众数）=（众数 − lo）/（hi − lo）", en: "F(mode) = (mode − lo)/(hi − lo)" },
};

export const SUMMARY_KEYS = [
  "trials",
  "p10",
  "p50",
  "p90",
  "probD",
  "probInc",
  "binStart",
  "binWidth",
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];
export const summaryRow = (k: SummaryKey): number =>
  SIM_GEOMETRY.summaryFirst + SUMMARY_KEYS.indexOf(k);

export const PRIMES: readonly number[] = DRIVER_PRIMES;

export const SIM_SHEET = {
  key: "sim",
  name: { zh: "模拟", en: "Simulation" },
  title: {
    zh: "模拟：净现值的分布（1,000 次准随机试验，每行一次完整重算）",
    en: "Simulation: the NPV as a distribution (1,000 quasi-random trials, one full recomputation per row)",
  },
  subtitle: {
    zh: "每个驱动因素的系数服从悲观与乐观之间的三角分布（众数为 1）；u =MOD(i·SQRT(q), 1)（Richtmyer 序列），无随机数、无易失函数：Excel、LibreOffice 与加载项结果相同",
    en: "Each driver's factor is triangular between its downside and upside (mode 1); u = MOD(i·SQRT(q), 1) (a Richtmyer sequence): no random numbers, no volatile functions, the same digits in Excel, LibreOffice and the add-in",
  },
} as const;

/**
 * The simulation sheet's geometry (MODEL.md §9, §11.4): a summary block (the named outputs and ρ's
 * two weights), the drivers' parameters (prime q_j, downside, upside, lo, hi, mode, the triangle's
 * split F(mode), and the favourable side's flip and sign), the NPV histogram's bins, a check row,
 * and one row per trial. Kept light (at most 20,000 formula cells): a trial row holds its number
 * (a typed value), the common normal draw z_0, the eleven factors k_j (each with its own draw
 * inline), V_1…V_5 (the fleet and the ecosystem per vehicle inline), the NPV and the incremental NPV:
 * only what the results read.
 */
import { DRIVER_PRIMES } from "../../model";
import { columnLetters, columnNumber } from "../a1";
import type { Text } from "./types";
import { VARIANT_COLUMNS, type VariantColumn, type VariantColumnKey } from "./variantColumns";

export const SIM_TRIALS = 1000;
export const HISTOGRAM_BINS = 20;

const LETTERS = (from: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => columnLetters(columnNumber(from) + i));

/** The outputs a trial row keeps, in order: V_1…V_5, the NPV and the incremental NPV. */
export const SIM_OUTPUT_KEYS = ["V1", "V2", "V3", "V4", "V5", "npv", "npvInc"] as const;
export type SimOutputKey = (typeof SIM_OUTPUT_KEYS)[number] & VariantColumnKey;
export const SIM_OUTPUTS: readonly VariantColumn[] = SIM_OUTPUT_KEYS.map((k) => {
  const c = VARIANT_COLUMNS.find((x) => x.key === k);
  if (!c) throw new Error(`simulation: no variant column ${k}`);
  return c;
});

export const SIM_GEOMETRY = {
  /** Summary: label in A, value in C (the calculation sheets' value column). */
  summaryFirst: 4,
  /** Driver parameters: header, then the rows of PARAMETER_ROWS; one column per driver. */
  paramHeader: 21,
  /** z_0, the draw every correlated driver shares; its prime sits above it. */
  commonColumn: "B",
  /** k_1…k_11, each driver's parameters above its column. */
  factorColumns: LETTERS("C", 11), // C…M
  firstOutput: "N",
  /** Histogram: header, then one row per bin: from, to, midpoint, trials. */
  binHeader: 4,
  binColumns: { bin: "V", from: "W", to: "X", mid: "Y", count: "Z" },
  trialHeader: 33,
  /** The check row: every v at its driver's F(mode), so every factor is the mode (1). */
  checkRow: 34,
  firstTrial: 35,
} as const;

export const LAST_TRIAL_ROW = SIM_GEOMETRY.firstTrial + SIM_TRIALS - 1;
/** The sheet's last column (the histogram's counts). */
export const SIM_LAST_COLUMN = SIM_GEOMETRY.binColumns.count;

/** The column of a trial output. */
export function simColumn(key: SimOutputKey): string {
  const i = SIM_OUTPUT_KEYS.indexOf(key);
  if (i < 0) throw new Error(`simulation: no column ${key}`);
  return columnLetters(columnNumber(SIM_GEOMETRY.firstOutput) + i);
}

export const PARAMETER_ROWS = [
  "q",
  "down",
  "up",
  "lo",
  "hi",
  "mode",
  "split",
  "flip",
  "sign",
] as const;
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
  flip: {
    zh: "有利方向：乐观 ≥ 悲观时 0，否则 1",
    en: "Favourable side: 0 when up ≥ down, else 1",
  },
  sign: { zh: "v = 翻转 + 符号 × w：1 或 −1", en: "v = flip + sign × w: 1 or −1" },
};

export const SUMMARY_KEYS = [
  "trials",
  "correlation",
  "weightCommon",
  "weightOwn",
  "p10",
  "p50",
  "p90",
  "mean",
  "incP10",
  "incP50",
  "incP90",
  "incMean",
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
    zh: "模拟：净现值的分布（1,000 次准随机试验，驱动因素相关）",
    en: "Simulation: the NPV as a distribution (1,000 quasi-random trials, the drivers correlated)",
  },
  subtitle: {
    zh: "每个驱动因素的系数服从悲观与乐观之间的三角分布（众数为 1）；u =MOD(i·SQRT(q), 1)（Richtmyer 序列）经正态分布转换，驱动因素 1–10 共用一个抽样 z₀（相关系数 ρ），折现率单独抽样；无随机数、无易失函数：Excel、LibreOffice 与加载项结果相同",
    en: "Triangular factors (mode 1); drivers 1–10 share a normal draw z₀: w = NORMSDIST(√ρ·z₀ + √(1−ρ)·z), z = NORMSINV(MOD(i·SQRT(q),1)); the discount rate alone. No random numbers: Excel, LibreOffice, add-in agree",
  },
} as const;

/**
 * The case engine (情景计算): the variant rows of MODEL.md §8, one full recomputation each — the
 * status quo (the mid case with the ecosystem switched off: data prices, stream revenue and
 * ecosystem costs at 0), the three cases, and the 22 tornado ends (one driver at its downside or
 * upside, every other factor 1). The factor cells link to In_CaseFactors; the row formulas come
 * from variants.ts, the same for every row.
 */
import { DRIVERS, type Driver } from "../../model";
import { CASE_FACTOR_ROWS } from "./caseFactors";
import type { Text } from "./types";

/** A factor cell: a link to In_CaseFactors' downside or upside, or a constant (1 = base). */
export type FactorCell = { readonly end: "C" | "D" } | { readonly constant: number };

export interface CaseVariant {
  readonly key: string;
  readonly label: Text;
  readonly factors: readonly FactorCell[];
}

const BASE: FactorCell = { constant: 1 };
const OFF: FactorCell = { constant: 0 };
const all = (cell: (d: Driver) => FactorCell): FactorCell[] => DRIVERS.map(cell);
/** Drivers that are the ecosystem itself: the status quo has none of them. */
const ECOSYSTEM: readonly Driver[] = ["dataPrices", "streamRevenue", "ecoCost"];

const tornadoEnd = (driver: Driver, end: "C" | "D"): CaseVariant => {
  const n = DRIVERS.indexOf(driver) + 1;
  const label = CASE_FACTOR_ROWS[n - 1]?.label ?? { zh: driver, en: driver };
  return {
    key: `t${n}${end === "C" ? "d" : "u"}`,
    label: {
      zh: `${label.zh}（${end === "C" ? "悲观" : "乐观"}端）`,
      en: `${label.en} (${end === "C" ? "downside" : "upside"})`,
    },
    factors: all((d) => (d === driver ? { end } : BASE)),
  };
};

export const CASE_VARIANTS: readonly CaseVariant[] = [
  {
    key: "sq",
    label: { zh: "现状（中，无生态）", en: "Status quo (mid, no ecosystem)" },
    factors: all((d) => (ECOSYSTEM.includes(d) ? OFF : BASE)),
  },
  {
    key: "low",
    label: { zh: "低（悲观）", en: "Low (downside)" },
    factors: all(() => ({ end: "C" })),
  },
  { key: "mid", label: { zh: "中（基准）", en: "Mid (base)" }, factors: all(() => BASE) },
  {
    key: "high",
    label: { zh: "高（乐观）", en: "High (upside)" },
    factors: all(() => ({ end: "D" })),
  },
  ...DRIVERS.flatMap((d) => [tornadoEnd(d, "C"), tornadoEnd(d, "D")]),
];

/** The case engine's geometry: header on row 4, variants from row 5; factors B…L, outputs from M. */
export const CASE_GEOMETRY = {
  headerRow: 4,
  firstRow: 5,
  factorColumns: ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"],
  firstOutput: "M",
} as const;

export const CASES_SHEET = {
  key: "cases",
  name: { zh: "情景计算", en: "Case rows" },
  title: {
    zh: "情景计算：每行一次完整重算（现状、三个情景、22个龙卷风端点）",
    en: "Case rows: one full recomputation per row (status quo, three cases, 22 tornado ends)",
  },
  subtitle: {
    zh: "系数链接“假设”表的情景系数；每列每行同一公式；中（基准）行须与所选情景为中时的规划表一致（见校验）",
    en: "Factors link to the inputs' case factors; every column has one formula in every row; a check compares the selected case's row with the plan sheet",
  },
} as const satisfies Record<string, unknown>;

export function caseRow(key: string): number {
  const i = CASE_VARIANTS.findIndex((v) => v.key === key);
  if (i < 0) throw new Error(`layout: no case row ${key}`);
  return CASE_GEOMETRY.firstRow + i;
}

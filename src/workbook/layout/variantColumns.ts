/** The output columns of a variant row (variants.ts), in order: no formulas here, only geometry. */
import { columnLetters, columnNumber } from "../charts/refs";
import type { Fmt, Text } from "./types";

const YEARS = [0, 1, 2, 3, 4, 5] as const;
type Year = (typeof YEARS)[number];

/** The output columns of a variant row, in order, right after its eleven factor cells. */
export type VariantColumnKey =
  `F${Year}` | `E${Year}` | `V${Year}` | "npv" | "npvSq" | "npvInc" | "role5";

export interface VariantColumn {
  readonly key: VariantColumnKey;
  readonly header: Text;
  readonly fmt: Fmt;
}

const yearly = (prefix: "F" | "E" | "V", header: (y: number) => Text, fmt: Fmt): VariantColumn[] =>
  YEARS.map((y) => ({ key: `${prefix}${y}` as VariantColumnKey, header: header(y), fmt }));

export const VARIANT_COLUMNS: readonly VariantColumn[] = [
  ...yearly("F", (y) => ({ zh: `保有量 第${y}年`, en: `Fleet, year ${y}` }), "count"),
  ...yearly(
    "E",
    (y) => ({ zh: `每车生态 e 第${y}年`, en: `Eco per vehicle e, year ${y}` }),
    "yuan"
  ),
  ...yearly("V", (y) => ({ zh: `年贡献 V 第${y}年`, en: `Contribution V, year ${y}` }), "amount"),
  { key: "npv", header: { zh: "规划净现值", en: "NPV" }, fmt: "amount" },
  { key: "npvSq", header: { zh: "现状净现值", en: "NPV, status quo" }, fmt: "amount" },
  { key: "npvInc", header: { zh: "增量净现值", en: "Incremental NPV" }, fmt: "amount" },
  { key: "role5", header: { zh: "第5年角色", en: "Year-5 role" }, fmt: "text" },
];

/** The column of an output, counting from the first output column. */
export function variantColumn(firstOutput: string, key: VariantColumnKey): string {
  const i = VARIANT_COLUMNS.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`variants: no column ${key}`);
  return columnLetters(columnNumber(firstOutput) + i);
}

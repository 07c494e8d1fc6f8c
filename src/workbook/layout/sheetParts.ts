/** What every sheet renderer shares: header texts, tab colours, the cell collector, titles. */
import type { Edition } from "../contract";
import type { CellStyle, ResolvedCell } from "./resolved";
import { textIn, type Source, type Text } from "./types";

export const H = {
  item: { zh: "项目", en: "Item" },
  unit: { zh: "单位", en: "Unit" },
  /**
   * The unit column of the calculation sheets: what a cell shows. An amount is stored in 元 and
   * shown in 亿元 (CNY m) by its format, so the column says "shown", not the stored unit.
   */
  shownUnit: { zh: "显示单位", en: "Shown in" },
  value: { zh: "数值", en: "Value" },
  source: { zh: "来源", en: "Source" },
  note: { zh: "说明", en: "Note" },
  assumption: { zh: "假设", en: "Assumption" },
  used: { zh: "选用值", en: "Value used" },
  native: { zh: "原生公式", en: "Native formula" },
  eco: { zh: "ECO 函数", en: "ECO function" },
  status: { zh: "核对", en: "Reconciliation" },
} as const satisfies Record<string, Text>;

export const TAB = {
  cover: "1F3864",
  inputs: "FFC000",
  dashboard: "2E75B6",
  calc: "5B9BD5",
  checks: "70AD47",
  addin: "A5A5A5",
} as const;

export type Emit = (
  address: string,
  style: CellStyle,
  content?: { formula?: string; value?: string | number | null; fmt?: ResolvedCell["fmt"] }
) => void;

export function collector(): { cells: ResolvedCell[]; emit: Emit } {
  const cells: ResolvedCell[] = [];
  const emit: Emit = (address, style, content = {}) => {
    const cell: ResolvedCell = { address, style, ...content };
    cells.push(cell);
  };
  return { cells, emit };
}

export function titleRows(
  emit: Emit,
  edition: Edition,
  title: Text,
  subtitle: Text | string
): void {
  emit("A1", "title", { value: textIn(title, edition) });
  if (typeof subtitle === "string") emit("A2", "subtitle", { formula: subtitle });
  else emit("A2", "subtitle", { value: textIn(subtitle, edition) });
}

const SOURCE_ANALYST: Text = { zh: "分析师", en: "analyst" };

export function sourceText(seed: Source | undefined, edition: Edition): string {
  return seed === "analyst" ? textIn(SOURCE_ANALYST, edition) : (seed ?? "");
}

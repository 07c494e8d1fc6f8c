/**
 * What the task pane needs to know about each template sheet's formulas, computed at build time
 * from the resolved layout (the contract carries it: TemplateContract.sheetFormulas): which
 * template sheets its formulas name, and how many bytes its heaviest row of formulas takes as
 * Excel's Range.formulas reports it (JSON, UTF-8) over the sheet's used range. The pane re-points
 * only sheets that name a sheet Excel renamed, and reads them in blocks of rows sized by bytes.
 */
import { columnNumber } from "./a1";
import { tokenize } from "./calc/tokenizer";
import type { SheetFormulas } from "./contract";
import type { ResolvedSheet } from "./layout/resolved";

const UTF8 = new TextEncoder();

export function sheetFormulas(
  sheets: readonly ResolvedSheet[]
): Readonly<Record<string, SheetFormulas>> {
  const byLower = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name] as const));
  const out: Record<string, SheetFormulas> = {};
  for (const sheet of sheets) {
    const refersTo = new Set<string>();
    const rows = new Map<number, Map<number, unknown>>();
    let left = Infinity;
    let right = -Infinity;
    for (const cell of sheet.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell.address);
      if (m === null) throw new Error(`${sheet.name}: bad address ${cell.address}`);
      const formula = typeof cell.formula === "string" ? `=${cell.formula}` : undefined;
      const content = formula ?? cell.value ?? null;
      if (content === null || content === "") continue;
      const col = columnNumber(m[1] ?? "");
      const row = Number(m[2]);
      left = Math.min(left, col);
      right = Math.max(right, col);
      if (!rows.has(row)) rows.set(row, new Map());
      rows.get(row)!.set(col, content);
      if (formula === undefined) continue;
      for (const token of tokenize(cell.formula ?? "")) {
        if (token.kind !== "ref" || token.sheet === undefined) continue;
        const named = byLower.get(token.sheet.toLowerCase());
        if (named === undefined)
          throw new Error(`${sheet.name}!${cell.address} names no template sheet: ${formula}`);
        refersTo.add(named);
      }
    }
    let maxRowBytes = 0;
    for (const cells of rows.values()) {
      const row = Array.from({ length: right - left + 1 }, (_, i) => cells.get(left + i) ?? "");
      maxRowBytes = Math.max(maxRowBytes, UTF8.encode(JSON.stringify(row)).length);
    }
    out[sheet.name] = { refersTo: [...refersTo], maxRowBytes };
  }
  return out;
}

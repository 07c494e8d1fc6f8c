/** A sheet of blocks with their own column headers (plan analysis), written out. */
import type { Edition } from "../contract";
import { CALC_GEOMETRY, YEAR_COLUMNS, type AddressBook } from "./addresses";
import { resolveFormula, sheetName } from "./formula";
import type { ResolvedSheet } from "./resolved";
import type { SheetKey } from "./sheets";
import { collector, H, sourceText, TAB, titleRows } from "./sheetParts";
import { textIn, type TableSheet } from "./types";
import { displayUnit } from "./units";

export function tableSheet(sheet: TableSheet, edition: Edition, book: AddressBook): ResolvedSheet {
  const { cells, emit } = collector();
  titleRows(emit, edition, sheet.title, sheet.subtitle);
  const [seedCol, noteCol] = ["I", "J"] as const;
  const flagRanges: string[] = [];
  let last: number = CALC_GEOMETRY.headerRow;
  for (const section of sheet.sections) {
    const place = book.sections.get(`${sheet.key}.${section.key}`);
    if (!place) throw new Error(`layout: section ${section.key} not placed`);
    const relative = new Set(section.rows.map((row) => `${sheet.key}.${row.key}`));
    emit(`A${place.title}`, "section", { value: textIn(section.title, edition) });
    emit(`A${place.header}`, "header", { value: textIn(H.item, edition) });
    emit(`B${place.header}`, "header", {
      value: textIn(section.unitHeader ?? H.shownUnit, edition),
    });
    // The header band runs across every value column, named or not.
    YEAR_COLUMNS.forEach((col, i) => {
      const t = section.headers[i];
      emit(`${col}${place.header}`, "headerNum", { value: t ? textIn(t, edition) : "" });
    });
    emit(`${seedCol}${place.header}`, "headerCenter", { value: textIn(H.source, edition) });
    emit(`${noteCol}${place.header}`, "header", { value: textIn(H.note, edition) });
    for (const row of section.rows) {
      const r = book.rows.get(`${sheet.key}.${row.key}`)?.row ?? 0;
      const ctx = { edition, book, row: r, relative, section: place };
      if ("formula" in row.label)
        emit(`A${r}`, "calc", { formula: resolveFormula(row.label.formula, ctx), fmt: "text" });
      else emit(`A${r}`, "label", { value: textIn(row.label, edition) });
      emit(`B${r}`, "unit", { value: textIn(displayUnit(row.unit, row.fmt), edition) });
      emit(`${seedCol}${r}`, "seed", { value: sourceText(row.seed, edition) });
      emit(`${noteCol}${r}`, "note", { value: row.note ? textIn(row.note, edition) : "" });
      const rowCells =
        section.across === undefined
          ? row.cells
          : Array.from({ length: section.across }, () => row.cells[0] ?? null);
      rowCells.forEach((cell, i) => {
        const column = YEAR_COLUMNS[i];
        if (cell === null || column === undefined) return;
        const at = `${column}${r}`;
        if (typeof cell !== "string" && "value" in cell) {
          emit(at, "rank", { value: cell.value, fmt: cell.fmt ?? row.fmt });
          return;
        }
        const spec = typeof cell === "string" ? { formula: cell } : cell;
        emit(at, spec.style ?? row.style ?? "calc", {
          formula: resolveFormula(spec.formula, { ...ctx, column }),
          fmt: spec.fmt ?? row.fmt,
        });
      });
      if (row.fmt === "bool") flagRanges.push(`C${r}`);
    }
    last = place.last;
  }
  return {
    key: sheet.key,
    name: sheetName(sheet.key as SheetKey, edition),
    cells,
    widths: [42, 15, 16, 16, 16, 16, 16, 13, 8, 56],
    freeze: { rows: CALC_GEOMETRY.headerRow - 1, columns: 1 },
    merges: [],
    validations: [],
    flagRanges,
    printArea: `A1:${noteCol}${last}`,
    tabColor: TAB.calc,
    // One page: the results, the IRR's attempts, the cases and both tornado blocks (§11.5, §11.9).
    onePage: true,
  };
}

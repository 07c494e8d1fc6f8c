/** The case engine written out: factor links, then one variant row of formulas per case. */
import type { Edition } from "../contract";
import type { AddressBook } from "./addresses";
import { CASE_FACTOR_ROWS } from "./caseFactors";
import { CASE_GEOMETRY, CASE_VARIANTS, CASES_SHEET, caseRow } from "./caseRows";
import { addressOf, qualified, sheetName } from "./formula";
import { HEADER_3_LINES, pagesWide, type ResolvedSheet } from "./resolved";
import { collector, TAB, titleRows } from "./sheetParts";
import { textIn } from "./types";
import { variantCells } from "./variants";
import { VARIANT_COLUMNS, variantColumn } from "./variantColumns";

export function casesSheet(edition: Edition, book: AddressBook): ResolvedSheet {
  const { cells, emit } = collector();
  const g = CASE_GEOMETRY;
  titleRows(emit, edition, CASES_SHEET.title, CASES_SHEET.subtitle);
  emit(`A${g.headerRow}`, "header", {
    value: textIn({ zh: "行（情景）", en: "Row (case)" }, edition),
  });
  CASE_FACTOR_ROWS.forEach((f, i) =>
    emit(`${g.factorColumns[i]}${g.headerRow}`, "headerNum", {
      value: `k${i + 1}`,
    })
  );
  for (const c of VARIANT_COLUMNS)
    emit(`${variantColumn(g.firstOutput, c.key)}${g.headerRow}`, "headerNum", {
      value: textIn(c.header, edition),
    });
  for (const v of CASE_VARIANTS) {
    const r = caseRow(v.key);
    emit(`A${r}`, "label", { value: textIn(v.label, edition) });
    v.factors.forEach((f, i) => {
      const at = `${g.factorColumns[i]}${r}`;
      if ("constant" in f) emit(at, "calc", { value: f.constant, fmt: "rate" });
      else {
        const key = `in.${CASE_FACTOR_ROWS[i]?.key ?? ""}@${f.end}`;
        const a = addressOf(book, key);
        emit(at, "calc", { formula: qualified(a.sheet, edition, a.address), fmt: "rate" });
      }
    });
    const cellsOfRow = variantCells(
      { row: r, factors: g.factorColumns.map((c) => `${c}${r}`), firstOutput: g.firstOutput },
      edition,
      book
    );
    for (const c of cellsOfRow) emit(c.address, "calc", { formula: c.formula, fmt: c.fmt });
  }
  const lastRow = caseRow(CASE_VARIANTS[CASE_VARIANTS.length - 1]?.key ?? "");
  const lastCol = variantColumn(g.firstOutput, "role5");
  const widths = [
    40,
    ...g.factorColumns.map(() => 7),
    ...VARIANT_COLUMNS.map((c) => (c.fmt === "text" ? 14 : 12)),
  ];
  return {
    key: "cases",
    name: sheetName("cases", edition),
    cells,
    widths,
    freeze: { rows: g.headerRow, columns: 1 },
    merges: [],
    validations: [],
    flagRanges: [],
    printArea: `A1:${lastCol}${lastRow}`,
    tabColor: TAB.calc,
    printTitleRows: `${g.headerRow}:${g.headerRow}`,
    printPagesWide: pagesWide(widths),
    // Three lines for the longest column header ("Eco per vehicle e, year 0").
    rowHeights: { [g.headerRow]: HEADER_3_LINES },
  };
}

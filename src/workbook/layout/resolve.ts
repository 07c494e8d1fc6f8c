/** Second pass: the layout written out as cells for one edition. */
import type { ChartSpec, Edition, WorkbookName } from "../contract";
import { ADDIN, errorStatus, STATUS_TEXT } from "./addin";
import { buildAddressBook, CALC_GEOMETRY, type AddressBook } from "./addresses";
import { COVER, COVER_SEED_HEADING } from "./cover";
import { coverText } from "./coverText";
import { addressOf, qualified, resolveFormula, sheetName, yearColumn } from "./formula";
import { ANALYSIS } from "./analysis";
import { PLAN_YEARS } from "./plan";
import type { CellStyle, ResolvedInputCell, ResolvedSheet, ResolvedWorkbook } from "./resolved";
import { CALC_SHEETS, SHEET_ORDER, type SheetKey } from "./sheets";
import { textIn, type CalcSheet, type Text } from "./types";
import { displayUnit } from "./units";
import { NAME_TARGETS, type NameTarget } from "./names";
import { inputsSheet } from "./resolveInputs";
import { tableSheet } from "./resolveTable";
import { casesSheet } from "./resolveCases";
import { simulationSheet } from "./resolveSimulation";
import { dashboardSheet } from "./resolveDashboard";
import { VERSION } from "../../version";
import { collector, H, TAB, titleRows } from "./sheetParts";
import { DEFAULT_SETTINGS, fleetPathLabels, scenarioLabels, type Settings } from "./settings";

function coverSheet(edition: Edition, generated: string): ResolvedSheet {
  const { cells, emit } = collector();
  const pageBreaks: number[] = [];
  let r = 2;
  for (const line of COVER) {
    if (line.kind === "h2") r++;
    // The seed's figures print on a page of their own: one page would shrink the guide's text.
    if (line.kind === "h2" && line.text === COVER_SEED_HEADING) pageBreaks.push(r - 1);
    if (line.kind === "seed") {
      emit(`B${r}`, "seed", { value: line.id ?? "" });
      emit(`C${r}`, "p", { value: coverText(line.text, edition) });
    } else if (line.kind === "version") {
      const text = textIn(line.text, edition)
        .replace("{version}", VERSION)
        .replace("{date}", generated);
      emit(`B${r}`, "subtitle", { value: text });
    } else if (line.kind.startsWith("legend")) {
      emit(`B${r}`, line.kind as CellStyle, { value: "" });
      emit(`C${r}`, "p", { value: coverText(line.text, edition) });
    } else {
      emit(`B${r}`, line.kind as CellStyle, { value: coverText(line.text, edition) });
    }
    r++;
  }
  return {
    key: "cover",
    name: sheetName("cover", edition),
    cells,
    widths: [3, 8, 110],
    freeze: { rows: 0, columns: 0 },
    merges: [],
    validations: [],
    flagRanges: [],
    printArea: `A1:C${r}`,
    tabColor: TAB.cover,
    pageBreaks,
    // Two pages (the guide, the seed's figures), each whole: 80 % holds the guide's 40 lines.
    printScale: 80,
  };
}

/** Points per line of a wrapped message (9-point text). */
const MESSAGE_LINE_HEIGHT = 12.75;

function calcSheet(sheet: CalcSheet, edition: Edition, book: AddressBook): ResolvedSheet {
  const { cells, emit } = collector();
  const years = sheet.columns === "years";
  const noteCols = years ? ["I", "J"] : ["D", "E"];
  const [seedCol = "D", noteCol = "E"] = noteCols;
  titleRows(emit, edition, sheet.title, sheet.subtitle);
  const hr = CALC_GEOMETRY.headerRow;
  emit(`A${hr}`, "header", { value: textIn(H.item, edition) });
  emit(`B${hr}`, "header", { value: textIn(H.shownUnit, edition) });
  if (years)
    for (const y of PLAN_YEARS)
      emit(`${yearColumn(y)}${hr}`, "headerNum", { value: y, fmt: "year" });
  else emit(`C${hr}`, "headerNum", { value: textIn(H.value, edition) });
  emit(`${seedCol}${hr}`, "headerCenter", { value: textIn(H.source, edition) });
  emit(`${noteCol}${hr}`, "header", { value: textIn(H.note, edition) });
  const flagRanges: string[] = [];
  const rowHeights: Record<number, number> = {};
  const relative = new Set(
    sheet.sections.flatMap((x) => x.rows.map((row) => `${sheet.key}.${row.key}`))
  );
  let r = CALC_GEOMETRY.firstRow;
  for (const section of sheet.sections) {
    emit(`A${r}`, "section", { value: textIn(section.title, edition) });
    r++;
    for (const row of section.rows) {
      emit(`A${r}`, "label", { value: textIn(row.label, edition) });
      emit(`B${r}`, "unit", { value: textIn(displayUnit(row.unit, row.fmt), edition) });
      emit(`${seedCol}${r}`, "seed", { value: row.seed ?? "" });
      if (row.messageLines !== undefined) rowHeights[r] = MESSAGE_LINE_HEIGHT * row.messageLines;
      if (row.message)
        emit(`${noteCol}${r}`, "message", {
          formula: resolveFormula(textIn(row.message, edition), { edition, book, row: r }),
          fmt: "text",
        });
      else emit(`${noteCol}${r}`, "note", { value: row.note ? textIn(row.note, edition) : "" });
      const style: CellStyle = row.style ?? "calc";
      if (row.text) {
        emit(`C${r}`, "text", { value: textIn(row.text, edition), fmt: "text" });
      } else if (years) {
        for (const y of PLAN_YEARS) {
          const col = yearColumn(y);
          emit(`${col}${r}`, style, {
            formula: resolveFormula(row.formula, { edition, book, column: col, relative }),
            fmt: row.fmt,
          });
        }
      } else {
        emit(`C${r}`, style, {
          formula: resolveFormula(row.formula, { edition, book }),
          fmt: row.fmt,
        });
      }
      if (row.fmt === "bool") flagRanges.push(years ? `C${r}:H${r}` : `C${r}`);
      r++;
    }
    r++;
  }
  // The checks sheet prints one narrow blank column past its notes. Ending its print area on the
  // notes column, whose rows on the third page carry the input checks' messages, makes
  // LibreOffice 7.4 abort (signal 6, in ScPatternAttr::GetItem) when it prints this file from its
  // cached values together with a second workbook (test/workbook/preview.test.ts): 5 of 10 runs
  // from directories of different names crashed, 0 of 10 with the margin column or with no print
  // area; removing the conditional formats did not help.
  const margin = sheet.key === "checks" ? ["F"] : [];
  const lastCol = margin[0] ?? noteCol;
  return {
    key: sheet.key,
    name: sheetName(sheet.key as SheetKey, edition),
    cells,
    widths: years
      ? [30, 14, 14, 14, 14, 14, 14, 14, 8, 40]
      : [64, 16, 18, 8, 58, ...margin.map(() => 2)],
    freeze: { rows: hr, columns: years ? 2 : 1 },
    merges: [],
    validations: [],
    flagRanges,
    printArea: `A1:${lastCol}${r - 2}`,
    tabColor: sheet.key === "checks" ? TAB.checks : TAB.calc,
    ...(Object.keys(rowHeights).length > 0 ? { rowHeights } : {}),
    // The header row repeats on every printed page of a sheet that spans pages.
    printTitleRows: `${hr}:${hr}`,
  };
}

function addinSheet(
  edition: Edition,
  book: AddressBook,
  eco: { sheet: string; address: string; formula: string }[]
): ResolvedSheet {
  const { cells, emit } = collector();
  titleRows(emit, edition, ADDIN.title, ADDIN.subtitle);
  const hr = CALC_GEOMETRY.headerRow;
  const heads: [string, Text][] = [
    ["A", H.item],
    ["B", H.shownUnit],
    ["C", H.native],
    ["D", H.eco],
    ["E", H.status],
  ];
  for (const [col, t] of heads) emit(`${col}${hr}`, "header", { value: textIn(t, edition) });
  const name = sheetName("addin", edition);
  const tol = qualified("inputs", edition, addressOf(book, "in.tolerance").address);
  let r = CALC_GEOMETRY.firstRow;
  for (const row of ADDIN.rows) {
    emit(`A${r}`, "label", { value: textIn(row.label, edition) });
    emit(`B${r}`, "unit", { value: textIn(displayUnit(row.unit, row.fmt), edition) });
    emit(`C${r}`, "calc", { formula: resolveFormula(row.native, { edition, book }), fmt: row.fmt });
    const formula = resolveFormula(textIn(row.eco, edition), { edition, book });
    emit(`D${r}`, "addin", { formula, fmt: row.fmt });
    eco.push({ sheet: name, address: `D${r}`, formula: `=${formula}` });
    const t = (k: keyof typeof STATUS_TEXT): string => `"${textIn(STATUS_TEXT[k], edition)}"`;
    emit(`E${r}`, "status", {
      formula: row.exact
        ? `IF(ISERROR(D${r}),${errorStatus(`D${r}`, edition)},IF(D${r}=C${r},${t("ok")},${t("mismatch")}))`
        : `IF(ISERROR(D${r}),${errorStatus(`D${r}`, edition)},IF(OR(D${r}=C${r},ABS(D${r}-C${r})<=${tol}*ABS(C${r})),${t("ok")},${t("mismatch")}))`,
      fmt: "text",
    });
    r++;
  }
  return {
    key: "addin",
    name,
    cells,
    widths: [30, 12, 18, 18, 18],
    freeze: { rows: hr, columns: 1 },
    merges: [],
    validations: [],
    flagRanges: [`E${CALC_GEOMETRY.firstRow}:E${r - 1}`],
    printArea: `A1:E${r - 1}`,
    tabColor: TAB.addin,
  };
}

function nameAddress(book: AddressBook, target: NameTarget): { sheet: SheetKey; address: string } {
  if (typeof target === "string") return addressOf(book, target);
  const a = addressOf(book, target.from);
  const b = addressOf(book, target.to);
  if (a.sheet !== b.sheet) throw new Error(`layout: name spans two sheets`);
  return { sheet: a.sheet, address: `${a.address}:${b.address}` };
}

/**
 * The layout of one edition at the given inputs. `generated` is the date the cover states
 * (YYYY-MM-DD; default today, UTC).
 */
export function resolveLayout(
  edition: Edition,
  settings: Settings = DEFAULT_SETTINGS,
  generated: string = new Date().toISOString().slice(0, 10)
): ResolvedWorkbook {
  const book = buildAddressBook();
  const inputCells: ResolvedInputCell[] = [];
  const charts: ChartSpec[] = [];
  const ecoFormulas: { sheet: string; address: string; formula: string }[] = [];
  const byKey = new Map<SheetKey, ResolvedSheet>();
  byKey.set("cover", coverSheet(edition, generated));
  byKey.set("inputs", inputsSheet(edition, book, settings, inputCells));
  byKey.set("dashboard", dashboardSheet(edition, book, charts));
  for (const sheet of CALC_SHEETS)
    byKey.set(sheet.key as SheetKey, calcSheet(sheet, edition, book));
  byKey.set("analysis", tableSheet(ANALYSIS, edition, book));
  byKey.set("cases", casesSheet(edition, book));
  byKey.set("sim", simulationSheet(edition, book));
  byKey.set("addin", addinSheet(edition, book, ecoFormulas));
  const sheets = SHEET_ORDER.map((k) => {
    const s = byKey.get(k);
    if (!s) throw new Error(`layout: sheet ${k} missing`);
    return s;
  });
  const names = (Object.entries(NAME_TARGETS) as [WorkbookName, NameTarget][]).map(
    ([name, target]) => {
      const a = nameAddress(book, target);
      return { name, sheet: sheetName(a.sheet, edition), address: a.address.replace(/\$/g, "") };
    }
  );
  return {
    edition,
    print: {
      title: textIn({ zh: "ECO 售后生态规划", en: "ECO after-sales ecosystem plan" }, edition),
      version: VERSION,
      date: generated,
    },
    sheets,
    names,
    inputCells,
    charts,
    ecoFormulas,
    scenarioLabels: scenarioLabels(edition),
    fleetPathLabels: fleetPathLabels(edition),
  };
}

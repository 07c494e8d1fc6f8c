/** Writes the resolved layout as .xlsx with ExcelJS (Node only). */
import ExcelJS from "exceljs";
import { evaluateWorkbook, type CachedValue } from "./calc/workbook";
import type { Edition } from "./contract";
import { resolveLayout } from "./layout/resolve";
import type { ResolvedSheet, ResolvedWorkbook } from "./layout/resolved";
import { DEFAULT_SETTINGS, type Settings } from "./layout/settings";
import { COLORS, LOOKS, numberFormat, ROLE_COLORS } from "./styles";
import { STATUS_TEXT } from "./layout/addin";
import { PLAN_TEXT } from "../model/words";
import { textIn } from "./layout/types";
import { storedFormula } from "./ecoCalls";
import { shapeOf } from "./calc/formulaShapes";
import { addChartParts, type CellValue, type ChartCells } from "./charts";

export interface WorkbookOptions extends Partial<Settings> {
  readonly edition: Edition;
  /**
   * Write the layout's charts into the file (default true: the standalone workbook). Task-pane
   * templates pass false: Excel on the web refuses to insert sheets from a file with charts, and
   * the pane adds the same charts through the Excel API instead.
   */
  readonly charts?: boolean;
}

export async function writeWorkbook(options: WorkbookOptions): Promise<Buffer> {
  const { edition, charts, ...given } = options;
  const settings: Settings = { ...DEFAULT_SETTINGS, ...given };
  if (!Number.isFinite(settings.fleet) || settings.fleet < 0)
    throw new RangeError(`fleet must be a non-negative number, got ${settings.fleet}`);
  return workbookBuffer(resolveLayout(edition, settings), { charts });
}

/**
 * The .xlsx of a resolved layout: sheets protected, every formula with its cached result, and the
 * layout's charts (unless `charts` is false) with their caches filled from the same results.
 */
export async function workbookBuffer(
  layout: ResolvedWorkbook,
  options: { readonly charts?: boolean } = {}
): Promise<Buffer> {
  const results = evaluateWorkbook(layout).values;
  const wb = buildWorkbook(layout, results);
  for (const ws of wb.worksheets) await ws.protect("", PROTECTION);
  const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (options.charts === false || layout.charts.length === 0) return data;
  const computed = (sheet: string, address: string): CellValue | undefined => {
    const v = results.get(sheet)?.get(address);
    return v === undefined || typeof v === "object" ? undefined : v;
  };
  return addChartParts(data, layout.charts, {
    lang: layout.edition,
    cells: chartCells(layout, computed),
  });
}

/**
 * What the chart caches can take: `computed` values where given (formula results), else the
 * layout's constant cells (labels, year headers); and every cell's number format. A reference
 * with a cell of unknown value gets no cache (Excel and LibreOffice read the cells anyway).
 */
export function chartCells(
  layout: ResolvedWorkbook,
  computed?: (sheet: string, address: string) => CellValue | undefined
): ChartCells {
  const byKey = new Map<string, { value?: string | number; fmt?: string }>();
  for (const sheet of layout.sheets)
    for (const c of sheet.cells)
      byKey.set(`${sheet.name}!${c.address}`, {
        ...(c.formula === undefined && c.value !== undefined && c.value !== null
          ? { value: c.value }
          : {}),
        ...(c.fmt ? { fmt: numberFormat(c.fmt, layout.edition) } : {}),
      });
  return {
    value: (sheet, address) =>
      computed?.(sheet, address) ?? byKey.get(`${sheet}!${address}`)?.value,
    format: (sheet, address) => byKey.get(`${sheet}!${address}`)?.fmt,
  };
}

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/**
 * Every formula cell carries the result the evaluator computed (src/workbook/calc), so viewers
 * that do not calculate (Protected View, previewers, mail clients) show the numbers; Excel
 * still recalculates the whole workbook when it opens the file (fullCalcOnLoad).
 */
export function buildWorkbook(
  layout: ResolvedWorkbook,
  results: ReadonlyMap<string, ReadonlyMap<string, CachedValue>> = evaluateWorkbook(layout).values
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ECO";
  wb.calcProperties.fullCalcOnLoad = true;
  // A workbook view naming the active sheet: Excel crashes inserting a file whose workbook.xml
  // has none (office-js #3346). The first sheet is active, and its view the selected one.
  wb.views = [
    { x: 0, y: 0, width: 24000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  layout.sheets.forEach((sheet, i) =>
    writeSheet(
      wb,
      sheet,
      layout.edition,
      results.get(sheet.name) ?? new Map(),
      layout.print,
      i === 0
    )
  );
  for (const n of layout.names) {
    const cells = n.address.split(":").map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
    wb.definedNames.add(`'${n.sheet}'!${cells.join(":")}`, n.name);
  }
  return wb;
}

function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: ResolvedSheet,
  edition: Edition,
  results: ReadonlyMap<string, CachedValue>,
  print?: ResolvedWorkbook["print"],
  active = false
): void {
  // tabSelected is written by ExcelJS (sheet-view-xform) but missing from its typings.
  const view: Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean } = {
    state: "frozen",
    xSplit: sheet.freeze.columns,
    ySplit: sheet.freeze.rows,
    showGridLines: false,
    ...(active ? { tabSelected: true } : {}),
  };
  const ws = wb.addWorksheet(sheet.name, {
    properties: { tabColor: { argb: `FF${sheet.tabColor}` } },
    views: [view],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      ...(sheet.printScale
        ? { fitToPage: false, scale: sheet.printScale }
        : {
            fitToPage: true,
            fitToWidth: sheet.printPagesWide ?? 1,
            fitToHeight: sheet.onePage ? 1 : 0,
          }),
      // ExcelJS writes `$` before the column only ('$A1:$Q32'): LibreOffice then reads the
      // rows as relative and prints past the area. A `$` before each row makes it absolute.
      printArea: sheet.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      horizontalCentered: true,
      ...(sheet.printTitleRows ? { printTitlesRow: sheet.printTitleRows } : {}),
      // Printed several pages across, each page repeats the label column.
      ...((sheet.printPagesWide ?? 1) > 1 ? { printTitlesColumn: "A:A" } : {}),
      ...(sheet.narrowMargins
        ? { margins: { left: 0.25, right: 0.25, top: 0.3, bottom: 0.3, header: 0.1, footer: 0.1 } }
        : {}),
    },
  });
  if (print) ws.headerFooter = headerFooter(print, edition);
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const shared = sharedFormulas(sheet);
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.address);
    const share = shared.get(c.address);
    if (c.formula !== undefined && share)
      cell.value = sharedValue(c.formula, results.get(c.address), share);
    else if (c.formula !== undefined) cell.value = formulaValue(c.formula, results.get(c.address));
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
    const look = LOOKS[c.style];
    if (look.font) cell.font = look.font;
    if (look.fill) cell.fill = look.fill;
    if (look.border) cell.border = look.border;
    if (look.alignment) cell.alignment = look.alignment;
    // A text result in a column of numbers (a role, "第0年") lines up with the numbers.
    if (c.fmt === "text" && (c.style === "calc" || c.style === "output") && !/^A\d/.test(c.address))
      cell.alignment = { ...look.alignment, horizontal: "right" };
    // TRUE/FALSE sit centred, as the checks above Check_All do.
    if (c.fmt === "bool" && c.style === "output") cell.alignment = { horizontal: "center" };
    if (c.fmt) cell.numFmt = numberFormat(c.fmt, edition);
    cell.protection = { locked: !look.unlocked };
  }
  // Section bands and header rows run across the printed width (the dashboard draws its own).
  for (const c of sheet.ownBands ? [] : sheet.cells) {
    if (c.style !== "section" || c.address.startsWith("B")) continue;
    const row = ws.getRow(Number(c.address.replace(/^[A-Z]+/, "")));
    for (let col = 2; col <= sheet.widths.length; col++) {
      const cell = row.getCell(col);
      if (cell.value === null || cell.value === undefined)
        cell.fill = LOOKS.section.fill ?? cell.fill;
    }
  }
  for (const m of sheet.merges) ws.mergeCells(m);
  for (const v of sheet.validations) {
    ws.getCell(v.address).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      errorTitle: v.title ?? (edition === "zh-CN" ? "情景" : "Scenario"),
      error: v.list.join(" / "),
    };
  }
  for (const ref of sheet.flagRanges) addFlagColours(ws, ref, edition);
  for (const ref of sheet.roleRanges ?? []) addRoleColours(ws, ref);
  ws.getRow(1).height = 30;
  for (const c of sheet.cells)
    if (c.style === "h1") ws.getRow(Number(c.address.replace(/^[A-Z]+/, ""))).height = 34;
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRow(Number(row)).height = height;
  for (const row of sheet.pageBreaks ?? []) ws.getRow(row).addPageBreak();
}

/**
 * Every printed page: the workbook's title and the sheet's name in the header; the version, the
 * day the file was generated and "page x of y" in the footer (& is escaped as &&).
 */
export function headerFooter(
  print: NonNullable<ResolvedWorkbook["print"]>,
  edition: Edition
): Partial<ExcelJS.HeaderFooter> {
  const esc = (t: string): string => t.replace(/&/g, "&&");
  const page = edition === "zh-CN" ? "第 &P 页，共 &N 页" : "Page &P of &N";
  const version =
    edition === "zh-CN"
      ? `版本 ${print.version} · ${print.date}`
      : `Version ${print.version} · ${print.date}`;
  return {
    oddHeader: `&L&8${esc(print.title)}&R&8&A`,
    oddFooter: `&L&8${esc(version)}&R&8${page}`,
  };
}

/** A role letter's cell: A red, B amber, C blue, D green (the S18 roles from worst to best). */
function addRoleColours(ws: ExcelJS.Worksheet, ref: string): void {
  ws.addConditionalFormatting({
    ref,
    rules: (["A", "B", "C", "D"] as const).map((role, i) => ({
      type: "cellIs" as const,
      operator: "equal" as const,
      priority: i + 1,
      formulae: [`"${role}"`],
      style: {
        fill: {
          type: "pattern",
          pattern: "solid",
          bgColor: { argb: `FF${ROLE_COLORS[role].fill}` },
        },
        font: { color: { argb: `FF${ROLE_COLORS[role].font}` }, bold: true },
      },
    })),
  });
}

/** Runs shorter than this are written formula by formula. */
const SHARED_RUN = 20;

/** A cell of a shared formula: the run's first cell (its master) and, on the master, the run. */
interface Share {
  readonly master: string;
  readonly ref?: string;
}

/**
 * Columns of the same formula copied down (the simulation's trials) are stored as Excel's shared
 * formulas: the first cell holds the formula and the run, the others point at it, and each cell
 * keeps its own cached result. Excel and LibreOffice read them back as the same formulas (the
 * shape test is the evaluator's: equal text but for relative row numbers shifted alike), which
 * keeps a thousand-row sheet small.
 */
function sharedFormulas(sheet: ResolvedSheet): Map<string, Share> {
  const byColumn = new Map<string, { row: number; address: string; key: string }[]>();
  for (const c of sheet.cells) {
    if (c.formula === undefined) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.address);
    if (!m) continue;
    const row = Number(m[2]);
    const list = byColumn.get(m[1] ?? "") ?? [];
    list.push({ row, address: c.address, key: shapeOf(fileFormula(c.formula), row).key });
    byColumn.set(m[1] ?? "", list);
  }
  const out = new Map<string, Share>();
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.row - b.row);
    for (let i = 0; i < list.length;) {
      let j = i + 1;
      const first = list[i];
      while (first && list[j]?.key === first.key && list[j]?.row === first.row + (j - i)) j++;
      const last = list[j - 1];
      if (first && last && j - i >= SHARED_RUN) {
        out.set(first.address, { master: first.address, ref: `${first.address}:${last.address}` });
        for (let k = i + 1; k < j; k++) out.set(list[k]?.address ?? "", { master: first.address });
      }
      i = j;
    }
  }
  return out;
}

function sharedValue(
  formula: string,
  result: CachedValue | undefined,
  share: Share
): ExcelJS.CellValue {
  if (result === undefined) throw new Error(`generate: no computed result for =${formula}`);
  const r = result as ExcelJS.CellFormulaValue["result"];
  if (share.ref) {
    // ExcelJS writes a shared formula's master from shareType and ref (not in its typings).
    const master: ExcelJS.CellFormulaValue & { shareType: "shared"; ref: string } = {
      formula: fileFormula(formula),
      result: r,
      shareType: "shared",
      ref: share.ref,
    };
    return master;
  }
  return { sharedFormula: share.master, result: r };
}

function formulaValue(formula: string, result: CachedValue | undefined): ExcelJS.CellFormulaValue {
  if (result === undefined) throw new Error(`generate: no computed result for =${formula}`);
  return { formula: fileFormula(formula), result: result as ExcelJS.CellFormulaValue["result"] };
}

/** TRUE green, FALSE red, any text (e.g. "add-in not loaded") amber. */
function addFlagColours(ws: ExcelJS.Worksheet, ref: string, edition: Edition): void {
  const first = ref.split(":")[0] ?? ref;
  const ok = `"${textIn(STATUS_TEXT.ok, edition)}"`;
  const bad = `"${textIn(STATUS_TEXT.mismatch, edition)}"`;
  const pass = `"${textIn(PLAN_TEXT.checksPass, edition)}"`;
  const fail = `"${textIn(PLAN_TEXT.checksFail, edition)}"`;
  const fill = (hex: string): ExcelJS.Fill => ({
    type: "pattern",
    pattern: "solid",
    bgColor: { argb: `FF${hex}` },
  });
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`OR(${first}=TRUE,${first}=${ok},${first}=${pass})`],
        style: { fill: fill(COLORS.okFill), font: { color: { argb: `FF${COLORS.okFont}` } } },
      },
      {
        type: "expression",
        priority: 2,
        formulae: [`OR(${first}=FALSE,${first}=${bad},${first}=${fail})`],
        style: { fill: fill(COLORS.badFill), font: { color: { argb: `FF${COLORS.badFont}` } } },
      },
      {
        type: "expression",
        priority: 3,
        formulae: [`ISTEXT(${first})`],
        style: { fill: fill(COLORS.warnFill), font: { color: { argb: `FF${COLORS.warnFont}` } } },
      },
    ],
  });
}

/**
 * How a formula cell is stored in the file. ECO calls are written the way Excel itself saves a
 * JavaScript custom function, `_xldudf_ECO_DATA_ASSET_VALUE(...)`, not as typed
 * (`ECO.DATA_ASSET_VALUE(...)`). Evidence:
 * - Microsoft, OfficeDev/Excel-Custom-Functions#108: "For Javascript Custom Functions, we by
 *   default save out with a different prefix _xldudf"; a workbook whose cells held the plain
 *   `CUSTOMJS.NEWFDS(` did not calculate when opened where the add-in was loaded, and only
 *   re-entering each formula (or setting Range.formulas to itself) helped.
 * - Files saved by Excel contain `<f>_xldudf_CX_GET(...)</f>` for `=CX.GET(...)`: namespace and
 *   id joined by "_" (office-js #3872 `_xldudf_ABC_GET_PB_OPT_ORDER_ANALYSIS` for
 *   `ABC.GET_PB_OPT_ORDER_ANALYSIS`; office-js #2568; workbook-reading code in public
 *   repositories tests against such cells).
 * - office-js #6611 (2026): formulas that reached the workbook before the add-in loaded, i.e. not
 *   in this stored form, stay #NAME? after it loads.
 * Without the add-in, Excel and LibreOffice show #NAME? for either spelling (the ECO-function
 * sheet's status column says "add-in not loaded"), and Excel shows the `_xldudf_` name in the
 * formula bar, as it does for any saved custom function whose add-in is missing (office-js
 * #5611). Not verifiable here (no Excel runs on Linux): that Excel binds these cells on open
 * once ECO is loaded. If it does not, the task pane's Repair #NAME? action re-enters them.
 */
function fileFormula(formula: string): string {
  return storedFormula(formula);
}

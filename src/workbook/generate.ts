/** Writes the resolved layout as .xlsx with ExcelJS (Node only). */
import ExcelJS from "exceljs";
import type { Edition } from "./contract";
import { resolveLayout } from "./layout/resolve";
import type { ResolvedSheet, ResolvedWorkbook } from "./layout/resolved";
import { DEFAULT_SETTINGS, type Settings } from "./layout/settings";
import { COLORS, LOOKS, numberFormat } from "./styles";
import { STATUS_TEXT } from "./layout/addin";
import { textIn } from "./layout/types";

export interface WorkbookOptions extends Partial<Settings> {
  readonly edition: Edition;
}

export async function writeWorkbook(options: WorkbookOptions): Promise<Buffer> {
  const { edition, ...given } = options;
  const settings: Settings = { ...DEFAULT_SETTINGS, ...given };
  if (!Number.isFinite(settings.fleet) || settings.fleet < 0)
    throw new RangeError(`fleet must be a non-negative number, got ${settings.fleet}`);
  const layout = resolveLayout(edition, settings);
  const wb = buildWorkbook(layout);
  for (const ws of wb.worksheets) await ws.protect("", PROTECTION);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

export function buildWorkbook(layout: ResolvedWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ECO";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) writeSheet(wb, sheet, layout.edition);
  for (const n of layout.names) {
    const cells = n.address.split(":").map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
    wb.definedNames.add(`'${n.sheet}'!${cells.join(":")}`, n.name);
  }
  return wb;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: ResolvedSheet, edition: Edition): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: { tabColor: { argb: `FF${sheet.tabColor}` } },
    views: [
      {
        state: "frozen",
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
        showGridLines: false,
      },
    ],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: sheet.onePage ? 1 : 0,
      printArea: sheet.printArea,
      horizontalCentered: true,
    },
  });
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.address);
    if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
    const look = LOOKS[c.style];
    if (look.font) cell.font = look.font;
    if (look.fill) cell.fill = look.fill;
    if (look.border) cell.border = look.border;
    if (look.alignment) cell.alignment = look.alignment;
    if (c.fmt) cell.numFmt = numberFormat(c.fmt, edition);
    cell.protection = { locked: !look.unlocked };
  }
  // Section bands and header rows run across the printed width.
  for (const c of sheet.cells) {
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
  ws.getRow(1).height = 30;
  for (const c of sheet.cells)
    if (c.style === "kpi" || c.style === "h1")
      ws.getRow(Number(c.address.replace(/^[A-Z]+/, ""))).height = c.style === "h1" ? 34 : 22;
}

/** TRUE green, FALSE red, any text (e.g. "add-in not loaded") amber. */
function addFlagColours(ws: ExcelJS.Worksheet, ref: string, edition: Edition): void {
  const first = ref.split(":")[0] ?? ref;
  const ok = `"${textIn(STATUS_TEXT.ok, edition)}"`;
  const bad = `"${textIn(STATUS_TEXT.mismatch, edition)}"`;
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
        formulae: [`OR(${first}=TRUE,${first}=${ok})`],
        style: { fill: fill(COLORS.okFill), font: { color: { argb: `FF${COLORS.okFont}` } } },
      },
      {
        type: "expression",
        priority: 2,
        formulae: [`OR(${first}=FALSE,${first}=${bad})`],
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

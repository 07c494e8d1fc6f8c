/**
 * Repair #NAME?: ECO formulas typed or opened before the add-in loaded can stay #NAME? after it
 * loads (office-js #6611), and Excel shows a custom function it could not bind by its stored
 * name, `_xldudf_ECO_…` (office-js #5611). Entering such a formula again binds it. This finds
 * every ECO formula in the workbook whose value is #NAME?, enters it again as typed
 * (`=ECO.X(…)`; only that cell, only a spill's anchor, which is the only cell holding the
 * formula), reads it back after a sync and reports what is fixed and what is still #NAME?.
 *
 * Finding: per sheet, Range.getSpecialCellsOrNullObject(formulas, errors) (ExcelApi 1.9) returns
 * only formula cells with an error value; their formulas and values load in one sync for the
 * whole workbook. Without ExcelApi 1.9, each sheet's used range is read in blocks of rows, all
 * blocks in one sync. Never cell by cell.
 *
 * Protection: a protected sheet is unprotected and protected again with the options it had only
 * when it is one of the planning workbook's sheets (by name, also as renamed on insertion,
 * "输入 (2)") and it has no password. ECO's generator protects every sheet without a password
 * (src/workbook/generate.ts); WorksheetProtection.isPasswordProtected tells where it exists
 * (ExcelApiOnline 1.1, Excel on the web); elsewhere unprotect() without a password is tried and a
 * refusal means the sheet is skipped. Other protected sheets are skipped and reported; nothing
 * else is touched.
 */
import type { ExcelRun } from "../insert";
import { describeError } from "../insert";
import { templateSheetOf } from "../sheetRefs";
import { hasEcoCall, typedFormula } from "../../workbook/ecoCalls";
import { checkWritten, isBound, type FormulaCheck } from "./binding";
import { protectionOptions } from "./protection";

export type SkipReason = "password" | "notPlanningSheet" | "unprotectFailed" | "writeFailed";

export interface RepairedCell {
  readonly sheet: string;
  readonly check: FormulaCheck;
}
export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: SkipReason;
  /** Addresses of the #NAME? ECO formulas left as they were. */
  readonly cells: readonly string[];
  readonly detail?: string;
}
export interface RepairReport {
  /** ECO formulas that showed #NAME? before the repair (including those on skipped sheets). */
  readonly found: number;
  readonly fixed: readonly RepairedCell[];
  /** Re-entered, and still #NAME? (or rewritten) afterwards. */
  readonly stillName: readonly RepairedCell[];
  readonly skipped: readonly SkippedSheet[];
  /** Sheets whose protection was lifted for the repair and put back with the same options. */
  readonly reprotected: readonly string[];
  /** Sheets whose protection could not be put back: the user must protect them again. */
  readonly reprotectFailed: readonly string[];
  readonly method: "specialCells" | "usedRange";
  /** Excel refused before anything was changed (e.g. a cell in edit mode). */
  readonly failed?: string;
}

export interface RepairDeps {
  readonly run: ExcelRun;
  /** The planning workbook's sheet names, both editions (templateContract(e).sheetNames). */
  readonly planningSheets: readonly string[];
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** Rows per block when reading used ranges without ExcelApi 1.9 (default 2000). */
  readonly blockRows?: number;
}

interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  /** Known only where ExcelApiOnline 1.1 exists. */
  readonly passwordProtected: boolean | undefined;
  readonly options: Excel.WorksheetProtectionOptions;
}

interface Found {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export async function repairNameErrors(deps: RepairDeps): Promise<RepairReport> {
  const useSpecialCells = safely(() => deps.isSetSupported("ExcelApi", "1.9"));
  const passwordFlag = safely(() => deps.isSetSupported("ExcelApiOnline", "1.1"));
  const method = useSpecialCells ? "specialCells" : "usedRange";
  let sheets: SheetInfo[];
  let found: Map<string, Found[]>;
  try {
    sheets = await deps.run((context) => loadSheets(context, passwordFlag));
    found = await deps.run((context) =>
      useSpecialCells
        ? findWithSpecialCells(context, sheets)
        : findInUsedRanges(context, sheets, deps.blockRows ?? 2000)
    );
  } catch (error) {
    return {
      found: 0,
      fixed: [],
      stillName: [],
      skipped: [],
      reprotected: [],
      reprotectFailed: [],
      method,
      failed: describeError(error),
    };
  }

  const fixed: RepairedCell[] = [];
  const stillName: RepairedCell[] = [];
  const skipped: SkippedSheet[] = [];
  const reprotected: string[] = [];
  const reprotectFailed: string[] = [];
  let total = 0;
  for (const sheet of sheets) {
    const cells = found.get(sheet.id) ?? [];
    if (cells.length === 0) continue;
    total += cells.length;
    const addresses = cells.map((c) => `${sheet.name}!${a1(c.row, c.column)}`);
    const skip = (reason: SkipReason, detail?: string): void => {
      skipped.push({ sheet: sheet.name, reason, cells: addresses, ...(detail ? { detail } : {}) });
    };
    if (sheet.protected) {
      if (sheet.passwordProtected === true) {
        skip("password");
        continue;
      }
      if (templateSheetOf(sheet.name, deps.planningSheets) === undefined) {
        skip("notPlanningSheet");
        continue;
      }
    }
    const outcome = await reenter(deps.run, sheet, cells);
    if (outcome.kind === "unprotectFailed") {
      skip(outcome.reason, outcome.detail);
      continue;
    }
    if (outcome.kind === "writeFailed") skip("writeFailed", outcome.detail);
    for (const check of outcome.checks)
      (isBound(check) ? fixed : stillName).push({ sheet: sheet.name, check });
    if (sheet.protected) {
      const back = await ensureProtected(deps.run, sheet);
      (back ? reprotected : reprotectFailed).push(sheet.name);
    }
  }
  return { found: total, fixed, stillName, skipped, reprotected, reprotectFailed, method };
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

async function loadSheets(
  context: Excel.RequestContext,
  withPasswordFlag: boolean
): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  const protections = sheets.items.map((sheet) => {
    const protection = sheet.protection;
    protection.load(
      withPasswordFlag ? "protected,options,isPasswordProtected" : "protected,options"
    );
    return protection;
  });
  await context.sync();
  return sheets.items.map((sheet, i) => {
    const p = protections[i]!;
    return {
      id: sheet.id,
      name: sheet.name,
      protected: p.protected,
      passwordProtected: withPasswordFlag ? p.isPasswordProtected : undefined,
      options: protectionOptions(p.options),
    };
  });
}

const isNameError = (value: unknown): boolean =>
  typeof value === "string" && value.toUpperCase() === "#NAME?";

/** Formula cells with an error value, per sheet: two syncs for the whole workbook. */
async function findWithSpecialCells(
  context: Excel.RequestContext,
  sheets: readonly SheetInfo[]
): Promise<Map<string, Found[]>> {
  const errors = sheets.map((sheet) => {
    const areas = context.workbook.worksheets
      .getItem(sheet.id)
      .getRange()
      .getSpecialCellsOrNullObject("Formulas", "Errors");
    areas.load("areaCount");
    return areas;
  });
  await context.sync();
  const loaded = errors.map((areas) => {
    if (areas.isNullObject) return null;
    areas.areas.load("items/formulas,items/values,items/rowIndex,items/columnIndex");
    return areas;
  });
  await context.sync();
  const found = new Map<string, Found[]>();
  sheets.forEach((sheet, i) => {
    const areas = loaded[i];
    if (!areas) return;
    const cells: Found[] = [];
    for (const area of areas.areas.items)
      cells.push(...ecoNameErrors(area.formulas, area.values, area.rowIndex, area.columnIndex));
    if (cells.length > 0) found.set(sheet.id, cells);
  });
  return found;
}

/** Without ExcelApi 1.9: each used range in blocks of rows, all blocks in one sync. */
async function findInUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly SheetInfo[],
  blockRows: number
): Promise<Map<string, Found[]>> {
  const used = sheets.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  const blocks: { sheetId: string; range: Excel.Range }[] = [];
  sheets.forEach((sheet, i) => {
    const range = used[i]!;
    if (range.isNullObject) return;
    const ws = context.workbook.worksheets.getItem(sheet.id);
    for (let row = 0; row < range.rowCount; row += blockRows) {
      const block = ws.getRangeByIndexes(
        range.rowIndex + row,
        range.columnIndex,
        Math.min(blockRows, range.rowCount - row),
        range.columnCount
      );
      block.load("formulas,values,rowIndex,columnIndex");
      blocks.push({ sheetId: sheet.id, range: block });
    }
  });
  await context.sync();
  const found = new Map<string, Found[]>();
  for (const { sheetId, range } of blocks) {
    const cells = ecoNameErrors(range.formulas, range.values, range.rowIndex, range.columnIndex);
    if (cells.length > 0) found.set(sheetId, [...(found.get(sheetId) ?? []), ...cells]);
  }
  return found;
}

function ecoNameErrors(
  formulas: unknown[][],
  values: unknown[][],
  top: number,
  left: number
): Found[] {
  const out: Found[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (hasEcoCall(formula) && isNameError(values[r]?.[c]))
        out.push({ row: top + r, column: left + c, formula });
    })
  );
  return out;
}

type Reentry =
  | { kind: "done"; checks: FormulaCheck[] }
  | { kind: "writeFailed"; checks: FormulaCheck[]; detail: string }
  | { kind: "unprotectFailed"; reason: SkipReason; detail: string };

/** Enters the formulas again (lifting a password-free protection first) and reads them back. */
async function reenter(run: ExcelRun, sheet: SheetInfo, cells: readonly Found[]): Promise<Reentry> {
  if (sheet.protected) {
    try {
      await run(async (context) => {
        context.workbook.worksheets.getItem(sheet.id).protection.unprotect();
        await context.sync();
      });
    } catch (error) {
      const detail = describeError(error);
      // Excel refuses unprotect() without the password; InvalidArgument is its word for that.
      const password = /password|invalidargument/i.test(detail);
      return { kind: "unprotectFailed", reason: password ? "password" : "unprotectFailed", detail };
    }
  }
  try {
    const checks = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet.id);
      const written = cells.map((cell) => {
        const range = ws.getCell(cell.row, cell.column);
        const formula = typedFormula(cell.formula);
        range.formulas = [[formula]];
        return { range, formula };
      });
      await context.sync();
      return checkWritten(context, written);
    });
    return { kind: "done", checks };
  } catch (error) {
    return { kind: "writeFailed", checks: [], detail: describeError(error) };
  }
}

/** Puts the protection back with the options it had; true when the sheet is protected again. */
async function ensureProtected(run: ExcelRun, sheet: SheetInfo): Promise<boolean> {
  // A second try, in a new request, before the user is told to protect the sheet by hand.
  return (await protectOnce(run, sheet)) || protectOnce(run, sheet);
}

async function protectOnce(run: ExcelRun, sheet: SheetInfo): Promise<boolean> {
  try {
    return await run(async (context) => {
      const protection = context.workbook.worksheets.getItem(sheet.id).protection;
      protection.load("protected");
      await context.sync();
      if (!protection.protected) {
        protection.protect(sheet.options);
        protection.load("protected");
        await context.sync();
      }
      return protection.protected;
    });
  } catch {
    return false;
  }
}

function a1(row: number, column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

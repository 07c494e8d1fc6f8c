/**
 * Repair #NAME?: ECO formulas typed or opened before the add-in loaded can stay #NAME? after it
 * loads (office-js #6611), and Excel shows a custom function it could not bind by its stored
 * name, `_xldudf_ECO_…` (office-js #5611). Entering such a formula again binds it. This finds
 * every ECO formula in the workbook whose value is #NAME? (either namespace, ECO or ECODEV,
 * typed or stored), enters it again as typed in the running add-in's namespace
 * (`=ECO.X(…)` in a release, `=ECODEV.X(…)` in the dev build; only that cell, only a spill's
 * anchor, which is the only cell holding the formula), reads it back and reports what is fixed and what is still #NAME?.
 *
 * Finding: per sheet, Range.getSpecialCellsOrNullObject(formulas, errors) (ExcelApi 1.9) returns
 * only formula cells with an error value; their formulas and values load in one sync for the
 * whole workbook. Without ExcelApi 1.9, each sheet's used range is read in blocks of rows (A1
 * addresses, ExcelApi 1.1), one request per block, sized by bytes (issue 25: Excel on the web
 * refuses a response over 5 MB, and the planning workbook's simulation sheet alone is ~4.7 MB of
 * formulas): the first block at a pessimistic 512 bytes a cell, each next one as many rows as
 * ../blocks.ts's budget holds at the bytes per row just read, growing at most twofold. Never cell
 * by cell.
 *
 * Never over an edit. Office.js has no conditional write: a request queues operations and
 * context.sync() sends them to Excel, which applies one batch's operations in order, without
 * anyone's edit in between; between two syncs the user or a co-author may edit. So, per sheet,
 * in the request that writes:
 * 1. sync 1 reads each found cell's formula again; a cell whose formula is no longer the one
 *    found is skipped and reported ("changed");
 * 2. sync 2 carries, for each remaining cell and in this order: a read of the formula, the write,
 *    and the read-back. Excel applies them back to back, so the first read is exactly what the
 *    write replaced. If an edit arrived in the one round trip between sync 1 and sync 2, that
 *    read shows it: sync 3 puts the edit back as it was, and the cell is reported as changed,
 *    not repaired. What the user typed is not lost, even in that window.
 *
 * Protection: a protected sheet is unprotected and protected again with the options it had only
 * when it carries the planning workbook's mark (a worksheet custom property the insertion writes,
 * ../sheetMark.ts; ExcelApi 1.12) and has no password. A sheet's name proves nothing: a user's
 * own sheet may be called "Inputs" or "输入". Where the mark cannot be read (no ExcelApi 1.12) or
 * is missing, the sheet is skipped as "not provably ours". WorksheetProtection.isPasswordProtected
 * tells where it exists (ExcelApiOnline 1.1, Excel on the web); elsewhere unprotect() without a
 * password is tried on a marked sheet and a refusal means the sheet is skipped. After any failure
 * (a reply Excel never sent looks like one, though the operation may have applied), the
 * protection of a sheet the repair unprotected or tried to is read back and put back where it is
 * off, and the report says so.
 *
 * The repair itself needs ExcelApi 1.7 (used ranges, protection and protect/unprotect as
 * @types/office-js tags them); older Excel gets a report that says so, with nothing touched.
 */
import type { ExcelRun } from "../excelRun";
import { describeError } from "../insert";
import { requires, type SetCheck } from "../apiSets";
import { queueMarks } from "../sheetMark";
import { columnLetters } from "../../workbook/a1";
import { hasEcoCall, typedFormula } from "../../workbook/ecoCalls";
import { ADDIN_NAMESPACE } from "../addinNamespace";
import { payloadBytes, rowsPerBlock } from "../blocks";
import { checkWritten, isBound, type FormulaCheck } from "./binding";
import { protectionOptions } from "./protection";

export type SkipReason = "password" | "notProvablyOurs" | "unprotectFailed" | "writeFailed";

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
  /**
   * Cells whose formula changed after the repair found them ("Sheet!A1"): left as they are now,
   * or put back as they were where the change came in just before the write.
   */
  readonly changed: readonly string[];
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
  readonly isSetSupported: SetCheck;
  /** At most this many rows per block when reading used ranges without ExcelApi 1.9 (2000). */
  readonly blockRows?: number;
}

interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  /** Known only where ExcelApiOnline 1.1 exists. */
  readonly passwordProtected: boolean | undefined;
  /** The planning workbook's mark: the template sheet, null without it, undefined unreadable. */
  readonly mark: string | null | undefined;
  readonly options: Excel.WorksheetProtectionOptions;
}

interface Found {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export async function repairNameErrors(deps: RepairDeps): Promise<RepairReport> {
  return requires(
    deps.isSetSupported,
    "ExcelApi",
    "1.7",
    () => repairSupported(deps),
    () =>
      Promise.resolve({
        ...nothing("usedRange"),
        failed: "ExcelApi 1.7 is not available in this Excel",
      })
  );
}

const nothing = (method: RepairReport["method"]): RepairReport => ({
  found: 0,
  fixed: [],
  stillName: [],
  skipped: [],
  changed: [],
  reprotected: [],
  reprotectFailed: [],
  method,
});

/** @requires ExcelApi 1.7 */
async function repairSupported(deps: RepairDeps): Promise<RepairReport> {
  const has = deps.isSetSupported;
  const method = requires(
    has,
    "ExcelApi",
    "1.9",
    () => "specialCells" as const,
    () => "usedRange" as const
  );
  let sheets: SheetInfo[];
  let found: Map<string, Found[]>;
  try {
    sheets = await deps.run((context) => loadSheets(context, has));
    found = await deps.run((context) =>
      requires(
        has,
        "ExcelApi",
        "1.9",
        () => findWithSpecialCells(context, sheets),
        () => findInUsedRanges(context, sheets, deps.blockRows ?? 2000)
      )
    );
  } catch (error) {
    return { ...nothing(method), failed: describeError(error) };
  }

  const fixed: RepairedCell[] = [];
  const stillName: RepairedCell[] = [];
  const skipped: SkippedSheet[] = [];
  const changed: string[] = [];
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
      // Only a sheet that carries the planning workbook's mark is ever unprotected.
      if (typeof sheet.mark !== "string") {
        skip("notProvablyOurs");
        continue;
      }
    }
    const outcome = await reenter(deps.run, sheet, cells);
    if (outcome.kind === "unprotectFailed") {
      skip(outcome.reason, outcome.detail);
      // The unprotect may have reached Excel with only its reply lost: read the protection back,
      // and put it back if it is off (reported either way; a sheet still protected is as it was).
      const back = await ensureProtected(deps.run, sheet);
      if (back === "reprotected") reprotected.push(sheet.name);
      else if (back === "failed") reprotectFailed.push(sheet.name);
      continue;
    }
    if (outcome.kind === "writeFailed") skip("writeFailed", outcome.detail);
    else changed.push(...outcome.changed);
    for (const check of outcome.checks)
      (isBound(check) ? fixed : stillName).push({ sheet: sheet.name, check });
    if (sheet.protected) {
      const back = await ensureProtected(deps.run, sheet);
      (back === "failed" ? reprotectFailed : reprotected).push(sheet.name);
    }
  }
  return { found: total, fixed, stillName, skipped, changed, reprotected, reprotectFailed, method };
}

/** @requires ExcelApi 1.7 */
async function loadSheets(context: Excel.RequestContext, has: SetCheck): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  const ids = sheets.items.map((sheet) => sheet.id);
  const protections = sheets.items.map((sheet) => {
    const protection = sheet.protection;
    protection.load("protected,options");
    return protection;
  });
  const passwords = requires(
    has,
    "ExcelApiOnline",
    "1.1",
    () => queuePasswordFlags(sheets.items),
    () => null
  );
  const marks = requires(
    has,
    "ExcelApi",
    "1.12",
    () => queueMarks(context, ids),
    () => null
  );
  await context.sync();
  const passwordOf = passwords?.();
  const markOf = marks?.();
  return sheets.items.map((sheet, i) => {
    const p = protections[i]!;
    return {
      id: sheet.id,
      name: sheet.name,
      protected: p.protected,
      passwordProtected: passwordOf?.[i],
      mark: markOf === undefined ? undefined : (markOf.get(sheet.id) ?? null),
      options: protectionOptions(p.options),
    };
  });
}

/**
 * Queues a read of each sheet's WorksheetProtection.isPasswordProtected; after the sync, the
 * returned function gives them in the same order.
 * @requires ExcelApiOnline 1.1
 * @requires ExcelApi 1.7
 */
function queuePasswordFlags(sheets: readonly Excel.Worksheet[]): () => boolean[] {
  const protections = sheets.map((sheet) => {
    const protection = sheet.protection;
    protection.load("isPasswordProtected");
    return protection;
  });
  return () => protections.map((p) => p.isPasswordProtected);
}

const isNameError = (value: unknown): boolean =>
  typeof value === "string" && value.toUpperCase() === "#NAME?";

/**
 * Formula cells with an error value, per sheet: two syncs for the whole workbook.
 * @requires ExcelApi 1.9
 */
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

/** What the first block of a sheet reckons a cell's formula and value take, before it knows. */
const FIRST_CELL_BYTES = 512;

/**
 * Without ExcelApi 1.9: each used range in blocks of rows (A1 addresses), a request per block,
 * each sized by the bytes per row of the block before it (see the header).
 * @requires ExcelApi 1.4
 */
async function findInUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly SheetInfo[],
  maxRows: number
): Promise<Map<string, Found[]>> {
  const used = sheets.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet.id).getUsedRangeOrNullObject();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  const found = new Map<string, Found[]>();
  for (const [i, sheet] of sheets.entries()) {
    const range = used[i]!;
    if (range.isNullObject) continue;
    const ws = context.workbook.worksheets.getItem(sheet.id);
    const right = range.columnIndex + range.columnCount - 1;
    let rows = Math.min(maxRows, rowsPerBlock(range.columnCount * FIRST_CELL_BYTES));
    for (let row = 0; row < range.rowCount;) {
      const count = Math.min(rows, range.rowCount - row);
      const top = range.rowIndex + row;
      const block = ws.getRange(`${a1(top, range.columnIndex)}:${a1(top + count - 1, right)}`);
      block.load("formulas,values,rowIndex,columnIndex");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a request per block
      await context.sync();
      const cells = ecoNameErrors(block.formulas, block.values, block.rowIndex, block.columnIndex);
      if (cells.length > 0) found.set(sheet.id, [...(found.get(sheet.id) ?? []), ...cells]);
      const perRow = (payloadBytes(block.formulas) + payloadBytes(block.values)) / count;
      rows = Math.min(maxRows, 2 * count, rowsPerBlock(perRow));
      row += count;
    }
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
  | { kind: "done"; checks: FormulaCheck[]; changed: string[] }
  | { kind: "writeFailed"; checks: FormulaCheck[]; detail: string }
  | { kind: "unprotectFailed"; reason: SkipReason; detail: string };

/**
 * Enters the formulas again (lifting a password-free protection first), only where each is still
 * the formula found, and reads them back (see the header: never over an edit).
 * @requires ExcelApi 1.7
 */
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
    return await run((context) => writeUnchanged(context, sheet, cells));
  } catch (error) {
    return { kind: "writeFailed", checks: [], detail: describeError(error) };
  }
}

/** The cell's formula (first cell of a loaded range) is still `found`. */
function stillFound(range: Excel.Range, found: string): boolean {
  const grid: readonly (readonly unknown[])[] = range.formulas;
  return grid[0]?.[0] === found;
}

/**
 * The request that writes (see the header): read again, write only what is unchanged, and put
 * back an edit that came in between the read and the write.
 */
async function writeUnchanged(
  context: Excel.RequestContext,
  sheet: SheetInfo,
  cells: readonly Found[]
): Promise<Reentry> {
  const ws = context.workbook.worksheets.getItem(sheet.id);
  const address = (cell: Found) => `${sheet.name}!${a1(cell.row, cell.column)}`;
  // Sync 1: each cell's formula now.
  const reread = cells.map((cell) => {
    const range = ws.getCell(cell.row, cell.column);
    range.load("formulas");
    return { cell, range };
  });
  await context.sync();
  const changed: string[] = [];
  const unchanged = reread.filter(({ cell, range }) => {
    const same = stillFound(range, cell.formula);
    if (!same) changed.push(address(cell));
    return same;
  });
  if (unchanged.length === 0) return { kind: "done", checks: [], changed };
  // Sync 2, per cell and in this order: what the write replaces, the write, the read-back.
  const written = unchanged.map(({ cell }) => {
    const replaced = ws.getCell(cell.row, cell.column);
    replaced.load("formulas");
    const range = ws.getCell(cell.row, cell.column);
    const formula = typedFormula(cell.formula, ADDIN_NAMESPACE);
    range.formulas = [[formula]];
    return { cell, replaced, range, formula };
  });
  const checks = await checkWritten(context, written);
  // An edit that came in between sync 1 and sync 2 was replaced: put it back (sync 3).
  const raced = written.filter(({ cell, replaced }) => !stillFound(replaced, cell.formula));
  for (const { cell, replaced } of raced) {
    const grid: readonly (readonly unknown[])[] = replaced.formulas;
    ws.getCell(cell.row, cell.column).formulas = [[grid[0]?.[0] ?? ""]];
    changed.push(address(cell));
  }
  if (raced.length > 0) await context.sync();
  const racedCells = new Set(raced.map((r) => r.cell));
  return {
    kind: "done",
    checks: checks.filter((_, i) => !racedCells.has(written[i]!.cell)),
    changed,
  };
}

/**
 * A sheet's protection as read back after the repair worked on it: still on as it was
 * ("unchanged"), put back by the repair ("reprotected"), or not known to be on ("failed": the
 * user must protect it again).
 */
type ProtectionBack = "unchanged" | "reprotected" | "failed";

/**
 * Reads the protection back and, where it is off, puts it back with the options it had.
 * @requires ExcelApi 1.7
 */
async function ensureProtected(run: ExcelRun, sheet: SheetInfo): Promise<ProtectionBack> {
  // A second try, in a new request, before the user is told to protect the sheet by hand.
  const first = await protectOnce(run, sheet);
  if (first !== "failed") return first;
  // The first try's protect() may have reached Excel with its reply lost: then the second finds
  // the sheet protected, by that try.
  const second = await protectOnce(run, sheet);
  return second === "unchanged" ? "reprotected" : second;
}

/** @requires ExcelApi 1.7 */
async function protectOnce(run: ExcelRun, sheet: SheetInfo): Promise<ProtectionBack> {
  try {
    return await run(async (context) => {
      const protection = context.workbook.worksheets.getItem(sheet.id).protection;
      protection.load("protected");
      await context.sync();
      if (protection.protected) return "unchanged";
      protection.protect(sheet.options);
      protection.load("protected");
      await context.sync();
      return protection.protected ? "reprotected" : "failed";
    });
  } catch {
    return "failed";
  }
}

/** A cell's A1 address from its 0-based row and column in a range. */
function a1(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

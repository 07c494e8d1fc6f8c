/**
 * The insertion's protection window. The templates protect every sheet without a password
 * (src/workbook/generate.ts), and insertWorksheetsFromBase64 brings that protection along, so
 * Excel refuses what the insertion must do on the inserted sheets: formulas pointed at renamed
 * sheets (locked cells) and charts (objects). The insertion lifts the protection of the sheets it
 * inserted, and only of those, for those steps, and puts it back with the options each had.
 *
 * - Only the inserted sheets' ids are ever passed in; the user's sheets are never touched.
 * - A sheet protected with a password is not lifted: unprotect() without the password is refused,
 *   and that sheet is left as it is (a later write to it fails and the insertion rolls back).
 * - WorksheetProtection (protected, options: 1.2; protect, unprotect: 1.7 as @types/office-js
 *   tags them) and getItemOrNullObject (1.4): the insertion itself needs ExcelApi 1.13, so they
 *   are there wherever the insertion runs.
 */
import type { ExcelRun } from "./excelRun";
import { protectionOptions } from "./check/protection";

/** A sheet whose protection the insertion lifted, with the options to put back. */
export interface LiftedSheet {
  readonly id: string;
  readonly options: Excel.WorksheetProtectionOptions;
}

/** @requires ExcelApi 1.7 */
const protectionOf = (context: Excel.RequestContext, id: string): Excel.WorksheetProtection =>
  context.workbook.worksheets.getItem(id).protection;

/**
 * Lifts the protection of the given (inserted) sheets where no password is needed.
 * @requires ExcelApi 1.7
 */
export async function liftProtection(
  context: Excel.RequestContext,
  sheetIds: readonly string[]
): Promise<LiftedSheet[]> {
  const states = sheetIds.map((id) => {
    const protection = protectionOf(context, id);
    protection.load("protected,options");
    return { id, protection };
  });
  await context.sync();
  const toLift = states
    .filter((s) => s.protection.protected)
    .map((s) => ({ id: s.id, options: protectionOptions(s.protection.options) }));
  if (toLift.length === 0) return [];
  for (const sheet of toLift) protectionOf(context, sheet.id).unprotect();
  try {
    await context.sync();
    return toLift;
  } catch {
    // A sheet with a password refused, and the batch stopped there: the sheets before it are
    // lifted, it stays protected, and the rest are tried again without it.
    const after = toLift.map((sheet) => {
      const protection = protectionOf(context, sheet.id);
      protection.load("protected");
      return { sheet, protection };
    });
    await context.sync();
    const lifted = after.filter((a) => !a.protection.protected).map((a) => a.sheet);
    const [, ...untried] = after.filter((a) => a.protection.protected).map((a) => a.sheet.id);
    const more = await liftProtection(context, untried);
    return [...lifted, ...toLift.filter((sheet) => more.some((m) => m.id === sheet.id))];
  }
}

/**
 * Protects the lifted sheets again with their options (those still there and unprotected).
 * @requires ExcelApi 1.7
 */
export async function restoreProtection(
  context: Excel.RequestContext,
  lifted: readonly LiftedSheet[]
): Promise<void> {
  if (lifted.length === 0) return;
  const sheets = lifted.map((sheet) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet.id);
    ws.load("id");
    return ws;
  });
  await context.sync();
  const present = lifted
    .map((sheet, i) => ({ sheet, ws: sheets[i]! }))
    .filter(({ ws }) => !ws.isNullObject)
    .map(({ sheet, ws }) => {
      const protection = ws.protection;
      protection.load("protected");
      return { sheet, protection };
    });
  await context.sync();
  for (const { sheet, protection } of present)
    if (!protection.protected) protection.protect(sheet.options);
  await context.sync();
}

/**
 * After a failed insertion's rollback: the inserted sheets it could not remove get their
 * protection back, in a request of their own. Never throws (the failure is already reported).
 * @requires ExcelApi 1.7
 */
export async function reprotectLeftovers(
  run: ExcelRun,
  lifted: readonly LiftedSheet[]
): Promise<void> {
  if (lifted.length === 0) return;
  try {
    await run((context) => restoreProtection(context, lifted));
  } catch {
    // The rollback report already names the leftovers; nothing more can be done here.
  }
}

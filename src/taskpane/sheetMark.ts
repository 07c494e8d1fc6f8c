/**
 * The mark the insertion puts on every sheet it inserts: a worksheet custom property
 * (ExcelApi 1.12) whose key is MARK_KEY and whose value is the template sheet's name. Repair #NAME?
 * lifts a sheet's protection only where it reads this mark (check/repair.ts); a sheet's name
 * proves nothing, since a user's own sheet may be called "Inputs" or "输入".
 *
 * Why a custom property and not a workbook-scoped name per sheet:
 * - it belongs to the sheet: renaming or moving the sheet keeps it, deleting the sheet removes it,
 *   so the rollback has nothing extra to undo;
 * - the user never sees it (no entry in Name Manager, nothing a formula can reach), and it cannot
 *   collide with the model's names or the user's;
 * - the insertion needs ExcelApi 1.13, so wherever it runs 1.12 is there and every inserted sheet
 *   is marked. Where 1.12 is missing the mark cannot be read, and repair skips the sheet as
 *   "not provably ours".
 * A standalone workbook (downloaded, not inserted) carries no mark: its protected sheets are
 * skipped by repair with that reason, and the pane says to unprotect them first.
 */

export const MARK_KEY = "ECO.PlanningSheet";

export interface MarkedSheet {
  readonly id: string;
  /** The template sheet it was inserted from. */
  readonly template: string;
}

/**
 * Queues the mark on each sheet; the caller syncs.
 * @requires ExcelApi 1.12
 */
export function markSheets(context: Excel.RequestContext, sheets: readonly MarkedSheet[]): void {
  for (const sheet of sheets)
    context.workbook.worksheets.getItem(sheet.id).customProperties.add(MARK_KEY, sheet.template);
}

/**
 * Queues a read of each sheet's mark; after the caller's sync, the returned function gives the
 * template sheet's name for a marked sheet and null for a sheet without the mark.
 * @requires ExcelApi 1.12
 */
export function queueMarks(
  context: Excel.RequestContext,
  sheetIds: readonly string[]
): () => Map<string, string | null> {
  const props = sheetIds.map((id) => {
    const prop = context.workbook.worksheets
      .getItem(id)
      .customProperties.getItemOrNullObject(MARK_KEY);
    prop.load("value");
    return { id, prop };
  });
  return () =>
    new Map(props.map(({ id, prop }) => [id, prop.isNullObject ? null : prop.value] as const));
}

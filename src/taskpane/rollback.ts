/**
 * Undoes a failed insertion: removes what the insertion added, as its ledger (ledger.ts) records
 * it, and nothing else. A sheet or name someone else added or changed while the insertion ran (a
 * co-author in Excel on the web, or the user) is left alone, and so is anything of the insertion's
 * that someone changed since the insertion wrote it. No name's formula is ever written back: Excel
 * reports NamedItem.formula in the user's language (office-js #2834) and its setter takes English,
 * so a user's name that Excel changed while inserting the sheets is left as Excel left it, and
 * said. The report says what was removed and what was left alone, and why; it is checked against
 * the workbook after the rollback, not assumed.
 */
import type { ExcelRun } from "./excelRun";
import { leftByInsertion, type InsertionLedger } from "./ledger";
import { formulaText, snapshot, type WorkbookSnapshot } from "./snapshot";

export interface RollbackItem {
  readonly kind: "sheet" | "name" | "chart";
  readonly name: string;
  /** For a chart: the sheet it was on. */
  readonly sheet?: string;
}

/**
 * Why the rollback did not touch something that is new or changed since the insertion started:
 * - notAdded: the insertion did not add it (someone else did while it ran);
 * - unknownOrigin: Excel failed before it said which sheets it inserted, so nothing new can be
 *   proved to be the insertion's;
 * - changedSince: the insertion added it (or Excel changed it inserting the sheets), and someone
 *   changed it again since;
 * - changedByOthers: a name the user had, changed by someone else (or the user) since the pane's
 *   snapshot, not by the insertion;
 * - changedByExcel: a name the user had, changed by Excel while it inserted the sheets; what it
 *   read before is in the user's language and cannot be written back exactly.
 */
export type LeftAloneReason =
  "notAdded" | "unknownOrigin" | "changedSince" | "changedByOthers" | "changedByExcel";

export interface LeftAlone {
  readonly kind: "sheet" | "name";
  readonly name: string;
  readonly reason: LeftAloneReason;
}

export interface RollbackReport {
  /**
   * True when everything the insertion is known to have added is gone and nothing it changed is
   * left changed.
   */
  readonly complete: boolean;
  readonly removed: readonly RollbackItem[];
  readonly leftAlone: readonly LeftAlone[];
  /** The insertion's own sheets, names or charts that may still be there: remove them by hand. */
  readonly leftovers: readonly string[];
}

export const NOTHING_TO_UNDO: RollbackReport = {
  complete: true,
  removed: [],
  leftAlone: [],
  leftovers: [],
};

/** @requires ExcelApi 1.7 */
export async function rollBack(
  run: ExcelRun,
  before: WorkbookSnapshot,
  ledger: InsertionLedger
): Promise<RollbackReport> {
  try {
    return await run((context) => undo(context, before, ledger));
  } catch {
    // The request failed part-way: anything of the insertion's may still be there.
    return {
      complete: false,
      removed: [],
      leftAlone: [],
      leftovers: [
        ...(ledger.sheetIds ?? []).map((id) => ledger.sheetNames.get(id) ?? id),
        // Names only the insertion added: a user's name Excel changed is the user's, never one to
        // delete by hand.
        ...[...ledger.addedNames.values()].map((n) => n.name),
      ],
    };
  }
}

/** @requires ExcelApi 1.7 */
async function undo(
  context: Excel.RequestContext,
  before: WorkbookSnapshot,
  ledger: InsertionLedger
): Promise<RollbackReport> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();

  const ours = new Set(ledger.sheetIds ?? []);
  const known = ledger.sheetIds !== null;
  const newReason: LeftAloneReason = known ? "notAdded" : "unknownOrigin";
  const beforeIds = new Set(before.sheets.map((s) => s.id));
  const beforeNames = new Map(before.names.map((n) => [n.name.toLowerCase(), n.formula] as const));
  const leftAlone: LeftAlone[] = [];
  const deleting: string[] = [];

  // Names first: a name on a deleted sheet would otherwise turn into #REF! before it goes.
  for (const item of names.items) {
    const key = item.name.toLowerCase();
    const now = formulaText(item.formula);
    const added = ledger.addedNames.get(key);
    const changed = ledger.changedNames.get(key);
    if (added !== undefined) {
      if (leftByInsertion(now, added.formulas)) {
        item.delete();
        deleting.push(item.name);
      } else leftAlone.push({ kind: "name", name: item.name, reason: "changedSince" });
    } else if (changed !== undefined) {
      if (now === changed.before) continue;
      const reason = leftByInsertion(now, changed.after) ? "changedByExcel" : "changedSince";
      leftAlone.push({ kind: "name", name: item.name, reason });
    } else if (!beforeNames.has(key)) {
      leftAlone.push({ kind: "name", name: item.name, reason: newReason });
    } else if (beforeNames.get(key) !== now) {
      const reason = known ? "changedByOthers" : "unknownOrigin";
      leftAlone.push({ kind: "name", name: item.name, reason });
    }
  }

  // Charts the insertion added on sheets that stay (those on its own sheets go with them).
  const charts = ledger.charts
    .filter((c) => !ours.has(c.sheetId))
    .map((c) => {
      const ws = sheets.getItemOrNullObject(c.sheetId);
      ws.load("name");
      const chart = ws.charts.getItemOrNullObject(c.name);
      chart.load("name");
      return { ...c, ws, chart };
    });
  if (charts.length > 0) await context.sync();
  const removingCharts = charts.filter((c) => !c.ws.isNullObject && !c.chart.isNullObject);
  for (const c of removingCharts) c.chart.delete();

  const deletingSheets: { id: string; name: string }[] = [];
  for (const sheet of sheets.items) {
    if (ours.has(sheet.id)) {
      sheet.delete();
      deletingSheets.push({ id: sheet.id, name: sheet.name });
    } else if (!beforeIds.has(sheet.id)) {
      leftAlone.push({ kind: "sheet", name: sheet.name, reason: newReason });
    }
  }
  await context.sync();

  // What the workbook says now.
  const after = await snapshot(context);
  const afterIds = new Set(after.sheets.map((s) => s.id));
  const afterNames = new Map(after.names.map((n) => [n.name.toLowerCase(), n.formula] as const));
  const stillCharts = removingCharts.map((c) => {
    const chart = sheets.getItemOrNullObject(c.sheetId).charts.getItemOrNullObject(c.name);
    chart.load("name");
    return { c, chart };
  });
  if (stillCharts.length > 0) await context.sync();

  const removed: RollbackItem[] = [];
  const leftovers: string[] = [];
  for (const s of deletingSheets) {
    if (afterIds.has(s.id)) leftovers.push(s.name);
    else removed.push({ kind: "sheet", name: s.name });
  }
  for (const name of deleting) {
    if (afterNames.has(name.toLowerCase())) leftovers.push(name);
    else removed.push({ kind: "name", name });
  }
  for (const { c, chart } of stillCharts) {
    const sheet = c.ws.name;
    if (chart.isNullObject) removed.push({ kind: "chart", name: c.name, sheet });
    else leftovers.push(`${sheet}: ${c.name}`);
  }
  // Something may be the insertion's, or is a change Excel made that stays.
  const unsure = leftAlone.some(
    (l) => l.reason === "unknownOrigin" || l.reason === "changedByExcel"
  );
  return {
    complete: leftovers.length === 0 && !unsure,
    removed,
    leftAlone,
    leftovers,
  };
}

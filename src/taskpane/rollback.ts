/**
 * Undoes a failed insertion: removes what the insertion added and puts back what it changed, as
 * its ledger (ledger.ts) records them, and nothing else. A sheet or name someone else added
 * while the insertion ran (a co-author in Excel on the web, or the user) is left alone, and so is
 * anything of the insertion's that someone changed since the insertion wrote it. The report says
 * what was removed, what was restored and what was left alone, and why; it is checked against the
 * workbook after the rollback, not assumed.
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
 * - changedSince: the insertion added or changed it, and someone changed it again since.
 */
export type LeftAloneReason = "notAdded" | "unknownOrigin" | "changedSince";

export interface LeftAlone {
  readonly kind: "sheet" | "name";
  readonly name: string;
  readonly reason: LeftAloneReason;
}

export interface RollbackReport {
  /** True when everything the insertion is known to have added is gone and what it changed is back. */
  readonly complete: boolean;
  readonly removed: readonly RollbackItem[];
  /** Workbook names the insertion changed, put back as they were. */
  readonly restored: readonly string[];
  readonly leftAlone: readonly LeftAlone[];
  /** The insertion's own sheets, names or charts that may still be there: remove them by hand. */
  readonly leftovers: readonly string[];
}

export const NOTHING_TO_UNDO: RollbackReport = {
  complete: true,
  removed: [],
  restored: [],
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
      restored: [],
      leftAlone: [],
      leftovers: [
        ...(ledger.sheetIds ?? []).map((id) => ledger.sheetNames.get(id) ?? id),
        ...[...ledger.addedNames.values()].map((n) => n.name),
        ...[...ledger.changedNames.values()].map((n) => n.name),
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
  const restoring: { name: string; formula: string }[] = [];

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
      if (leftByInsertion(now, changed.after)) {
        item.formula = changed.before;
        restoring.push({ name: item.name, formula: changed.before });
      } else leftAlone.push({ kind: "name", name: item.name, reason: "changedSince" });
    } else if (!beforeNames.has(key)) {
      leftAlone.push({ kind: "name", name: item.name, reason: newReason });
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
  const restored: string[] = [];
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
  for (const r of restoring) {
    if (afterNames.get(r.name.toLowerCase()) === r.formula) restored.push(r.name);
    else leftovers.push(r.name);
  }
  const unknown = leftAlone.some((l) => l.reason === "unknownOrigin");
  return {
    complete: leftovers.length === 0 && !unknown,
    removed,
    restored,
    leftAlone,
    leftovers,
  };
}

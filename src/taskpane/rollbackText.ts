/**
 * A failed insertion's rollback report as the sentences the pane shows under the error: what
 * was removed, what was left alone and why, and what must be removed by hand.
 * Only a rollback that removed everything and found nothing else new says the workbook is exactly
 * as it was.
 */
import type { Catalogue } from "./messages";
import type { LeftAloneReason, RollbackReport } from "./rollback";

const REASONS: readonly LeftAloneReason[] = [
  "notAdded",
  "changedByOthers",
  "unknownOrigin",
  "changedSince",
  "changedByExcel",
];

export function rollbackLines(report: RollbackReport, t: Catalogue["insert"]): string[] {
  const lines: string[] = [];
  const of = (kind: "sheet" | "name" | "chart") =>
    report.removed
      .filter((r) => r.kind === kind)
      .map((r) => (r.sheet === undefined ? r.name : `${r.sheet}: ${r.name}`));
  const [sheets, names, charts] = [of("sheet"), of("name"), of("chart")];
  if (report.complete && report.leftAlone.length === 0) lines.push(t.rolledBack);
  else if (report.complete) lines.push(t.rolledBackOwn);
  if (sheets.length + names.length + charts.length > 0)
    lines.push(t.rollbackRemoved(sheets, names, charts));
  for (const reason of REASONS) {
    const items = report.leftAlone.filter((l) => l.reason === reason);
    if (items.length === 0) continue;
    lines.push(
      t.rollbackLeftAlone[reason](
        items.filter((l) => l.kind === "sheet").map((l) => l.name),
        items.filter((l) => l.kind === "name").map((l) => l.name)
      )
    );
  }
  if (report.leftovers.length > 0) lines.push(t.rollbackIncomplete(report.leftovers));
  return lines;
}

/**
 * The self-test and repair results as plain text: one line per check for the view, and one text
 * for the "copy report" button that a facilitator can read (header with version, host, Excel,
 * date; then ✓/✗ lines).
 */
import type { Lang } from "../messages";
import { checkMessages } from "./messages";
import type { RepairReport } from "./repair";
import type { CheckLine, SelfTestReport } from "./selfTest";

function numberIn(lang: Lang): (n: number) => string {
  const locale = lang === "zh-CN" ? "zh-CN" : "en-US";
  return (n) => n.toLocaleString(locale, { maximumFractionDigits: 6 });
}

/** One check as a sentence starting with ✓ or ✗. */
export function lineText(line: CheckLine, lang: Lang): string {
  const t = checkMessages(lang);
  switch (line.kind) {
    case "function":
      return t.function(line, numberIn(lang));
    case "functionsFailed":
      return t.functionsFailed(line.problem);
    case "cleanup":
      return t.cleanup(line.ok, line.sheet);
    case "api":
      return t.api(line.ok, line.set, line.version, line.purpose);
    case "template":
      return t.template(line);
  }
}

/** "2025-03-08 09:41" in the machine's local time. */
export function localTime(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

export function selfTestText(report: SelfTestReport, lang: Lang): string {
  const t = checkMessages(lang);
  const passed = report.lines.filter((l) => l.ok).length;
  return [
    t.report.title,
    t.report.version(report.version),
    t.report.host(report.hostUrl),
    report.office
      ? t.report.office(report.office.platform, report.office.version)
      : t.report.officeUnknown,
    t.report.date(localTime(report.at)),
    t.report.summary(passed, report.lines.length),
    "",
    ...report.lines.map((l) => lineText(l, lang)),
  ].join("\n");
}

/** The repair's outcome as lines: counts first, then each cell and each skipped sheet. */
export function repairLines(report: RepairReport, lang: Lang): string[] {
  const t = checkMessages(lang).repair;
  if (report.failed) return [t.failed];
  const lines: string[] = [];
  if (report.found === 0 && report.skipped.length === 0) lines.push(t.nothingFound);
  if (report.fixed.length > 0) {
    lines.push(t.fixed(report.fixed.length));
    lines.push(...report.fixed.map((c) => t.fixedCell(c.check.address)));
  }
  if (report.stillName.length > 0) {
    lines.push(t.stillName(report.stillName.length));
    lines.push(...report.stillName.map((c) => t.stillNameCell(c.check.address)));
  }
  for (const s of report.skipped) lines.push(t.skipped(s.sheet, s.reason, s.cells.length));
  if (report.reprotected.length > 0) lines.push(t.reprotected(report.reprotected));
  if (report.reprotectFailed.length > 0) lines.push(t.reprotectFailed(report.reprotectFailed));
  return lines;
}

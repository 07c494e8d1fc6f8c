/**
 * The self-test and repair results as plain text: one line per check for the view, and one text
 * for the "copy report" button that a facilitator can read (header with version, host, Excel,
 * date; then ✓/✗ lines).
 */
import type { Language } from "../../model/language";
import { checkMessages, type LineGroup } from "./messages";
import type { RepairReport } from "./repair";
import type { CheckLine, SelfTestReport } from "./selfTest";

function numberIn(lang: Language): (n: number) => string {
  const locale = lang === "zh-CN" ? "zh-CN" : "en-US";
  return (n) => n.toLocaleString(locale, { maximumFractionDigits: 6 });
}

/** One check as a sentence starting with ✓ or ✗. */
export function lineText(line: CheckLine, lang: Language): string {
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

/**
 * A check as the view lists it: for a function, what happened without the advice (several
 * functions failing the same way share one piece of advice, `lineAdvice`); otherwise lineText.
 */
export function lineFinding(line: CheckLine, lang: Language): string {
  return line.kind === "function"
    ? checkMessages(lang).functionFinding(line, numberIn(lang))
    : lineText(line, lang);
}

/** What to do about a function line (null when nothing, or for other lines). */
export function lineAdvice(line: CheckLine, lang: Language): string | null {
  return line.kind === "function" ? checkMessages(lang).functionAdvice(line.state) : null;
}

/** "2025-03-08 09:41" in the machine's local time. */
export function localTime(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** What the self-test ran on: the add-in's version and host, Excel, and when. */
export function reportFacts(report: SelfTestReport, lang: Language): string[] {
  const t = checkMessages(lang);
  return [
    t.report.version(report.version),
    t.report.host(report.hostUrl),
    report.office
      ? t.report.office(report.office.platform, report.office.version)
      : t.report.officeUnknown,
    t.report.date(localTime(report.at)),
  ];
}

export function selfTestText(report: SelfTestReport, lang: Language): string {
  const t = checkMessages(lang);
  const passed = report.lines.filter((l) => l.ok).length;
  return [
    t.report.title,
    ...reportFacts(report, lang),
    t.report.summary(passed, report.lines.length),
    "",
    ...report.lines.map((l) => lineText(l, lang)),
  ].join("\n");
}

/** What a line says at a glance: passed, failed, needs attention, or for information. */
export type Tone = "ok" | "fail" | "warn" | "info";

/** A sentence without its leading ✓ or ✗ (the view shows an icon and a hidden word instead). */
export function withoutMark(text: string): string {
  return text.replace(/^[✓✗]\s*/u, "");
}

/** Where the view lists a self-test line. */
export function lineGroup(line: CheckLine): LineGroup {
  return line.kind === "api" ? "api" : line.kind === "template" ? "templates" : "functions";
}

/** One entry of the repair's outcome: the sentence (with its mark) and the cells it names. */
export interface RepairItem {
  readonly tone: Tone;
  readonly line: string;
  /** The cells the sentence counts (fixed, still #NAME?, skipped), as "Sheet!A1". */
  readonly cells: readonly string[];
  /** The per-cell lines of the text report (fixed and still #NAME? cells). */
  readonly cellLines: readonly string[];
}

/** The repair's outcome: counts first, then each skipped sheet, then protection. */
export function repairItems(report: RepairReport, lang: Language): RepairItem[] {
  const t = checkMessages(lang).repair;
  const item = (
    tone: Tone,
    line: string,
    cells: readonly string[] = [],
    cellLines: readonly string[] = []
  ): RepairItem => ({
    tone,
    line,
    cells,
    cellLines,
  });
  if (report.failed) return [item("fail", t.failed)];
  const items: RepairItem[] = [];
  if (report.found === 0 && report.skipped.length === 0) items.push(item("ok", t.nothingFound));
  if (report.fixed.length > 0) {
    const cells = report.fixed.map((c) => c.check.address);
    items.push(item("ok", t.fixed(cells.length), cells, cells.map(t.fixedCell)));
  }
  if (report.stillName.length > 0) {
    const cells = report.stillName.map((c) => c.check.address);
    items.push(item("fail", t.stillName(cells.length), cells, cells.map(t.stillNameCell)));
  }
  for (const s of report.skipped)
    items.push(item("warn", t.skipped(s.sheet, s.reason, s.cells.length), s.cells));
  if (report.changed.length > 0)
    items.push(
      item(
        "warn",
        t.changed(report.changed.length),
        report.changed,
        report.changed.map(t.changedCell)
      )
    );
  if (report.reprotected.length > 0) items.push(item("info", t.reprotected(report.reprotected)));
  if (report.reprotectFailed.length > 0)
    items.push(item("fail", t.reprotectFailed(report.reprotectFailed)));
  return items;
}

/** The repair's outcome as lines: counts first, then each cell and each skipped sheet. */
export function repairLines(report: RepairReport, lang: Language): string[] {
  return repairItems(report, lang).flatMap((i) => [i.line, ...i.cellLines]);
}

/** The repair's overall outcome, for the view's result bar. */
export function repairOutcome(report: RepairReport): "done" | "problems" | "failed" {
  if (report.failed) return "failed";
  return report.stillName.length > 0 ||
    report.skipped.length > 0 ||
    report.changed.length > 0 ||
    report.reprotectFailed.length > 0
    ? "problems"
    : "done";
}

/** The text the "copy report" button gives: the self-test, then the repair if one ran. */
export function checkReportText(
  selfTest: SelfTestReport,
  repair: RepairReport | null,
  lang: Language
): string {
  const text = selfTestText(selfTest, lang);
  if (repair === null) return text;
  return [text, "", checkMessages(lang).section.repairTitle, ...repairLines(repair, lang)].join(
    "\n"
  );
}

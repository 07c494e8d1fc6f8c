/**
 * The Check section (检查): "Run self-test" reports line by line whether ECO works in this Excel
 * (functions, API versions, template downloads, the add-in's version and host); "Repair #NAME?"
 * re-enters ECO formulas Excel did not bind and says what it fixed, skipped and left; "Copy report"
 * gives the facilitator one text. The work is done by check/selfTest.ts and check/repair.ts
 * through the view's ports; this file only shows it.
 *
 * One action at a time: while one runs, both buttons stay focusable but inert (aria-disabled, as
 * the Insert button), so a double click never starts a second self-test next to the first (whose
 * temporary sheet the second could otherwise take for its own). Each finished action is announced
 * once through the pane's live region; focus goes to its result if the user is still here.
 */
import type { Language } from "../../model/language";
import {
  checkMessages,
  type CheckCatalogue,
  type CopyWay,
  type LineGroup,
} from "../check/messages";
import type { RepairReport } from "../check/repair";
import {
  checkReportText,
  lineAdvice,
  lineFinding,
  lineGroup,
  reportFacts,
  repairItems,
  repairOutcome,
  withoutMark,
} from "../check/report";
import type { SelfTestReport } from "../check/selfTest";
import { describeError } from "../insert";
import { clear, h } from "../dom";
import { checkList } from "./checkList";
import { breakableText } from "./formulaText";
import { icon } from "./icons";
import type { ViewContext } from "./context";
import { browserCopyEnv, copyText } from "./copyText";
import { messageBar, type MessageKind } from "./messageBar";
import type { Section } from "./section";

export const SELF_TEST_RESULT_ID = "check-result";
export const REPAIR_RESULT_ID = "repair-result";
const COPY_NOTE_ID = "check-copy-note";
const REPORT_BOX_ID = "check-report-text";
const REPORT_LABEL_ID = "check-report-label";

type Outcome<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "done"; readonly report: T }
  | { readonly kind: "failed"; readonly detail: string };

interface CheckState {
  selfTest: Outcome<SelfTestReport>;
  repair: Outcome<RepairReport>;
  /** How the last "copy report" went; cleared when a new result makes the copy stale. */
  copy: CopyWay | null;
}

interface Mounted {
  readonly panel: HTMLElement;
  readonly view: ViewContext;
  readonly runButton: HTMLButtonElement;
  readonly repairButton: HTMLButtonElement;
  readonly selfTestArea: HTMLElement;
  readonly repairArea: HTMLElement;
}

const GROUPS: readonly LineGroup[] = ["functions", "api", "templates"];
const cellSeparator = (lang: Language): string => (lang === "zh-CN" ? "、" : ", ");

export function checkSection(): Section {
  const state: CheckState = { selfTest: { kind: "idle" }, repair: { kind: "idle" }, copy: null };
  let mounted: Mounted | null = null;
  const busy = (): boolean => state.selfTest.kind === "busy" || state.repair.kind === "busy";

  const setButton = (
    button: HTMLButtonElement,
    running: boolean,
    label: string,
    runningLabel: string
  ): void => {
    if (busy()) button.setAttribute("aria-disabled", "true");
    else button.removeAttribute("aria-disabled");
    button.classList.toggle("busy", running);
    clear(
      button,
      running ? h("span", { class: "spinner", "aria-hidden": "true" }) : null,
      running ? runningLabel : label
    );
  };

  const refresh = (): void => {
    if (mounted === null) return;
    const { view, runButton, repairButton, selfTestArea, repairArea } = mounted;
    const c = checkMessages(view.lang).section;
    setButton(runButton, state.selfTest.kind === "busy", c.runButton, c.running);
    setButton(repairButton, state.repair.kind === "busy", c.repairButton, c.repairing);
    clear(selfTestArea, ...selfTestStatus(view, c));
    clear(repairArea, repairStatus(view, c));
  };

  /** Says the outcome once, and puts focus on it if the user is still in this section. */
  const land = (resultId: string, announcement: string): void => {
    if (mounted === null) return;
    const { panel, view } = mounted;
    const result = document.getElementById(resultId);
    const active = document.activeElement;
    const stillHere =
      view.isShown(panel) &&
      (active === null || active === document.body || panel.contains(active));
    if (result !== null && stillHere) result.focus();
    view.announce(announcement);
  };

  const runSelfTest = (view: ViewContext): void => {
    if (busy()) return;
    state.selfTest = { kind: "busy" };
    state.copy = null;
    refresh();
    void view.deps.selfTest().then(
      (report) => finishSelfTest({ kind: "done", report }),
      (error: unknown) => finishSelfTest({ kind: "failed", detail: describeError(error) })
    );
  };
  const finishSelfTest = (outcome: Outcome<SelfTestReport>): void => {
    state.selfTest = outcome;
    refresh();
    if (mounted === null) return;
    land(SELF_TEST_RESULT_ID, selfTestTitle(outcome, checkMessages(mounted.view.lang).section));
  };

  const runRepair = (view: ViewContext): void => {
    if (busy()) return;
    state.repair = { kind: "busy" };
    state.copy = null;
    refresh();
    void view.deps.repair().then(
      (report) => finishRepair({ kind: "done", report }),
      (error: unknown) => finishRepair({ kind: "failed", detail: describeError(error) })
    );
  };
  const finishRepair = (outcome: Outcome<RepairReport>): void => {
    state.repair = outcome;
    refresh();
    if (mounted === null) return;
    const { lang } = mounted.view;
    const c = checkMessages(lang).section;
    const first =
      outcome.kind === "done" ? withoutMark(repairItems(outcome.report, lang)[0]?.line ?? "") : "";
    land(
      REPAIR_RESULT_ID,
      [repairTitle(outcome, c), first].filter(Boolean).join(lang === "zh-CN" ? "：" : ": ")
    );
  };

  let copying = false;
  const copyReport = async (view: ViewContext): Promise<void> => {
    const box = document.getElementById(REPORT_BOX_ID);
    if (copying || state.selfTest.kind !== "done" || !(box instanceof HTMLTextAreaElement)) return;
    copying = true;
    const repair = state.repair.kind === "done" ? state.repair.report : null;
    const way = await copyText(
      checkReportText(state.selfTest.report, repair, view.lang),
      box,
      browserCopyEnv()
    ).finally(() => (copying = false));
    state.copy = way;
    const note = document.getElementById(COPY_NOTE_ID);
    const label = document.getElementById(REPORT_LABEL_ID);
    const text = checkMessages(view.lang).section.copied[way];
    if (label !== null) label.hidden = way === "clipboard";
    if (note !== null) showCopyNote(note, way, text);
    // With the text selected for Ctrl+C, focus stays in the box; otherwise it lands on the note.
    if (way !== "manual" && note?.isConnected === true) note.focus();
    view.announce(text);
  };

  function selfTestStatus(view: ViewContext, c: CheckCatalogue["section"]): (Node | null)[] {
    const outcome = state.selfTest;
    if (outcome.kind === "idle" || outcome.kind === "busy") return [];
    if (outcome.kind === "failed")
      return [
        messageBar(
          "error",
          SELF_TEST_RESULT_ID,
          c.selfTestFailed,
          h("p", {}, c.actionFailed(outcome.detail))
        ),
      ];
    const { report } = outcome;
    const t = checkMessages(view.lang);
    const passed = report.lines.filter((l) => l.ok).length;
    const facts = reportFacts(report, view.lang);
    const groups = GROUPS.flatMap((group) => {
      const lines = report.lines.filter((l) => lineGroup(l) === group);
      if (lines.length === 0) return [];
      // Functions failing the same way share one piece of advice, given once under the list.
      const advice = [
        ...new Set(lines.map((l) => lineAdvice(l, view.lang)).filter((a) => a !== null)),
      ];
      return [
        h("h3", { class: "label check-group" }, c.groups[group]),
        checkList(
          lines.map((l) => ({
            tone: l.ok ? ("ok" as const) : ("fail" as const),
            text: withoutMark(lineFinding(l, view.lang)),
          })),
          c,
          cellSeparator(view.lang)
        ),
        ...advice.map((a) =>
          h("p", { class: "check-advice" }, h("strong", {}, c.whatToDo), ...breakableText(a))
        ),
      ];
    });
    const copyButton = h(
      "button",
      { type: "button", class: "button", id: "check-copy" },
      c.copyButton
    );
    copyButton.addEventListener("click", () => void copyReport(view));
    const note = h("p", { class: "copy-note", id: COPY_NOTE_ID, tabindex: -1, hidden: true });
    if (state.copy !== null) showCopyNote(note, state.copy, c.copied[state.copy]);
    const repair = state.repair.kind === "done" ? state.repair.report : null;
    const box = h("textarea", {
      class: "input report-text",
      id: REPORT_BOX_ID,
      readonly: true,
      rows: 8,
      "aria-labelledby": REPORT_LABEL_ID,
      hidden: state.copy === null || state.copy === "clipboard",
    });
    box.value = state.copy === null ? "" : checkReportText(report, repair, view.lang);
    return [
      messageBar(
        report.ok ? "success" : "error",
        SELF_TEST_RESULT_ID,
        report.ok ? c.allPassed : c.someFailed(report.lines.length - passed),
        h("p", {}, t.report.summary(passed, report.lines.length))
      ),
      h(
        "div",
        { class: "check-report" },
        h("ul", { class: "check-facts" }, ...facts.map((fact) => h("li", {}, fact))),
        ...groups,
        h(
          "div",
          { class: "copy-report" },
          copyButton,
          note,
          h(
            "label",
            {
              class: "label report-label",
              id: REPORT_LABEL_ID,
              for: REPORT_BOX_ID,
              hidden: box.hidden,
            },
            c.reportTextLabel
          ),
          box
        )
      ),
    ];
  }

  function repairStatus(view: ViewContext, c: CheckCatalogue["section"]): Node | null {
    const outcome = state.repair;
    if (outcome.kind === "idle" || outcome.kind === "busy") return null;
    if (outcome.kind === "failed")
      return messageBar(
        "error",
        REPAIR_RESULT_ID,
        c.repairResult.failed,
        h("p", {}, c.actionFailed(outcome.detail))
      );
    const kinds: Readonly<Record<ReturnType<typeof repairOutcome>, MessageKind>> = {
      done: "success",
      problems: "warning",
      failed: "error",
    };
    return messageBar(
      kinds[repairOutcome(outcome.report)],
      REPAIR_RESULT_ID,
      repairTitle(outcome, c),
      checkList(
        repairItems(outcome.report, view.lang).map((item) => ({
          tone: item.tone,
          text: withoutMark(item.line),
          cells: item.cells,
        })),
        c,
        cellSeparator(view.lang)
      )
    );
  }

  return {
    id: "check",
    render(panel, view) {
      const c = checkMessages(view.lang).section;
      const runButton = h("button", {
        type: "button",
        class: "button primary",
        id: "check-run",
      });
      runButton.addEventListener("click", () => runSelfTest(view));
      const repairButton = h("button", { type: "button", class: "button", id: "repair-run" });
      repairButton.addEventListener("click", () => runRepair(view));
      const selfTestArea = h("div", { class: "status", id: "check-status" });
      const repairArea = h("div", { class: "status", id: "repair-status" });
      panel.append(
        h("p", { class: "intro" }, c.tabIntro),
        h(
          "section",
          { class: "card check-block", "aria-labelledby": "check-selftest-title" },
          h("h2", { class: "card-title", id: "check-selftest-title" }, c.selfTestTitle),
          h("p", {}, c.intro),
          runButton,
          selfTestArea
        ),
        h(
          "section",
          { class: "card check-block", "aria-labelledby": "check-repair-title" },
          h("h2", { class: "card-title", id: "check-repair-title" }, c.repairTitle),
          h("p", {}, c.repairIntro),
          repairButton,
          repairArea
        )
      );
      mounted = { panel, view, runButton, repairButton, selfTestArea, repairArea };
      refresh();
    },
  };
}

function showCopyNote(note: HTMLElement, way: CopyWay, text: string): void {
  const manual = way === "manual";
  note.className = `copy-note ${manual ? "manual" : "ok"}`;
  note.hidden = false;
  clear(note, icon(manual ? "warning" : "success"), h("span", {}, text));
}

function selfTestTitle(outcome: Outcome<SelfTestReport>, c: CheckCatalogue["section"]): string {
  if (outcome.kind !== "done") return c.selfTestFailed;
  const failed = outcome.report.lines.filter((l) => !l.ok).length;
  return failed === 0 ? c.allPassed : c.someFailed(failed);
}

function repairTitle(outcome: Outcome<RepairReport>, c: CheckCatalogue["section"]): string {
  return c.repairResult[outcome.kind === "done" ? repairOutcome(outcome.report) : "failed"];
}

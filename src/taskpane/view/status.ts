/**
 * Where an insertion stands, and how it is shown under the Insert button: progress while busy,
 * then a success bar with the key results or an error bar that says what was undone. When Excel
 * did not bind the inserted ECO formulas (InsertOutcome.ecoBinding), the bar is a warning that
 * names the cells and leads to Check › Repair #NAME?.
 */
import { isBound } from "../check/binding";
import { checkMessages } from "../check/messages";
import { clear, h } from "../dom";
import type { InsertFailure, InsertOutcome } from "../insert";
import type { InsertStep, StepProgress } from "../messages";
import { rollbackLines } from "../rollbackText";
import type { ViewContext } from "./context";
import { downloadLinks } from "./downloads";
import { messageBar } from "./messageBar";
import { renderProgress } from "./progress";
import { renderResults } from "./results";

export type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly step: InsertStep; readonly progress?: StepProgress }
  | { readonly kind: "done"; readonly outcome: InsertOutcome }
  | { readonly kind: "failed"; readonly failure: InsertFailure | null; readonly detail: string };

/** The id of the bar that takes focus when an insertion ends. */
export const RESULT_ID = "insert-result";

export function renderStatus(area: HTMLElement, status: Status, view: ViewContext): void {
  const { t } = view;
  if (status.kind === "idle") return clear(area);
  if (status.kind === "busy")
    return clear(area, ...renderProgress(status.step, t, status.progress));
  if (status.kind === "failed") {
    const f = status.failure;
    const undo = f === null || f.step === "template" ? [] : rollbackLines(f.rollback, t.insert);
    const offerDownload =
      f !== null &&
      (f.kind === "templateDownload" || f.kind === "tooLarge" || f.kind === "unknown");
    return clear(
      area,
      messageBar(
        "error",
        RESULT_ID,
        t.insert.failedTitle,
        h("p", {}, f ? t.insert.problems[f.kind] : status.detail),
        ...undo.map((line) => h("p", { class: "rollback-line" }, line)),
        f === null
          ? null
          : h(
              "details",
              {},
              h("summary", {}, t.insert.technical),
              h("code", {}, `${f.step}: ${f.detail}`)
            ),
        offerDownload ? downloadLinks(view) : null
      )
    );
  }
  const { outcome } = status;
  const renamed = outcome.sheets
    .filter((s) => s.template !== s.actual)
    .map((s) => ({ from: s.template, to: s.actual }));
  const actual = outcome.sheets.map((s) => s.actual);
  const notBound = outcome.ecoBinding.filter((c) => !isBound(c)).map((c) => c.address);
  clear(
    area,
    messageBar(
      notBound.length > 0 || outcome.namesChangedByExcel.length > 0 ? "warning" : "success",
      RESULT_ID,
      t.insert.doneTitle,
      outcome.dashboardOpened
        ? h("p", {}, t.insert.doneBody(actual, outcome.dashboard))
        : h(
            "p",
            { id: "insert-dashboard-not-opened" },
            t.insert.doneBodyNotOpened(actual, outcome.dashboard)
          ),
      renamed.length > 0 ? h("p", {}, t.insert.renamedNote(renamed)) : null,
      outcome.shadowedNames.length > 0
        ? h("p", {}, t.insert.shadowedNote(outcome.shadowedNames))
        : null,
      outcome.namesChangedByExcel.length > 0
        ? h(
            "p",
            { id: "insert-names-changed" },
            t.insert.namesChangedNote(outcome.namesChangedByExcel)
          )
        : null,
      notBound.length > 0 ? notBoundNote(notBound, view) : null
    ),
    renderResults(outcome.results, view)
  );
}

/** The ECO cells Excel did not bind, and a button to the repair. */
function notBoundNote(addresses: readonly string[], view: ViewContext): HTMLElement {
  const c = checkMessages(view.lang).section;
  const open = h(
    "button",
    { type: "button", class: "button", id: "insert-open-repair" },
    c.openRepair
  );
  open.addEventListener("click", () => view.show("check", "repair-run"));
  return h(
    "div",
    { class: "not-bound" },
    h("p", { id: "insert-not-bound" }, c.insertNotBound(addresses)),
    open
  );
}

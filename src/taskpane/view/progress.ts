/**
 * The insertion's progress: a named progress bar and the list of steps. Neither is live; the
 * insert section announces each step once through the announcer (`stepAnnouncement`).
 */
import { h } from "../dom";
import { INSERT_STEPS, type Catalogue, type InsertStep, type StepProgress } from "../messages";

export function stepAnnouncement(step: InsertStep, t: Catalogue): string {
  return t.insert.stepAnnouncement(
    INSERT_STEPS.indexOf(step) + 1,
    INSERT_STEPS.length,
    t.insert.steps[step]
  );
}

/**
 * The bar and the steps; a step that takes several Excel requests (the re-pointing of a large
 * workbook's formulas, in blocks: ../retarget.ts) says how far it has got beside its name.
 */
export function renderProgress(
  step: InsertStep,
  t: Catalogue,
  progress?: StepProgress
): HTMLElement[] {
  const current = INSERT_STEPS.indexOf(step);
  const blocks =
    progress !== undefined && progress.total > 1
      ? t.insert.stepBlocks(progress.done, progress.total)
      : null;
  const bar = h(
    "div",
    {
      class: "progress",
      role: "progressbar",
      "aria-label": t.insert.progressLabel,
      "aria-valuemin": 0,
      "aria-valuemax": INSERT_STEPS.length,
      "aria-valuenow": current + 1,
      "aria-valuetext":
        blocks === null ? stepAnnouncement(step, t) : `${stepAnnouncement(step, t)} (${blocks})`,
    },
    h("div", { class: `progress-fill at-${current}` })
  );
  const list = h("ol", { class: "steps" });
  INSERT_STEPS.forEach((s, i) => {
    const phase = i < current ? "done" : i === current ? "active" : "todo";
    list.append(
      h(
        "li",
        { class: `step ${phase}`, "aria-current": phase === "active" ? "step" : undefined },
        h(
          "span",
          { class: "step-icon", "aria-hidden": "true" },
          phase === "done" ? "✓" : phase === "active" ? "" : String(i + 1)
        ),
        h("span", {}, t.insert.steps[s]),
        phase === "active" && blocks !== null ? h("span", { class: "step-blocks" }, blocks) : null
      )
    );
  });
  return [bar, list];
}

/**
 * The key results read back after an insertion, one row per entry of KEY_RESULTS: the label comes
 * from messages.ts (`insert.results[key]`), the value is formatted by the row. A new key result is
 * one field in KeyResults (insert.ts), one label per language and one row here.
 */
import { roundUp } from "../../model/round";
import { h } from "../dom";
import { formatAmount, formatFleet, formatMultiple, formatShare } from "../format";
import type { KeyResults } from "../insert";
import type { ViewContext } from "./context";

interface Shown {
  readonly text: string;
  readonly tone?: "good" | "bad";
}

interface KeyResultRow {
  readonly key: keyof KeyResults;
  /** null when the workbook did not give the value. */
  readonly show: (results: KeyResults, view: ViewContext) => Shown | null;
}

function row<K extends keyof KeyResults>(
  key: K,
  show: (value: NonNullable<KeyResults[K]>, view: ViewContext) => Shown
): KeyResultRow {
  return {
    key,
    show: (results, view) => {
      const value = results[key];
      return value === null || value === undefined ? null : show(value, view);
    },
  };
}

const amount = (value: number, { lang }: ViewContext): Shown => ({
  text: formatAmount(value, lang),
});

export const KEY_RESULTS: readonly KeyResultRow[] = [
  // The dilemma first (MODEL.md §8): doing nothing beside the plan, then what choosing it is worth.
  row("year5RoleStatusQuo", (value) => ({ text: value })),
  row("year5ValueStatusQuo", amount),
  row("year5Role", (value) => ({ text: value })),
  row("year5Value", amount),
  row("npvIncremental", amount),
  row("valueIncremental", amount),
  row("paybackYear", (value, { t }) => ({
    text:
      value === "notApplicable"
        ? t.insert.results.notApplicable
        : value === "notWithinPlan"
          ? t.insert.results.notWithinPlan
          : t.insert.results.inYear(value),
  })),
  row("dataAssetValue", amount),
  row("ecosystemRevenue", amount),
  row("ecosystemMultiple", (value, { lang }) => ({ text: formatMultiple(value, lang) })),
  row("marginGap", amount),
  row("npv", amount),
  row("breakevenYear", (value, { t }) => ({
    text:
      value === "notWithinPlan" ? t.insert.results.notWithinPlan : t.insert.results.inYear(value),
  })),
  row("fleetForD", (value, { t, lang }) => ({
    text:
      // Rounded up to whole vehicles as the workbook shows it (MODEL.md §8: 643,533.1 fall short).
      value === "unreachable" ? t.insert.results.unreachable : formatFleet(roundUp(value, 0), lang),
  })),
  row("probD", (value, { lang }) => ({ text: formatShare(value, lang) })),
  row("npvP10P90", ([p10, p90], { lang }) => ({
    text: `${formatAmount(p10, lang)} – ${formatAmount(p90, lang)}`,
  })),
  row("checkAll", (pass, { t }) =>
    pass
      ? { text: t.insert.results.checksPass, tone: "good" }
      : { text: t.insert.results.checksFail, tone: "bad" }
  ),
];

export function renderResults(results: KeyResults, view: ViewContext): HTMLElement {
  const { t } = view;
  const list = h("dl", { class: "kpis" });
  for (const r of KEY_RESULTS) {
    const shown = r.show(results, view);
    list.append(
      h(
        "div",
        { class: `kpi${shown?.tone ? ` ${shown.tone}` : ""}`, "data-key": r.key },
        h("dt", {}, t.insert.results[r.key]),
        h("dd", {}, shown?.text ?? t.insert.results.notAvailable)
      )
    );
  }
  return h(
    "section",
    { class: "card results", "aria-labelledby": "results-title" },
    h("h2", { class: "card-title", id: "results-title" }, t.insert.results.title),
    list
  );
}

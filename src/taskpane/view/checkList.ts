/**
 * A list of check results, one sentence per line: an icon whose shape says passed / failed / needs
 * attention / for information (never colour alone), a word a screen reader reads in its place,
 * and the sentence (ECO formulas in it wrap between arguments).
 */
import type { CheckCatalogue } from "../check/messages";
import type { Tone } from "../check/report";
import { h } from "../dom";
import { breakableText } from "./formulaText";
import { icon, type IconName } from "./icons";

const ICON: Readonly<Record<Tone, IconName>> = {
  ok: "success",
  fail: "error",
  warn: "warning",
  info: "info",
};

export interface CheckItem {
  readonly tone: Tone;
  /** The sentence without its ✓/✗ mark. */
  readonly text: string;
  /** Cells the sentence counts, listed under it. */
  readonly cells?: readonly string[];
}

export function checkList(
  items: readonly CheckItem[],
  words: CheckCatalogue["section"],
  cellSeparator: string
): HTMLElement {
  const spoken: Readonly<Record<Tone, string>> = {
    ok: words.passed,
    fail: words.failed,
    warn: words.attention,
    info: words.notice,
  };
  return h(
    "ul",
    { class: "check-lines" },
    ...items.map((item) =>
      h(
        "li",
        { class: `check-line ${item.tone}` },
        icon(ICON[item.tone]),
        h(
          "span",
          { class: "check-text" },
          h("span", { class: "visually-hidden" }, spoken[item.tone]),
          ...breakableText(item.text),
          item.cells && item.cells.length > 0
            ? h("span", { class: "check-cells" }, item.cells.join(cellSeparator))
            : null
        )
      )
    )
  );
}

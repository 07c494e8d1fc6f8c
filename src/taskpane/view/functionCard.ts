/**
 * One function of the reference: name, description, arguments and examples. Each example's button
 * is named by its visible text, then the formula ("Write to selected cell =ECO.LTV(…)", WCAG
 * 2.5.3); after writing, the pane reads the cell back and the note right under the button says
 * where it wrote and whether Excel recognised the ECO function (check/binding.ts); focus goes to
 * that note.
 */
import { isBound, type FormulaCheck } from "../check/binding";
import { checkMessages } from "../check/messages";
import { withoutMark } from "../check/report";
import { h } from "../dom";
import type { FunctionEntry } from "../functionRef";
import type { ViewContext } from "./context";
import { breakableText } from "./formulaText";
import { icon } from "./icons";

/** What writing an example gave: the cell as read back, or null when the write failed. */
export type Written = ReadonlyMap<string, FormulaCheck | null>;

export function functionCard(
  entry: FunctionEntry,
  view: ViewContext,
  written: Written,
  write: (formula: string) => Promise<FormulaCheck | null>
): HTMLElement {
  const { t, lang } = view;
  const params =
    entry.parameters.length === 0
      ? h("p", { class: "hint" }, t.functions.noArguments)
      : h(
          "dl",
          { class: "params" },
          ...entry.parameters.flatMap((p) => [
            h(
              "dt",
              {},
              h("code", {}, p.name),
              p.optional ? h("span", { class: "badge" }, t.functions.optional) : null
            ),
            h("dd", {}, ...breakableText(p.description)),
          ])
        );
  const examples = h("ul", { class: "examples" });
  entry.examples.forEach((example, i) => {
    const key = `${entry.id}-${i}`;
    const note = h("p", { class: "example-note", id: `note-${key}`, tabindex: -1, hidden: true });
    const showNote = (check: FormulaCheck | null): void => {
      const ok = check !== null && isBound(check);
      note.className = `example-note ${ok ? "ok" : "failed"}`;
      note.replaceChildren(
        icon(ok ? "success" : "error"),
        check === null
          ? h("span", {}, t.functions.writeFailed)
          : h(
              "span",
              {},
              h(
                "span",
                { class: "note-line" },
                ...breakableText(t.functions.written(example.formula, check.address))
              ),
              " ",
              h(
                "span",
                { class: "note-line" },
                ...breakableText(withoutMark(checkMessages(lang).binding(check)))
              )
            )
      );
      note.hidden = false;
    };
    if (written.has(example.formula)) showNote(written.get(example.formula) ?? null);
    const button = h(
      "button",
      {
        type: "button",
        class: "button subtle",
        id: `write-${key}`,
        // Visible text first, then the formula (WCAG 2.5.3). A plain string: a name computed
        // from the formula's element would pick up its break opportunities as spaces.
        "aria-label": `${t.functions.writeButton} ${example.formula}`,
      },
      t.functions.writeButton
    );
    button.addEventListener("click", () => {
      if (button.getAttribute("aria-disabled") === "true") return;
      button.setAttribute("aria-disabled", "true");
      void write(example.formula).then((check) => {
        button.removeAttribute("aria-disabled");
        showNote(check);
        const active = document.activeElement;
        if (note.isConnected && (active === button || active === document.body)) note.focus();
        else view.announce(note.textContent ?? "");
      });
    });
    examples.append(
      h(
        "li",
        { class: "example" },
        h("code", { class: "formula", id: `formula-${key}` }, ...breakableText(example.formula)),
        h(
          "span",
          { class: "example-result" },
          `${t.functions.result}${lang === "zh-CN" ? "：" : ": "}${
            lang === "zh-CN" ? example.result.zh : example.result.en
          }`
        ),
        button,
        note
      )
    );
  });
  return h(
    "article",
    { class: "card function", id: `fn-${entry.id}`, "aria-labelledby": `fn-${entry.id}-name` },
    h("h2", { class: "card-title", id: `fn-${entry.id}-name` }, h("code", {}, entry.name)),
    entry.description
      ? h("p", { class: "description" }, ...breakableText(entry.description))
      : null,
    h("h3", { class: "label" }, t.functions.arguments),
    params,
    h("h3", { class: "label" }, t.functions.example),
    examples
  );
}

/**
 * One function of the reference: name, description, arguments and examples. Each example's button
 * is named by its visible text, then the formula ("Write to selected cell =ECO.LTV(…)", WCAG
 * 2.5.3); after writing, focus goes to the result note right under that button.
 */
import { h } from "../dom";
import type { FunctionEntry } from "../functionRef";
import type { ViewContext } from "./context";
import { breakableText } from "./formulaText";
import { icon } from "./icons";

/** What writing an example gave: the address written to, or null when it failed. */
export type Written = ReadonlyMap<string, string | null>;

export function functionCard(
  entry: FunctionEntry,
  view: ViewContext,
  written: Written,
  write: (formula: string) => Promise<string | null>
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
    const showNote = (address: string | null): void => {
      const ok = address !== null;
      note.className = `example-note ${ok ? "ok" : "failed"}`;
      note.replaceChildren(
        icon(ok ? "success" : "error"),
        h(
          "span",
          {},
          ...breakableText(
            ok ? t.functions.written(example.formula, address) : t.functions.writeFailed
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
      void write(example.formula).then((address) => {
        button.removeAttribute("aria-disabled");
        showNote(address);
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

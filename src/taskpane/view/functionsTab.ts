/** The Functions section: the reference loaded from the built metadata, one card per function. */
import type { FormulaCheck } from "../check/binding";
import { h } from "../dom";
import { parseMetadata } from "../functionRef";
import type { ViewContext } from "./context";
import { functionCard } from "./functionCard";
import type { Section } from "./section";

export function functionsSection(): Section {
  /** formula → what writing it gave (null: the write failed); kept across language switches. */
  const written = new Map<string, FormulaCheck | null>();
  const write = (view: ViewContext, formula: string): Promise<FormulaCheck | null> =>
    view.deps
      .writeFormula(formula)
      .then(
        (check) => check,
        () => null
      )
      .then((check) => {
        written.set(formula, check);
        return check;
      });

  return {
    id: "functions",
    render(panel, view) {
      const { t, deps, lang } = view;
      const note = h("p", { class: "hint load-note", hidden: true });
      const list = h("div", { class: "functions", "aria-busy": "true" });
      panel.append(h("p", { class: "intro" }, t.functions.intro), note, list);
      void deps
        .loadFunctions(lang)
        .catch(() => {
          note.textContent = t.functions.loadFailed;
          note.hidden = false;
          return parseMetadata(null); // names and examples still work without the metadata
        })
        .then((entries) => {
          if (!view.isShown(panel)) return;
          list.removeAttribute("aria-busy");
          for (const entry of entries)
            list.append(functionCard(entry, view, written, (formula) => write(view, formula)));
        });
    },
  };
}

/** The Functions section: the reference loaded from the built metadata, one card per function. */
import { h } from "../dom";
import { parseMetadata } from "../functionRef";
import type { ViewContext } from "./context";
import { functionCard } from "./functionCard";
import type { Section } from "./section";

export function functionsSection(): Section {
  /** formula → address written to (null: the write failed); kept across language switches. */
  const written = new Map<string, string | null>();
  const write = (view: ViewContext, formula: string): Promise<string | null> =>
    view.deps
      .writeFormula(formula)
      .then(
        (address) => address,
        () => null
      )
      .then((address) => {
        written.set(formula, address);
        return address;
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

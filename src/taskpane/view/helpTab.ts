/** The Help section: a short summary, the full help page (in the pane's language), downloads. */
import { h } from "../dom";
import { downloadLinks } from "./downloads";
import type { Section } from "./section";

export function helpSection(): Section {
  return {
    id: "help",
    render(panel, view) {
      const { t, deps, lang } = view;
      panel.append(
        h("div", { class: "card" }, ...t.help.body.map((line) => h("p", {}, line))),
        h(
          "p",
          {},
          h(
            "a",
            {
              class: "link",
              href: `${deps.helpUrl}?lang=${lang}`,
              target: "_blank",
              rel: "noopener",
            },
            t.help.openHelp
          )
        ),
        h("h2", { class: "label" }, t.help.downloads),
        downloadLinks(view),
        h("p", { class: "hint version" }, t.help.version(deps.version))
      );
    },
  };
}

/** The pane's header: logo, title, subtitle and the language control. */
import { h } from "../dom";
import type { Language } from "../../model/language";
import type { Catalogue } from "../messages";
import { languageSelect } from "./languageSelect";

export function renderHeader(
  lang: Language,
  t: Catalogue,
  onLanguage: (lang: Language) => void
): HTMLElement {
  return h(
    "header",
    { class: "header" },
    h("img", { class: "logo", src: "assets/icon-32.png", alt: "", width: 24, height: 24 }),
    h(
      "div",
      { class: "title-block" },
      h("h1", { class: "title" }, t.appTitle),
      h("p", { class: "subtitle" }, t.appSubtitle)
    ),
    languageSelect(lang, t, onLanguage)
  );
}

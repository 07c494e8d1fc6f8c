/**
 * The language control: a native <select> (keyboard and screen readers get the platform's own
 * behaviour) drawn as Fluent 2's outline Select: a bordered field with a globe, a chevron and a
 * 2 px focus ring. Its name also says "Language" in the other language, so either reader finds it.
 */
import { h } from "../dom";
import { LANGUAGES, type Language } from "../../model/language";
import { type Catalogue } from "../messages";
import { icon } from "./icons";

const NAMES: Readonly<Record<Language, string>> = { "zh-CN": "中文", "en-US": "English" };

export function languageSelect(
  lang: Language,
  t: Catalogue,
  onChange: (lang: Language) => void
): HTMLElement {
  // aria-labelledby, not a wrapping <label>: a label around a select adds the selected option's
  // text to the select's own name ("Language English, English").
  const select = h("select", {
    id: "language",
    class: "select",
    "aria-labelledby": "language-label",
  });
  for (const option of LANGUAGES) {
    select.append(
      h("option", { value: option, lang: option, selected: option === lang }, NAMES[option])
    );
  }
  select.addEventListener("change", () => onChange(select.value === "en-US" ? "en-US" : "zh-CN"));
  return h(
    "div",
    { class: "language" },
    h(
      "span",
      { id: "language-label", class: "visually-hidden" },
      `${t.languageLabel} `,
      h("span", { lang: lang === "zh-CN" ? "en" : "zh-CN" }, t.languageLabelOther)
    ),
    icon("globe", "language-globe"),
    select,
    icon("chevronDown", "language-chevron")
  );
}

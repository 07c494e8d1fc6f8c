/** The help page marks each language's blocks data-lang="zh" or "en" (a Text's keys). */
import { textIn, type Language } from "../model/language";

export const langMark = (lang: Language): "zh" | "en" =>
  textIn({ zh: "zh", en: "en" } as const, lang);

/**
 * The one language type of ECO: the two languages it speaks, as BCP 47 tags (what Office's display
 * language, an HTML lang attribute and a workbook edition's file name use). Chinese first. A text
 * in both is a `Text`; `textIn` picks one language's.
 */
export const LANGUAGES = ["zh-CN", "en-US"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Office's (or the browser's) display language: zh-* is Chinese, anything else English. */
export function languageOf(displayLanguage: string | undefined): Language {
  return (displayLanguage ?? "").toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** Something in both languages (a text, or a function that writes one). */
export interface Bilingual<T> {
  readonly zh: T;
  readonly en: T;
}

/** A text in both languages. */
export type Text = Bilingual<string>;

/** One language's side of something bilingual (its two sides may differ in type, e.g. literals). */
export function textIn<B extends Bilingual<unknown>>(t: B, language: Language): B["zh"] | B["en"] {
  return language === "zh-CN" ? t.zh : t.en;
}

// Shows the help page in one language: ?lang=en or ?lang=zh, else the browser's language; the
// 中文 / English buttons switch it and write it into the address.
// Example blocks: their lines wrap at any width, formulas only at argument boundaries (as in the
// task pane). Each block stays a focusable region named after its function, so that a browser
// that ignores <wbr> inside <pre> and scrolls it instead still lets a keyboard user scroll.
import { languageOf, type Language } from "../model/language";
import { langMark } from "./langMark";
import { breakableText } from "../taskpane/view/formulaText";

// One block per example line, so that a wrapped line hangs under its own start.
document.querySelectorAll<HTMLPreElement>("pre").forEach((pre) => {
  const lines = (pre.textContent ?? "").split("\n").filter((line) => line.trim() !== "");
  pre.replaceChildren(
    ...lines.map((line) => {
      const block = document.createElement("span");
      block.className = "example-line";
      // The formula, then its result one space after it ("→ 2,338,623,668", never split from
      // its arrow): the source's alignment padding would push a result onto a line of its own.
      const [formula = line, result] = line.split(/\s+(?=→)/, 2);
      block.append(...breakableText(formula));
      if (result !== undefined) {
        const shown = document.createElement("span");
        shown.className = "example-result";
        shown.textContent = result.replace(/^→\s*/, "→\u00a0");
        block.append(" ", shown);
      }
      return block;
    })
  );
});

function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get("lang");
  const preferred = asked ?? navigator.language;
  return languageOf(preferred);
}

function show(lang: Language): void {
  document.documentElement.lang = lang === "zh-CN" ? "zh-CN" : "en";
  document.querySelectorAll<HTMLElement>("[data-lang]").forEach((el) => {
    el.hidden = el.dataset["lang"] !== langMark(lang);
  });
  document.querySelectorAll<HTMLButtonElement>("[data-set-lang]").forEach((b) => {
    b.setAttribute("aria-pressed", String(b.dataset["setLang"] === langMark(lang)));
  });
  document.querySelectorAll<HTMLPreElement>("section[id] pre").forEach((pre) => {
    const fn = `ECO.${pre.closest("section")?.id ?? ""}`;
    pre.setAttribute("aria-label", lang === "zh-CN" ? `${fn} 示例` : `${fn} examples`);
  });
}

/** The address in the chosen language (?lang=zh-CN or ?lang=en), so a reload or a copied link
 * keeps it; other parameters and the #section stay. No new history entry per click. */
function remember(lang: Language): void {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", lang === "zh-CN" ? "zh-CN" : "en");
  window.history.replaceState(window.history.state, "", url);
}

document.querySelectorAll<HTMLButtonElement>("[data-set-lang]").forEach((b) => {
  b.addEventListener("click", () => {
    const lang: Language = b.dataset["setLang"] === "en" ? "en-US" : "zh-CN";
    show(lang);
    remember(lang);
  });
});
show(initialLanguage());

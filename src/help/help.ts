// Shows the help page in one language: ?lang=en or ?lang=zh, else the browser's language.
type Lang = "zh" | "en";

function initialLanguage(): Lang {
  const asked = new URLSearchParams(window.location.search).get("lang");
  const preferred = asked ?? navigator.language;
  return preferred.toLowerCase().startsWith("zh") ? "zh" : "en";
}

function show(lang: Lang): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll<HTMLElement>("[data-lang]").forEach((el) => {
    el.hidden = el.dataset["lang"] !== lang;
  });
  document.querySelectorAll<HTMLButtonElement>("[data-set-lang]").forEach((b) => {
    b.setAttribute("aria-pressed", String(b.dataset["setLang"] === lang));
  });
}

document.querySelectorAll<HTMLButtonElement>("[data-set-lang]").forEach((b) => {
  b.addEventListener("click", () => show(b.dataset["setLang"] === "en" ? "en" : "zh"));
});
show(initialLanguage());

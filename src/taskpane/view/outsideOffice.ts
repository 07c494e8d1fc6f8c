/**
 * What the pane shows when it is not inside Excel (a plain browser, or office.js did not load):
 * that it runs inside Excel, how to sideload it, and a link to the help page's sideloading steps.
 * When Office.js is missing or Office never answered, the pane may well be inside Excel: it says
 * what to check then (the network, or reopening the pane).
 */
import { clear, h } from "../dom";
import type { Language } from "../../model/language";
import { messages } from "../messages";
import type { OutsideReason } from "../officeHost";
import { renderHeader } from "./header";
import { icon } from "./icons";

export function showOutsideOffice(
  root: HTMLElement,
  lang: Language,
  helpUrl: string,
  reason: OutsideReason
): void {
  const t = messages(lang);
  document.documentElement.lang = lang;
  document.title = t.appTitle;
  clear(
    root,
    renderHeader(lang, t, (next) => {
      showOutsideOffice(root, next, helpUrl, reason);
      document.getElementById("language")?.focus();
    }),
    h(
      "section",
      {
        class: "panel outside",
        id: "outside-office",
        "aria-labelledby": "outside-title",
        "data-reason": reason,
      },
      h(
        "div",
        { class: "message-bar warning" },
        icon("warning"),
        h(
          "div",
          { class: "message-body" },
          h("h2", { class: "message-title", id: "outside-title" }, t.outside.title),
          h("p", {}, t.outside.body),
          reason === "noHost" ? null : h("p", {}, t.outside.reasons[reason]),
          h("p", {}, t.outside.sideload),
          h(
            "p",
            {},
            h("a", { class: "link", href: `${helpUrl}?lang=${lang}#sideload` }, t.outside.helpLink)
          )
        )
      )
    )
  );
}

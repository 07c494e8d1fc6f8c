/**
 * The task pane's view: header, tabs and the shown section's panel, plus the one live region
 * (outside everything that re-renders). Sections keep their own state; the frame re-renders on a
 * tab or language switch and puts focus back where the user was.
 */
import { clear, h } from "../dom";
import type { Language } from "../../model/language";
import { messages } from "../messages";
import { createAnnouncer } from "./announcer";
import type { ViewContext } from "./context";
import type { ViewDeps } from "./deps";
import { renderHeader } from "./header";
import type { SectionId } from "./section";
import { createSections } from "./sections";
import { panelId, renderTabList, tabId } from "./tabs";

export function startView(root: HTMLElement, deps: ViewDeps): void {
  const announcer = createAnnouncer();
  const sections = createSections();
  const frame = h("div", { class: "frame" });
  clear(root, frame, announcer.element);
  let lang: Language = deps.lang;
  let selected: SectionId = sections[0]!.id;
  let shown: HTMLElement | null = null;

  const render = (focusId?: string): void => {
    const t = messages(lang);
    document.documentElement.lang = lang;
    document.title = t.appTitle;
    const section = sections.find((s) => s.id === selected) ?? sections[0]!;
    const panel = h("section", {
      class: "panel",
      role: "tabpanel",
      id: panelId(section.id),
      "aria-labelledby": tabId(section.id),
      tabindex: 0,
    });
    shown = panel;
    const view: ViewContext = {
      lang,
      t,
      deps,
      announce: announcer.announce,
      isShown: (p) => p === shown && p.isConnected,
      show: (id, focusId) => {
        selected = id;
        render(focusId ?? tabId(id));
      },
    };
    clear(
      frame,
      renderHeader(lang, t, (next) => {
        lang = next;
        render("language");
      }),
      renderTabList({
        label: t.appTitle,
        tabs: sections.map((s) => ({ id: s.id, label: t.tabs[s.id] })),
        selected: section.id,
        onSelect: (id) => {
          selected = id;
          render(tabId(id));
        },
      }),
      panel
    );
    section.render(panel, view);
    if (focusId !== undefined) document.getElementById(focusId)?.focus();
  };
  render();
}

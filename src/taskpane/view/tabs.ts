/**
 * The ARIA tabs pattern (WAI-ARIA Authoring Practices, automatic activation): one tab stop,
 * ←/→ move and wrap, Home/End go to the first/last tab. Only the selected tab names a panel in
 * aria-controls, because only its panel exists.
 */
import { h } from "../dom";
import type { SectionId } from "./section";

export const tabId = (id: SectionId): string => `tab-${id}`;
export const panelId = (id: SectionId): string => `panel-${id}`;

export interface TabListOptions {
  readonly label: string;
  readonly tabs: readonly { readonly id: SectionId; readonly label: string }[];
  readonly selected: SectionId;
  /** Show this section; the caller re-renders and puts focus on its tab. */
  readonly onSelect: (id: SectionId) => void;
}

export function renderTabList(options: TabListOptions): HTMLElement {
  const { tabs, selected, onSelect } = options;
  const list = h("div", { class: "tabs", role: "tablist", "aria-label": options.label });
  tabs.forEach(({ id, label }, index) => {
    const isSelected = id === selected;
    const tab = h(
      "button",
      {
        type: "button",
        class: "tab",
        role: "tab",
        id: tabId(id),
        "aria-selected": isSelected ? "true" : "false",
        "aria-controls": isSelected ? panelId(id) : undefined,
        tabindex: isSelected ? 0 : -1,
      },
      label
    );
    tab.addEventListener("click", () => onSelect(id));
    tab.addEventListener("keydown", (event) => {
      const last = tabs.length - 1;
      const target =
        event.key === "ArrowRight"
          ? index === last
            ? 0
            : index + 1
          : event.key === "ArrowLeft"
            ? index === 0
              ? last
              : index - 1
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? last
                : null;
      const next = target === null ? undefined : tabs[target];
      if (next === undefined) return;
      event.preventDefault();
      onSelect(next.id);
    });
    list.append(tab);
  });
  return list;
}

/**
 * A section of the pane: one tab and its panel. A section is created once (it keeps its own state
 * across tab and language switches) and renders into a fresh, empty panel each time it is shown.
 */
import type { Catalogue } from "../messages";
import type { ViewContext } from "./context";

/** Every section has a tab label in both languages (messages.ts `tabs`). */
export type SectionId = keyof Catalogue["tabs"];

export interface Section {
  readonly id: SectionId;
  render(panel: HTMLElement, view: ViewContext): void;
}

/** What every section gets when it renders: the language, its strings, the ports, the announcer. */
import type { Language } from "../../model/language";
import type { Catalogue } from "../messages";
import type { ViewDeps } from "./deps";
import type { SectionId } from "./section";

export interface ViewContext {
  readonly lang: Language;
  readonly t: Catalogue;
  readonly deps: ViewDeps;
  /** One short polite message for screen readers (the pane's single live region). */
  readonly announce: (text: string) => void;
  /** The panel currently shown, if it is still this section's (a section may finish work later). */
  readonly isShown: (panel: HTMLElement) => boolean;
  /** Shows another section and focuses `focusId` in it (or its tab). */
  readonly show: (section: SectionId, focusId?: string) => void;
}

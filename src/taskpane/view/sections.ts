/** The pane's sections, in tab order. A new section is one file and one line here. */
import { checkSection } from "./checkTab";
import { functionsSection } from "./functionsTab";
import { helpSection } from "./helpTab";
import { insertSection } from "./insertTab";
import type { Section } from "./section";

export function createSections(): readonly Section[] {
  return [insertSection(), functionsSection(), checkSection(), helpSection()];
}

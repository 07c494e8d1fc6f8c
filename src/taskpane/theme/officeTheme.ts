/**
 * The Office boundary of the theme: Office.context.officeTheme read defensively (it is missing
 * outside Office and in old hosts; on Windows its getter asks the host, which may throw) and
 * Office's DocumentThemeChanged event, registered where the host offers it. Excel offers none
 * today: its office.js defines no EventType.DocumentThemeChanged, and its Document dispatches only
 * DocumentSelectionChanged (asking for another throws). So the registration is skipped or fails
 * quietly, and the pane re-reads the theme itself (follow.ts).
 */
import { parseHex } from "./color";
import type { ThemePalette } from "./tokens";

/** The members of Office.OfficeTheme the pane uses. */
export type OfficeThemeColors = Pick<
  Office.OfficeTheme,
  | "bodyBackgroundColor"
  | "bodyForegroundColor"
  | "controlBackgroundColor"
  | "controlForegroundColor"
>;

/** The palette in `read()`'s answer, or null when it throws, is missing or holds no colours. */
export function readOfficePalette(
  read: () => Partial<OfficeThemeColors> | undefined
): ThemePalette | null {
  let theme: Partial<OfficeThemeColors> | undefined;
  try {
    theme = read();
  } catch {
    return null;
  }
  if (theme === undefined || theme === null || typeof theme !== "object") return null;
  const background = parseHex(theme.bodyBackgroundColor);
  const foreground = parseHex(theme.bodyForegroundColor);
  if (background === null || foreground === null) return null;
  return {
    background,
    foreground,
    controlBackground: parseHex(theme.controlBackgroundColor) ?? background,
    controlForeground: parseHex(theme.controlForegroundColor) ?? foreground,
  };
}

/** The part of Office.Document the listener needs. */
export interface ThemeEventSource {
  addHandlerAsync?: (
    eventType: Office.EventType,
    handler: () => void,
    callback?: (result: Office.AsyncResult<void>) => void
  ) => void;
}

/**
 * Asks `source` to call `handler` on Office's DocumentThemeChanged event. Whether the host
 * refuses (a failed AsyncResult), lacks the event or throws, nothing escapes.
 */
export function listenForThemeEvent(
  source: ThemeEventSource | undefined,
  eventTypes: Readonly<Record<string, Office.EventType | undefined>> | undefined,
  handler: () => void
): void {
  const type = eventTypes?.["DocumentThemeChanged"];
  if (source?.addHandlerAsync === undefined || type === undefined) return;
  try {
    source.addHandlerAsync(type, handler, () => undefined);
  } catch {
    // The host has no such event: the pane re-reads the theme on its own (follow.ts).
  }
}

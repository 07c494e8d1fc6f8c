/**
 * Keeps the pane in Office's theme, or the system's when Office reports none: applies it at once
 * and again whenever it may have changed — Office's event where the host has one, the system's
 * colour-scheme change, the pane becoming visible or focused again (Office's theme is changed
 * in File › Account, away from the pane), and a slow re-read while the pane is visible, since
 * Excel announces no theme change to add-ins.
 */
import { deriveTheme, SYSTEM_DARK, type Theme, type ThemePalette } from "./tokens";

/** How often a visible pane re-reads Office's theme (Office on Windows caches it for 5 s). */
export const THEME_POLL_MS = 3000;

export interface ThemeFollower {
  /** Reads the theme again and applies it if it changed. */
  readonly refresh: () => void;
  /** From now on Office's palette (when it has one) comes before the system's scheme. */
  readonly useOffice: (read: () => ThemePalette | null) => void;
}

export interface ThemeEnvironment {
  readonly window: Window;
  readonly apply: (theme: Theme | null) => void;
}

export function followTheme({ window: win, apply }: ThemeEnvironment): ThemeFollower {
  const systemDark =
    typeof win.matchMedia === "function" ? win.matchMedia("(prefers-color-scheme: dark)") : null;
  let office: () => ThemePalette | null = () => null;
  let shown: string | undefined;
  const refresh = (): void => {
    const palette = office() ?? (systemDark?.matches === true ? SYSTEM_DARK : null);
    const key = JSON.stringify(palette);
    if (key === shown) return;
    shown = key;
    apply(palette === null ? null : deriveTheme(palette));
  };
  systemDark?.addEventListener("change", refresh);
  win.addEventListener("focus", refresh);
  win.document.addEventListener("visibilitychange", () => {
    if (win.document.visibilityState === "visible") refresh();
  });
  win.setInterval(() => {
    if (win.document.visibilityState === "visible") refresh();
  }, THEME_POLL_MS);
  refresh();
  return {
    refresh,
    useOffice: (read) => {
      office = read;
      refresh();
    },
  };
}

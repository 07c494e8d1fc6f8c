/**
 * Puts a theme on the page: each token as a custom property of the root element (CSSOM, which
 * the pane's CSP allows, unlike a style attribute), its colour scheme for the browser's own parts
 * (scroll bars, the language list) and data-theme for the stylesheet. null takes them all off:
 * the stylesheet's own light tokens apply again.
 */
import type { Theme, TokenName } from "./tokens";

export function applyTheme(root: HTMLElement, theme: Theme | null): void {
  const style = root.style;
  for (let i = style.length - 1; i >= 0; i--) {
    const name = style.item(i);
    if (name.startsWith("--color") || name === "--shadow2") style.removeProperty(name);
  }
  if (theme === null) {
    style.removeProperty("color-scheme");
    root.removeAttribute("data-theme");
    return;
  }
  for (const [name, value] of Object.entries(theme.tokens) as [TokenName, string][])
    style.setProperty(`--${name}`, value);
  style.setProperty("--shadow2", theme.shadow);
  style.setProperty("color-scheme", theme.scheme);
  root.setAttribute("data-theme", theme.scheme);
}

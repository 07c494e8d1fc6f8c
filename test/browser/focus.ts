/**
 * What a sighted keyboard user sees of focus: for the focused element (for a radio, the card or
 * segment that draws it), the outline's style, width and colour, the colours behind the outline,
 * and whether the ring lies inside the viewport.
 */
import type { Page } from "playwright-core";
import { contrastRatio, over, parseColor, type Rgba } from "../support/contrast";

export interface FocusRing {
  /** "#id" or "tag.class" of the focused element. */
  readonly focused: string;
  readonly style: string;
  readonly width: number;
  readonly color: string;
  /** Background colours under the ring, innermost first, down to an opaque one. */
  readonly behind: string[];
  /** The ring's box is inside the viewport horizontally. */
  readonly onScreen: boolean;
  /** Matches :focus-visible (the browser shows the ring for this way of focusing). */
  readonly focusVisible: boolean;
}

export function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return null;
    const drawn =
      active instanceof HTMLInputElement && active.type === "radio"
        ? (active.nextElementSibling ?? active)
        : active;
    const style = getComputedStyle(drawn);
    const width = parseFloat(style.outlineWidth) || 0;
    const offset = parseFloat(style.outlineOffset) || 0;
    const behind: string[] = [];
    for (
      let el: Element | null = offset < 0 ? drawn : drawn.parentElement;
      el;
      el = el.parentElement
    ) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg === "rgba(0, 0, 0, 0)" || bg === "transparent") continue;
      behind.push(bg);
      if (!bg.startsWith("rgba")) break;
    }
    behind.push("rgb(255, 255, 255)");
    const rect = drawn.getBoundingClientRect();
    const reach = Math.max(0, offset + width);
    const name = active.id
      ? `#${active.id}`
      : `${active.tagName.toLowerCase()}.${(active.className || "").toString().split(" ").join(".")}`;
    return {
      focused: name,
      style: style.outlineStyle,
      width,
      color: style.outlineColor,
      behind,
      onScreen:
        rect.left - reach >= -0.5 &&
        rect.right + reach <= document.documentElement.clientWidth + 0.5,
      focusVisible: active.matches(":focus-visible"),
    };
  });
}

/** Contrast of the ring against what is behind it. */
export function ringContrast(ring: FocusRing): number {
  let background: Rgba = parseColor(ring.behind[ring.behind.length - 1]!);
  for (const layer of ring.behind.slice(0, -1).reverse())
    background = over(parseColor(layer), background);
  return contrastRatio(parseColor(ring.color), background);
}

/** Tab order as ids (or tag.class), from the page start, `count` presses of Tab. */
export async function tabOrder(page: Page, count: number): Promise<string[]> {
  // Start from the top of the page, as after loading it: focus a throw-away first element.
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.id = "tab-start";
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    if (i === 0) await page.evaluate(() => document.getElementById("tab-start")?.remove());
    order.push(
      await page.evaluate(() => {
        const a = document.activeElement;
        return a === null || a === document.body
          ? "(page)"
          : a.id
            ? `#${a.id}`
            : a.tagName.toLowerCase();
      })
    );
  }
  return order;
}

/**
 * Reflow (WCAG 1.4.10): the document never scrolls sideways and nothing visible sticks out of the
 * viewport or is cut off by its box. Elements inside a scroll container that the user can reach
 * with the keyboard (help.html's <pre>) are allowed to overflow that container.
 */
import type { Page } from "playwright-core";

export interface ReflowReport {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** "tag.class#id: why" for each element that sticks out or is clipped. */
  readonly offenders: string[];
}

export function reflowReport(page: Page): Promise<ReflowReport> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders: string[] = [];
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
        typeof el.className === "string" && el.className
          ? `.${el.className.split(" ").join(".")}`
          : ""
      }`;
    const scroller = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return (
        (style.overflowX === "auto" || style.overflowX === "scroll") && el.hasAttribute("tabindex")
      );
    };
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (el.closest(".visually-hidden")) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      let inScroller = false;
      for (let p = el.parentElement; p; p = p.parentElement) if (scroller(p)) inScroller = true;
      if (inScroller) continue;
      if (rect.right > width + 0.5 || rect.left < -0.5)
        offenders.push(
          `${name(el)}: ${Math.round(rect.left)}..${Math.round(rect.right)} of ${width}`
        );
      const style = getComputedStyle(el);
      const clips = style.overflowX === "hidden" || style.overflowX === "clip";
      if (clips && !scroller(el) && el.scrollWidth > el.clientWidth + 1)
        offenders.push(`${name(el)}: content ${el.scrollWidth} clipped to ${el.clientWidth}`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, offenders };
  });
}

/**
 * The pane's only live region. It lives outside everything that re-renders, so a screen reader
 * hears exactly the short text given to `announce`, once, and never a re-rendered list.
 */
import { h } from "../dom";

export interface Announcer {
  readonly element: HTMLElement;
  announce(text: string): void;
}

export function createAnnouncer(): Announcer {
  const element = h("div", {
    id: "announcer",
    class: "visually-hidden",
    "aria-live": "polite",
    "aria-atomic": "true",
  });
  return {
    element,
    announce: (text) => {
      element.textContent = text;
    },
  };
}

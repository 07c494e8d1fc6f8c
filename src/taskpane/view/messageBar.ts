/**
 * A Fluent MessageBar. Result bars take focus after an action (tabindex=-1), so a keyboard or
 * screen-reader user lands on the outcome; they are not live regions, so nothing is read twice.
 */
import { h } from "../dom";
import { icon } from "./icons";

export type MessageKind = "success" | "error" | "warning";

type Child = Node | string | null;

export function messageBar(
  kind: MessageKind,
  id: string,
  title: string,
  ...body: Child[]
): HTMLElement {
  return h(
    "div",
    { class: `message-bar ${kind}`, id, tabindex: -1 },
    icon(kind),
    h("div", { class: "message-body" }, h("strong", { class: "message-title" }, title), ...body)
  );
}

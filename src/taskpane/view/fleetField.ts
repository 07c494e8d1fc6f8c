/**
 * The custom fleet box: label, input, its error right under it, then the hint. The error is tied
 * to the input (aria-invalid, aria-describedby) and goes away as soon as the value is right.
 */
import { h } from "../dom";
import { isValidFleet, parseFleet } from "../../model/fleet";
import type { Catalogue } from "../messages";
import { icon } from "./icons";

export const FLEET_INPUT_ID = "custom-fleet";
const ERROR_ID = "custom-fleet-error";
const HINT_ID = "custom-fleet-hint";

/** The one fleet rule, shared with `npm run workbook -- --fleet` (src/model/fleet.ts). */
export { parseFleet };

export function fleetIsValid(raw: string): boolean {
  return isValidFleet(parseFleet(raw));
}

export interface FleetField {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  show(visible: boolean): void;
  /** Shows `message` under the input, or clears the error when null. */
  setError(message: string | null): void;
}

export function fleetField(
  t: Catalogue,
  value: string,
  visible: boolean,
  onInput: (raw: string) => void
): FleetField {
  const input = h("input", {
    id: FLEET_INPUT_ID,
    class: "input",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    value,
    placeholder: "250000",
    "aria-describedby": HINT_ID,
  });
  const error = h("p", { class: "field-error", id: ERROR_ID, hidden: true });
  const element = h(
    "div",
    { class: "field custom-fleet", hidden: !visible },
    h("label", { class: "label", for: FLEET_INPUT_ID }, t.insert.customFleetLabel),
    input,
    error,
    h("p", { class: "hint", id: HINT_ID }, t.insert.customFleetHint)
  );
  input.addEventListener("input", () => onInput(input.value));
  return {
    element,
    input,
    show: (on) => {
      element.hidden = !on;
    },
    setError: (message) => {
      if (message === null) {
        error.hidden = true;
        error.replaceChildren();
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", HINT_ID);
        return;
      }
      error.replaceChildren(icon("error"), h("span", {}, message));
      error.hidden = false;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", `${ERROR_ID} ${HINT_ID}`);
    },
  };
}

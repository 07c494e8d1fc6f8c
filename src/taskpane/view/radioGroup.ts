/**
 * A group of native radio buttons in a fieldset: the browser gives the arrow keys, one tab stop
 * and the radio semantics. Drawn as a segmented control or as cards by CSS (`className`).
 * Choosing never moves focus and never submits anything.
 */
import { h } from "../dom";

export interface RadioGroupOptions<T extends string> {
  readonly name: string;
  readonly legend: string;
  readonly options: readonly T[];
  readonly selected: T;
  readonly label: (option: T) => Node | string;
  readonly onChange: (option: T) => void;
  readonly className: "segmented" | "cards";
}

export const radioId = (name: string, option: string): string => `${name}-${option}`;

export function radioGroup<T extends string>(o: RadioGroupOptions<T>): HTMLFieldSetElement {
  const group = h("div", { class: "choices" });
  for (const option of o.options) {
    const input = h("input", {
      type: "radio",
      name: o.name,
      value: option,
      id: radioId(o.name, option),
      checked: option === o.selected,
    });
    input.addEventListener("change", () => {
      if (input.checked) o.onChange(option);
    });
    group.append(
      h(
        "label",
        { class: "choice", for: radioId(o.name, option) },
        input,
        h("span", { class: "choice-body" }, o.label(option))
      )
    );
  }
  return h(
    "fieldset",
    { class: `field ${o.className}` },
    h("legend", { class: "label" }, o.legend),
    group
  );
}

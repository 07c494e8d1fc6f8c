/**
 * The preset cards: one per entry of PRESETS (src/model/presets.ts), then "custom". A new preset
 * needs only its entry in PRESETS and its title and detail in messages.ts (the compiler asks).
 */
import { PRESETS, type PresetId } from "../../model/presets";
import { h } from "../dom";
import type { Catalogue } from "../messages";
import { radioGroup } from "./radioGroup";

export const PRESET_IDS: readonly PresetId[] = [
  ...(Object.keys(PRESETS) as (keyof typeof PRESETS)[]),
  "custom",
];

export function presetCards(
  t: Catalogue,
  selected: PresetId,
  onChange: (preset: PresetId) => void
): HTMLFieldSetElement {
  return radioGroup({
    name: "preset",
    legend: t.insert.presetLegend,
    options: PRESET_IDS,
    selected,
    label: (p) =>
      h(
        "span",
        { class: "choice-text" },
        h("span", { class: "choice-title" }, t.insert.presets[p].title),
        h("span", { class: "choice-detail" }, t.insert.presets[p].detail)
      ),
    onChange,
    className: "cards",
  });
}

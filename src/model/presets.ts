import { SEED } from "./seed";
import type { ScenarioName } from "./scenario";

/** Starting points an analyst picks in the task pane; every fleet comes from a seed figure. */
export const PRESETS = {
  /** S4/S12: the seed's 10万-vehicle maker. */
  seed10w: { fleet: SEED.economicsFleet.value, seedId: "S4" },
  /** S15: the NIO-style 50万-vehicle example. */
  nio50w: { fleet: SEED.nioFleet.value, seedId: "S15" },
  /** S18/S19: the 100万 vehicles the seed expects in five years, evaluated today. */
  million5y: { fleet: SEED.planTargetFleet.value, seedId: "S18" },
} as const satisfies Record<string, { fleet: number; seedId: string }>;

export type PresetId = keyof typeof PRESETS | "custom";

export interface PresetChoice {
  readonly preset: PresetId;
  /** Used when preset is "custom"; ignored otherwise. */
  readonly customFleet?: number;
  readonly scenario: ScenarioName;
}

export function presetFleet(choice: PresetChoice): number {
  return choice.preset === "custom" ? (choice.customFleet ?? NaN) : PRESETS[choice.preset].fleet;
}

import { SEED } from "./seed";
import type { ScenarioName } from "./scenario";
import { DEFAULT_PLAN_SETTINGS } from "./plan/defaults";
import type { PlanSettings } from "./plan/settings";
import { perStream } from "./plan/streams";
import { linearRamp } from "./plan/timeline";

/** What a preset changes beyond the defaults; fleet and scenario are chosen in the pane. */
export type PresetOverrides = Partial<Omit<PlanSettings, "fleet" | "scenario">>;

export interface Preset {
  readonly fleet: number;
  readonly seedId: string;
  readonly overrides?: PresetOverrides;
}

/**
 * The seed's story (S17): 老张's company loses 2,800万 on after-sales today. With S5's 7,200万 of
 * gross margin at 10万 vehicles, a network costing 7,200万 − (−2,800万) = 1亿 a year reproduces the
 * loss. A calibration, not a seed figure.
 */
export const STORY_NETWORK_COST = SEED.evGrossMargin.value - SEED.turnaroundBefore.value;

/** Nothing sold in year 0, everything by year 5, in equal steps. */
const STORY_RAMP = linearRamp(0, 1);

/** Starting points an analyst picks in the task pane or with `--preset`; fleets are seed figures. */
export const PRESETS = {
  /** S4/S12: the seed's 10万-vehicle maker. */
  seed10w: { fleet: SEED.economicsFleet.value, seedId: "S4" },
  /** S15: the NIO-style 50万-vehicle example. */
  nio50w: { fleet: SEED.nioFleet.value, seedId: "S15" },
  /** S18/S19: the 100万 vehicles the seed expects in five years, evaluated today. */
  million5y: { fleet: SEED.planTargetFleet.value, seedId: "S18" },
  /** S17: 老张's company, −2,800万 today, streams and data ramping up over the plan. */
  story: {
    fleet: SEED.economicsFleet.value,
    seedId: "S17",
    overrides: {
      networkCost: STORY_NETWORK_COST,
      dataCoverage: STORY_RAMP,
      adoption: perStream(() => STORY_RAMP),
    },
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export type PresetId = PresetName | "custom";
export const PRESET_NAMES = Object.keys(PRESETS) as readonly PresetName[];

export interface PresetChoice {
  readonly preset: PresetId;
  /** Used when preset is "custom"; ignored otherwise. */
  readonly customFleet?: number;
  readonly scenario: ScenarioName;
}

export function presetFleet(choice: PresetChoice): number {
  return choice.preset === "custom" ? (choice.customFleet ?? NaN) : PRESETS[choice.preset].fleet;
}

/** Every input the choice sets: the defaults, the preset's overrides, its fleet and the scenario. */
export function presetSettings(choice: PresetChoice): PlanSettings {
  const overrides: PresetOverrides =
    choice.preset === "custom" ? {} : ((PRESETS[choice.preset] as Preset).overrides ?? {});
  return {
    ...DEFAULT_PLAN_SETTINGS,
    ...overrides,
    fleet: presetFleet(choice),
    scenario: choice.scenario,
  };
}

/** A preset by name, case-insensitively ("Story", "SEED10W"); undefined when there is none. */
export function findPreset(name: string): PresetName | undefined {
  const wanted = name.trim().toLowerCase();
  return PRESET_NAMES.find((p) => p.toLowerCase() === wanted);
}

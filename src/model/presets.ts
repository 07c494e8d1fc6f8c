import { SEED } from "./seed";
import type { ScenarioName } from "./scenario";
import { CALIBRATED_NETWORK } from "./plan/calibration";
import { DEFAULT_PLAN_SETTINGS } from "./plan/defaults";
import type { PlanSettings } from "./plan/settings";
import { perStream } from "./plan/streams";
import { constantTimeline } from "./plan/timeline";

/** What a preset changes beyond the defaults; fleet and scenario are chosen in the pane. */
export type PresetOverrides = Partial<Omit<PlanSettings, "fleet" | "scenario">>;

export interface Preset {
  readonly fleet: number;
  readonly seedId: string;
  readonly overrides?: PresetOverrides;
}

/** The story's c and N (MODEL.md §8's calibration to S17/S18), typed as overrides. */
const STORY_COSTS: PresetOverrides = {
  serviceCost: CALIBRATED_NETWORK.serviceCost,
  networkCost: CALIBRATED_NETWORK.networkCost,
};

/** Every stream and all data at 100 % in every year. */
const FULL = constantTimeline(1);

/**
 * Starting points an analyst picks in the task pane or with `--preset` (MODEL.md §8). The
 * defaults are the story, so the seed's 10万-vehicle maker is the story itself; the fleet presets
 * set only the fleet.
 */
export const PRESETS = {
  /** S17: 老张's company, −2,800万 today, streams and data ramping up over the plan (the defaults). */
  story: { fleet: SEED.economicsFleet.value, seedId: "S17" },
  /**
   * 成熟生态: §6's idealisation, the seed's NIO-style streams (S15) and data (S12) at 100 % from
   * year 0 and no network cost.
   */
  mature: {
    fleet: SEED.economicsFleet.value,
    seedId: "S15",
    overrides: {
      serviceCost: 0,
      networkCost: 0,
      dataCoverage: FULL,
      adoption: perStream(() => FULL),
    },
  },
  /**
   * S15: the NIO-style 50万-vehicle example, on the story's inputs. The story's facts (S17, S18)
   * are 老张's 10万 vehicles', not this fleet's: recalibrating c and N from them (MODEL.md §11.1)
   * would give N < 0, so the preset types the story's c and N as the overrides.
   */
  nio50w: { fleet: SEED.nioFleet.value, seedId: "S15", overrides: STORY_COSTS },
  /** S18/S19: the 100万 vehicles the seed expects in five years, reached today (the story's c, N). */
  million5y: { fleet: SEED.planTargetFleet.value, seedId: "S18", overrides: STORY_COSTS },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export type PresetId = PresetName | "custom";
export const PRESET_NAMES = Object.keys(PRESETS) as readonly PresetName[];

/** Earlier names the command line still accepts: the 10万 preset is now the story itself. */
export const PRESET_ALIASES: Readonly<Record<string, PresetName>> = { seed10w: "story" };

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
  // A custom fleet is, like the fleet presets, the story at another fleet: the story's c and N.
  const overrides: PresetOverrides =
    choice.preset === "custom" ? STORY_COSTS : ((PRESETS[choice.preset] as Preset).overrides ?? {});
  return {
    ...DEFAULT_PLAN_SETTINGS,
    ...overrides,
    fleet: presetFleet(choice),
    scenario: choice.scenario,
  };
}

/** A preset by name or earlier name, case-insensitively ("Story", "SEED10W"); undefined when none. */
export function findPreset(name: string): PresetName | undefined {
  const wanted = name.trim().toLowerCase();
  return (
    PRESET_NAMES.find((p) => p.toLowerCase() === wanted) ??
    Object.entries(PRESET_ALIASES).find(([alias]) => alias.toLowerCase() === wanted)?.[1]
  );
}

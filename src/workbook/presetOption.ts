/** `--preset NAME` of `npm run workbook`: a preset of the model's table, by name, any case. */
import {
  findPreset,
  PRESET_NAMES,
  PRESETS,
  presetSettings,
  type PlanSettings,
  type PresetName,
  type ScenarioName,
} from "../model";

/** Throws an Error whose message is meant for the user. */
export function parsePreset(text: string): PresetName {
  const found = findPreset(text);
  if (found === undefined)
    throw new Error(`--preset must be one of ${PRESET_NAMES.join(", ")}, got "${text}"`);
  return found;
}

/** The preset's fleet, unless --fleet gave one. */
export function presetFleetOr(preset: PresetName | undefined, fallback: number): number {
  return preset === undefined ? fallback : PRESETS[preset].fleet;
}

/** Every input the workbook opens with: the preset's (or the defaults), then --fleet/--scenario. */
export function commandSettings(cmd: {
  readonly preset?: PresetName;
  readonly fleet: number;
  readonly scenario: ScenarioName;
}): PlanSettings {
  const base = presetSettings({ preset: cmd.preset ?? "custom", scenario: cmd.scenario });
  return { ...base, fleet: cmd.fleet };
}

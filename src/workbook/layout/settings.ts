import {
  DEFAULT_PLAN_SETTINGS,
  FLEET_PATH_LABELS,
  SCENARIO_LABELS,
  type FleetPath,
  type PlanSettings,
  type ScenarioName,
} from "../../model";
import type { Edition } from "../contract";

/** The inputs a generated workbook is opened with: every input a preset can set. */
export type Settings = PlanSettings;

/** The seed's 10万-vehicle maker (S4/S12), mid scenario, second-edition defaults. */
export const DEFAULT_SETTINGS: Settings = DEFAULT_PLAN_SETTINGS;

export function scenarioLabels(edition: Edition): Readonly<Record<ScenarioName, string>> {
  return SCENARIO_LABELS[edition];
}

export function fleetPathLabels(edition: Edition): Readonly<Record<FleetPath, string>> {
  return FLEET_PATH_LABELS[edition];
}

import {
  DEFAULT_PLAN_SETTINGS,
  type FleetPath,
  type PlanSettings,
  type ScenarioName,
} from "../../model";
import type { Edition } from "../contract";

/** The inputs a generated workbook is opened with: every input a preset can set. */
export type Settings = PlanSettings;

/** The seed's 10万-vehicle maker (S4/S12), mid scenario, second-edition defaults. */
export const DEFAULT_SETTINGS: Settings = DEFAULT_PLAN_SETTINGS;

const LABELS: Readonly<Record<Edition, Readonly<Record<ScenarioName, string>>>> = {
  "zh-CN": { low: "低", mid: "中", high: "高" },
  "en-US": { low: "low", mid: "mid", high: "high" },
};

export function scenarioLabels(edition: Edition): Readonly<Record<ScenarioName, string>> {
  return LABELS[edition];
}

const PATHS: Readonly<Record<Edition, Readonly<Record<FleetPath, string>>>> = {
  "zh-CN": { linear: "线性", cagr: "复合增长" },
  "en-US": { linear: "linear", cagr: "cagr" },
};

export function fleetPathLabels(edition: Edition): Readonly<Record<FleetPath, string>> {
  return PATHS[edition];
}

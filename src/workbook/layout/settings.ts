import { PRESETS, type ScenarioName } from "../../model";
import type { Edition } from "../contract";

/** The two inputs a generated workbook is opened with. */
export interface Settings {
  readonly fleet: number;
  readonly scenario: ScenarioName;
}

/** The seed's 10万-vehicle maker (S4/S12), mid scenario. */
export const DEFAULT_SETTINGS: Settings = { fleet: PRESETS.seed10w.fleet, scenario: "mid" };

const LABELS: Readonly<Record<Edition, Readonly<Record<ScenarioName, string>>>> = {
  "zh-CN": { low: "低", mid: "中", high: "高" },
  "en-US": { low: "low", mid: "mid", high: "high" },
};

export function scenarioLabels(edition: Edition): Readonly<Record<ScenarioName, string>> {
  return LABELS[edition];
}

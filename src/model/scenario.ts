import type { SeedRange } from "./seed";

/** A named scenario or a position p in [0, 1] between the low (0) and high (1) end of every range. */
export type ScenarioName = "low" | "mid" | "high";
export type Scenario = ScenarioName | number;

export const SCENARIO_POSITION = { low: 0, mid: 0.5, high: 1 } as const satisfies Record<
  ScenarioName,
  number
>;

export function scenarioPosition(scenario: Scenario): number {
  return typeof scenario === "number" ? scenario : SCENARIO_POSITION[scenario];
}

/** Linear interpolation inside a seed range: low + (high − low) × p. */
export function pick(range: Pick<SeedRange, "low" | "high">, scenario: Scenario): number {
  const p = scenarioPosition(scenario);
  return range.low + (range.high - range.low) * p;
}

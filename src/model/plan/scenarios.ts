import type { ScenarioName } from "../scenario";
import type { PlanCase } from "./assumptions";
import { planNpv } from "./npv";
import { planTimeline, valuesOf } from "./planTimeline";
import { FINAL_YEAR } from "./timeline";

export interface ScenarioOutcome {
  readonly year5Value: number;
  readonly npv: number;
}

/** The plan under each scenario, everything else as entered: the comparison is always on screen. */
export function scenarioComparison(c: PlanCase): Readonly<Record<ScenarioName, ScenarioOutcome>> {
  const outcome = (scenario: ScenarioName): ScenarioOutcome => {
    const years = planTimeline({ ...c, scenario });
    return {
      year5Value: years[FINAL_YEAR].value,
      npv: planNpv(valuesOf(years), c.capex, c.discountRate),
    };
  };
  return { low: outcome("low"), mid: outcome("mid"), high: outcome("high") };
}

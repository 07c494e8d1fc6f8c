import type { ScenarioName } from "../scenario";
import type { PlanCase } from "./assumptions";
import { breakevenYear } from "./breakeven";
import { fleetForValueEngine } from "./fleetForD";
import { usesCagr } from "./fleetPath";
import { planNpv } from "./npv";
import { planTimeline, valuesOf } from "./planTimeline";
import type { Role } from "./role";
import { scenarioComparison, type ScenarioOutcome } from "./scenarios";
import { FINAL_YEAR, type Timeline, type YearIndex } from "./timeline";
import { maxSwing, sortBySwing, tornado, type TornadoBar } from "./tornado";
import type { YearValues } from "./yearValues";

/** What the second-edition plan answers (MODEL.md §6 "Plan results"). */
export interface PlanResults {
  readonly years: Timeline<YearValues>;
  /** False when the CAGR path was asked for but cannot run (the plan is linear; a check fails). */
  readonly cagrPathOk: boolean;
  readonly year5Value: number;
  readonly year5Role: Role;
  readonly npv: number;
  /** null: not within the plan. */
  readonly breakevenYear: YearIndex | null;
  /** null: unreachable (v_5 ≤ 0). */
  readonly fleetForD: number | null;
  readonly scenarios: Readonly<Record<ScenarioName, ScenarioOutcome>>;
  /** In driver order. */
  readonly tornado: readonly TornadoBar[];
  readonly tornadoSorted: readonly TornadoBar[];
  readonly maxSwing: number;
}

export function planResults(c: PlanCase): PlanResults {
  const years = planTimeline(c);
  const values = valuesOf(years);
  const bars = tornado(c);
  return {
    years,
    cagrPathOk: c.fleetPath !== "cagr" || usesCagr(c),
    year5Value: years[FINAL_YEAR].value,
    year5Role: years[FINAL_YEAR].role,
    npv: planNpv(values, c.capex, c.discountRate),
    breakevenYear: breakevenYear(values),
    fleetForD: fleetForValueEngine(c),
    scenarios: scenarioComparison(c),
    tornado: bars,
    tornadoSorted: sortBySwing(bars),
    maxSwing: maxSwing(bars),
  };
}

import type { PlanCase } from "./assumptions";
import { caseComparison, type CaseComparison } from "./cases";
import { scenarioFactors } from "./caseFactors";
import { valueBridge, type Bridge } from "./bridge";
import { cagrPathOk, planUnder, type PlanOutcome } from "./planUnder";
import { valuation, type Valuation } from "./valuation";
import { maxIncrementalSwing, maxSwing, sortBySwing, tornado, type TornadoBar } from "./tornado";

/** What the plan answers (MODEL.md §8): the selected scenario, the cases and the tornado. */
export interface PlanResults extends PlanOutcome {
  /** False when the CAGR path was asked for but cannot run (the plan is linear; a check fails). */
  readonly cagrPathOk: boolean;
  readonly cases: CaseComparison;
  /** In driver order. */
  readonly tornado: readonly TornadoBar[];
  /** By incremental swing (MODEL.md §11.5). */
  readonly tornadoSorted: readonly TornadoBar[];
  /** The largest NPV swing. */
  readonly tornadoMaxSwing: number;
  /** The largest incremental swing. */
  readonly tornadoMaxIncrementalSwing: number;
  /** Out_Value_Plan, Out_Value_StatusQuo, Out_Value_Incremental (MODEL.md §11.6). */
  readonly valuation: Valuation;
  /** Out_Bridge (MODEL.md §11.7). */
  readonly bridge: Bridge;
}

export function planResults(c: PlanCase): PlanResults {
  const bars = tornado(c);
  const selected = planUnder(c, scenarioFactors(c.caseFactors, c.scenario));
  return {
    ...selected,
    cagrPathOk: cagrPathOk(c),
    cases: caseComparison(c),
    tornado: bars,
    tornadoSorted: sortBySwing(bars),
    tornadoMaxSwing: maxSwing(bars),
    tornadoMaxIncrementalSwing: maxIncrementalSwing(bars),
    valuation: valuation(selected, c.terminalGrowth),
    bridge: valueBridge(selected),
  };
}

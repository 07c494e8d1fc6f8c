import { wholeYuan } from "../../round";
import type { PlanCase } from "../assumptions";
import { DRIVERS, type Driver, type Factors } from "../drivers";
import { planUnder } from "../planUnder";
import { percentileInc } from "./percentile";
import { DRIVER_PRIMES, richtmyer } from "./sequence";
import { triangularInverse } from "./triangular";

export const DEFAULT_TRIALS = 1000;
export const MAX_TRIALS = 100_000;

/** Trial i's factors: each driver's triangular inverse at u_{i,j} (MODEL.md §9). */
export function trialFactors(c: Pick<PlanCase, "caseFactors">, trial: number): Factors {
  const k = {} as Record<Driver, number>;
  for (let j = 0; j < DRIVERS.length; j++) {
    const driver = DRIVERS[j] as Driver;
    const [down, up] = c.caseFactors[driver];
    k[driver] = triangularInverse(richtmyer(trial, DRIVER_PRIMES[j] ?? NaN), down, up);
  }
  return k;
}

export interface SimulationSummary {
  readonly trials: number;
  readonly npvP10: number;
  readonly npvP50: number;
  readonly npvP90: number;
  /** Share of trials with V_5 ≥ 10亿 in whole 元. */
  readonly probD: number;
  /** Share of trials with NPV_Incremental > 0 in whole 元. */
  readonly probIncrementalPositive: number;
  /**
   * Trials whose NPV, incremental NPV or V_5 is not a finite number (inputs so large that the
   * plan overflows). Any such trial leaves the percentiles and the shares without meaning: a NaN
   * counts toward neither share, and an infinite NPV sorts to an end.
   */
  readonly nonFiniteTrials: number;
}

/** n trials of the plan, whatever In_Scenario says; the same inputs give the same digits. */
export function simulate(c: PlanCase, trials: number = DEFAULT_TRIALS): SimulationSummary {
  const npvs = new Float64Array(trials);
  let d = 0;
  let positive = 0;
  let nonFinite = 0;
  for (let i = 1; i <= trials; i++) {
    const o = planUnder(c, trialFactors(c, i));
    npvs[i - 1] = o.npv;
    // x − x is 0 for a finite x, NaN for ±Infinity and NaN.
    if (o.npv - o.npv + (o.npvIncremental - o.npvIncremental) + (o.year5Value - o.year5Value) !== 0)
      nonFinite++;
    if (wholeYuan(o.year5Value) >= c.thresholds.valueEngine) d++;
    if (wholeYuan(o.npvIncremental) > 0) positive++;
  }
  npvs.sort();
  return {
    trials,
    npvP10: percentileInc(npvs, 0.1),
    npvP50: percentileInc(npvs, 0.5),
    npvP90: percentileInc(npvs, 0.9),
    probD: d / trials,
    probIncrementalPositive: positive / trials,
    nonFiniteTrials: nonFinite,
  };
}

import { wholeYuan } from "../../round";
import type { PlanCase } from "../assumptions";
import { DRIVERS, type Driver, type Factors } from "../drivers";
import { planUnder } from "../planUnder";
import { DEFAULT_CORRELATION } from "../defaults";
import { correlationWeights, drawsInto } from "./draws";
import { percentileInc } from "./percentile";
import { favourableFirst, triangularInverse } from "./triangular";

export const DEFAULT_TRIALS = 1000;
export const MAX_TRIALS = 100_000;

/** The factors at draws w: each driver's triangular inverse at v, its favourable side first. */
function factorsAt(c: Pick<PlanCase, "caseFactors">, w: Float64Array): Factors {
  const k = {} as Record<Driver, number>;
  for (let j = 0; j < DRIVERS.length; j++) {
    const driver = DRIVERS[j] as Driver;
    const [down, up] = c.caseFactors[driver];
    k[driver] = triangularInverse(favourableFirst(w[j] ?? NaN, down, up), down, up);
  }
  return k;
}

/** Trial i's factors (MODEL.md §11.4): its draws, each driver's triangular inverse at v. */
export function trialFactors(
  c: Pick<PlanCase, "caseFactors">,
  trial: number,
  correlation: number = DEFAULT_CORRELATION
): Factors {
  const w = new Float64Array(DRIVERS.length);
  const { a, b } = correlationWeights(correlation);
  drawsInto(w, trial, a, b);
  return factorsAt(c, w);
}

export interface SimulationSummary {
  readonly trials: number;
  readonly npvP10: number;
  readonly npvP50: number;
  readonly npvP90: number;
  /** The trials' mean NPV (AVERAGE). */
  readonly npvMean: number;
  /** PERCENTILE.INC of the trials' incremental NPV: the decision's spread (MODEL.md §11.4). */
  readonly npvIncrementalP10: number;
  readonly npvIncrementalP50: number;
  readonly npvIncrementalP90: number;
  /** The trials' mean incremental NPV. */
  readonly npvIncrementalMean: number;
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

/**
 * AVERAGE: the sum over the count; when the sum overflows though every value is finite (inputs
 * near the largest double), the sum of each value over the count instead.
 */
function meanOf(sum: number, values: Float64Array): number {
  if (sum - sum === 0) return sum / values.length;
  let mean = 0;
  for (const x of values) mean += x / values.length;
  return mean;
}

/**
 * n trials of the plan, whatever In_Scenario says, the drivers correlated by ρ (the case's
 * In_Correlation unless given; MODEL.md §11.4);
 * the same inputs give the same digits.
 */
export function simulate(
  c: PlanCase,
  trials: number = DEFAULT_TRIALS,
  correlation: number = c.correlation
): SimulationSummary {
  const npvs = new Float64Array(trials);
  const increments = new Float64Array(trials);
  const w = new Float64Array(DRIVERS.length);
  const { a, b } = correlationWeights(correlation);
  let sum = 0;
  let sumIncremental = 0;
  let d = 0;
  let positive = 0;
  let nonFinite = 0;
  for (let i = 1; i <= trials; i++) {
    drawsInto(w, i, a, b);
    const o = planUnder(c, factorsAt(c, w));
    npvs[i - 1] = o.npv;
    increments[i - 1] = o.npvIncremental;
    sum += o.npv;
    sumIncremental += o.npvIncremental;
    // x − x is 0 for a finite x, NaN for ±Infinity and NaN.
    if (o.npv - o.npv + (o.npvIncremental - o.npvIncremental) + (o.year5Value - o.year5Value) !== 0)
      nonFinite++;
    if (wholeYuan(o.year5Value) >= c.thresholds.valueEngine) d++;
    if (wholeYuan(o.npvIncremental) > 0) positive++;
  }
  npvs.sort();
  increments.sort();
  return {
    trials,
    npvP10: percentileInc(npvs, 0.1),
    npvP50: percentileInc(npvs, 0.5),
    npvP90: percentileInc(npvs, 0.9),
    npvMean: meanOf(sum, npvs),
    npvIncrementalP10: percentileInc(increments, 0.1),
    npvIncrementalP50: percentileInc(increments, 0.5),
    npvIncrementalP90: percentileInc(increments, 0.9),
    npvIncrementalMean: meanOf(sumIncremental, increments),
    probD: d / trials,
    probIncrementalPositive: positive / trials,
    nonFiniteTrials: nonFinite,
  };
}

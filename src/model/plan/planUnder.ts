import type { PlanCase } from "./assumptions";
import { breakevenYear } from "./breakeven";
import type { Factors } from "./drivers";
import { cagrRuns, effectiveInputs, todayInputs, type EffectiveInputs } from "./effectiveInputs";
import { fleetForValueEngine } from "./fleetForD";
import { fleetPath } from "./fleetPath";
import { incrementalIrr } from "./irr";
import { planNpv, statusQuoNpv } from "./npv";
import { cumulative, paybackYear, type Payback } from "./payback";
import type { Role } from "./role";
import { FINAL_YEAR, timeline, type Timeline, type YearIndex } from "./timeline";
import { yearValues, type YearValues } from "./yearValues";

/** The plan and its status quo under one factor vector (MODEL.md §8). */
export interface PlanOutcome {
  readonly factors: Factors;
  readonly inputs: EffectiveInputs;
  /** What year 0 is measured at: every factor 1 (0 stays 0), no platform opex (MODEL.md §11.3). */
  readonly today: EffectiveInputs;
  readonly years: Timeline<YearValues>;
  /** V_t. */
  readonly values: Timeline;
  /** V^SQ_t = P_t. */
  readonly statusQuoValues: Timeline;
  /** ΔCF_t and C_t = Σ_{τ≤t} ΔCF_τ. */
  readonly deltaCashFlows: Timeline;
  readonly cumulativeDeltaCashFlows: Timeline;
  readonly year5Value: number;
  readonly year5Role: Role;
  readonly year5ValueStatusQuo: number;
  readonly year5RoleStatusQuo: Role;
  readonly npv: number;
  readonly npvStatusQuo: number;
  /** NPV − NPV_StatusQuo: what choosing the ecosystem is worth. */
  readonly npvIncremental: number;
  /** null: n/a (the flows do not change sign exactly once). */
  readonly irrIncremental: number | null;
  readonly paybackYear: Payback;
  /** Operating break-even; null: not within plan. */
  readonly breakevenYear: YearIndex | null;
  /** null: unreachable (v_5 ≤ 0). */
  readonly fleetForD: number | null;
}

/** The one function every case, tornado end and simulation trial calls. */
export function planUnder(c: PlanCase, k: Factors): PlanOutcome {
  const inputs = effectiveInputs(c, k);
  const fleet = fleetPath(inputs);
  const today = todayInputs(c, k);
  const years = timeline((t) =>
    t === 0
      ? yearValues(today, t, fleet[t], c.thresholds, inputs.capex[t])
      : yearValues(inputs, t, fleet[t], c.thresholds)
  );
  const values = timeline((t) => years[t].value);
  const statusQuoValues = timeline((t) => years[t].profit);
  const deltaCashFlows = timeline((t) => years[t].deltaCashFlow);
  const cumulativeDeltaCashFlows = cumulative(deltaCashFlows);
  const npv = planNpv(values, inputs.capex, inputs.discountRate);
  const npvStatusQuo = statusQuoNpv(statusQuoValues, inputs.discountRate);
  const last = years[FINAL_YEAR];
  return {
    factors: k,
    inputs,
    today,
    years,
    values,
    statusQuoValues,
    deltaCashFlows,
    cumulativeDeltaCashFlows,
    year5Value: last.value,
    year5Role: last.role,
    year5ValueStatusQuo: last.profit,
    year5RoleStatusQuo: last.statusQuoRole,
    npv,
    npvStatusQuo,
    npvIncremental: npv - npvStatusQuo,
    irrIncremental: incrementalIrr(deltaCashFlows),
    paybackYear: paybackYear(cumulativeDeltaCashFlows),
    breakevenYear: breakevenYear(values),
    fleetForD: fleetForValueEngine(inputs, c.thresholds.valueEngine),
  };
}

/** False when the CAGR path was asked for but cannot run (the plan is linear; a check fails). */
export function cagrPathOk(c: PlanCase): boolean {
  return c.fleetPath !== "cagr" || cagrRuns(c.fleetPath, c.fleet, c.targetFleet);
}

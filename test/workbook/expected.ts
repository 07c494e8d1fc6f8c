/** What the TypeScript model says each named cell should hold, for a case of inputs. */
import {
  afterSalesEconomics,
  dataAssetValue,
  DEFAULT_PER_VEHICLE,
  DEFAULT_PLAN_SETTINGS,
  DEFAULT_USED_CAR_RATE,
  ecosystemMultiple,
  ecosystemRevenue,
  economicsInputs,
  planCase,
  planResults,
  presetSettings,
  simulate,
  streamRevenue,
  userAssetValue,
  type PlanAssumptions,
  type PlanResults,
  type PlanSettings,
} from "../../src/model";
import { ROLE_LABELS } from "../../src/model/words";
import type { Edition, WorkbookName } from "../../src/workbook";
import { USER_ASSET_DRIVERS } from "../../src/workbook/layout/defaults";
import { PLAN_TEXT } from "../../src/model/words";
import { LAYOUT_TEXT } from "../../src/workbook/layout/texts";
import { valuation } from "./valueQuantities";

/** Inputs that are not named (layout keys → value), written on the inputs sheet before recalculation. */
/** Inputs typed over the settings, by layout key (In_Margin is `unitMargin`). */
export interface Overrides {
  readonly unitMargin?: number;
}

export type Expected = number | string | boolean;

function withMargin(settings: PlanSettings, o: Overrides): PlanSettings {
  return { ...settings, marginPerVehicle: o.unitMargin ?? settings.marginPerVehicle };
}

/**
 * The story's settings with some inputs changed, as the pane's custom fleet sets them: away from
 * the story's fleets the story's c and N are typed as overrides (src/model/presets.ts), since the
 * story's facts (MODEL.md §11.1) describe 老张's fleet, not another one.
 */
export function storyAt(s: Partial<PlanSettings>): PlanSettings {
  const d = DEFAULT_PLAN_SETTINGS;
  const moved =
    (s.fleet !== undefined && s.fleet !== d.fleet) ||
    (s.targetFleet !== undefined && s.targetFleet !== d.targetFleet);
  const custom = presetSettings({ preset: "custom", customFleet: d.fleet, scenario: d.scenario });
  const costs = moved ? { serviceCost: custom.serviceCost, networkCost: custom.networkCost } : {};
  return { ...d, ...costs, ...s };
}

export function modelResults(settings: PlanSettings, o: Overrides = {}): PlanResults {
  return planResults(planCase(withMargin(settings, o)));
}

/** Every named output (the inputs are compared cell by cell elsewhere). */
export function expectedOutputs(
  edition: Edition,
  settings: PlanSettings,
  o: Overrides = {},
  checkAll = true
): Record<Exclude<WorkbookName, `In_${string}` | "Out_Bridge">, Expected> {
  const { fleet, scenario } = settings;
  const econ = economicsInputs(fleet, scenario);
  const r = modelResults(settings, o);
  const c = planCase(withMargin(settings, o));
  const sim = simulate(c);
  const u = USER_ASSET_DRIVERS;
  const text = (t: { zh: string; en: string }): string => (edition === "zh-CN" ? t.zh : t.en);
  const value = valuation(r);
  return {
    Out_DataAssetValue: dataAssetValue(
      fleet,
      DEFAULT_PLAN_SETTINGS.dataRates[scenario],
      DEFAULT_USED_CAR_RATE
    ),
    Out_EcosystemRevenue: ecosystemRevenue(fleet),
    Out_TraditionalRevenue: streamRevenue(fleet, DEFAULT_PER_VEHICLE, "traditional"),
    Out_EcosystemMultiple: ecosystemMultiple(),
    // The users follow the plan: the year-5 fleet (MODEL.md §8).
    Out_UserAssetValue: userAssetValue(r.years[5].fleet, u.activityRate, u.ltv, u.repurchaseRate),
    Out_MarginGap: afterSalesEconomics({
      ...econ,
      evMarginPerVehicle: o.unitMargin ?? econ.evMarginPerVehicle,
    }).marginGap,
    Out_Year5_Role: text(ROLE_LABELS[r.year5Role]),
    Out_Year5_Value: r.year5Value,
    Out_NPV: r.npv,
    Out_BreakevenYear: r.breakevenYear ?? text(PLAN_TEXT.notWithinPlan),
    Out_FleetForD: r.fleetForD ?? text(PLAN_TEXT.unreachable),
    Out_Year5_Value_StatusQuo: r.year5ValueStatusQuo,
    Out_Year5_Role_StatusQuo: text(ROLE_LABELS[r.year5RoleStatusQuo]),
    Out_NPV_StatusQuo: r.npvStatusQuo,
    Out_NPV_Incremental: r.npvIncremental,
    Out_IRR_Incremental: r.irrIncremental ?? text(PLAN_TEXT.notApplicable),
    Out_PaybackYear:
      r.paybackYear === "n/a"
        ? text(PLAN_TEXT.notApplicable)
        : r.paybackYear === "notWithinPlan"
          ? text(PLAN_TEXT.notRecovered)
          : r.paybackYear,
    Out_Year5Value_Low: r.cases.low.year5Value,
    Out_Year5Value_Mid: r.cases.mid.year5Value,
    Out_Year5Value_High: r.cases.high.year5Value,
    Out_NPV_Low: r.cases.low.npv,
    Out_NPV_Mid: r.cases.mid.npv,
    Out_NPV_High: r.cases.high.npv,
    Out_TornadoNPV_MaxSwing: r.tornadoMaxSwing,
    Out_Year0_Value: r.values[0],
    Out_NPVIncremental_Low: r.cases.low.npvIncremental,
    Out_NPVIncremental_Mid: r.cases.mid.npvIncremental,
    Out_NPVIncremental_High: r.cases.high.npvIncremental,
    Out_TornadoIncremental_MaxSwing: r.tornadoMaxIncrementalSwing,
    Out_NPV_P10: sim.npvP10,
    Out_NPV_P50: sim.npvP50,
    Out_NPV_P90: sim.npvP90,
    Out_Prob_D: sim.probD,
    Out_Prob_IncrementalPositive: sim.probIncrementalPositive,
    Out_NPVIncremental_P10: sim.npvIncrementalP10,
    Out_NPVIncremental_P50: sim.npvIncrementalP50,
    Out_NPVIncremental_P90: sim.npvIncrementalP90,
    Out_NPV_Mean: sim.npvMean,
    // c and N as the plan uses them (typed overrides, or calibrated from the facts), and the
    // certification rate (the override, or calibrated from the seed block: MODEL.md §11.2)
    Calc_ServiceCost: c.serviceCost,
    Calc_NetworkCost: c.networkCost,
    Calc_UsedCarRate: c.usedCarRate,
    Out_Value_Plan: value?.plan ?? text(LAYOUT_TEXT.valueNa),
    Out_Value_StatusQuo: value?.statusQuo ?? text(LAYOUT_TEXT.valueNa),
    Out_Value_Incremental: value?.incremental ?? text(LAYOUT_TEXT.valueNa),
    Check_All: checkAll,
  };
}

/**
 * How close a recalculated amount must be: 1e-9 relative, except for the IRR (1e-6: engines stop
 * Newton's method at different steps), and with a floor of 0.1 元 for amounts near zero: a
 * contribution one yuan from a threshold is a difference of terms of 10^9 元, which no two
 * summation orders reproduce to 1e-9 of one yuan. Roles, paybacks and texts compare exactly.
 */
export function tolerance(name: string, expected: number): number {
  if (name === "Out_IRR_Incremental") return 1e-6;
  const amount = /Value|NPV|Swing|Revenue|Gap/.test(name);
  return amount ? 1e-9 * Math.max(1, 1e8 / Math.max(Math.abs(expected), 1)) : 1e-9;
}

export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}

/** What the TypeScript model says each named cell should hold, for a case of inputs. */
import {
  afterSalesEconomics,
  dataAssetValue,
  DEFAULT_PER_VEHICLE,
  DEFAULT_PLAN_ASSUMPTIONS,
  ecosystemMultiple,
  ecosystemRevenue,
  economicsInputs,
  planCase,
  planResults,
  streamRevenue,
  userAssetValue,
  type PlanAssumptions,
  type PlanResults,
  type PlanSettings,
} from "../../src/model";
import { ROLE_LABELS, type Edition, type WorkbookName } from "../../src/workbook";
import { USER_ASSET_DRIVERS } from "../../src/workbook/layout/defaults";
import { PLAN_TEXT } from "../../src/workbook/layout/planText";

/** Inputs that are not named (layout keys → value), written on the inputs sheet before recalculation. */
export interface Overrides {
  readonly evMargin?: number;
  readonly sensitivityStep?: number;
}

export type Expected = number | string | boolean;

export function modelResults(settings: PlanSettings, o: Overrides = {}): PlanResults {
  const assumptions: PlanAssumptions = {
    ...DEFAULT_PLAN_ASSUMPTIONS,
    marginPerVehicle: o.evMargin ?? DEFAULT_PLAN_ASSUMPTIONS.marginPerVehicle,
    sensitivityStep: o.sensitivityStep ?? DEFAULT_PLAN_ASSUMPTIONS.sensitivityStep,
  };
  return planResults(planCase(settings, assumptions));
}

/** Every named output (the inputs are compared cell by cell elsewhere). */
export function expectedOutputs(
  edition: Edition,
  settings: PlanSettings,
  o: Overrides = {},
  checkAll = true
): Record<Exclude<WorkbookName, `In_${string}`>, Expected> {
  const { fleet, scenario } = settings;
  const econ = economicsInputs(fleet, scenario);
  const r = modelResults(settings, o);
  const u = USER_ASSET_DRIVERS;
  const text = (t: { zh: string; en: string }): string => (edition === "zh-CN" ? t.zh : t.en);
  return {
    Out_DataAssetValue: dataAssetValue(
      fleet,
      DEFAULT_PLAN_ASSUMPTIONS.dataRates[scenario],
      DEFAULT_PLAN_ASSUMPTIONS.usedCarRate
    ),
    Out_EcosystemRevenue: ecosystemRevenue(fleet),
    Out_TraditionalRevenue: streamRevenue(fleet, DEFAULT_PER_VEHICLE, "traditional"),
    Out_EcosystemMultiple: ecosystemMultiple(),
    Out_UserAssetValue: userAssetValue(u.users, u.activityRate, u.ltv, u.repurchaseRate),
    Out_MarginGap: afterSalesEconomics({
      ...econ,
      evMarginPerVehicle: o.evMargin ?? econ.evMarginPerVehicle,
    }).marginGap,
    Out_Year5_Role: text(ROLE_LABELS[r.year5Role]),
    Out_Year5_Value: r.year5Value,
    Out_NPV: r.npv,
    Out_BreakevenYear: r.breakevenYear ?? text(PLAN_TEXT.notWithinPlan),
    Out_FleetForD: r.fleetForD ?? text(PLAN_TEXT.unreachable),
    Out_Year5Value_Low: r.scenarios.low.year5Value,
    Out_Year5Value_Mid: r.scenarios.mid.year5Value,
    Out_Year5Value_High: r.scenarios.high.year5Value,
    Out_Tornado_MaxSwing: r.maxSwing,
    Check_All: checkAll,
  };
}

export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}

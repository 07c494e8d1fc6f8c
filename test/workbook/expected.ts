/** What the TypeScript model says each named output should be. */
import {
  afterSalesEconomics,
  dataAssetValue,
  dataRates,
  DEFAULT_PER_VEHICLE,
  DEFAULT_USED_CAR_RATE,
  ecosystemMultiple,
  ecosystemRevenue,
  economicsInputs,
  planInputs,
  planYear,
  roleOf,
  streamRevenue,
  userAssetValue,
  type ScenarioName,
} from "../../src/model";
import { ROLE_LABELS, scenarioLabels, type Edition, type WorkbookName } from "../../src/workbook";
import { USER_ASSET_DRIVERS } from "../../src/workbook/layout/defaults";

/** Inputs a case overrides on the inputs sheet before recalculation (layout keys → value). */
export interface Overrides {
  readonly targetFleet?: number;
  readonly evMargin?: number;
  readonly ecoMarginRate?: number;
}

export function expectedOutputs(edition: Edition, fleet: number, scenario: ScenarioName, o: Overrides = {}): Record<WorkbookName, number | string | boolean> {
  const econ = economicsInputs(fleet, scenario);
  const plan = planInputs(fleet, scenario);
  const year5 = planYear(
    {
      ...plan,
      targetFleet: o.targetFleet ?? plan.targetFleet,
      marginPerVehicle: o.evMargin ?? plan.marginPerVehicle,
      ecosystemMarginRate: o.ecoMarginRate ?? plan.ecosystemMarginRate,
    },
    plan.years
  );
  const u = USER_ASSET_DRIVERS;
  const label = ROLE_LABELS[roleOf(year5)];
  return {
    In_Fleet: fleet,
    In_Scenario: scenarioLabels(edition)[scenario],
    Out_DataAssetValue: dataAssetValue(fleet, dataRates(scenario), DEFAULT_USED_CAR_RATE),
    Out_EcosystemRevenue: ecosystemRevenue(fleet),
    Out_TraditionalRevenue: streamRevenue(fleet, DEFAULT_PER_VEHICLE, "traditional"),
    Out_EcosystemMultiple: ecosystemMultiple(),
    Out_UserAssetValue: userAssetValue(u.users, u.activityRate, u.ltv, u.repurchaseRate),
    Out_MarginGap: afterSalesEconomics({ ...econ, evMarginPerVehicle: o.evMargin ?? econ.evMarginPerVehicle }).marginGap,
    Out_Year5_Role: edition === "zh-CN" ? label.zh : label.en,
    Check_All: true,
  };
}

export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}

import type { WorkbookName } from "../contract";

/** A layout key ("in.fleet", "plan.ecoValue@5"), or a block from one key to another. */
export type NameTarget = string | { readonly from: string; readonly to: string };

/** Where each workbook-level name points (MODEL.md §5 and §7), as layout keys. */
export const NAME_TARGETS: Readonly<Record<WorkbookName, NameTarget>> = {
  In_Fleet: "in.fleet",
  In_Scenario: "in.scenario",
  In_TargetFleet: "in.targetFleet",
  In_FleetPath: "in.fleetPath",
  In_NetworkCost: "in.networkCost",
  In_EcoOpex: "in.ecoOpex",
  In_Capex: { from: "in.capex@0", to: "in.capex@5" },
  In_DataCoverage: { from: "in.coverage@0", to: "in.coverage@5" },
  In_Adoption: { from: "in.adoptionBaas@0", to: "in.adoptionUsedCar@5" },
  In_StreamMargin: { from: "in.marginBaas", to: "in.marginUsedCar" },
  In_DiscountRate: "in.discountRate",
  Out_DataAssetValue: "data.value",
  Out_EcosystemRevenue: "eco.ecosystem",
  Out_TraditionalRevenue: "eco.traditional",
  Out_EcosystemMultiple: "eco.multiple",
  Out_UserAssetValue: "users.value",
  Out_MarginGap: "econ.marginGap",
  Out_Year5_Role: "plan.role@5",
  Out_Year5_Value: "plan.ecoValue@5",
  Out_NPV: "analysis.npv",
  Out_BreakevenYear: "analysis.breakevenYear",
  Out_FleetForD: "analysis.fleetForD",
  Out_Year5Value_Low: "analysis.scenarioValue@C",
  Out_Year5Value_Mid: "analysis.scenarioValue@D",
  Out_Year5Value_High: "analysis.scenarioValue@E",
  Out_Tornado_MaxSwing: "analysis.maxSwing@F",
  Check_All: "checks.all",
};

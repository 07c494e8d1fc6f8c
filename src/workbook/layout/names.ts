import type { WorkbookName } from "../contract";

/** Where each workbook-level name points (MODEL.md §5), as layout keys. */
export const NAME_TARGETS: Readonly<Record<WorkbookName, string>> = {
  In_Fleet: "in.fleet",
  In_Scenario: "in.scenario",
  Out_DataAssetValue: "data.value",
  Out_EcosystemRevenue: "eco.ecosystem",
  Out_TraditionalRevenue: "eco.traditional",
  Out_EcosystemMultiple: "eco.multiple",
  Out_UserAssetValue: "users.value",
  Out_MarginGap: "econ.marginGap",
  Out_Year5_Role: "plan.role@5",
  Check_All: "checks.all",
};

/**
 * The planning workbook: its layout and contract (Node scripts, the build and tests; the task pane
 * reads the contract's JSON and the types of ./contract only). The ExcelJS generator lives in
 * ./generate.
 */
export * from "./contract";
export { templateContract } from "./contract-impl";
export { resolveLayout } from "./layout/resolve";
export { DEFAULT_SETTINGS, scenarioLabels, type Settings } from "./layout/settings";

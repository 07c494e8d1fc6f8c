/**
 * The planning workbook. `templateContract` is pure (safe for the task pane bundle);
 * the ExcelJS generator lives in ./generate (Node scripts and tests).
 */
export * from "./contract";
export { downloadPath, templateContract, templatePath } from "./contract-impl";
export { resolveLayout } from "./layout/resolve";
export { DEFAULT_SETTINGS, scenarioLabels, type Settings } from "./layout/settings";
export { ROLE_LABELS } from "./layout/roles";

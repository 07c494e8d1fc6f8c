/** Sheet-protection options as a plain object, to protect a sheet again exactly as it was. */

const KEYS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
] as const satisfies readonly (keyof Excel.WorksheetProtectionOptions)[];

/** Copies the documented options that are set (WorksheetProtectionOptions, ExcelApi 1.2/1.7). */
export function protectionOptions(
  options: Excel.WorksheetProtectionOptions | undefined
): Excel.WorksheetProtectionOptions {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value: unknown = options?.[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out as Excel.WorksheetProtectionOptions;
}

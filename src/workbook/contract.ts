/**
 * What the task pane needs to know about a planning-workbook template, derived from the layout.
 * The workbook module implements `templateContract`; the task pane only reads this shape.
 */
export const EDITIONS = ["zh-CN", "en-US"] as const;
export type Edition = (typeof EDITIONS)[number];

/**
 * The inputs a preset sets (MODEL.md §7). In_Capex and In_DataCoverage are 1×6 (years 0…5),
 * In_Adoption 5×6 (streams baas, charging, insurance, lifestyle, usedcar × years),
 * In_StreamMargin 5×1 (same stream order); the others are single cells.
 */
export const INPUT_NAMES = [
  "In_Fleet",
  "In_Scenario",
  "In_TargetFleet",
  "In_FleetPath",
  "In_NetworkCost",
  "In_EcoOpex",
  "In_Capex",
  "In_DataCoverage",
  "In_Adoption",
  "In_StreamMargin",
  "In_DiscountRate",
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Workbook-level names every edition defines (MODEL.md §5 and §7). */
export const WORKBOOK_NAMES = [
  ...INPUT_NAMES,
  "Out_DataAssetValue",
  "Out_EcosystemRevenue",
  "Out_TraditionalRevenue",
  "Out_EcosystemMultiple",
  "Out_UserAssetValue",
  "Out_MarginGap",
  "Out_Year5_Role",
  "Out_Year5_Value",
  "Out_NPV",
  "Out_BreakevenYear",
  "Out_FleetForD",
  "Out_Year5Value_Low",
  "Out_Year5Value_Mid",
  "Out_Year5Value_High",
  "Out_Tornado_MaxSwing",
  "Check_All",
] as const;
export type WorkbookName = (typeof WORKBOOK_NAMES)[number];

/** A cell or range on one sheet of the template, A1 notation without the sheet ("C5", "B4:G9"). */
export interface SheetRef {
  readonly sheet: string;
  readonly address: string;
}

/** A chart the task pane adds through the Excel API after insertion (templates carry no charts). */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly type: "ColumnClustered" | "ColumnStacked" | "Line" | "BarClustered" | "Pie";
  readonly data: SheetRef;
  readonly seriesBy: "Rows" | "Columns";
  /** Top-left and bottom-right cells the chart covers, on the data's sheet. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface TemplateContract {
  readonly edition: Edition;
  /** Sheet names in workbook order. */
  readonly sheetNames: readonly string[];
  readonly inputsSheet: string;
  readonly dashboardSheet: string;
  /** Where each workbook-level name points. */
  readonly names: Readonly<Record<WorkbookName, SheetRef>>;
  /** Scenario values as the edition writes them (低/中/高 in zh-CN). */
  readonly scenarioLabels: Readonly<Record<"low" | "mid" | "high", string>>;
  /** In_FleetPath's values as the edition writes them (线性/复合增长 in zh-CN). */
  readonly fleetPathLabels: Readonly<Record<"linear" | "cagr", string>>;
  readonly charts: readonly ChartSpec[];
  /** Path of the .xlsx template relative to the add-in's root (served beside taskpane.html). */
  readonly templatePath: string;
  /**
   * Cells holding ECO custom functions, with the formula as typed in Excel ("=ECO.…").
   * The file stores them by their plain name; after insertion the task pane may write
   * these formulas again through the Excel API so Excel binds them to the loaded add-in.
   */
  readonly ecoFormulas?: readonly { readonly ref: SheetRef; readonly formula: string }[];
}

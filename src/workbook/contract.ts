/**
 * What the task pane needs to know about a planning-workbook template, derived from the layout.
 * The workbook module implements `templateContract`; the task pane only reads this shape.
 */
export const EDITIONS = ["zh-CN", "en-US"] as const;
export type Edition = (typeof EDITIONS)[number];

/** Workbook-level names every edition defines (MODEL.md §5). */
export const WORKBOOK_NAMES = [
  "In_Fleet",
  "In_Scenario",
  "Out_DataAssetValue",
  "Out_EcosystemRevenue",
  "Out_TraditionalRevenue",
  "Out_EcosystemMultiple",
  "Out_UserAssetValue",
  "Out_MarginGap",
  "Out_Year5_Role",
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

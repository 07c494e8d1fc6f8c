/**
 * What the task pane needs to know about a planning-workbook template, derived from the layout.
 * The workbook module implements `templateContract`; the build writes it as JSON beside each
 * template (contractPath), and the task pane fetches and reads that: it never resolves the layout.
 */
import { LANGUAGES, type Language } from "../model/language";

/** A workbook edition is named by its language (the ground floor's one language type). */
export const EDITIONS = LANGUAGES;
export type Edition = Language;

/** Path of the .xlsx template relative to the add-in's root (served beside taskpane.html). */
export function templatePath(edition: Edition): string {
  return `templates/eco-planning-${edition}.xlsx`;
}

/** The template's contract as JSON, beside the template (npm run build writes both). */
export function contractPath(edition: Edition): string {
  return `templates/eco-planning-${edition}.contract.json`;
}

/** The standalone workbook with charts (npm run build writes it, webpack copies it to dist). */
export function downloadPath(edition: Edition): string {
  return `downloads/eco-planning-${edition}.xlsx`;
}

/**
 * The inputs a preset sets (MODEL.md §7). In_Capex and In_DataCoverage are 1×6 (years 0…5),
 * In_Adoption 5×6 (streams baas, charging, insurance, lifestyle, usedcar × years),
 * In_StreamMargin 5×1 (same stream order); the others are single cells. In_CaseFactors (11 × 2,
 * MODEL.md §8) is a workbook name but no preset sets it: driver 1's factors are formulas.
 */
export const INPUT_NAMES = [
  "In_Fleet",
  "In_Scenario",
  "In_TargetFleet",
  "In_FleetPath",
  "In_ServiceCost",
  "In_NetworkCost",
  "In_EcoOpex",
  "In_Capex",
  "In_DataCoverage",
  "In_Adoption",
  "In_StreamMargin",
  "In_DiscountRate",
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Workbook-level names every edition defines (MODEL.md §5, §7, §8, §9 and §11). */
export const WORKBOOK_NAMES = [
  ...INPUT_NAMES,
  "In_CaseFactors",
  "In_Correlation",
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
  "Out_Year5_Value_StatusQuo",
  "Out_Year5_Role_StatusQuo",
  "Out_NPV_StatusQuo",
  "Out_NPV_Incremental",
  "Out_IRR_Incremental",
  "Out_PaybackYear",
  "Out_Year5Value_Low",
  "Out_Year5Value_Mid",
  "Out_Year5Value_High",
  "Out_NPV_Low",
  "Out_NPV_Mid",
  "Out_NPV_High",
  "Out_TornadoNPV_MaxSwing",
  "Out_Year0_Value",
  "Out_NPVIncremental_Low",
  "Out_NPVIncremental_Mid",
  "Out_NPVIncremental_High",
  "Out_TornadoIncremental_MaxSwing",
  "Out_NPV_P10",
  "Out_NPV_P50",
  "Out_NPV_P90",
  "Out_Prob_D",
  "Out_Prob_IncrementalPositive",
  "Out_NPVIncremental_P10",
  "Out_NPVIncremental_P50",
  "Out_NPVIncremental_P90",
  "Out_NPV_Mean",
  "In_ResultToday",
  "In_ResultTargetSQ",
  "In_Margin",
  "In_UsedCarRate",
  "In_DataPrices",
  "In_StreamRevenue",
  "In_TerminalGrowth",
  "Calc_ServiceCost",
  "Calc_NetworkCost",
  "Calc_UsedCarRate",
  "Out_Value_Plan",
  "Out_Value_StatusQuo",
  "Out_Value_Incremental",
  "Out_Bridge",
  "Check_All",
] as const;
export type WorkbookName = (typeof WORKBOOK_NAMES)[number];

/** A cell or range on one sheet of the template, A1 notation without the sheet ("C5", "B4:G9"). */
export interface SheetRef {
  readonly sheet: string;
  readonly address: string;
}

/** Chart kinds, named as the Excel API's ChartType. Horizontal bars list categories top-down. */
export const CHART_KINDS = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export type LegendPosition = "Top" | "Bottom" | "Left" | "Right" | "None";

/** One series of a chart, on the chart's data sheet. */
export interface ChartSeriesSpec {
  /** The legend text: what the name cell shows (the pane writes it; the file links the cell). */
  readonly name: string;
  readonly nameAddress: string;
  /** The values: one row (seriesBy Rows) or column (Columns) of the data block, in order. */
  readonly values: string;
  /** Drawn as a line on the same axes as the columns (a combo, e.g. a threshold). */
  readonly type?: "Line";
  /** Column/bar fill or line colour, RRGGBB. */
  readonly color: string;
  readonly dashed?: boolean;
  /**
   * Drawn with no fill and no line: the invisible base of a bridge's floating columns (MODEL.md
   * §11.7), since not every reader draws the newer waterfall chart type.
   */
  readonly hidden?: boolean;
}

/**
 * A chart of cells on the workbook's sheets. The same list drives the charts written into the
 * standalone .xlsx (src/workbook/charts) and the charts the task pane adds through the Excel API
 * after inserting a template (templates carry no charts).
 */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly type: ChartKind;
  /** The block of values (no header row, no label column): what Excel's charts.add takes. */
  readonly data: SheetRef;
  readonly seriesBy: "Rows" | "Columns";
  /** Category labels on the data sheet: a row (seriesBy Rows) or a column (Columns). */
  readonly categories: string;
  /** One per row (Rows) or column (Columns) of the data block, in order. */
  readonly series: readonly ChartSeriesSpec[];
  /** Pie and doughnut: one colour per category (slice), RRGGBB. */
  readonly pointColors?: readonly string[];
  /** Number format code of the value axis. Value labels show the cells' own format. */
  readonly numberFormat: string;
  readonly legend: LegendPosition;
  /** Labels on the points: their values, or their share of the whole (pie, doughnut). */
  readonly dataLabels?: "Value" | "Percent";
  /** The sheet the chart sits on, when not the data's sheet. */
  readonly sheet?: string;
  /** Top-left and bottom-right cells the chart covers (the bottom-right one fully). */
  readonly topLeft: string;
  readonly bottomRight: string;
}

/**
 * Text colour for a label drawn on a fill (RRGGBB): white or near-black, whichever contrasts
 * more (WCAG relative luminance). Both chart writers use it for labels on pie and doughnut slices.
 */
export function labelInk(fill: string): string {
  const lum = (hex: string): number => {
    const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const l = lum(fill);
  const dark = "262626";
  return 1.05 / (l + 0.05) >= (l + 0.05) / (lum(dark) + 0.05) ? "FFFFFF" : dark;
}

/** One template sheet's formulas, as the task pane plans its reads and writes (sheetFormulas.ts). */
export interface SheetFormulas {
  /** The template sheets its formulas name (itself where one names its own sheet). */
  readonly refersTo: readonly string[];
  /**
   * The bytes of its heaviest row as Range.formulas reports it over the used range (JSON,
   * UTF-8: formulas with "=", constants, "" for an empty cell); 0 for an empty sheet.
   */
  readonly maxRowBytes: number;
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
   * Path of the standalone workbook (the same sheets, with its charts) relative to the add-in's
   * root: the download offered where the pane cannot insert. Templates carry no charts.
   */
  readonly downloadPath: string;
  /**
   * Cells holding ECO custom functions, with the formula as typed in Excel ("=ECO.…").
   * The file stores them by their plain name; after insertion the task pane may write
   * these formulas again through the Excel API so Excel binds them to the loaded add-in.
   */
  readonly ecoFormulas?: readonly { readonly ref: SheetRef; readonly formula: string }[];
  /**
   * Per template sheet (by its name in sheetNames): what its formulas name and how large its rows
   * are. The pane re-points formulas only on sheets naming a sheet Excel renamed, and reads those
   * in blocks of rows that keep each Excel request small (issue 25).
   */
  readonly sheetFormulas: Readonly<Record<string, SheetFormulas>>;
}

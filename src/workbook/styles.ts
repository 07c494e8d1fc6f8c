/** How each cell style and number format looks (ExcelJS terms). Fluent colours, finance conventions. */
import type ExcelJS from "exceljs";
import type { Edition } from "./contract";
import type { CellStyle } from "./layout/resolved";
import type { Fmt } from "./layout/types";

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex}` });
const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: argb(hex),
});
const thin = (hex: string): Partial<ExcelJS.Border> => ({ style: "thin", color: argb(hex) });
const medium = (hex: string): Partial<ExcelJS.Border> => ({ style: "medium", color: argb(hex) });
/** A white edge between tiles that touch. */
const gap = medium("FFFFFF");
const box = (hex: string): Partial<ExcelJS.Borders> => ({
  top: thin(hex),
  left: thin(hex),
  bottom: thin(hex),
  right: thin(hex),
});

export const COLORS = {
  navy: "1F3864",
  blue: "0000FF",
  inputFill: "FFF2CC",
  sectionFill: "DDEBF7",
  outputFill: "E2EFDA",
  grey: "7F7F7F",
  dark: "404040",
  addinFill: "EDE7F6",
  okFill: "C6EFCE",
  okFont: "006100",
  badFill: "FFC7CE",
  badFont: "9C0006",
  warnFill: "FFEB9C",
  warnFont: "9C5700",
} as const;

/** The S18 roles' colours on the dashboard's role path: fill and letter. */
export const ROLE_COLORS = {
  A: { fill: COLORS.badFill, font: COLORS.badFont },
  B: { fill: COLORS.warnFill, font: COLORS.warnFont },
  C: { fill: "BDD7EE", font: COLORS.navy },
  D: { fill: "70AD47", font: "FFFFFF" },
} as const;

/** The workbook's typeface (cells and charts): has CJK and Latin glyphs. */
export const FONT = "Microsoft YaHei";

/** Chart colours (RRGGBB): the workbook's blues, then Office accents; red marks thresholds. */
export const CHART_COLORS = {
  blue: "2E75B6",
  orange: "ED7D31",
  grey: "A5A5A5",
  gold: "FFC000",
  lightBlue: "5B9BD5",
  green: "70AD47",
  navy: "1F3864",
  red: "C00000",
} as const;
export type ChartColor = keyof typeof CHART_COLORS;
/** Series and slices take these in order unless a chart names its colours. */
export const CHART_PALETTE: readonly ChartColor[] = [
  "blue",
  "orange",
  "grey",
  "gold",
  "lightBlue",
  "green",
  "navy",
];

export interface Look {
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly border?: Partial<ExcelJS.Borders>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly unlocked?: boolean;
}

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { font: { name: FONT, size: 18, bold: true, color: argb(COLORS.navy) } },
  subtitle: { font: { name: FONT, size: 10, italic: true, color: argb(COLORS.grey) } },
  // Left-aligned headers keep a small indent: a right-aligned number header before them never
  // runs into them ("第5年 来源", not "第5年来源").
  header: {
    font: { name: FONT, size: 10, bold: true, color: argb("FFFFFF") },
    fill: solid(COLORS.navy),
    // Bottom-aligned like the number headers beside it, which may wrap onto several lines.
    alignment: { vertical: "bottom", indent: 1 },
  },
  headerNum: {
    font: { name: FONT, size: 10, bold: true, color: argb("FFFFFF") },
    fill: solid(COLORS.navy),
    // A long header wraps onto lines of its own (the sheet gives its row the height).
    alignment: { horizontal: "right", vertical: "bottom", wrapText: true },
  },
  headerCenter: {
    font: { name: FONT, size: 10, bold: true, color: argb("FFFFFF") },
    fill: solid(COLORS.navy),
    alignment: { horizontal: "center", vertical: "middle" },
  },
  section: {
    font: { name: FONT, size: 11, bold: true, color: argb(COLORS.navy) },
    fill: solid(COLORS.sectionFill),
  },
  label: { font: { name: FONT, size: 10 } },
  unit: { font: { name: FONT, size: 9, color: argb(COLORS.grey) } },
  seed: {
    font: { name: FONT, size: 9, color: argb(COLORS.grey) },
    alignment: { horizontal: "center" },
  },
  note: { font: { name: FONT, size: 9, italic: true, color: argb(COLORS.grey) } },
  // A check's rule, or which cell fails and why: wraps within its column, never cut; on the
  // bottom line, where the row's label and value stand (a two-line row's one-line rule would
  // otherwise read as the row above's).
  message: {
    font: { name: FONT, size: 9, color: argb(COLORS.grey) },
    alignment: { wrapText: true, vertical: "bottom" },
  },
  input: {
    font: { name: FONT, size: 10, color: argb(COLORS.blue) },
    fill: solid(COLORS.inputFill),
    border: box("BFBFBF"),
    unlocked: true,
  },
  inputOptional: {
    font: { name: FONT, size: 10, color: argb(COLORS.blue) },
    fill: solid(COLORS.inputFill),
    border: box("BFBFBF"),
    unlocked: true,
  },
  inputMuted: { font: { name: FONT, size: 10, color: argb(COLORS.grey) } },
  constant: {
    font: { name: FONT, size: 10, color: argb(COLORS.grey) },
    fill: solid("EDEDED"),
    border: box("BFBFBF"),
  },
  calc: { font: { name: FONT, size: 10, color: argb("000000") } },
  output: {
    font: { name: FONT, size: 10, bold: true },
    fill: solid(COLORS.outputFill),
    border: box("70AD47"),
  },
  check: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: "center" } },
  status: { font: { name: FONT, size: 10 }, alignment: { horizontal: "center" } },
  addin: { font: { name: FONT, size: 10, color: argb("5E35B1") }, fill: solid(COLORS.addinFill) },
  text: { font: { name: FONT, size: 10, bold: true, color: argb(COLORS.navy) } },
  h1: { font: { name: FONT, size: 22, bold: true, color: argb(COLORS.navy) } },
  h2: { font: { name: FONT, size: 13, bold: true, color: argb("2E75B6") } },
  p: { font: { name: FONT, size: 11 }, alignment: { wrapText: false } },
  "legend-input": { fill: solid(COLORS.inputFill), border: box("BFBFBF") },
  "legend-calc": { border: box("BFBFBF") },
  "legend-output": { fill: solid(COLORS.outputFill), border: box("70AD47") },
  "legend-check": { fill: solid(COLORS.okFill), border: box("BFBFBF") },
  rank: {
    font: { name: FONT, size: 10, bold: true, color: argb(COLORS.navy) },
    alignment: { horizontal: "center" },
  },
  // Dashboard tiles: a light band with white edges, caption over a large value over a detail line.
  tileCaption: {
    font: { name: FONT, size: 10, bold: true, color: argb(COLORS.navy) },
    fill: solid(COLORS.sectionFill),
    border: { top: medium(COLORS.navy), left: gap, right: gap },
    alignment: { vertical: "bottom", indent: 1 },
  },
  // A value wider than its tile shrinks instead of showing ### (a fleet of tens of millions).
  tileValue: {
    font: { name: FONT, size: 22, bold: true, color: argb(COLORS.navy) },
    fill: solid(COLORS.sectionFill),
    border: { left: gap, right: gap },
    alignment: { horizontal: "left", vertical: "middle", indent: 1, shrinkToFit: true },
  },
  tileFlag: {
    font: { name: FONT, size: 20, bold: true },
    fill: solid(COLORS.sectionFill),
    border: { left: gap, right: gap },
    alignment: { horizontal: "left", vertical: "middle", indent: 1 },
  },
  // A detail line longer than its tile (a fleet of millions, twice) shrinks to stay inside it.
  tileDetail: {
    font: { name: FONT, size: 10, color: argb(COLORS.dark) },
    fill: solid(COLORS.sectionFill),
    border: { left: gap, right: gap },
    alignment: { vertical: "top", indent: 1, shrinkToFit: true },
  },
  dashLabel: { font: { name: FONT, size: 11 } },
  dashValue: { font: { name: FONT, size: 11 }, alignment: { horizontal: "right" } },
  dashTotal: {
    font: { name: FONT, size: 11, bold: true },
    fill: solid(COLORS.outputFill),
    border: box("70AD47"),
    alignment: { horizontal: "right" },
  },
  // A unit after a right-aligned number: indented so "23.85 亿元/年" never reads "23.85亿元/年".
  dashUnit: { font: { name: FONT, size: 10, color: argb(COLORS.grey) }, alignment: { indent: 1 } },
  role: {
    font: { name: FONT, size: 13, bold: true },
    alignment: { horizontal: "center", vertical: "middle" },
    border: box("FFFFFF"),
  },
  bridgeHead: {
    font: { name: FONT, size: 10, bold: true, color: argb("FFFFFF") },
    fill: solid(COLORS.navy),
    alignment: { horizontal: "right", vertical: "middle", wrapText: true },
  },
  footnote: { font: { name: FONT, size: 9, color: argb(COLORS.grey) } },
  warning: { font: { name: FONT, size: 9, bold: true, color: argb(COLORS.warnFont) } },
};

/**
 * Number formats. Values stay in 元 in every formula cell; a format only scales what is shown.
 * Excel can only scale by thousands (","): the English edition shows amounts in CNY m with
 * `#,##0.0,,`; the Chinese one in 亿 with the literal-point trick `0\.00,,` (÷10^6, then a
 * literal "." before the last two digits: ÷10^8 with two decimals; the backslash escape works
 * in Excel, WPS and LibreOffice). That trick cannot also place thousands separators, so 万 is
 * never a format: where 万 reads better (a fleet on the dashboard) the display row divides by
 * the inputs sheet's unit constant and a plain `#,##0.0` adds the separators.
 * No format of the English edition contains 万 or 亿 (a test scans every format of both files).
 */
export function numberFormat(fmt: Fmt, edition: Edition): string {
  const zh = edition === "zh-CN";
  switch (fmt) {
    case "yuan":
    case "count":
      return "#,##0;-#,##0";
    case "countExact":
      return "#,##0.0;-#,##0.0";
    case "amount":
      return zh ? "0\\.00,,;-0\\.00,," : "#,##0.0,,;-#,##0.0,,";
    case "shown":
      return zh ? "#,##0.00;-#,##0.00" : "#,##0;-#,##0";
    case "shownFleet":
      return zh ? "#,##0.0;-#,##0.0" : "#,##0;-#,##0";
    case "tileAmount":
      return zh ? '#,##0.00" 亿元";-#,##0.00" 亿元"' : '"CNY "#,##0"m";-"CNY "#,##0"m"';
    case "tileFleet":
      return zh ? '#,##0.0" 万辆"' : "#,##0";
    case "pct":
      return "0.0%";
    case "rate":
      return "0.00000";
    case "ratio":
      return "0.00";
    case "year":
      return zh ? '"第"0"年"' : '"Year "0';
    case "sci":
      return "0.0E+00";
    case "text":
    case "bool":
      return "General";
  }
}

/**
 * How finely `numberFormat(fmt, edition)` shows a number: the decimal places of the value itself
 * it shows (a percentage's own plus two; a ÷10^6 format's minus six), or for the scientific
 * format its significant digits; undefined for General (text and TRUE/FALSE cells), which shows
 * as many digits as the column fits. Kept beside numberFormat: the two change together.
 */
export function shownPrecision(
  fmt: Fmt,
  edition: Edition
): { readonly decimals: number } | { readonly significant: number } | undefined {
  const zh = edition === "zh-CN";
  switch (fmt) {
    case "yuan":
    case "count":
    case "year":
      return { decimals: 0 };
    case "countExact":
      return { decimals: 1 };
    case "amount":
      return { decimals: zh ? -6 : -5 };
    case "shown":
    case "tileAmount":
      return { decimals: zh ? 2 : 0 };
    case "shownFleet":
    case "tileFleet":
      return { decimals: zh ? 1 : 0 };
    case "pct":
      return { decimals: 3 };
    case "rate":
      return { decimals: 5 };
    case "ratio":
      return { decimals: 2 };
    case "sci":
      return { significant: 2 };
    case "text":
    case "bool":
      return undefined;
  }
}

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
  addinFill: "EDE7F6",
  okFill: "C6EFCE",
  okFont: "006100",
  badFill: "FFC7CE",
  badFont: "9C0006",
  warnFill: "FFEB9C",
  warnFont: "9C5700",
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
  header: {
    font: { name: FONT, size: 10, bold: true, color: argb("FFFFFF") },
    fill: solid(COLORS.navy),
    alignment: { vertical: "middle" },
  },
  headerNum: {
    font: { name: FONT, size: 10, bold: true, color: argb("FFFFFF") },
    fill: solid(COLORS.navy),
    alignment: { horizontal: "right" },
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
  kpiLabel: { font: { name: FONT, size: 12, bold: true } },
  rank: {
    font: { name: FONT, size: 10, bold: true, color: argb(COLORS.navy) },
    alignment: { horizontal: "center" },
  },
  kpi: {
    font: { name: FONT, size: 14, bold: true, color: argb(COLORS.navy) },
    fill: solid(COLORS.sectionFill),
    alignment: { horizontal: "right" },
  },
};

/**
 * Number formats. Excel can only scale by thousands (","), so 万 and 亿 use the literal-point
 * trick: `0\.0,"万"` divides by 10^3 and prints a literal "." before the last digit (÷10^4 with
 * one decimal); `0\.00,,"亿"` divides by 10^6 and prints "." before the last two (÷10^8).
 * The backslash escape works in Excel, WPS and LibreOffice (the `!` escape does not in LibreOffice).
 * The stored values stay in 元, so formulas and names never depend on the display.
 */
export function numberFormat(fmt: Fmt, edition: Edition): string {
  switch (fmt) {
    case "yuan":
    case "count":
      return "#,##0;-#,##0";
    case "wan":
    case "countWan":
      return '0\\.0,"万"';
    case "yi":
      return '0\\.00,,"亿"';
    case "pct":
      return "0.0%";
    case "rate":
      return "0.00000";
    case "ratio":
      return edition === "zh-CN" ? '0.00"倍"' : '0.00"×"';
    case "dec2":
      return "#,##0.00";
    case "year":
      return edition === "zh-CN" ? '"第"0"年"' : '"Year "0';
    case "sci":
      return "0.0E+00";
    case "text":
    case "bool":
      return "General";
  }
}

/**
 * How the charts look, in DrawingML: text properties with the workbook's typeface for Latin and
 * East Asian text (so Chinese titles and labels never fall back to a missing glyph), fills, lines.
 */
import { COLORS, FONT } from "../styles";
import { el, val } from "./xml";

export const INK = {
  title: COLORS.navy,
  text: "404040",
  axis: "595959",
  axisLine: "BFBFBF",
  grid: "E4E4E4",
  border: "D9D9D9",
  white: "FFFFFF",
} as const;

/** Point sizes. */
export const SIZE = { title: 12, axis: 10, legend: 10, label: 9 } as const;

export const solidFill = (rgb: string): string => el("a:solidFill", {}, val("a:srgbClr", rgb));
export const noFill = (): string => el("a:noFill");

/** A line: width in points, colour or none, dashed or solid. */
export function line(rgb: string | null, widthPt = 0.75, dashed = false): string {
  if (rgb === null) return el("a:ln", {}, noFill());
  return el(
    "a:ln",
    { w: Math.round(widthPt * 12_700), cap: "rnd" },
    solidFill(rgb),
    dashed ? val("a:prstDash", "dash") : undefined,
    el("a:round")
  );
}

/** `<c:spPr>`: fill (or none) and line (or none). */
export function shape(fill: string | null, ln: string = line(null)): string {
  return el("c:spPr", {}, fill === null ? noFill() : solidFill(fill), ln);
}

export interface TextLook {
  readonly size: number;
  readonly color: string;
  readonly bold?: boolean;
}

/** Run properties (a:defRPr, a:rPr): size, weight, colour, then the Latin/East Asian/complex fonts. */
export function runProps(tag: "a:defRPr" | "a:rPr", look: TextLook, lang?: string): string {
  return el(
    tag,
    { lang, sz: Math.round(look.size * 100), b: look.bold ?? false },
    solidFill(look.color),
    el("a:latin", { typeface: FONT }),
    el("a:ea", { typeface: FONT }),
    el("a:cs", { typeface: FONT })
  );
}

/** `<c:txPr>`: the default text look of a chart element. */
export function textProps(look: TextLook, lang: string): string {
  return el(
    "c:txPr",
    {},
    el("a:bodyPr"),
    el("a:lstStyle"),
    el("a:p", {}, el("a:pPr", {}, runProps("a:defRPr", look)), el("a:endParaRPr", { lang }))
  );
}

/** `<c:tx><c:rich>`: literal rich text (the chart title). */
export function richText(
  text: string,
  look: TextLook,
  lang: string,
  escText: (s: string) => string
): string {
  return el(
    "c:tx",
    {},
    el(
      "c:rich",
      {},
      el("a:bodyPr"),
      el("a:lstStyle"),
      el(
        "a:p",
        {},
        el("a:pPr", {}, runProps("a:defRPr", look)),
        el("a:r", {}, runProps("a:rPr", look, lang), el("a:t", {}, escText(text)))
      )
    )
  );
}

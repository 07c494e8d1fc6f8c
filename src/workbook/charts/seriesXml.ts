/**
 * Series in DrawingML: name, categories and values as references to the sheet's cells, with
 * cached values where the caller knows them (previewers and Protected View draw from the cache),
 * colours, markers and data labels. Element order follows ECMA-376 Part 1, §21.2 (CT_BarSer,
 * CT_LineSer, CT_PieSer, CT_DLbls).
 */
import { labelInk, type ChartSeriesSpec, type ChartSpec } from "../contract";
import { INK, SIZE, line, shape, solidFill, textProps } from "./look";
import { absoluteRef, cellsOf } from "./refs";
import { isPie } from "./spec";
import { el, esc, val } from "./xml";

export type CellValue = number | string | boolean | null;

/** What the writer may know about the sheet's cells (both optional). */
export interface ChartCells {
  /** The value a cell holds or computes; undefined when unknown (then that reference has no cache). */
  readonly value?: (sheet: string, address: string) => CellValue | undefined;
  /** The cell's number format code, for numeric caches ("General" when unknown). */
  readonly format?: (sheet: string, address: string) => string | undefined;
}

/** The values of a range, or undefined if any cell's value is unknown. */
function known(cells: ChartCells, sheet: string, address: string): CellValue[] | undefined {
  if (!cells.value) return undefined;
  const out: CellValue[] = [];
  for (const a of cellsOf(address)) {
    const v = cells.value(sheet, a);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

const asText = (v: CellValue): string | null =>
  v === null ? null : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

const pt = (i: number, text: string): string => el("c:pt", { idx: i }, el("c:v", {}, esc(text)));

function strRef(sheet: string, address: string, values: CellValue[] | undefined): string {
  const cache =
    values &&
    el(
      "c:strCache",
      {},
      val("c:ptCount", values.length),
      ...values.map((v, i) => {
        const t = asText(v);
        return t === null ? "" : pt(i, t);
      })
    );
  return el("c:strRef", {}, el("c:f", {}, esc(absoluteRef(sheet, address))), cache);
}

function numRef(
  sheet: string,
  address: string,
  values: CellValue[] | undefined,
  format: string
): string {
  const cache =
    values &&
    el(
      "c:numCache",
      {},
      el("c:formatCode", {}, esc(format)),
      val("c:ptCount", values.length),
      ...values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? pt(i, String(v)) : ""))
    );
  return el("c:numRef", {}, el("c:f", {}, esc(absoluteRef(sheet, address))), cache);
}

const formatOf = (cells: ChartCells, sheet: string, address: string): string =>
  cells.format?.(sheet, cellsOf(address)[0] ?? address) ?? "General";

/** `<c:cat>`: numeric categories (years) keep their number format; anything else is text. */
export function categoriesXml(spec: ChartSpec, cells: ChartCells): string {
  const { sheet } = spec.data;
  const values = known(cells, sheet, spec.categories);
  const numeric = values !== undefined && values.every((v) => typeof v === "number");
  return el(
    "c:cat",
    {},
    numeric
      ? numRef(sheet, spec.categories, values, formatOf(cells, sheet, spec.categories))
      : strRef(sheet, spec.categories, values)
  );
}

function valuesXml(spec: ChartSpec, s: ChartSeriesSpec, cells: ChartCells): string {
  const { sheet } = spec.data;
  return el(
    "c:val",
    {},
    numRef(sheet, s.values, known(cells, sheet, s.values), formatOf(cells, sheet, s.values))
  );
}

/**
 * `<c:dLbls>`: values in their cells' format (linked), or percentages of the whole. On pie and
 * doughnut slices each label (`<c:dLbl>`) takes white or dark text, whichever reads on its slice.
 */
export function dataLabelsXml(ctx: SeriesContext, s: ChartSeriesSpec): string | undefined {
  const { spec, cells, lang } = ctx;
  if (!spec.dataLabels) return undefined;
  const percent = spec.dataLabels === "Percent";
  const cellFormat = cells.format?.(spec.data.sheet, cellsOf(s.values)[0] ?? s.values);
  const flags: [string, boolean][] = [
    ["c:showLegendKey", false],
    ["c:showVal", !percent],
    ["c:showCatName", false],
    ["c:showSerName", false],
    ["c:showPercent", percent],
    ["c:showBubbleSize", false],
  ];
  const body = (ink: string): string[] => [
    el(
      "c:numFmt",
      percent
        ? { formatCode: "0%", sourceLinked: false }
        : { formatCode: cellFormat ?? "General", sourceLinked: true }
    ),
    shape(null),
    textProps({ size: SIZE.label, color: ink, bold: percent }, lang),
    ...flags.map(([name, on]) => val(name, on)),
  ];
  const slices = isPie(spec.type) ? (spec.pointColors ?? []) : [];
  return el(
    "c:dLbls",
    {},
    ...slices.map((rgb, j) => el("c:dLbl", {}, val("c:idx", j), ...body(labelInk(rgb)))),
    ...body(isPie(spec.type) ? INK.white : INK.text),
    isPie(spec.type) ? val("c:showLeaderLines", false) : undefined
  );
}

export interface SeriesContext {
  readonly spec: ChartSpec;
  readonly cells: ChartCells;
  readonly lang: string;
  /** Index across the whole chart (idx and order must be unique over all its plots). */
  readonly index: number;
}

function head(ctx: SeriesContext, s: ChartSeriesSpec): string {
  const { sheet } = ctx.spec.data;
  return (
    val("c:idx", ctx.index) +
    val("c:order", ctx.index) +
    el("c:tx", {}, strRef(sheet, s.nameAddress, known(ctx.cells, sheet, s.nameAddress)))
  );
}

/** A series of a bar (column or horizontal bar) plot. */
export function barSeriesXml(ctx: SeriesContext, s: ChartSeriesSpec): string {
  return el(
    "c:ser",
    {},
    head(ctx, s),
    shape(s.hidden === true ? null : s.color),
    val("c:invertIfNegative", false),
    s.hidden === true ? undefined : dataLabelsXml(ctx, s),
    categoriesXml(ctx.spec, ctx.cells),
    valuesXml(ctx.spec, s, ctx.cells)
  );
}

/** A series of a line plot: markers only on a LineMarkers chart; a combo's line has none. */
export function lineSeriesXml(ctx: SeriesContext, s: ChartSeriesSpec): string {
  const markers = ctx.spec.type === "LineMarkers" && s.type === undefined;
  const marker = markers
    ? el(
        "c:marker",
        {},
        val("c:symbol", "circle"),
        val("c:size", 6),
        el("c:spPr", {}, solidFill(s.color), line(s.color))
      )
    : el("c:marker", {}, val("c:symbol", "none"));
  return el(
    "c:ser",
    {},
    head(ctx, s),
    el("c:spPr", {}, line(s.color, 2.25, s.dashed ?? false)),
    marker,
    s.type === undefined ? dataLabelsXml(ctx, s) : undefined,
    categoriesXml(ctx.spec, ctx.cells),
    valuesXml(ctx.spec, s, ctx.cells),
    val("c:smooth", false)
  );
}

/** The one series of a pie or doughnut: a colour per slice, white gaps between slices. */
export function pieSeriesXml(ctx: SeriesContext, s: ChartSeriesSpec): string {
  const points = (ctx.spec.pointColors ?? []).map((rgb, i) =>
    el("c:dPt", {}, val("c:idx", i), val("c:bubble3D", false), shape(rgb, line(INK.white, 1.5)))
  );
  return el(
    "c:ser",
    {},
    head(ctx, s),
    ...points,
    dataLabelsXml(ctx, s),
    categoriesXml(ctx.spec, ctx.cells),
    valuesXml(ctx.spec, s, ctx.cells)
  );
}

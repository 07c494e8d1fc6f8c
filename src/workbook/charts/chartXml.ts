/**
 * A ChartSpec as a DrawingML chart part (xl/charts/chartN.xml). Element order follows ECMA-376
 * Part 1, §21.2 (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_LineChart, CT_PieChart,
 * CT_DoughnutChart, CT_CatAx, CT_ValAx, CT_Legend); every part is checked by xmllint in the tests.
 */
import type { ChartSpec, LegendPosition } from "../contract";
import { INK, SIZE, line, richText, shape, textProps } from "./look";
import {
  barSeriesXml,
  lineSeriesXml,
  pieSeriesXml,
  type ChartCells,
  type SeriesContext,
} from "./seriesXml";
import { cellsOf } from "./refs";
import { checkChartSpec, isBar, isLineKind, isPie } from "./spec";
import { el, esc, val, XML_DECLARATION } from "./xml";

const NS = {
  "xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
  "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

export interface ChartXmlOptions {
  readonly cells: ChartCells;
  /** Language of the chart's text ("zh-CN", "en-US"). */
  readonly lang: string;
}

/** Axis ids only need to be unique within one chart part. */
const CAT_AX = 50_010;
const VAL_AX = 50_020;

const LEGEND_POS: Readonly<Record<Exclude<LegendPosition, "None">, string>> = {
  Top: "t",
  Bottom: "b",
  Left: "l",
  Right: "r",
};

function plotsXml(spec: ChartSpec, opts: ChartXmlOptions): string {
  const ctx = (index: number): SeriesContext => ({
    spec,
    cells: opts.cells,
    lang: opts.lang,
    index,
  });
  const indexed = spec.series.map((s, index) => ({ s, index }));
  const axes = val("c:axId", CAT_AX) + val("c:axId", VAL_AX);
  if (isPie(spec.type)) {
    const series = indexed.map(({ s, index }) => pieSeriesXml(ctx(index), s)).join("");
    return spec.type === "Pie"
      ? el("c:pieChart", {}, val("c:varyColors", true), series, val("c:firstSliceAng", 0))
      : el(
          "c:doughnutChart",
          {},
          val("c:varyColors", true),
          series,
          val("c:firstSliceAng", 0),
          val("c:holeSize", 55)
        );
  }
  const lines = indexed.filter(({ s }) => isLineKind(spec.type) || s.type === "Line");
  const bars = indexed.filter(({ s }) => !isLineKind(spec.type) && s.type === undefined);
  let xml = "";
  if (bars.length > 0) {
    const stacked = spec.type === "ColumnStacked" || spec.type === "BarStacked";
    xml += el(
      "c:barChart",
      {},
      val("c:barDir", isBar(spec.type) ? "bar" : "col"),
      val("c:grouping", stacked ? "stacked" : "clustered"),
      val("c:varyColors", false),
      bars.map(({ s, index }) => barSeriesXml(ctx(index), s)).join(""),
      val("c:gapWidth", stacked ? 55 : 80),
      stacked ? val("c:overlap", 100) : undefined,
      axes
    );
  }
  if (lines.length > 0) {
    xml += el(
      "c:lineChart",
      {},
      val("c:grouping", "standard"),
      val("c:varyColors", false),
      lines.map(({ s, index }) => lineSeriesXml(ctx(index), s)).join(""),
      val("c:marker", true),
      axes
    );
  }
  return xml;
}

/**
 * Category and value axes. Horizontal bars list the categories top-down in the table's order
 * (orientation maxMin, the value axis kept at the bottom by crossing at the last category); the
 * category labels sit at the low end so negative bars (a tornado's downside) never cover them.
 */
function axesXml(spec: ChartSpec, opts: ChartXmlOptions): string {
  const { lang } = opts;
  const bar = isBar(spec.type);
  // Linked to the category cells' format ("第"0"年" for year headers); the code is written too,
  // for readers that do not follow the link.
  const catFormat = opts.cells.format?.(
    spec.data.sheet,
    cellsOf(spec.categories)[0] ?? spec.categories
  );
  const tickText = textProps({ size: SIZE.axis, color: INK.axis }, lang);
  const cat = el(
    "c:catAx",
    {},
    val("c:axId", CAT_AX),
    el("c:scaling", {}, val("c:orientation", bar ? "maxMin" : "minMax")),
    val("c:delete", false),
    val("c:axPos", bar ? "l" : "b"),
    el("c:numFmt", { formatCode: catFormat ?? "General", sourceLinked: true }),
    val("c:majorTickMark", "none"),
    val("c:minorTickMark", "none"),
    val("c:tickLblPos", "low"),
    shape(null, line(INK.axisLine)),
    tickText,
    val("c:crossAx", VAL_AX),
    val("c:crosses", "autoZero"),
    val("c:auto", true),
    val("c:lblAlgn", "ctr"),
    val("c:lblOffset", 100),
    val("c:noMultiLvlLbl", false)
  );
  const value = el(
    "c:valAx",
    {},
    val("c:axId", VAL_AX),
    el("c:scaling", {}, val("c:orientation", "minMax")),
    val("c:delete", false),
    val("c:axPos", bar ? "b" : "l"),
    el("c:majorGridlines", {}, el("c:spPr", {}, line(INK.grid))),
    el("c:numFmt", { formatCode: spec.numberFormat, sourceLinked: false }),
    val("c:majorTickMark", "none"),
    val("c:minorTickMark", "none"),
    val("c:tickLblPos", "nextTo"),
    shape(null),
    tickText,
    val("c:crossAx", CAT_AX),
    val("c:crosses", bar ? "max" : "autoZero"),
    val("c:crossBetween", "between")
  );
  return cat + value;
}

function titleXml(spec: ChartSpec, lang: string): string {
  return el(
    "c:title",
    {},
    richText(spec.title, { size: SIZE.title, color: INK.title, bold: true }, lang, esc),
    val("c:overlay", false)
  );
}

function legendXml(spec: ChartSpec, lang: string): string | undefined {
  if (spec.legend === "None") return undefined;
  return el(
    "c:legend",
    {},
    val("c:legendPos", LEGEND_POS[spec.legend]),
    val("c:overlay", false),
    textProps({ size: SIZE.legend, color: INK.text }, lang)
  );
}

/** The chart part's XML. Throws (naming the chart) if the spec is inconsistent. */
export function chartXml(spec: ChartSpec, opts: ChartXmlOptions): string {
  checkChartSpec(spec);
  const titled = spec.title.trim() !== "";
  const chart = el(
    "c:chart",
    {},
    titled ? titleXml(spec, opts.lang) : undefined,
    val("c:autoTitleDeleted", !titled),
    el(
      "c:plotArea",
      {},
      el("c:layout"),
      plotsXml(spec, opts),
      isPie(spec.type) ? undefined : axesXml(spec, opts),
      shape(null)
    ),
    legendXml(spec, opts.lang),
    val("c:plotVisOnly", true),
    val("c:dispBlanksAs", "gap")
  );
  return (
    XML_DECLARATION +
    el(
      "c:chartSpace",
      NS,
      val("c:date1904", false),
      val("c:lang", opts.lang),
      val("c:roundedCorners", false),
      chart,
      shape(INK.white, line(INK.border)),
      textProps({ size: SIZE.axis, color: INK.text }, opts.lang)
    )
  );
}

/**
 * Adds a ChartSpec's chart through the Excel API, after the template's sheets are inserted
 * (templates carry no charts). The same specs are written into the standalone .xlsx by
 * src/workbook/charts, so both show the same charts. Everything used here is in ExcelApi 1.8 or
 * earlier; the insertion itself already needs 1.13.
 */
import { labelInk, type ChartKind, type ChartSpec } from "../workbook/contract";

const isPie = (kind: ChartKind): boolean => kind === "Pie" || kind === "Doughnut";
const isBar = (kind: ChartKind): boolean => kind === "BarClustered" || kind === "BarStacked";
const isLine = (kind: ChartKind): boolean => kind === "Line" || kind === "LineMarkers";

/**
 * Queues the chart on `sheetOf(spec.sheet ?? spec.data.sheet)`; the caller syncs. The chart is made
 * from the values block alone (no headers: Excel would take a row of year numbers for data), then
 * each series gets its name, categories, colour and kind from the spec.
 * @requires ExcelApi 1.8
 */
export function addChart(
  sheetOf: (template: string) => Excel.Worksheet,
  spec: ChartSpec
): Excel.Chart {
  const dataSheet = sheetOf(spec.data.sheet);
  const host = spec.sheet === undefined ? dataSheet : sheetOf(spec.sheet);
  const chart = host.charts.add(spec.type, dataSheet.getRange(spec.data.address), spec.seriesBy);
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.setPosition(spec.topLeft, spec.bottomRight);
  const categories = dataSheet.getRange(spec.categories);
  spec.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
    series.name = s.name;
    series.setXAxisValues(categories);
    const line = s.type === "Line" || isLine(spec.type);
    if (s.type === "Line") {
      series.chartType = "Line";
      series.markerStyle = "None";
    }
    if (isPie(spec.type)) {
      (spec.pointColors ?? []).forEach((rgb, j) => {
        const point = series.points.getItemAt(j);
        point.format.fill.setSolidColor(`#${rgb}`);
        // White or dark label text, whichever reads on the slice.
        if (spec.dataLabels !== undefined) point.dataLabel.format.font.color = `#${labelInk(rgb)}`;
      });
    } else if (line) {
      series.format.line.color = `#${s.color}`;
      if (s.dashed === true) series.format.line.lineStyle = "Dash";
    } else if (s.hidden === true) {
      // A bridge's invisible base: no fill, no outline (MODEL.md §11.7).
      series.format.fill.clear();
      series.format.line.lineStyle = "None";
    } else {
      series.format.fill.setSolidColor(`#${s.color}`);
    }
    // Labels go on the chart's own kind, not on a combo's line, nor on a bridge's base.
    if (spec.dataLabels !== undefined && s.type === undefined && s.hidden !== true) {
      series.hasDataLabels = true;
      series.dataLabels.showValue = spec.dataLabels === "Value";
      series.dataLabels.showPercentage = spec.dataLabels === "Percent";
    }
  });
  if (spec.legend === "None") {
    chart.legend.visible = false;
  } else {
    chart.legend.visible = true;
    chart.legend.position = spec.legend;
  }
  if (!isPie(spec.type)) {
    chart.axes.valueAxis.numberFormat = spec.numberFormat;
    chart.axes.categoryAxis.tickLabelPosition = "Low";
    if (isBar(spec.type)) {
      // Horizontal bars read top-down in the table's order, the value axis stays at the bottom.
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum";
    }
  }
  return chart;
}

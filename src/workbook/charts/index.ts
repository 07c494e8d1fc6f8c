/**
 * Charts inside the standalone .xlsx: DrawingML chart parts written from ChartSpecs (the same
 * list the task pane adds through the Excel API) into the package ExcelJS wrote. Node only: the
 * task pane bundle never imports this folder.
 */
export { addChartParts, type ChartPartsOptions } from "./package";
export { chartXml } from "./chartXml";
export { checkChartSpec } from "./spec";
export type { CellValue, ChartCells } from "./seriesXml";

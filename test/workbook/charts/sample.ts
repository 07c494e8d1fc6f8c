/**
 * A small workbook for the chart writer's tests, built with ExcelJS: sheet names with a space,
 * Chinese and apostrophes; a sheet with a note (comment) and a hyperlink; three charts over it
 * (a tornado of stacked horizontal bars, a column + threshold-line combo, a pie on another sheet).
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/workbook/charts";
import type { ChartSpec } from "../../../src/workbook/contract";

export const DATA = "Data assets";
export const CN = "仪表盘";
export const QUOTE = "O'Brien's";

export const VALUES: Record<string, Record<string, CellValue>> = {
  [DATA]: {
    B3: "Item",
    C3: "Low",
    D3: "High",
    B4: "Battery life",
    C4: -4.5,
    D4: 6.25,
    B5: "Price",
    C5: -3,
    D5: 2,
    B6: "Volume",
    C6: -1.5,
    D6: 1,
  },
  [CN]: {
    B2: "项目",
    C2: 2025,
    D2: 2026,
    E2: 2027,
    B3: "生态价值",
    C3: 2.39,
    D3: 6.68,
    E3: 10.97,
    B4: "D 门槛",
    C4: 10,
    D4: 10,
    E4: 10,
  },
  [QUOTE]: { A1: "Stream", B1: "Share", A2: "BaaS", B2: 3, A3: "Charging", B3: 0.6 },
};

export const tornado: ChartSpec = {
  id: "tornado",
  title: "Swing by driver",
  type: "BarStacked",
  data: { sheet: DATA, address: "C4:D6" },
  seriesBy: "Columns",
  categories: "B4:B6",
  series: [
    { name: "Low", nameAddress: "C3", values: "C4:C6", color: "ED7D31" },
    { name: "High", nameAddress: "D3", values: "D4:D6", color: "2E75B6" },
  ],
  numberFormat: "#,##0.0",
  legend: "Bottom",
  dataLabels: "Value",
  topLeft: "F3",
  bottomRight: "M18",
};
export const combo: ChartSpec = {
  id: "combo",
  title: "生态价值与 D 门槛",
  type: "ColumnClustered",
  data: { sheet: CN, address: "C3:E4" },
  seriesBy: "Rows",
  categories: "C2:E2",
  series: [
    { name: "生态价值", nameAddress: "B3", values: "C3:E3", color: "2E75B6" },
    {
      name: "D 门槛",
      nameAddress: "B4",
      values: "C4:E4",
      color: "C00000",
      type: "Line",
      dashed: true,
    },
  ],
  numberFormat: "General",
  legend: "Bottom",
  topLeft: "G2",
  bottomRight: "N16",
};
export const pie: ChartSpec = {
  id: "mix",
  title: "Mix",
  type: "Pie",
  data: { sheet: QUOTE, address: "B2:B3" },
  seriesBy: "Columns",
  categories: "A2:A3",
  series: [{ name: "Share", nameAddress: "B1", values: "B2:B3", color: "2E75B6" }],
  pointColors: ["2E75B6", "A5A5A5"],
  numberFormat: "0%",
  legend: "Right",
  dataLabels: "Percent",
  sheet: CN, // drawn on the Chinese sheet, from the other one's cells
  topLeft: "G18",
  bottomRight: "N30",
};

export async function sourceWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, cells] of Object.entries(VALUES)) {
    const ws = wb.addWorksheet(name);
    for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  }
  // One landscape page per sheet, so a chart is not split across pages in a render.
  for (const ws of wb.worksheets)
    ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  const cn = wb.getWorksheet(CN);
  if (!cn) throw new Error("no sheet");
  cn.getCell("A1").note = "a note: ExcelJS writes it as a comment with a legacy (VML) drawing";
  cn.getCell("A2").value = { text: "link", hyperlink: "https://example.invalid/" };
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const lookup = (sheet: string, address: string): CellValue | undefined =>
  VALUES[sheet]?.[address] ?? null;

/**
 * LibreOffice prints a sheet's print area only as far as its last used cell or drawing, and fits
 * that to the page. On the dashboard the NPV histogram fills the page's last rows, so the same
 * file without charts would print fewer rows at a larger scale, and no pixel would line up with
 * the render with charts. The chart-free file here carries an invisible mark (white on white) in
 * the dashboard's last printed cell, which keeps it at the same extent and scale.
 */
import type { Edition } from "../../../src/workbook";
import { evaluateWorkbook } from "../../../src/workbook/calc/workbook";
import { buildWorkbook } from "../../../src/workbook/generate";
import { resolveLayout } from "../../../src/workbook/layout/resolve";

export async function chartFreeAtSameExtent(edition: Edition): Promise<Buffer> {
  const layout = resolveLayout(edition);
  const book = buildWorkbook(layout, evaluateWorkbook(layout));
  const dashboard = layout.sheets.find((s) => s.key === "dashboard");
  const last = dashboard?.printArea.split(":")[1];
  const sheet = dashboard && book.getWorksheet(dashboard.name);
  if (!sheet || !last) throw new Error("no dashboard print area");
  const cell = sheet.getCell(last);
  if (cell.value !== null) throw new Error(`${dashboard.name}!${last} is not empty`);
  cell.value = ".";
  cell.font = { color: { argb: "FFFFFFFF" } };
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

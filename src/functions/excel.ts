import { EcoError, type ErrorCode } from "./errors";
import { message } from "./messages";
import type { OutCell } from "./run";

/** What a custom function hands back to Excel: a spilled array, with errors in their cells. */
export type ExcelCell = number | string | CustomFunctions.Error;

const EXCEL_CODES: Record<ErrorCode, CustomFunctions.ErrorCode> = {
  "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
  "#N/A": CustomFunctions.ErrorCode.notAvailable,
  "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
  "#NULL!": CustomFunctions.ErrorCode.nullReference,
  // Custom functions can't return #NAME? or #REF! (spec.ts turns them into #VALUE! first).
  "#NAME?": CustomFunctions.ErrorCode.invalidValue,
  "#REF!": CustomFunctions.ErrorCode.invalidValue,
};

export function toExcelError(e: EcoError): CustomFunctions.Error {
  // Excel shows the message for #VALUE! and #N/A; for other codes it is kept on the object only.
  return new CustomFunctions.Error(EXCEL_CODES[e.code], e.message);
}

/**
 * The boundary: a 1×1 error is thrown (Excel shows its message in the cell's tooltip), an array
 * keeps each error in its own cell, and nothing but a CustomFunctions.Error ever leaves a function.
 */
export function toExcel(compute: () => OutCell[][]): ExcelCell[][] {
  let cells: OutCell[][];
  try {
    cells = compute();
  } catch (e) {
    throw toExcelError(
      new EcoError("#VALUE!", message("internal", e instanceof Error ? e.message : String(e)))
    );
  }
  const only = cells.length === 1 && cells[0]?.length === 1 ? cells[0][0] : undefined;
  if (only instanceof EcoError) throw toExcelError(only);
  return cells.map((row) => row.map((c) => (c instanceof EcoError ? toExcelError(c) : c)));
}

import { EcoError, type ErrorCode } from "./errors";
import { message } from "./messages";
import type { OutCell } from "./run";

/** What a custom function hands back to Excel: a spilled array, with errors in their cells. */
export type ExcelCell = number | string | CustomFunctions.Error;

/** Looked up when needed: the CustomFunctions global exists only inside Excel's runtime. */
function excelCode(code: ErrorCode): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  switch (code) {
    case "#NUM!":
      return codes.invalidNumber;
    case "#N/A":
      return codes.notAvailable;
    case "#DIV/0!":
      return codes.divisionByZero;
    case "#NULL!":
      return codes.nullReference;
    default:
      // #VALUE!, and #NAME?/#REF!, which custom functions can't return (spec.ts maps them first).
      return codes.invalidValue;
  }
}

export function toExcelError(e: EcoError): CustomFunctions.Error {
  // Excel shows the message for #VALUE! and #N/A; for other codes it is kept on the object only.
  return new CustomFunctions.Error(excelCode(e.code), e.message);
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

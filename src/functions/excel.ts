import { EcoError, type ErrorCode } from "./errors";
import { message } from "./messages";
import { isNumberRow, type OutCell } from "./run";

/** What a custom function hands back to Excel: a spilled array, with errors in their cells. */
export type ExcelCell = number | string | CustomFunctions.Error;

/**
 * The Excel code for each of ours. Looked up when needed: the CustomFunctions global exists only
 * inside Excel's runtime. A custom function can return only these five (CustomFunctions.ErrorCode
 * also lists #NAME? and #REF!, as input errors only): anything else is #VALUE!.
 */
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
    case "#VALUE!":
    case "#NAME?": // #NAME? and #REF! can't be returned (spec.ts maps them first)
    case "#REF!":
      return codes.invalidValue;
  }
}

/**
 * One CustomFunctions.Error per EcoError, however many cells (or calls) hold it. `ErrorClass` is
 * the runtime's CustomFunctions.Error, read once per call rather than once per cell.
 */
export function toExcelError(
  e: EcoError,
  ErrorClass: typeof CustomFunctions.Error
): CustomFunctions.Error {
  // Excel shows the message for #VALUE! and #N/A; for other codes it is kept on the object only.
  if (e.excelBy === ErrorClass) return e.excel as CustomFunctions.Error;
  const error = new ErrorClass(excelCode(e.code), e.message);
  e.excel = error;
  e.excelBy = ErrorClass;
  return error;
}

/**
 * The boundary: a 1×1 error is thrown (Excel shows its message in the cell's tooltip), an array
 * keeps each error in its own cell, and nothing but a CustomFunctions.Error ever leaves a function.
 * The result grid is converted in place: a million-cell result is not copied.
 */
export function toExcel(compute: () => OutCell[][]): ExcelCell[][] {
  let cells: OutCell[][];
  try {
    cells = compute();
  } catch (e) {
    throw toExcelError(
      new EcoError("#VALUE!", message("internal", e instanceof Error ? e.message : String(e))),
      CustomFunctions.Error
    );
  }
  const first = cells[0] as OutCell[];
  const only = cells.length === 1 && first.length === 1 ? first[0] : undefined;
  if (only instanceof EcoError) throw toExcelError(only, CustomFunctions.Error);
  let ErrorClass: typeof CustomFunctions.Error | undefined;
  for (const row of cells) {
    // A fast path: a row of numbers has nothing to convert.
    // Stryker disable next-line ConditionalExpression: equivalent, see above
    if (isNumberRow(row)) continue;
    // Stryker disable next-line EqualityOperator: equivalent (row[length] is undefined: not an error)
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (c instanceof EcoError)
        (row as unknown[])[j] = toExcelError(c, (ErrorClass ??= CustomFunctions.Error));
    }
  }
  return cells as unknown as ExcelCell[][];
}

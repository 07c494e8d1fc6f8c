/**
 * Excel's error values in ERROR.TYPE's numbering (1 #NULL! … 7 #N/A), the same in LibreOffice:
 * the formula evaluator's error values and the ECO sheet's status formulas both read this list.
 * Outside src/workbook/calc, so that the task pane can reach the layout without the evaluator.
 */
export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

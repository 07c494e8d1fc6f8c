/**
 * A1 columns: letters ↔ numbers ("A" = 1, "AA" = 27, "XFD" = 16,384), and the grid's size. The
 * one copy: the evaluator (calc/references.ts), the charts (charts/refs.ts), the contract's
 * shapes and the task pane's repair read and write columns through it. Pure: the pane may import
 * it without the evaluator.
 */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** "C" → 3, "aa" → 27 (letters of either case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 3 → "C", 27 → "AA"; 0 or less → "". */
export function columnLetters(col: number): string {
  let s = "";
  for (let k = col; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

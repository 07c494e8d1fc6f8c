/**
 * Element-wise evaluation over arrays, as in SUMPRODUCT((A1:A9>0)*B1:B9): the result is as large
 * as the largest operand; an operand of one row (or column) repeats down (or across); a position
 * an operand does not reach is #N/A.
 */
import { ERR, Matrix, type Scalar, type Value } from "./values";

export function isBlock(v: Value): v is Matrix {
  return v instanceof Matrix && !v.isSingle;
}

function pick(v: Value, row: number, col: number): Scalar {
  if (!(v instanceof Matrix)) return v;
  const r = v.rows === 1 ? 0 : row;
  const c = v.cols === 1 ? 0 : col;
  if (r >= v.rows || c >= v.cols) return ERR.na;
  return v.at(r, c);
}

/** Applies `fn` cell by cell; with no block among the operands, once on the single values. */
export function elementwise(operands: readonly Value[], fn: (...cells: Scalar[]) => Scalar): Value {
  let rows = 1;
  let cols = 1;
  let block = false;
  for (const v of operands) {
    if (v instanceof Matrix) {
      if (!v.isSingle) block = true;
      rows = Math.max(rows, v.rows);
      cols = Math.max(cols, v.cols);
    }
  }
  if (!block) return fn(...operands.map((v) => pick(v, 0, 0)));
  const cells: Scalar[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) cells.push(fn(...operands.map((v) => pick(v, r, c))));
  return new Matrix(rows, cols, cells);
}

/** Every cell of a value in row order (a single value is one cell). */
export function cellsOf(v: Value): readonly Scalar[] {
  return v instanceof Matrix ? v.cells : [v];
}

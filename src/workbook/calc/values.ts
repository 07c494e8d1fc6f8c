/**
 * The values Excel computes with: numbers, text, TRUE/FALSE, error values and the empty cell
 * (null), and blocks of them (a range read from the sheet, or an array an expression made).
 */
import { ERROR_CODES, type ErrorCode } from "../errorCodes";

export { ERROR_CODES, type ErrorCode };

/** An Excel error value (#DIV/0! …): a result like any other, it flows into dependent formulas. */
export class ExcelError {
  private constructor(readonly code: ErrorCode) {}

  private static readonly byCode = new Map<string, ExcelError>(
    ERROR_CODES.map((code) => [code, new ExcelError(code)])
  );

  static of(code: string): ExcelError | undefined {
    return ExcelError.byCode.get(code.toUpperCase());
  }

  toString(): string {
    return this.code;
  }
}

const error = (code: ErrorCode): ExcelError => ExcelError.of(code) as ExcelError;

export const ERR = {
  null: error("#NULL!"),
  div0: error("#DIV/0!"),
  value: error("#VALUE!"),
  ref: error("#REF!"),
  name: error("#NAME?"),
  num: error("#NUM!"),
  na: error("#N/A"),
} as const;

/** One cell's value; null is an empty cell (0 in arithmetic, "" in text, FALSE in logic). */
export type Scalar = number | string | boolean | ExcelError | null;

/** Where a block of cells sits on its sheet (rows and columns from 1). */
export interface Area {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A rectangular block of values, row by row. `area` is set when the block is a reference to
 * cells (A1:C3, or one cell): functions such as SUM, COUNTIF and RANK treat references
 * differently from computed arrays and single values, as Excel does.
 */
export class Matrix {
  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly cells: readonly Scalar[],
    readonly area?: Area
  ) {
    if (cells.length !== rows * cols) throw new Error("matrix: size mismatch");
  }

  static fromRows(rows: readonly (readonly Scalar[])[]): Matrix {
    const cols = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== cols)) throw new Error("matrix: ragged rows");
    return new Matrix(rows.length, cols, rows.flat());
  }

  /** Row and column from 0. */
  at(row: number, col: number): Scalar {
    return this.cells[row * this.cols + col] ?? null;
  }

  get isSingle(): boolean {
    return this.rows === 1 && this.cols === 1;
  }
}

/** What an expression yields: one value, or a block (a reference or an array). */
export type Value = Scalar | Matrix;

export function isError(v: unknown): v is ExcelError {
  return v instanceof ExcelError;
}

/** A single cell's value: a one-cell reference or array is its value; a larger block is not a scalar. */
export function single(v: Value): Scalar | Matrix {
  return v instanceof Matrix && v.isSingle ? v.at(0, 0) : v;
}

/** Reading function arguments the way Excel does. */
import { elementwise, isBlock } from "../arrays";
import { toNumber } from "../coerce";
import { isError, Matrix, single, type ExcelError, type Scalar, type Value } from "../values";
import type { Arg, CallContext } from "./types";

/** One value: a one-cell reference is its cell; a left-out argument is empty; a block is refused. */
export function scalar(arg: Arg, ctx: CallContext, what: string): Scalar {
  if (arg === undefined) return null;
  const v = single(arg);
  if (v instanceof Matrix)
    return ctx.fail(`${what} must be a single value, not a ${v.rows}×${v.cols} block`);
  return v;
}

/** A number argument (left out: `missing`). */
export function numberArg(
  arg: Arg,
  ctx: CallContext,
  what: string,
  missing = 0
): number | ExcelError {
  return arg === undefined ? missing : toNumber(scalar(arg, ctx, what));
}

/**
 * A function of single values applied to its arguments; in array mode, cell by cell over the
 * blocks among them (ISERROR(A1:A9) inside SUMPRODUCT).
 */
export function lift(
  args: readonly Arg[],
  ctx: CallContext,
  name: string,
  fn: (...cells: Scalar[]) => Scalar
): Value {
  const values = args.map((a): Value => (a === undefined ? null : a));
  if (!ctx.arrayMode && values.some(isBlock))
    return ctx.fail(`${name} of a range outside SUMPRODUCT (Excel would intersect it)`);
  return elementwise(values, fn);
}

/**
 * The numbers SUM, MIN, MAX and NPV take: in references and arrays only numbers count (text,
 * TRUE/FALSE and empty cells are skipped); a value typed as an argument converts (TRUE is 1,
 * "2" is 2, other text is #VALUE!). The first error met is the result.
 */
export function numbersOf(args: readonly Arg[]): number[] | ExcelError {
  const out: number[] = [];
  for (const arg of args) {
    if (arg instanceof Matrix) {
      for (const c of arg.cells) {
        if (isError(c)) return c;
        if (typeof c === "number") out.push(c);
      }
    } else {
      const n = toNumber(arg ?? null);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

/** A block argument (a single value is a 1×1 block). */
export function blockOf(arg: Arg): Matrix {
  if (arg instanceof Matrix) return arg;
  return new Matrix(1, 1, [arg ?? null]);
}

/** A reference argument: COUNTIF's range and RANK's ref must point at cells. */
export function referenceOf(arg: Arg, ctx: CallContext, what: string): Matrix {
  if (arg instanceof Matrix && arg.area) return arg;
  return ctx.fail(`${what} must be a reference to cells`);
}

/** Whole number by truncation, as Excel reads an index. */
export function index(n: number): number {
  return Math.trunc(n);
}

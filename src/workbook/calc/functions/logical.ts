/** IF, IFERROR, AND, OR, NOT. */
import { toBoolean } from "../coerce";
import { ERR, isError, Matrix, type ExcelError, type Scalar } from "../values";
import { lift, scalar } from "./args";
import type { Arg, FunctionSpec } from "./types";

/**
 * IF(condition, [if_true], [if_false]): the chosen argument as it is (a reference stays one);
 * if_true left out is 0, if_false absent is FALSE and left out is 0. The condition must be a
 * single value: Excel without dynamic arrays does not evaluate IF over a range, even inside
 * SUMPRODUCT, so array conditions are refused (use --(condition) arithmetic instead).
 */
export const IF: FunctionSpec = {
  minArgs: 2,
  maxArgs: 3,
  call(args, ctx) {
    const condition = toBoolean(scalar(args[0], ctx, "IF's condition"));
    if (isError(condition)) return condition;
    if (condition) return args[1] ?? 0;
    if (args.length < 3) return false;
    return args[2] ?? 0;
  },
};

/** IFERROR(value, value_if_error): a single value only, for the same reason as IF. */
export const IFERROR: FunctionSpec = {
  minArgs: 2,
  maxArgs: 2,
  call(args, ctx) {
    const v = scalar(args[0], ctx, "IFERROR's value");
    if (isError(v)) return args[1] ?? 0;
    return args[0] ?? 0;
  },
};

/**
 * The TRUE/FALSE values AND and OR combine: in references and arrays, TRUE/FALSE and numbers
 * (0 is FALSE) count and text and empty cells are skipped; a value typed as an argument
 * converts ("TRUE" reads, other text is #VALUE!). Nothing to combine is #VALUE!.
 */
function logicals(args: readonly Arg[]): boolean[] | ExcelError {
  const out: boolean[] = [];
  for (const arg of args) {
    if (arg === undefined) continue;
    if (arg instanceof Matrix) {
      for (const c of arg.cells) {
        if (isError(c)) return c;
        if (typeof c === "boolean") out.push(c);
        else if (typeof c === "number") out.push(c !== 0);
      }
    } else {
      const b = toBoolean(arg);
      if (isError(b)) return b;
      out.push(b);
    }
  }
  return out.length === 0 ? ERR.value : out;
}

export const AND: FunctionSpec = {
  minArgs: 1,
  maxArgs: 255,
  call(args) {
    const values = logicals(args);
    return isError(values) ? values : values.every(Boolean);
  },
};

export const OR: FunctionSpec = {
  minArgs: 1,
  maxArgs: 255,
  call(args) {
    const values = logicals(args);
    return isError(values) ? values : values.some(Boolean);
  },
};

export const NOT: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call(args, ctx) {
    return lift(args, ctx, "NOT", (v: Scalar) => {
      const b = toBoolean(v);
      return isError(b) ? b : !b;
    });
  },
};

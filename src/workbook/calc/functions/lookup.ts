/** INDEX, MATCH (type 0), CHOOSE, ROWS. */
import { compare } from "../compare";
import { toNumber } from "../coerce";
import { ERR, isError, Matrix, type Scalar, type Value } from "../values";
import { blockOf, index, numberArg, scalar } from "./args";
import { textEquals } from "./criteria";
import type { FunctionSpec } from "./types";

/** Rows r0..r1 and columns c0..c1 (from 0) of a block; a reference stays a reference. */
function slice(m: Matrix, r0: number, r1: number, c0: number, c1: number): Value {
  const cells: Scalar[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells.push(m.at(r, c));
  const area = m.area && {
    sheet: m.area.sheet,
    top: m.area.top + r0,
    left: m.area.left + c0,
    bottom: m.area.top + r1,
    right: m.area.left + c1,
  };
  const out = new Matrix(r1 - r0 + 1, c1 - c0 + 1, cells, area);
  return out.isSingle && !out.area ? (out.at(0, 0) ?? null) : out;
}

/**
 * INDEX(array, row_num, [column_num]): a one-row array takes a single index as the column;
 * 0 selects the whole row or column; beyond the array is #REF!, below 0 #VALUE!.
 */
export const INDEX: FunctionSpec = {
  minArgs: 2,
  maxArgs: 3,
  arrayArgs: [0],
  call(args, ctx) {
    const m = blockOf(args[0]);
    const a = numberArg(args[1], ctx, "INDEX's row_num");
    if (isError(a)) return a;
    const b = args.length > 2 ? numberArg(args[2], ctx, "INDEX's column_num") : undefined;
    if (isError(b)) return b;
    let row = index(a);
    let col = b === undefined ? undefined : index(b);
    if (col === undefined) {
      if (m.rows === 1) [row, col] = [1, row];
      else col = m.cols === 1 ? 1 : 0;
    }
    if (row < 0 || col < 0) return ERR.value;
    if (row > m.rows || col > m.cols) return ERR.ref;
    const [r0, r1] = row === 0 ? [0, m.rows - 1] : [row - 1, row - 1];
    const [c0, c1] = col === 0 ? [0, m.cols - 1] : [col - 1, col - 1];
    return slice(m, r0, r1, c0, c1);
  },
};

const sameType = (a: Scalar, b: Scalar): boolean =>
  typeof a === typeof b && a !== null && b !== null;

/**
 * MATCH(lookup_value, lookup_array, 0): the position of the first value equal to lookup_value
 * (text without case); only values of the lookup's type are compared; not found is #N/A. The
 * sorted searches (match_type 1 and -1) and wildcards are not implemented (the layout uses
 * neither): asking for them stops generation.
 */
export const MATCH: FunctionSpec = {
  minArgs: 3,
  maxArgs: 3,
  call(args, ctx) {
    const lookup = scalar(args[0], ctx, "MATCH's lookup_value");
    if (isError(lookup)) return lookup;
    if (lookup === null) return ERR.na;
    const m = blockOf(args[1]);
    if (m.rows > 1 && m.cols > 1) return ERR.na;
    const t = numberArg(args[2], ctx, "MATCH's match_type");
    if (isError(t)) return t;
    if (Math.trunc(t) !== 0) return ctx.fail(`match_type ${t} is not implemented (only 0)`);
    const textMatch = typeof lookup === "string" ? textEquals(lookup, ctx.fail) : undefined;
    const i = m.cells.findIndex((c) =>
      textMatch
        ? typeof c === "string" && textMatch(c)
        : sameType(c, lookup) && compare(c, lookup) === 0
    );
    return i < 0 ? ERR.na : i + 1;
  },
};

/** CHOOSE(index_num, value1, …): the index truncated; outside 1…n is #VALUE!. */
export const CHOOSE: FunctionSpec = {
  minArgs: 2,
  maxArgs: 255,
  call(args, ctx) {
    const n = toNumber(scalar(args[0], ctx, "CHOOSE's index_num"));
    if (isError(n)) return n;
    const i = index(n);
    if (i < 1 || i >= args.length) return ERR.value;
    return args[i] ?? 0;
  },
};

export const ROWS: FunctionSpec = { minArgs: 1, maxArgs: 1, call: (args) => blockOf(args[0]).rows };

/** INDEX, MATCH (types 1, 0, -1), CHOOSE, ROWS, COLUMNS. */
import { compare } from "../compare";
import { toNumber } from "../coerce";
import { ERR, isError, Matrix, type Scalar, type Value } from "../values";
import { blockOf, index, numberArg, scalar } from "./args";
import { wildcard } from "./criteria";
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
 * MATCH(lookup_value, lookup_array, [match_type]): 0 finds the first equal value (text without
 * case, with * ? ~ wildcards); 1 (default) the last value ≤ lookup_value and -1 the last value
 * ≥ it, in an array sorted ascending (descending), as Excel's search assumes. Only values of the
 * lookup's type are compared; not found is #N/A.
 */
export const MATCH: FunctionSpec = {
  minArgs: 2,
  maxArgs: 3,
  call(args, ctx) {
    const lookup = scalar(args[0], ctx, "MATCH's lookup_value");
    if (isError(lookup)) return lookup;
    if (lookup === null) return ERR.na;
    const m = blockOf(args[1]);
    if (m.rows > 1 && m.cols > 1) return ERR.na;
    const t = args.length > 2 ? numberArg(args[2], ctx, "MATCH's match_type", 1) : 1;
    if (isError(t)) return t;
    const type = Math.sign(Math.trunc(t));
    const cells = m.cells;
    if (type === 0) {
      const textMatch = typeof lookup === "string" ? wildcard(lookup) : undefined;
      const i = cells.findIndex((c) =>
        textMatch
          ? typeof c === "string" && textMatch(c)
          : sameType(c, lookup) && compare(c, lookup) === 0
      );
      return i < 0 ? ERR.na : i + 1;
    }
    let best = -1;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] ?? null;
      if (!sameType(c, lookup)) continue;
      const cmp = compare(c, lookup);
      if (isError(cmp)) continue;
      if (type > 0 ? cmp <= 0 : cmp >= 0) best = i;
      else break;
    }
    return best < 0 ? ERR.na : best + 1;
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
export const COLUMNS: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call: (args) => blockOf(args[0]).cols,
};

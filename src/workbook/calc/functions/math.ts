/** ABS, ROUND, SQRT, MOD, SUM, MIN, MAX, SUMPRODUCT. */
import { roundHalfAway, roundUp } from "../../../model/round";
import { toNumber } from "../coerce";
import { approxEqual } from "../compare";
import { ERR, isError, type ExcelError, type Scalar } from "../values";
import { blockOf, lift, numbersOf } from "./args";
import type { FunctionSpec } from "./types";

export const ABS: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) =>
    lift(args, ctx, "ABS", (v: Scalar) => {
      const n = toNumber(v);
      return isError(n) ? n : Math.abs(n);
    }),
};

export { roundHalfAway };

/** ROUND or ROUNDUP: the model's rounding (src/model/round.ts), shared so both engines agree. */
const rounding = (name: string, round: (x: number, digits: number) => number): FunctionSpec => ({
  minArgs: 2,
  maxArgs: 2,
  call: (args, ctx) =>
    lift(args, ctx, name, (v: Scalar, digits: Scalar) => {
      const x = toNumber(v);
      if (isError(x)) return x;
      const d = toNumber(digits);
      if (isError(d)) return d;
      return round(x, d);
    }),
});

export const ROUND: FunctionSpec = rounding("ROUND", roundHalfAway);
export const ROUNDUP: FunctionSpec = rounding("ROUNDUP", roundUp);
/** SQRT(number): a negative number is #NUM!. */
export const SQRT: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) =>
    lift(args, ctx, "SQRT", (v: Scalar) => {
      const n = toNumber(v);
      if (isError(n)) return n;
      return n < 0 ? ERR.num : Math.sqrt(n);
    }),
};

/**
 * The remainder n − d·floor(n/d), with the sign of d, as LibreOffice computes it (ScMod): the
 * quotient floored after reading it at 15 significant digits, and a remainder within 2^-48 of n
 * taken as 0. For MOD(i*SQRT(q), 1) this is the plain fractional part. MOD(n, 0) is #DIV/0!.
 */
export function excelMod(n: number, d: number): number | ExcelError {
  if (d === 0) return ERR.div0;
  const q = n / d;
  const floored = Math.floor(Number(q.toPrecision(15)));
  const product = floored * d;
  const r = approxEqual(n, product) ? 0 : n - product;
  if ((d > 0 && r >= 0 && r < d) || (d < 0 && r <= 0 && r > d)) return r + 0;
  return ERR.num;
}

export const MOD: FunctionSpec = {
  minArgs: 2,
  maxArgs: 2,
  call: (args, ctx) =>
    lift(args, ctx, "MOD", (v: Scalar, divisor: Scalar) => {
      const n = toNumber(v);
      if (isError(n)) return n;
      const d = toNumber(divisor);
      if (isError(d)) return d;
      return excelMod(n, d);
    }),
};

/** Summed in argument and row order with plain additions, as Excel does. */
export const SUM: FunctionSpec = {
  minArgs: 1,
  maxArgs: 255,
  call(args) {
    const numbers = numbersOf(args);
    if (isError(numbers)) return numbers;
    let total = 0;
    for (const n of numbers) total += n;
    return Number.isFinite(total) ? total : ERR.num;
  },
};

const extreme =
  (pick: (a: number, b: number) => number): FunctionSpec["call"] =>
  (args) => {
    const numbers = numbersOf(args);
    if (isError(numbers)) return numbers;
    if (numbers.length === 0) return 0;
    return numbers.reduce((a, b) => pick(a, b));
  };

export const MIN: FunctionSpec = { minArgs: 1, maxArgs: 255, call: extreme(Math.min) };
export const MAX: FunctionSpec = { minArgs: 1, maxArgs: 255, call: extreme(Math.max) };

/**
 * SUMPRODUCT(array1, …): every argument is computed as an array; all must have the same shape
 * (else #VALUE!). Cells that are not numbers (text, TRUE/FALSE, empty) count as 0, hence the
 * --(condition) idiom; an error in any cell is the result. Products are summed in row order.
 */
export const SUMPRODUCT: FunctionSpec = {
  minArgs: 1,
  maxArgs: 255,
  arrayArgs: "all",
  call(args) {
    const blocks = args.map(blockOf);
    const first = blocks[0];
    if (!first) return ERR.value;
    if (blocks.some((b) => b.rows !== first.rows || b.cols !== first.cols)) return ERR.value;
    for (const b of blocks) {
      const e = b.cells.find(isError) as ExcelError | undefined;
      if (e) return e;
    }
    let total = 0;
    for (let i = 0; i < first.cells.length; i++) {
      let product = 1;
      for (const b of blocks) {
        const c = b.cells[i];
        product *= typeof c === "number" ? c : 0;
      }
      total += product;
    }
    return Number.isFinite(total) ? total : ERR.num;
  },
};

/** COUNTIF, COUNTIFS, MEDIAN, PERCENTILE.INC, AVERAGE, NORMSDIST, NORMSINV. */
import { normSDist, normSInv } from "../../../model/normal";
import { toNumber } from "../coerce";
import { ERR, isError, type Matrix, type Scalar } from "../values";
import { lift, numberArg, numbersOf, referenceOf, scalar } from "./args";
import { criterion } from "./criteria";
import type { FunctionSpec } from "./types";

/** COUNTIF(range, criteria): how many cells of the range meet the criteria (see criteria.ts). */
export const COUNTIF: FunctionSpec = {
  minArgs: 2,
  maxArgs: 2,
  call(args, ctx) {
    const range = referenceOf(args[0], ctx, "COUNTIF's range");
    const test = criterion(scalar(args[1], ctx, "COUNTIF's criteria"), ctx.fail);
    let count = 0;
    for (const c of range.cells) if (test(c)) count++;
    return count;
  },
};

/**
 * COUNTIFS(range1, criteria1, …): how many positions meet every criteria in its range; the
 * ranges must all have the first one's shape (else #VALUE!).
 */
export const COUNTIFS: FunctionSpec = {
  minArgs: 2,
  maxArgs: 254,
  call(args, ctx) {
    if (args.length % 2 !== 0) return ctx.fail("COUNTIFS takes ranges and criteria in pairs");
    const pairs: { range: Matrix; test: (c: Scalar) => boolean }[] = [];
    for (let i = 0; i < args.length; i += 2) {
      const range = referenceOf(args[i], ctx, `COUNTIFS's range ${i / 2 + 1}`);
      const test = criterion(
        scalar(args[i + 1], ctx, `COUNTIFS's criteria ${i / 2 + 1}`),
        ctx.fail
      );
      pairs.push({ range, test });
    }
    const first = pairs[0]?.range;
    if (!first) return ERR.value;
    if (pairs.some((p) => p.range.rows !== first.rows || p.range.cols !== first.cols))
      return ERR.value;
    let count = 0;
    for (let k = 0; k < first.cells.length; k++)
      if (pairs.every((p) => p.test(p.range.cells[k] ?? null))) count++;
    return count;
  },
};

/** MEDIAN(number1, …): the middle number, or the mean of the middle two; none is #NUM!. */
export const MEDIAN: FunctionSpec = {
  minArgs: 1,
  maxArgs: 255,
  call(args) {
    const numbers = numbersOf(args);
    if (isError(numbers)) return numbers;
    if (numbers.length === 0) return ERR.num;
    const sorted = [...numbers].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const upper = sorted[mid] ?? 0;
    return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
  },
};

/** floor after reading x at 15 significant digits (LibreOffice's rtl::math::approxFloor). */
const approxFloor = (x: number): number => Math.floor(Number(x.toPrecision(15)));

/**
 * PERCENTILE.INC(array, k): rank h = k·(n − 1), then the h-th smallest number
 * plus (h − floor h) times the step to the next, as LibreOffice's GetPercentile computes it.
 * Text, TRUE/FALSE and empty cells in the array are skipped; k outside 0…1 or no numbers is
 * #NUM!.
 */
export const PERCENTILE_INC: FunctionSpec = {
  minArgs: 2,
  maxArgs: 2,
  call(args, ctx) {
    const numbers = numbersOf([args[0]]);
    if (isError(numbers)) return numbers;
    const k = numberArg(args[1], ctx, "PERCENTILE's k");
    if (isError(k)) return k;
    if (numbers.length === 0 || k < 0 || k > 1) return ERR.num;
    const sorted = Float64Array.from(numbers).sort();
    if (sorted.length === 1) return sorted[0] ?? ERR.num;
    const h = k * (sorted.length - 1);
    const below = approxFloor(h);
    const lower = sorted[below] ?? ERR.num;
    if (typeof lower !== "number") return lower;
    const fraction = h - below;
    if (fraction === 0) return lower;
    const upper = sorted[below + 1];
    return upper === undefined ? lower : lower + fraction * (upper - lower);
  },
};

/** AVERAGE(number1, …): the numbers' sum over their count (text and empty cells skipped). */
export const AVERAGE: FunctionSpec = {
  minArgs: 1,
  maxArgs: 255,
  call(args) {
    const numbers = numbersOf(args);
    if (isError(numbers)) return numbers;
    if (numbers.length === 0) return ERR.div0;
    let total = 0;
    for (const n of numbers) total += n;
    return Number.isFinite(total) ? total / numbers.length : ERR.num;
  },
};

/** NORMSDIST(z): the standard normal's cumulative distribution (the model's, src/model/normal.ts). */
export const NORMSDIST: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) =>
    lift(args, ctx, "NORMSDIST", (v: Scalar) => {
      const z = toNumber(v);
      return isError(z) ? z : normSDist(z);
    }),
};

/** NORMSINV(p): its inverse; p outside (0, 1) is #NUM!. */
export const NORMSINV: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) =>
    lift(args, ctx, "NORMSINV", (v: Scalar) => {
      const p = toNumber(v);
      if (isError(p)) return p;
      return p > 0 && p < 1 ? normSInv(p) : ERR.num;
    }),
};

/** LARGE, SMALL, RANK, COUNTIF. */
import { compare } from "../compare";
import { ERR, isError } from "../values";
import { numberArg, numbersOf, referenceOf, scalar } from "./args";
import { criterion } from "./criteria";
import type { FunctionSpec } from "./types";

/**
 * LARGE/SMALL(array, k): the k-th largest (smallest) number; text, TRUE/FALSE and empty cells
 * are skipped. A fractional k rounds up (as LibreOffice; keep k whole), outside 1…n is #NUM!.
 */
const kth = (name: string, descending: boolean): FunctionSpec => ({
  minArgs: 2,
  maxArgs: 2,
  call(args, ctx) {
    const numbers = numbersOf([args[0]]);
    if (isError(numbers)) return numbers;
    const k = numberArg(args[1], ctx, `${name}'s k`);
    if (isError(k)) return k;
    const i = Math.ceil(Number(k.toPrecision(15)));
    if (i < 1 || i > numbers.length) return ERR.num;
    const sorted = [...numbers].sort((a, b) => (descending ? b - a : a - b));
    return sorted[i - 1] ?? ERR.num;
  },
});

export const LARGE = kth("LARGE", true);
export const SMALL = kth("SMALL", false);

/**
 * RANK(number, ref, [order]): 1 + how many numbers in ref are larger (order 0 or left out) or
 * smaller (any other order); ties share a rank; a number not in ref is #N/A.
 */
export const RANK: FunctionSpec = {
  minArgs: 2,
  maxArgs: 3,
  call(args, ctx) {
    const n = numberArg(args[0], ctx, "RANK's number");
    if (isError(n)) return n;
    const numbers = numbersOf([referenceOf(args[1], ctx, "RANK's ref")]);
    if (isError(numbers)) return numbers;
    const order = numberArg(args[2], ctx, "RANK's order", 0);
    if (isError(order)) return order;
    if (!numbers.some((x) => compare(x, n) === 0)) return ERR.na;
    const before = numbers.filter((x) => compare(x, n) === (order === 0 ? 1 : -1)).length;
    return before + 1;
  },
};

/** COUNTIF(range, criteria): how many cells of the range meet the criteria (see criteria.ts). */
export const COUNTIF: FunctionSpec = {
  minArgs: 2,
  maxArgs: 2,
  call(args, ctx) {
    const range = referenceOf(args[0], ctx, "COUNTIF's range");
    const test = criterion(scalar(args[1], ctx, "COUNTIF's criteria"));
    let count = 0;
    for (const c of range.cells) if (test(c)) count++;
    return count;
  },
};

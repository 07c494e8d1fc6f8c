/** NPV. */
import { ERR, isError } from "../values";
import { numberArg, numbersOf } from "./args";
import type { FunctionSpec } from "./types";

/**
 * NPV(rate, value1, …): Σ value_i / (1 + rate)^i from i = 1, the values in argument and row
 * order (in references only numbers count). 1 + rate = 0 is #DIV/0!.
 */
export const NPV: FunctionSpec = {
  minArgs: 2,
  maxArgs: 255,
  call(args, ctx) {
    const rate = numberArg(args[0], ctx, "NPV's rate");
    if (isError(rate)) return rate;
    const values = numbersOf(args.slice(1));
    if (isError(values)) return values;
    if (1 + rate === 0) return ERR.div0;
    let total = 0;
    values.forEach((v, i) => (total += v / Math.pow(1 + rate, i + 1)));
    return Number.isFinite(total) ? total : ERR.num;
  },
};

/**
 * IRR(values, [guess]): the rate at which Σ value_t/(1 + r)^t = 0, from t = 0, by Newton's method
 * from the guess (default 0.1) as Excel and LibreOffice iterate; #NUM! when it does not converge.
 * The workbook calls it only when the flows change sign exactly once, so the rate is unique.
 */
export const IRR: FunctionSpec = {
  minArgs: 1,
  maxArgs: 2,
  call(args, ctx) {
    const values = numbersOf(args.slice(0, 1));
    if (isError(values)) return values;
    const guess = args[1] === undefined ? 0.1 : numberArg(args[1], ctx, "IRR's guess");
    if (isError(guess)) return guess;
    let rate = guess;
    for (let i = 0; i < 200; i++) {
      let value = 0;
      let slope = 0;
      values.forEach((v, t) => {
        value += v / Math.pow(1 + rate, t);
        slope -= (t * v) / Math.pow(1 + rate, t + 1);
      });
      if (slope === 0 || !Number.isFinite(slope)) return ERR.num;
      const next = rate - value / slope;
      if (!Number.isFinite(next) || next <= -1) return ERR.num;
      if (Math.abs(next - rate) <= 1e-13 * Math.max(1, Math.abs(rate))) return next;
      rate = next;
    }
    return ERR.num;
  },
};

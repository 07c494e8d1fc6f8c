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

/** NPV, IRR. */
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

/** LibreOffice's convergence test for IRR (SCdEpsilon), and Excel's documented 20 tries. */
const IRR_EPSILON = 1e-7;
const IRR_TRIES = 20;

/**
 * IRR(values, [guess]): the rate where Σ value_t/(1+r)^t (t from 0) is zero, by Newton's method
 * from the guess (0.1 left out), as LibreOffice's ScIRR iterates: at most 20 steps, done when a
 * step moves the rate by less than 1e-7 (the next step would move it by about 1e-14). No
 * convergence is #NUM!. In references only numbers count.
 */
export const IRR: FunctionSpec = {
  minArgs: 1,
  maxArgs: 2,
  call(args, ctx) {
    const values = numbersOf([args[0]]);
    if (isError(values)) return values;
    const guess = numberArg(args[1], ctx, "IRR's guess", 0.1);
    if (isError(guess)) return guess;
    let x = guess === -1 ? 0.1 : guess;
    let step = Infinity;
    for (let tries = 0; tries < IRR_TRIES && !(step < IRR_EPSILON); tries++) {
      let value = 0;
      let slope = 0;
      values.forEach((v, t) => {
        value += v / Math.pow(1 + x, t);
        slope += (-t * v) / Math.pow(1 + x, t + 1);
      });
      const next = x - value / slope;
      step = Math.abs(next - x);
      x = next;
    }
    if (!(step < IRR_EPSILON) || !Number.isFinite(x)) return ERR.num;
    return guess === 0 && Math.abs(x) < IRR_EPSILON ? 0 : x;
  },
};

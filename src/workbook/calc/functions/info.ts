/**
 * ISERROR, ISNUMBER, ISLOGICAL: cell by cell over a range inside SUMPRODUCT(--ISERROR(…));
 * ERROR.TYPE of one value.
 */
import { ERR, ERROR_CODES, isError, type Scalar } from "../values";
import { lift, scalar } from "./args";
import type { FunctionSpec } from "./types";

const test = (name: string, predicate: (v: Scalar) => boolean): FunctionSpec => ({
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) => lift(args, ctx, name, predicate),
});

export const ISERROR = test("ISERROR", (v) => isError(v));
export const ISNUMBER = test("ISNUMBER", (v) => typeof v === "number");
export const ISLOGICAL = test("ISLOGICAL", (v) => typeof v === "boolean");

/** ERROR.TYPE(value): 1 for #NULL! … 7 for #N/A (ERROR_CODES' order); #N/A for a value that is no error. */
export const ERROR_TYPE: FunctionSpec = {
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) => {
    const v = scalar(args[0], ctx, "ERROR.TYPE's value");
    return isError(v) ? ERROR_CODES.indexOf(v.code) + 1 : ERR.na;
  },
};

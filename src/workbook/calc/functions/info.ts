/** ISERROR, ISNUMBER: cell by cell over a range inside SUMPRODUCT(--ISERROR(…)). */
import { isError, type Scalar } from "../values";
import { lift } from "./args";
import type { FunctionSpec } from "./types";

const test = (name: string, predicate: (v: Scalar) => boolean): FunctionSpec => ({
  minArgs: 1,
  maxArgs: 1,
  call: (args, ctx) => lift(args, ctx, name, predicate),
});

export const ISERROR = test("ISERROR", (v) => isError(v));
export const ISNUMBER = test("ISNUMBER", (v) => typeof v === "number");

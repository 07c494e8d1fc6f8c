/**
 * ECO.PLAN and ECO.SIMULATE from the source (src/functions/functions.ts) against a stub
 * CustomFunctions runtime: the same cases as through the built bundle
 * (test/support/planFunctionCases.ts), here where `npm run mutation` runs them against each
 * mutant of src/functions and src/model. Arguments arrive as Excel passes them: every parameter
 * is a matrix, an omitted one null.
 */
import { afterAll, beforeAll } from "vitest";
import { plan, simulate } from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/messages";
import { ERROR_CODE, StubError } from "../bundle/sandbox";
import type { Bundle } from "../hardening/bundle";
import { planFunctionCases } from "../support/planFunctionCases";

const globals = globalThis as Record<string, unknown>;
beforeAll(() => {
  globals["CustomFunctions"] = { Error: StubError, ErrorCode: ERROR_CODE };
});
afterAll(() => {
  delete globals["CustomFunctions"];
  setLanguage("en-US");
});

const FUNCTIONS: Readonly<Record<string, (...args: unknown[][][]) => unknown>> = {
  PLAN: plan as (...args: unknown[][][]) => unknown,
  SIMULATE: simulate as (...args: unknown[][][]) => unknown,
};

function source(displayLanguage: "en-US" | "zh-CN"): Bundle {
  return {
    call(id, args) {
      const fn = FUNCTIONS[id];
      if (!fn) throw new Error(`${id} is not a function of the source`);
      setLanguage(displayLanguage);
      const matrices = args.map((a) =>
        a === undefined || a === null ? null : Array.isArray(a) ? a : [[a]]
      ) as unknown[][][];
      try {
        return fn(...matrices);
      } catch (e) {
        return e;
      }
    },
  };
}

planFunctionCases(source);

/** The evaluator's Excel semantics, formula by formula (results from Excel's documented behaviour). */
import { describe, expect, it } from "vitest";
import { evaluateSheets } from "../../../src/workbook/calc/workbook";
import { FIXTURE, PROBES, type Expected } from "./probes";

/** Evaluates each probe in a cell of its own sheet beside the fixture. */
export function evaluateProbes(): Map<string, Expected> {
  const probes = { name: "Probes", cells: PROBES.map(([formula], i) => ({ address: `A${i + 1}`, formula })) };
  const values = evaluateSheets([...FIXTURE, probes]).values.get("Probes");
  return new Map(PROBES.map(([formula], i) => [formula, values?.get(`A${i + 1}`) ?? NaN]));
}

export function agrees(actual: unknown, expected: Expected): boolean {
  if (typeof expected === "number" && typeof actual === "number")
    return actual === expected || Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);
  return JSON.stringify(actual) === JSON.stringify(expected);
}

describe("formula evaluator: Excel semantics", () => {
  const results = evaluateProbes();
  it.each(PROBES.map(([f, e]) => [f, e] as const))("=%s gives %j", (formula, expected) => {
    const actual = results.get(formula);
    expect(agrees(actual, expected), `${JSON.stringify(actual)}`).toBe(true);
  });

  it("keeps exact zeros and signs: 0.3-0.1-0.2 is 0, not 2.8e-17", () => {
    expect(results.get("Data!F3-Data!F1-Data!F2")).toBe(0);
    expect(Object.is(results.get("Data!F3-Data!F1-Data!F2"), -0)).toBe(false);
  });
});

/** The evaluator's Excel semantics, formula by formula (results from Excel's documented behaviour). */
import { describe, expect, it } from "vitest";
import { agrees, evaluateProbes, PROBES } from "./probes";

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

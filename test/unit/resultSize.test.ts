/**
 * A result Excel cannot take back is refused before it is computed (src/functions/resultSize.ts):
 * Excel refuses a custom function's result over about 5 MB (office-js #4654, #2222, #2786), so a
 * formula returns at most MAX_RESULT_CELLS cells, else one #NUM! naming the limit and the
 * argument shapes that made the result (MODEL.md §3: #NUM! for a result that cannot be
 * represented). Through the functions as Excel calls them (src/functions/functions.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dataAssetValue,
  ecosystemRevenue,
  plan,
  simulate,
  userAssetValue,
} from "../../src/functions/functions";
import { setLanguage } from "../../src/functions/messages";
import { MAX_RESULT_CELLS } from "../../src/functions/resultSize";
import { ERROR_CODE, StubError } from "../bundle/sandbox";

const globals = globalThis as Record<string, unknown>;
beforeAll(() => {
  globals["CustomFunctions"] = { Error: StubError, ErrorCode: ERROR_CODE };
});
afterAll(() => {
  delete globals["CustomFunctions"];
  setLanguage("en-US");
});

const thrown = (f: () => unknown): StubError => {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    return e as StubError;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result).slice(0, 80)}`);
};
const column = (n: number): number[][] => Array.from({ length: n }, (_, i) => [1000 * (i + 1)]);
const row = (n: number): number[][] => [
  Array.from({ length: n }, (_, j) => j / Math.max(1, n - 1)),
];

describe(`a result of more than ${MAX_RESULT_CELLS.toLocaleString("en-US")} cells`, () => {
  it("the bound is 100,000 cells: 2.5 MB of numbers at most, half of Excel's 5 MB", () => {
    expect(MAX_RESULT_CELLS).toBe(100_000);
    // The longest text of a double, and its separator.
    expect(`${-1.2345678901234567e308},`.length * MAX_RESULT_CELLS).toBeLessThanOrEqual(2.5e6);
  });

  it("1,000 fleets × 1,000 scenarios (the README's benchmark grid) is one #NUM! naming the limit and the shapes", () => {
    const e = thrown(() => dataAssetValue(column(1000), row(1000)));
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain("1,000 × 1,000 = 1,000,000 cells");
    expect(e.message).toContain("fleet 1,000 × 1, scenario 1 × 1,000");
    expect(e.message).toContain("at most 100,000 cells");
    expect(e.message).toContain("5 MB");
  });

  it("exactly the bound computes (1,000 × 100), one cell more does not (100,001 × 1)", () => {
    const out = dataAssetValue(column(1000), row(100));
    expect(out).toHaveLength(1000);
    expect(out.every((r) => r.length === 100 && r.every((c) => typeof c === "number"))).toBe(true);
    const e = thrown(() => userAssetValue(column(100_001), [[0.8]], [[20000]], [[0.5]]));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain("100,001 × 1 = 100,001 cells (from users 100,001 × 1)");
  });

  it("lists and vectors are read whole and count for nothing: only the cell arguments broadcast", () => {
    // per_vehicle is a 6-value vector: a 1 × 6 argument beside a 1-cell fleet is still one cell.
    const out = ecosystemRevenue([[100000]], undefined, [[1000, 3000, 600, 300, 400, 200]]);
    expect(out).toEqual([[expect.any(Number)]]);
  });

  it("PLAN and SIMULATE are refused before any cell is computed", () => {
    const skip = (n: number): null[] => Array<null>(n).fill(null);
    const p = thrown(() =>
      (plan as (...a: unknown[]) => unknown)(column(400), ...skip(10), row(400), ...skip(2), [
        ["npv"],
      ])
    );
    expect(p.code).toBe("#NUM!");
    expect(p.message).toContain("fleet 400 × 1, discount_rate 1 × 400");
    const s = thrown(() =>
      (simulate as (...a: unknown[]) => unknown)(column(400), ...skip(10), row(400))
    );
    expect(s.code).toBe("#NUM!");
  });

  it("in Chinese, the message is Chinese and names the same shapes", () => {
    setLanguage("zh-CN");
    try {
      const e = thrown(() => dataAssetValue(column(1000), row(1000)));
      expect(e.message).toContain("结果将有 1,000 × 1,000 = 1,000,000 个单元格");
      expect(e.message).toContain("最多返回 100,000 个单元格");
    } finally {
      setLanguage("en-US");
    }
  });
});

/**
 * Issue 11, numbers: an out-of-range input is #VALUE! with the range in its message (Excel shows
 * custom messages only for #VALUE! and #N/A); #NUM! is only for a result beyond a double; a
 * representable result is computed even where a naive chain of operations overflows on the way;
 * −0 comes out as 0; a hole in an array is an empty cell.
 * Expected values are derived by hand from MODEL.md §2's formulas (each derivation is written out).
 */
import { describe, expect, it } from "vitest";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import type { OutCell } from "../../src/functions/run";
import { expectError, only } from "../support/cells";

const EPS = 2 ** -52;
/** |actual − expected| within `ulps` units in the last place of expected. */
function expectNear(actual: OutCell | number, expected: number, ulps = 2): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    ulps * EPS * Math.abs(expected)
  );
}

describe("out-of-range inputs are #VALUE! with the range (MODEL.md §3)", () => {
  it.each([
    ["negative fleet", () => dataAssetValueCells(-1), "fleet must be ≥ 0; got -1"],
    ["negative users", () => userAssetValueCells(-5, 0.5, 100, 0.5), "users must be ≥ 0; got -5"],
    [
      "rate above 1",
      () => userAssetValueCells(1, 1.5, 100, 0.5),
      "activity_rate must be between 0 and 1; got 1.5",
    ],
    [
      "rate below 0",
      () => ltvCells(1, -0.1, 0.1),
      "retention_rate must be between 0 and 1; got -0.1",
    ],
    [
      "used_car_rate above 1",
      () => dataAssetValueCells(1, null, null, 2),
      "used_car_rate must be between 0 and 1; got 2",
    ],
    ["negative discount", () => ltvCells(1, 0.5, -0.01), "discount_rate must be ≥ 0; got -0.01"],
    ["years 0", () => ltvCells(1, 0.5, 0.1, 0), "years must be ≥ 1; got 0"],
    ["years 2.5", () => ltvCells(1, 0.5, 0.1, 2.5), "years must be a whole number; got 2.5"],
    ["NaN fleet", () => ecosystemRevenueCells(NaN), "fleet must be a finite number"],
    [
      "Infinity ltv",
      () => userAssetValueCells(1, 0.5, Infinity, 0.5),
      "ltv must be a finite number",
    ],
    [
      "-Infinity margin",
      () => ltvCells(-Infinity, 0.5, 0.1),
      "annual_margin must be a finite number",
    ],
    [
      "scenario 1.5",
      () => dataAssetValueCells(1, 1.5),
      "scenario as a number must be between 0 (low) and 1 (high); got 1.5",
    ],
    [
      "scenario -0.1",
      () => dataAssetValueCells(1, -0.1),
      "scenario as a number must be between 0 (low) and 1 (high); got -0.1",
    ],
    [
      "scenario NaN",
      () => dataAssetValueCells(1, NaN),
      "scenario as a number must be between 0 (low) and 1 (high); got NaN",
    ],
    [
      "a negative rate in the list",
      () => dataAssetValueCells(1, null, null, null, [[1, -2, 3, 4]]),
      "rates must be ≥ 0; got -2",
    ],
    [
      "Infinity in per_vehicle",
      () => ecosystemRevenueCells(1, null, [[1, 2, 3, 4, 5, Infinity]]),
      "per_vehicle must be a finite number",
    ],
  ])("%s", (_, call, text) => {
    expectError(only(call()), "#VALUE!", text);
  });

  it("inside a range the bad cell alone is #VALUE!", () => {
    const out = dataAssetValueCells([[100000, -1, 200000]]);
    expect(out[0]![0]).toBeCloseTo(76_500_000, 4);
    expectError(out[0]![1], "#VALUE!", "fleet must be ≥ 0; got -1");
    expect(out[0]![2]).toBeCloseTo(153_000_000, 4);
  });
});

describe("#NUM! only for results beyond a double", () => {
  it("a sum that diverges, or a total past 1.8e308 元, is #NUM!", () => {
    expectError(only(ltvCells(1000, 1, 0)), "#NUM!", "the result is too large to represent");
    expectError(only(dataAssetValueCells(1e308)), "#NUM!", "the result is too large to represent");
    expectError(only(userAssetValueCells(1e308, 1, 1e10, 1)), "#NUM!");
  });

  it("a total beyond a double in 元 that fits in 万 is computed: the unit divides inside the product", () => {
    // DATA_ASSET_VALUE(1e308,,,,,"万") = 1e308 × 765 ÷ 1e4 = 7.65e306 (765 = S12's 7,650万 ÷ 10万).
    expectNear(only(dataAssetValueCells(1e308, null, null, null, null, "万")), 7.65e306, 4);
    // ECOSYSTEM_REVENUE(1e306,"total",,"亿") = 1e306 × 5,500 ÷ 1e8 = 5.5e301 (5,500 = 1,000 + 4,500, S15).
    expectNear(only(ecosystemRevenueCells(1e306, "total", null, "亿")), 5.5e301, 4);
    // LTV(1e308, 0.8, 0.1,, "万") = 1e308 × 1.1 ÷ 0.3 ÷ 1e4 = 3.6666…e304.
    expectNear(only(ltvCells(1e308, 0.8, 0.1, null, "万")), (1.1 / 0.3) * 1e304, 8);
  });
});

describe("representable results whose naive arithmetic overflows or underflows", () => {
  it("USER_ASSET_VALUE(1e200, 1, 1e200, 1e-200) = 1e200", () => {
    // users × activity × ltv × repurchase = 1e200 × 1 × 1e200 × 1e-200 = 1e200 (the naive
    // left-to-right product passes through 1e400 = Infinity).
    expectNear(only(userAssetValueCells(1e200, 1, 1e200, 1e-200)), 1e200, 2);
    // 1e-300 users × 1 × 1e300 × 1 = 1, and 1e300 × 1e-100 × 1e-100 × 1e-100 = 1.
    expectNear(only(userAssetValueCells(1e-300, 1, 1e300, 1)), 1, 2);
    expectNear(only(userAssetValueCells(1e300, 1e-100, 1e-100, 1e-100)), 1, 4);
  });

  it("LTV(1, 1, 1e-16) = 1e16 + 1, the nearest double 1e16", () => {
    // Infinite horizon: margin × (1 + d) / (1 + d − r) = 1 × (1 + 1e-16) / (1 + 1e-16 − 1)
    // = (1 + 1e-16) / 1e-16 = 1e16 + 1. In doubles 1 + 1e-16 = 1, so the formula as written gives
    // 1 / 0 = Infinity; d + (1 − r) keeps the 1e-16.
    expectNear(only(ltvCells(1, 1, 1e-16)), 1e16 + 1, 1);
  });

  it("LTV close to r = 1, d = 0 with years keeps its digits", () => {
    // Σ_{t=0}^{9} (1 + d)^−t with d = 1e-12: (1 + d)^−t = 1 − t·d + t(t+1)/2·d² − …, so the sum is
    // 10 − 45·d + 165·d² − … = 10 − 4.5e-11 + 1.65e-22 (Σt = 45, Σt(t+1)/2 = 165 over t = 0…9).
    expectNear(only(ltvCells(1, 1, 1e-12, 10)), 10 - 4.5e-11, 4);
    // r = 1 − 1e-9, d = 0: Σ_{t=0}^{99} r^t = 100 − 4,950e-9 + 161,700e-18 − … (binomial terms).
    expectNear(only(ltvCells(1, 1 - 1e-9, 0, 100)), 100 - 4950e-9 + 161700e-18, 8);
  });

  it("a margin of 0 is worth 0, even where the series diverges", () => {
    expect(only(ltvCells(0, 1, 0))).toBe(0);
  });
});

describe("−0 comes out as 0", () => {
  it.each([
    ["DATA_ASSET_VALUE(-0)", () => dataAssetValueCells(-0)],
    ["USER_ASSET_VALUE(-0, …)", () => userAssetValueCells(-0, 0.5, 100, 0.5)],
    ["ECOSYSTEM_REVENUE(-0)", () => ecosystemRevenueCells(-0)],
    ["LTV(-0, …)", () => ltvCells(-0, 0.5, 0.1)],
    [
      "LTV(-1e-320, …, 亿): a negative amount that underflows",
      () => ltvCells(-1e-320, 0.5, 0.1, 1, "亿"),
    ],
  ])("%s", (_, call) => {
    expect(Object.is(only(call()), 0)).toBe(true);
  });

  it("in ranges and in the breakdown table too", () => {
    const grid = dataAssetValueCells([[-0, 1]], [["low"], ["high"]]);
    expect(Object.is(grid[0]![0], 0)).toBe(true);
    expect(Object.is(grid[1]![0], 0)).toBe(true);
    const table = ecosystemRevenueCells(-0, "breakdown");
    for (const [, value] of table.slice(0, 8)) expect(Object.is(value, 0)).toBe(true);
  });
});

describe("a hole in an array is an empty cell", () => {
  it("[[1,,3]] says 'required' in the middle, not 'result too large'", () => {
    // eslint-disable-next-line no-sparse-arrays
    const out = dataAssetValueCells([[100000, , 300000]]);
    expect(out[0]).toHaveLength(3);
    expect(out[0]![0]).toBeCloseTo(76_500_000, 4);
    expectError(out[0]![1], "#VALUE!", "fleet is required");
    expect(out[0]![2]).toBeCloseTo(229_500_000, 4);
  });
  it("an optional argument's hole takes its default", () => {
    // eslint-disable-next-line no-sparse-arrays
    const out = ltvCells(1000, 0.8, 0.1, [[3, , 3]]);
    expect(out[0]![1]).toBe(only(ltvCells(1000, 0.8, 0.1)));
  });
});

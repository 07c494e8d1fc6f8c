/**
 * product(): the arithmetic under every amount of the model, count × amount per count ÷ unit.
 * The plain product while it is finite; scaled by powers of two when it overflows, so that only
 * a true value beyond a double is ±Infinity.
 */
import { describe, expect, it } from "vitest";
import {
  product,
  ratio,
  Scaled,
  sum,
  times,
  toNumber,
  type Amount,
} from "../../src/model/arithmetic";
import { lifetimeValue, lifetimeYears } from "../../src/model/ltv";
import { userAssetValue, valuePerUser } from "../../src/model/userAssets";

const EPS = 2 ** -52;
function expectNear(actual: Amount, expected: number, ulps = 2): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs(toNumber(actual) - expected)).toBeLessThanOrEqual(
    ulps * EPS * Math.abs(expected)
  );
}

describe("product (src/model/arithmetic.ts)", () => {
  it("is the plain product, then the division, when nothing overflows", () => {
    expect(product(3, 7, 1)).toBe(21);
    expect(product(500_000, 3000, 1e8)).toBe(15);
    expect(product(0.1, 3, 1)).toBe(0.1 * 3);
    expect(product(1e-300, 1e-20, 1)).toBe(1e-320); // a subnormal result stays as it is
    expect(product(-4, 2.5, 1e4)).toBe(-0.001);
  });
  it("a zero factor gives 0, even against an infinite one", () => {
    expect(product(0, Infinity, 1)).toBe(0);
    expect(product(-Infinity, 0, 1e4)).toBe(0);
    expect(product(0, 1e300, 1)).toBe(0);
  });
  it("±Infinity and NaN factors give what plain arithmetic gives", () => {
    expect(product(Infinity, 2, 1)).toBe(Infinity);
    expect(product(2, -Infinity, 1e8)).toBe(-Infinity);
    expect(product(NaN, 2, 1)).toBeNaN();
    expect(product(2, NaN, 1)).toBeNaN();
  });
  it("is ±Infinity only when the true value is beyond a double", () => {
    expect(product(1e200, 1e200, 1)).toBe(Infinity);
    expect(product(-1e200, 1e200, 1e8)).toBe(-Infinity);
    expectNear(product(1e308, 10, 1e8), 1e301);
    expectNear(product(-1e308, 765, 1e4), -7.65e306);
    expect(product(1e200, 1e200, 1e8)).toBe(Infinity); // 1e392 ÷ 1e8: still beyond
    expect(product(Number.MAX_VALUE, 2, 2)).toBe(Number.MAX_VALUE);
  });
  it("scales the factors and the result by the right powers of two", () => {
    // 2^1012 × 2^14 ÷ 2^10 = 2^1016. The exponents' thirds (337.3 + 4.7) do not add up to a
    // third of their sum (342), so each power of two must be applied in full.
    expect(product(2 ** 1012, 2 ** 14, 2 ** 10)).toBe(2 ** 1016);
    expect(product(3 * 2 ** 1012, 5 * 2 ** 14, 2 ** 10)).toBe(15 * 2 ** 1016);
    expect(product(-(2 ** 1000), 2 ** 100, 2 ** 90)).toBe(-(2 ** 1010));
  });
});

describe("the model's amounts go through product", () => {
  it("defaults: every buyer, the calibrated used-car rate, 元", async () => {
    const { buyersValuePerVehicle, dataAssetValue, dataRates } =
      await import("../../src/model/dataAssets");
    const { totalInUnit } = await import("../../src/model/units");
    // 225 + 650 × 9/65 + 300 + 150 = 765 (S12 ÷ 10万)
    expectNear(buyersValuePerVehicle(dataRates("mid")), 765);
    expectNear(dataAssetValue(2, dataRates("mid")), 1530);
    expect(totalInUnit(2, 3)).toBe(6);
    expect(totalInUnit(2, 3, "wan")).toBe(0.0006);
    expect(userAssetValue(2, 0.5, 10, 0.5)).toBe(5);
    expect(lifetimeValue(100, 0, 0.1)).toBe(100);
  });
  it("userAssetValue(1e200, 1, 1e200, 1e-200) = 1e200, in 亿 1e192", () => {
    expectNear(userAssetValue(1e200, 1, 1e200, 1e-200), 1e200);
    expectNear(userAssetValue(1e200, 1, 1e200, 1e-200, "yi"), 1e192);
    expect(valuePerUser(0.8, 20_000, 0.5)).toBe(8000); // S19: 8,000 元 per user
  });
  it("lifetimeValue: margin 0 is 0, a divergent series is ±Infinity, else margin × years of margin", () => {
    expect(lifetimeValue(0, 1, 0)).toBe(0);
    expect(lifetimeValue(1000, 1, 0)).toBe(Infinity);
    expect(lifetimeValue(-1000, 1, 0)).toBe(-Infinity);
    expect(lifetimeYears(1, 0)).toBe(Infinity);
    // r = 0: only the first year counts, with or without a horizon.
    expect(lifetimeYears(0, 0.1)).toBe(1);
    expect(lifetimeYears(0, 0.1, 7)).toBe(1);
    // r = 1, d = 0, n years: n.
    expect(lifetimeYears(1, 0, 5)).toBe(5);
    // (1 + d)/(d + 1 − r) with r = 0.8, d = 0.1: 1.1/0.3.
    expectNear(lifetimeYears(0.8, 0.1), 1.1 / 0.3);
    // 3 years: 1 + q + q² with q = 0.8/1.1.
    expectNear(lifetimeYears(0.8, 0.1, 3), 1 + 0.8 / 1.1 + (0.8 / 1.1) ** 2, 4);
    expectNear(lifetimeValue(1000, 0.8, 0.1, 3, "wan"), (1 + 0.8 / 1.1 + (0.8 / 1.1) ** 2) / 10, 4);
  });
});

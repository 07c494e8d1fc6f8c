/**
 * product(): the arithmetic under every amount of the model. Plain multiplication while it stays
 * in the normal range of doubles; scaled by powers of two when a step would overflow or underflow,
 * so that only a true value beyond a double is ±Infinity or 0.
 */
import { describe, expect, it } from "vitest";
import { product as product5 } from "../../src/model/arithmetic";
import { lifetimeValue, lifetimeYears } from "../../src/model/ltv";
import { userAssetValue, valuePerUser } from "../../src/model/userAssets";

/** product() with the factors not given as 1 and no unit. */
const product = (a: number, b: number, c = 1, d = 1, divisor = 1): number =>
  product5(a, b, c, d, divisor);

const EPS = 2 ** -52;
function expectNear(actual: number, expected: number, ulps = 2): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(ulps * EPS * Math.abs(expected));
}

describe("product (src/model/arithmetic.ts)", () => {
  it("is the plain product when nothing overflows", () => {
    expect(product(3, 7)).toBe(21);
    expect(product(1_000_000, 0.8, 20_000, 0.5)).toBe(8_000_000_000);
    expect(product(500_000, 3000, 1, 1, 1e8)).toBe(15);
    expect(product(0.1, 3)).toBe(0.1 * 3);
  });
  it("a zero factor gives 0, even against an overflow elsewhere", () => {
    expect(product(0, 1e300, 1e300)).toBe(0);
    expect(product(1e300, 0, 1e300)).toBe(0);
    expect(product(1e300, 1e300, 0)).toBe(0);
    expect(product(1e300, 1e300, 1, 0)).toBe(0);
  });
  it("±Infinity and NaN factors give what plain arithmetic gives", () => {
    expect(product(Infinity, 2)).toBe(Infinity);
    expect(product(2, -Infinity)).toBe(-Infinity);
    expect(product(2, 1, Infinity)).toBe(Infinity);
    expect(product(2, 1, 1, Infinity)).toBe(Infinity);
    expect(product(NaN, 2)).toBeNaN();
  });
  it("is ±Infinity or 0 only when the true value is beyond a double", () => {
    expect(product(1e200, 1e200)).toBe(Infinity);
    expect(product(-1e200, 1e200)).toBe(-Infinity);
    expect(product(1e-200, 1e-200)).toBe(0);
    expectNear(product(1e200, 1e200, 1e-200), 1e200);
    expectNear(product(-1e200, 1e200, 1e-200, 1, 1e4), -1e196);
    expectNear(product(1e-200, 1e-200, 1e200), 1e-200);
    expectNear(product(1e-200, 1e-200, 1e200, 1e200), 1);
    expectNear(product(1e308, 10, 1, 1, 1e8), 1e301);
  });
  it("scales each factor and the result by the right power of two (exponents whose thirds don't add up)", () => {
    // 2^1001 × 2^1001 × 2^-1000 = 2^1002: the factors' binary exponents are not multiples of 3,
    // so scaling in thirds must add up exactly.
    expect(product(2 ** 1001, 2 ** 1001, 2 ** -1000)).toBe(2 ** 1002);
    expect(product(2 ** -1001, 2 ** -1001, 2 ** 1000)).toBe(2 ** -1002);
    expect(product(3 * 2 ** 700, 5 * 2 ** 700, 7 * 2 ** -800)).toBe(105 * 2 ** 600);
  });
  it("keeps subnormal results and the smallest and largest doubles", () => {
    expect(product(1e-300, 1e-20)).toBe(1e-320);
    expect(product(5e-324, 1e300, 1e-300)).toBe(5e-324);
    expect(product(Number.MAX_VALUE, 0.5, 2)).toBe(Number.MAX_VALUE);
    expect(product(2 ** -1022, 2 ** 600, 2 ** -600)).toBe(2 ** -1022);
  });
});

describe("the model's amounts go through product", () => {
  it("defaults: every buyer, the calibrated used-car rate, 元", async () => {
    const { dataValuePerVehicle, dataAssetValue, dataRates } =
      await import("../../src/model/dataAssets");
    const { totalInUnit } = await import("../../src/model/units");
    // 225 + 650 × 9/65 + 300 + 150 = 765 (S12 ÷ 10万)
    expectNear(dataValuePerVehicle(dataRates("mid")), 765);
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

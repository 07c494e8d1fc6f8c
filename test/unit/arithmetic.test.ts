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

describe("steps beyond a double are Scaled until the cell (issue 18)", () => {
  const MIN_NORMAL = 2 ** -1022;
  it("times: the plain product while it is a normal double or 0 from a zero factor", () => {
    expect(times(3, 7)).toBe(21);
    expect(times(-2, 0.5)).toBe(-1);
    expect(times(0, 1e-300)).toBe(0);
    expect(times(1e-300, 0)).toBe(0);
    expect(times(MIN_NORMAL, 1)).toBe(MIN_NORMAL); // the smallest normal double is plain
    expect(times(Infinity, 2)).toBe(Infinity);
    expect(times(2, Infinity)).toBe(Infinity);
    expect(times(-2, -Infinity)).toBe(Infinity);
    expect(times(0, Infinity)).toBe(0);
    expect(times(NaN, 2)).toBeNaN();
    expect(times(2, new Scaled(1, 2000))).toBeInstanceOf(Scaled);
    expect(times(-Infinity, new Scaled(-1, 2000))).toBe(Infinity);
    expect(times(0, new Scaled(1, 2000))).toBe(0);
  });
  it("times: below the normal doubles or beyond them, Scaled with every digit", () => {
    const tiny = times(1e-200, 1e-200);
    expect(tiny).toBeInstanceOf(Scaled);
    expectNear(product(1e300, tiny, 1), 1e-100);
    const subnormal = times(MIN_NORMAL, 0.75); // a subnormal with its digits: Scaled
    expect(subnormal).toBeInstanceOf(Scaled);
    expect(toNumber(subnormal)).toBe(MIN_NORMAL * 0.75);
    const huge = times(1e200, -1e200);
    expect(huge).toBeInstanceOf(Scaled);
    expect(toNumber(huge)).toBe(-Infinity);
    expectNear(product(1e-300, huge, 1e4), -1e96);
    expectNear(toNumber(times(1e-200, times(1e200, 3))), 3); // back in range: a plain double
    expect(typeof times(1e-200, times(1e200, 3))).toBe("number");
  });
  it("ratio: plain while in range; Scaled beyond; a zero or non-finite operand as plain arithmetic", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(5, 0)).toBe(Infinity);
    expect(ratio(-5, 0)).toBe(-Infinity);
    expect(ratio(0, 0)).toBeNaN();
    expect(ratio(5, Infinity)).toBe(0);
    expect(ratio(Infinity, 5)).toBe(Infinity);
    expect(ratio(new Scaled(1, 2000), Infinity)).toBe(0);
    expect(ratio(new Scaled(-1, 2000), 0)).toBe(-Infinity);
    expect(ratio(0, new Scaled(1, 2000))).toBe(0);
    const big = ratio(1, 1e-310);
    expect(big).toBeInstanceOf(Scaled);
    expectNear(product(1e-10, big, 1), 1e-10 / 1e-310);
    const small = ratio(1e-300, 1e300);
    expect(small).toBeInstanceOf(Scaled);
    expectNear(product(1e300, small, 1), 1e-300);
    expect(ratio(new Scaled(1.5, 2000), new Scaled(0.75, 1999))).toBe(4);
    expect(ratio(3, new Scaled(1.5, -1))).toBe(4);
  });
  it("sum: the plain sum while finite; beyond, relative to the largest term", () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(sum([])).toBe(0);
    expect(sum([1e308, -1e308])).toBe(0);
    const two = sum([1e308, 0, 1e308, 0]);
    expect(two).toBeInstanceOf(Scaled);
    expect(toNumber(two)).toBe(Infinity);
    expectNear(product(1e-300, two, 1), 2e8);
    expectNear(toNumber(sum([1e308, 1e308, -1e308])), 1e308); // back in range: plain
    expect(typeof sum([1e308, 1e308, -1e308])).toBe("number");
    expect(sum([1e308, 1e308, -1e308, -1e308])).toBe(0);
    expect(sum([1e308, 1e308, Infinity])).toBe(Infinity);
    expect(sum([1e308, 1e308, NaN])).toBeNaN();
    expect(sum([new Scaled(1, 2000), -Infinity])).toBe(-Infinity);
    // A Scaled term among plain ones: 2^2000 + 2^1999 + 3 = 1.5 × 2^2000 (3 is lost beside it).
    const mixed = sum([3, new Scaled(1, 2000), new Scaled(1, 1999)]);
    expect(mixed).toBeInstanceOf(Scaled);
    expect(ratio(mixed, new Scaled(1, 2000))).toBe(1.5);
    const twice = sum([new Scaled(1, -1100), new Scaled(1, -1100)]);
    expect(twice).toBeInstanceOf(Scaled);
    expect(ratio(twice, new Scaled(1, -1100))).toBe(2);
    expect(sum([new Scaled(1, 0), new Scaled(-1, 0)])).toBe(0);
    expect(sum([2, new Scaled(1, 1)])).toBe(4);
    // The largest term sets the scale wherever it stands.
    const first = sum([new Scaled(1, 2000), 3]);
    expect(first).toBeInstanceOf(Scaled);
    expect(ratio(first, new Scaled(1, 2000))).toBe(1);
  });
  it("toNumber: a double as itself, a Scaled as the nearest double", () => {
    expect(toNumber(3)).toBe(3);
    expect(toNumber(new Scaled(1.5, 4))).toBe(24);
    expect(toNumber(new Scaled(1, -1074))).toBe(5e-324);
    expect(toNumber(new Scaled(1, -1076))).toBe(0);
    expect(toNumber(new Scaled(-1, 1024))).toBe(-Infinity);
    expect(toNumber(new Scaled(1, 1023))).toBe(2 ** 1023);
  });
  it("product of a Scaled amount: exact powers of two, a zero count 0, a non-finite count as plain", () => {
    expect(product(2 ** -1000, new Scaled(1.5, 1100), 2 ** 10)).toBe(1.5 * 2 ** 90);
    expect(product(0, new Scaled(1, 2000), 1)).toBe(0);
    expect(product(Infinity, new Scaled(1, 2000), 1)).toBe(Infinity);
    expect(product(-Infinity, new Scaled(1, -2000), 1)).toBe(-Infinity);
    expect(product(NaN, new Scaled(1, 2000), 1)).toBeNaN();
    expect(product(3, new Scaled(1, 2000), 1)).toBe(Infinity);
    expect(product(3, new Scaled(1, -2000), 1)).toBe(0);
  });
});

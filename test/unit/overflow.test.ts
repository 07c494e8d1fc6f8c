/**
 * An intermediate step beyond a double never hides a representable result (issue 18): MODEL.md
 * §3 allows #NUM! only for a result that cannot be represented. Each function's amount per unit of
 * its first argument is a sum (buyers, streams), a product (rates × LTV) or a ratio (the multiple,
 * the unbounded LTV) that can overflow or underflow while the cell's value fits. Expected values
 * are MODEL.md's formulas worked by hand, on powers of ten chosen so that they are exact.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import { EcoError } from "../../src/functions/errors";
import type { OutCell } from "../../src/functions/run";
import { only } from "../support/cells";

const EPS = 2 ** -52;
/** `cell` is a number within `ulps` units in the last place of `expected`. */
function expectNumber(cell: OutCell | undefined, expected: number, ulps = 4): void {
  if (cell instanceof EcoError)
    throw new Error(`expected ${expected}, got ${cell.code} ${cell.message}`);
  expect(typeof cell).toBe("number");
  expect(Math.abs((cell as number) - expected)).toBeLessThanOrEqual(
    ulps * EPS * Math.abs(expected)
  );
}

describe("DATA_ASSET_VALUE: the sum of the buyers' prices may exceed a double", () => {
  it("DATA_ASSET_VALUE(1e-300,,,,{1e308,0,1e308,0}) is 2e8, not #NUM!", () => {
    // fleet × (insurance + fee × rate + finance + mobility) = 1e-300 × 2e308
    expectNumber(only(dataAssetValueCells(1e-300, null, null, null, [[1e308, 0, 1e308, 0]])), 2e8);
  });
  it("every buyer's term counts in the long sum, the used-car one through its rate", () => {
    // 1e308 + 1.5e308 × 0.5 + 1e308 + 1e308 = 3.75e308 元 per vehicle; × 1e-300 vehicles.
    const fourTerms = [[1e308, 1.5e308, 1e308, 1e308]];
    expectNumber(only(dataAssetValueCells(1e-300, null, null, 0.5, fourTerms)), 3.75e8);
    expectNumber(
      only(dataAssetValueCells(1e-300, null, null, 1, [[1e308, 1e308, 1e308, 1e308]])),
      4e8
    );
    expectNumber(
      only(dataAssetValueCells(1e-300, null, null, 0, [[1e308, 1e308, 1e308, 1e308]])),
      3e8
    );
    // In 亿: 2e308 元 per vehicle × 1 vehicle ÷ 1e8 = 2e300.
    expectNumber(
      only(dataAssetValueCells(1, null, null, null, [[1e308, 0, 1e308, 0]], "亿")),
      2e300
    );
  });
  it("a used-car term below the normal doubles keeps its digits (1e-300 × 1e-20 per vehicle)", () => {
    // fee 1e-300 × rate 1e-20 = 1e-320 元 per vehicle (subnormal) × 1e300 vehicles = 1e-20.
    expectNumber(
      only(dataAssetValueCells(1e300, null, "usedcar", 1e-20, [[0, 1e-300, 0, 0]])),
      1e-20
    );
  });
  it("still #NUM! when the true value is beyond a double", () => {
    const cell = only(dataAssetValueCells(2, null, null, null, [[1e308, 0, 1e308, 0]]));
    expect(cell).toBeInstanceOf(EcoError);
    expect((cell as EcoError).code).toBe("#NUM!");
  });
});

describe("ECOSYSTEM_REVENUE: the streams' sums may exceed a double", () => {
  const huge = [[1e308, 1e308, 1e308, 0, 0, 0]];
  it("the multiple with per_vehicle {1e308,1e308,1e308,0,0,0} is 2", () => {
    // (baas + charging + insurance + lifestyle + usedcar) ÷ traditional = 2e308 ÷ 1e308
    expectNumber(only(ecosystemRevenueCells(1, "multiple", huge)), 2);
    expectNumber(only(ecosystemRevenueCells(1, "倍数", [[4e307, 1e308, 1e308, 0, 0, 1e308]])), 7.5);
  });
  it("the multiple is still #NUM! when it is itself beyond a double", () => {
    const cell = only(ecosystemRevenueCells(1, "multiple", [[1e-300, 1e308, 0, 0, 0, 0]]));
    expect(cell).toBeInstanceOf(EcoError);
    expect((cell as EcoError).code).toBe("#NUM!");
  });
  it("the ecosystem and total amounts, alone and in the breakdown", () => {
    expectNumber(only(ecosystemRevenueCells(1e-300, "ecosystem", huge)), 2e8);
    expectNumber(only(ecosystemRevenueCells(1e-300, "total", huge)), 3e8);
    expectNumber(only(ecosystemRevenueCells(1, "total", huge, "亿")), 3e300);
    const table = ecosystemRevenueCells(1e-300, "breakdown", huge);
    const byLabel = new Map(table.map(([label, value]) => [label, value]));
    expectNumber(byLabel.get("Ecosystem (5 extension streams)"), 2e8);
    expectNumber(byLabel.get("Total"), 3e8);
    expectNumber(byLabel.get("Ecosystem ÷ traditional (×)"), 2);
    expectNumber(byLabel.get("Traditional after-sales"), 1e8);
  });
  it("a grid of fleets against an overflowing per_vehicle: every cell its own value", () => {
    const out = ecosystemRevenueCells(
      [
        [1e-300, 2e-300],
        [1e-299, 0],
      ],
      "ecosystem",
      huge
    );
    expectNumber(out[0]![0], 2e8);
    expectNumber(out[0]![1], 4e8);
    expectNumber(out[1]![0], 2e9);
    expect(out[1]![1]).toBe(0);
  });
});

describe("USER_ASSET_VALUE and LTV: products and ratios beyond a double", () => {
  it("USER_ASSET_VALUE(1e300, 1e-200, 1e-200, 1) is 1e-100, not 0", () => {
    // users × activity × LTV × repurchase: the per-user 1e-400 is below every double.
    expectNumber(only(userAssetValueCells(1e300, 1e-200, 1e-200, 1)), 1e-100);
    expectNumber(only(userAssetValueCells(1e300, 1, 1e-200, 1e-200)), 1e-100);
  });
  it("LTV without years: (1 + d) ÷ (d + 1 − r) years may exceed a double", () => {
    // r = 1, d = 1e-310: (1 + d) ÷ d ≈ 1e310 years (1 + d is 1 in doubles); × margin 1e-10.
    expectNumber(only(ltvCells(1e-10, 1, 1e-310)), 1e-10 / 1e-310);
    expectNumber(only(ltvCells(-1e-10, 1, 1e-310, null, "万")), -1e-10 / 1e-310 / 1e4);
  });
});

describe("powers of two move between the first argument and the others without changing a cell", () => {
  // count × perCount is unchanged when count is divided by 2^k and every price multiplied by 2^k
  // (exact in binary): an intermediate beyond a double must not change the cell.
  const price = fc.double({ min: 1, max: 15, noNaN: true });
  it("DATA_ASSET_VALUE and ECOSYSTEM_REVENUE, every amount stream", () => {
    // 15 × 2^1019 < 2^1023 is a double; a sum of four or five such prices often is not.
    const k = fc.integer({ min: 1015, max: 1019 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.array(price, { minLength: 6, maxLength: 6 }),
        k,
        fc.constantFrom("元", "万", "亿"),
        fc.constantFrom("ecosystem", "total", "traditional", "baas", "usedcar", "multiple"),
        (fleet, prices, shift, unit, stream) => {
          const up = prices.map((p) => p * 2 ** shift);
          const down = fleet * 2 ** -shift;
          const rates = [prices.slice(0, 4)];
          const expected = only(dataAssetValueCells(fleet, null, null, 0.5, rates, unit)) as number;
          const scaled = only(dataAssetValueCells(down, null, null, 0.5, [up.slice(0, 4)], unit));
          expectNumber(scaled, expected, 8);
          const eco = only(ecosystemRevenueCells(fleet, stream, [prices], unit)) as number;
          expectNumber(only(ecosystemRevenueCells(down, stream, [up], unit)), eco, 8);
        }
      )
    );
  });
  it("USER_ASSET_VALUE: the users up, the LTV down", () => {
    // 1000 users × 2^1013 is a double; the LTV × 2^-1013 times the rates is often below the
    // normal doubles (2^-1022), where a plain product keeps fewer digits or none.
    const k = fc.integer({ min: 1005, max: 1013 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        price,
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        k,
        (users, activity, ltv, repurchase, shift) => {
          const expected = only(userAssetValueCells(users, activity, ltv, repurchase)) as number;
          const scaled = only(
            userAssetValueCells(users * 2 ** shift, activity, ltv * 2 ** -shift, repurchase)
          );
          expectNumber(scaled, expected, 8);
        }
      )
    );
  });
});

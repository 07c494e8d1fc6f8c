import { describe, expect, it, beforeEach } from "vitest";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import { setLanguage } from "../../src/functions/messages";
import { expectError, only, rel } from "../support/cells";

// MODEL.md §2 reference values, each an S-figure of the seed.
beforeEach(() => setLanguage("en-US"));

describe("MODEL.md reference values", () => {
  it("DATA_ASSET_VALUE(100000) = 76,500,000 (S12)", () => {
    expect(rel(only(dataAssetValueCells(100000)) as number, 76_500_000)).toBeLessThan(1e-12);
  });
  it('DATA_ASSET_VALUE(100000,,,,,"万") = 7,650', () => {
    expect(
      rel(only(dataAssetValueCells(100000, null, null, null, null, "万")) as number, 7650)
    ).toBeLessThan(1e-12);
  });
  it("USER_ASSET_VALUE(1000000, 0.8, 20000, 0.5, 亿) = 80 (S19)", () => {
    expect(only(userAssetValueCells(1_000_000, 0.8, 20_000, 0.5, "亿"))).toBeCloseTo(80, 12);
  });
  it("ECOSYSTEM_REVENUE(500000) and its streams (S15, S16)", () => {
    expect(only(ecosystemRevenueCells(500_000))).toBe(2_250_000_000);
    expect(only(ecosystemRevenueCells(500_000, "traditional"))).toBe(500_000_000);
    expect(only(ecosystemRevenueCells(500_000, "multiple"))).toBeCloseTo(4.5, 14);
    expect(only(ecosystemRevenueCells(500_000, "baas", null, "亿"))).toBe(15);
    expect(only(ecosystemRevenueCells(500_000, "total", null, "亿"))).toBe(27.5);
    expect(only(ecosystemRevenueCells(500_000, "充电", null, "亿"))).toBe(3);
    expect(only(ecosystemRevenueCells(500_000, "保险", null, "亿"))).toBe(1.5);
    expect(only(ecosystemRevenueCells(500_000, "精品", null, "亿"))).toBe(2);
    expect(only(ecosystemRevenueCells(500_000, "二手车", null, "亿"))).toBe(1);
  });
  it("multiple ignores unit", () => {
    expect(only(ecosystemRevenueCells(500_000, "倍数", null, "亿"))).toBeCloseTo(4.5, 14);
  });
  it("breakdown spills a 9×2 table of label and value", () => {
    const t = ecosystemRevenueCells(500_000, "breakdown", null, "亿");
    expect(t).toHaveLength(9);
    expect(t.map((r) => r.length)).toEqual(Array(9).fill(2));
    expect(t.map((r) => r[1])).toEqual([5, 15, 3, 1.5, 2, 1, 22.5, 27.5, 4.5]);
    setLanguage("zh-CN");
    expect(ecosystemRevenueCells(500_000, "明细")[0]![0]).toBe("传统售后");
  });
  it("LTV: finite and infinite horizon per MODEL.md", () => {
    expect(only(ltvCells(1000, 0.8, 0.1))).toBeCloseTo((1000 * 1.1) / (1.1 - 0.8), 9);
    expect(only(ltvCells(1000, 0.8, 0.1, 3))).toBeCloseTo(1000 * (1 + 0.8 / 1.1 + 0.64 / 1.21), 9);
    expect(only(ltvCells(1000, 0.8, 0.1, 1, "万"))).toBeCloseTo(0.1, 12);
  });
  it("scenario, buyer and used_car_rate select the seed's ranges (S8–S11)", () => {
    expect(only(dataAssetValueCells(100000, "low", "insurance"))).toBe(15_000_000);
    expect(only(dataAssetValueCells(100000, "高", "保险"))).toBe(30_000_000);
    expect(only(dataAssetValueCells(1, "high", "usedcar", 1))).toBe(800);
    expect(only(dataAssetValueCells(1, 0.5, "finance"))).toBe(300);
    expect(only(dataAssetValueCells(1, " MID ", "Mobility"))).toBe(150);
    expect(only(dataAssetValueCells(10, null, null, 0.5, [[1, 2, 3, 4]]))).toBe(
      10 * (1 + 2 * 0.5 + 3 + 4)
    );
    expect(
      only(dataAssetValueCells(10, null, null, null, [[1], [2], [3], [4]], "yuan"))
    ).toBeCloseTo(10 * (1 + 2 * (9 / 65) + 3 + 4), 10);
  });
  it("per_vehicle replaces the default streams", () => {
    expect(only(ecosystemRevenueCells(2, "ecosystem", [[10, 1, 2, 3, 4, 5]]))).toBe(30);
    expect(only(ecosystemRevenueCells(2, "multiple", [[10, 1, 2, 3, 4, 5]]))).toBe(1.5);
  });
});

describe("errors (MODEL.md §3)", () => {
  it("required argument missing or empty → #VALUE! naming it", () => {
    expectError(only(dataAssetValueCells(null)), "#VALUE!", "fleet is required");
    expectError(only(dataAssetValueCells([[""]])), "#VALUE!", "fleet is required");
    expectError(only(userAssetValueCells(1, null, 1, 1)), "#VALUE!", "activity_rate is required");
  });
  it("text where a number is needed → #VALUE!", () => {
    expectError(only(dataAssetValueCells("100000")), "#VALUE!", /fleet must be a number/);
    expectError(only(dataAssetValueCells(true)), "#VALUE!", /fleet must be a number, not TRUE/);
  });
  it("unknown names → #VALUE! listing accepted names, in both languages", () => {
    expectError(
      only(dataAssetValueCells(1, "medium")),
      "#VALUE!",
      /scenario .*low, mid, high, 低, 中, 高/
    );
    expectError(only(dataAssetValueCells(1, null, "bank")), "#VALUE!", /buyer .*insurance/);
    expectError(only(ecosystemRevenueCells(1, "nio")), "#VALUE!", /stream .*breakdown/);
    expectError(only(ecosystemRevenueCells(1, null, null, "千")), "#VALUE!", /unit .*万/);
    setLanguage("zh-CN");
    expectError(
      only(ecosystemRevenueCells(1, null, null, "千")),
      "#VALUE!",
      /unit 不接受文本“千”；可用值：元/
    );
  });
  it("numbers out of range → #VALUE! with the range (Excel shows its message); #NUM! only for results", () => {
    expectError(only(dataAssetValueCells(-1)), "#VALUE!", /fleet must be ≥ 0/);
    expectError(only(dataAssetValueCells(1, 1.5)), "#VALUE!", /scenario/);
    expectError(
      only(dataAssetValueCells(1, null, null, 2)),
      "#VALUE!",
      /used_car_rate must be between 0 and 1/
    );
    expectError(only(userAssetValueCells(1, 1.01, 1, 1)), "#VALUE!", /activity_rate/);
    expectError(only(dataAssetValueCells(NaN)), "#VALUE!", /fleet must be a finite number/);
    expectError(only(dataAssetValueCells(Infinity)), "#VALUE!", /fleet/);
    expectError(only(ltvCells(1, 0.5, 0.1, 2.5)), "#VALUE!", /years must be a whole number/);
    expectError(only(ltvCells(1, 0.5, 0.1, 0)), "#VALUE!", /years must be ≥ 1/);
    expectError(only(ltvCells(1, 1, 0)), "#NUM!", /too large/);
  });
  it("vectors of the wrong size → #VALUE!", () => {
    expectError(
      only(dataAssetValueCells(1, null, null, null, [[1, 2, 3]])),
      "#VALUE!",
      /rates needs 4 values/
    );
    expectError(
      only(
        ecosystemRevenueCells(1, null, [
          [1, 2],
          [3, 4],
          [5, 6],
        ])
      ),
      "#VALUE!",
      /per_vehicle needs 6 values/
    );
    expectError(
      only(dataAssetValueCells(1, null, null, null, [[1, 2, -3, 4]])),
      "#VALUE!",
      /rates must be ≥ 0/
    );
  });
  it("errors passed in come out first, in argument order", () => {
    expectError(only(dataAssetValueCells({ code: "#DIV/0!" }, "nonsense")), "#DIV/0!");
    expectError(
      only(dataAssetValueCells(1, { code: "#N/A", message: "upstream" })),
      "#N/A",
      "upstream"
    );
    expectError(
      only(dataAssetValueCells({ code: "#REF!" })),
      "#VALUE!",
      /fleet holds the error #REF!/
    );
  });
  it("multiple with zero traditional revenue → #DIV/0!", () => {
    expectError(only(ecosystemRevenueCells(1, "multiple", [[0, 1, 1, 1, 1, 1]])), "#DIV/0!");
  });
});

describe("broadcasting like Excel's arithmetic", () => {
  it("a column of fleets against a row of scenarios gives a grid", () => {
    const grid = dataAssetValueCells([[100000], [500000]], [["low", "mid", "high"]]);
    expect(grid).toHaveLength(2);
    for (const [i, fleet] of [100000, 500000].entries()) {
      for (const [j, s] of ["low", "mid", "high"].entries()) {
        expect(grid[i]![j]).toBe(only(dataAssetValueCells(fleet, s)));
      }
    }
  });
  it("same-shape arrays go element by element; a size clash leaves #N/A", () => {
    const r = userAssetValueCells([[1, 2, 3]], [[1, 1]], 10, 1);
    expect(r[0]![0]).toBe(10);
    expect(r[0]![1]).toBe(20);
    expectError(r[0]![2], "#N/A");
  });
  it("the bad cell alone gets the error; neighbours compute", () => {
    const r = dataAssetValueCells([[100000], ["x"], [-5], [null], [200000]]);
    expect(r[0]![0]).toBeCloseTo(76_500_000, 4);
    expectError(r[1]![0], "#VALUE!", /fleet must be a number/);
    expectError(r[2]![0], "#VALUE!", /fleet must be ≥ 0/);
    expectError(r[3]![0], "#VALUE!", /fleet is required/);
    expect(r[4]![0]).toBeCloseTo(153_000_000, 4);
  });
  it("a single bad argument fills every cell, unless an earlier argument is bad there first", () => {
    const r = dataAssetValueCells([[1], ["x"], [3]], null, null, null, null, "千");
    expectError(r[0]![0], "#VALUE!", /unit/);
    expectError(r[1]![0], "#VALUE!", /fleet must be a number/);
    expectError(r[2]![0], "#VALUE!", /unit/);
    const v = dataAssetValueCells([[1], [-1]], null, null, null, [[1, 2, 3]]);
    expectError(v[0]![0], "#VALUE!", /rates needs 4 values/);
    expectError(v[1]![0], "#VALUE!", /fleet/);
  });

  it("text arguments broadcast too: a breakdown inside an array is refused per cell", () => {
    const r = ecosystemRevenueCells(500000, [["baas", "breakdown"]], null, "亿");
    expect(r[0]![0]).toBe(15);
    expectError(r[0]![1], "#VALUE!", /breakdown/);
  });
});

describe("vector arguments and wide ranges, from the source (run.ts)", () => {
  // MODEL.md §2: data value = fleet × (insurance + used_car_rate × used-car fee + finance + mobility).
  const ownRates = 150 + (9 / 65) * 500 + 200 + 100;

  it("rates is one argument in a row or a column, never a range to broadcast", () => {
    const row = dataAssetValueCells(100000, null, null, null, [[150, 500, 200, 100]]);
    const col = dataAssetValueCells(100000, null, null, null, [[150], [500], [200], [100]]);
    expect(rel(only(row) as number, 100000 * ownRates)).toBeLessThan(1e-12);
    expect(only(col)).toBe(only(row));
  });

  it("per_vehicle likewise: the six defaults given by hand give the default", () => {
    const given = ecosystemRevenueCells(500_000, null, [[1000, 3000, 600, 300, 400, 200]]);
    expect(only(given)).toBe(2_250_000_000);
  });

  it("a vector of the wrong length is #VALUE! naming it", () => {
    expectError(
      only(dataAssetValueCells(100000, null, null, null, [[1, 2, 3]])),
      "#VALUE!",
      "rates"
    );
  });

  it("a row of 100 fleets (wider than the reused scratch of 64) gives each its own value", () => {
    const fleets = Array.from({ length: 100 }, (_, j) => 1000 * (j + 1));
    const out = dataAssetValueCells([fleets]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(100);
    out[0]!.forEach((v, j) => expect(rel(v as number, fleets[j]! * 765)).toBeLessThan(1e-12));
    const again = dataAssetValueCells([fleets.slice(0, 3)]);
    expect(again[0]).toHaveLength(3);
  });
});

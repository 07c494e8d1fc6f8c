import { beforeAll, describe, expect, it } from "vitest";
import { call, excelArgs, loadBundle, readMetadata, StubError, type FunctionMetadata, type Registered } from "./sandbox";

// The built bundle and its generated metadata, exercised together, so code and metadata can't drift.
let registered: Registered;
let meta: Map<string, FunctionMetadata>;

beforeAll(() => {
  registered = loadBundle();
  meta = new Map(readMetadata().functions.map((f) => [f.id, f]));
});

function excel(id: string, ...args: unknown[]): unknown {
  const m = meta.get(id);
  const fn = registered.get(id);
  if (!m || !fn) throw new Error(`${id} is not registered with metadata`);
  expect(args.length).toBeLessThanOrEqual(m.parameters.length);
  return call(fn, excelArgs(m, args));
}

const scalar = (r: unknown): unknown => {
  expect(Array.isArray(r)).toBe(true);
  const grid = r as unknown[][];
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  return grid[0]![0];
};

describe("the built bundle and dist/functions.json", () => {
  it("registers exactly the functions the metadata declares", () => {
    expect([...registered.keys()].sort()).toEqual([...meta.keys()].sort());
    expect([...meta.keys()].sort()).toEqual([
      "DATA_ASSET_VALUE",
      "ECOSYSTEM_REVENUE",
      "LTV",
      "PLAN",
      "SIMULATE",
      "USER_ASSET_VALUE",
    ]);
  });

  it("declares each function's arguments in MODEL.md's order, every one a range", () => {
    const params = (id: string) => meta.get(id)!.parameters.map((p) => p.name);
    expect(params("DATA_ASSET_VALUE")).toEqual(["fleet", "scenario", "buyer", "used_car_rate", "rates", "unit"]);
    expect(params("USER_ASSET_VALUE")).toEqual(["users", "activity_rate", "ltv", "repurchase_rate", "unit"]);
    expect(params("ECOSYSTEM_REVENUE")).toEqual(["fleet", "stream", "per_vehicle", "unit"]);
    expect(params("LTV")).toEqual(["annual_margin", "retention_rate", "discount_rate", "years", "unit"]);
    for (const f of meta.values()) {
      expect(f.result.dimensionality).toBe("matrix");
      expect(f.description.length).toBeGreaterThan(40);
      expect(f.helpUrl).toMatch(new RegExp(`^https://.+/help\\.html#${f.id}$`));
      for (const p of f.parameters) {
        expect(p.dimensionality).toBe("matrix");
        expect(p.description?.length ?? 0).toBeGreaterThan(10);
      }
    }
  });

  it("gives every MODEL.md reference value", () => {
    expect(Math.abs((scalar(excel("DATA_ASSET_VALUE", 100000)) as number) - 76_500_000)).toBeLessThan(1e-6);
    expect(scalar(excel("DATA_ASSET_VALUE", 100000, null, null, null, null, "万"))).toBeCloseTo(7650, 9);
    expect(scalar(excel("USER_ASSET_VALUE", 1000000, 0.8, 20000, 0.5, "亿"))).toBeCloseTo(80, 12);
    expect(scalar(excel("ECOSYSTEM_REVENUE", 500000))).toBe(2_250_000_000);
    expect(scalar(excel("ECOSYSTEM_REVENUE", 500000, "traditional"))).toBe(500_000_000);
    expect(scalar(excel("ECOSYSTEM_REVENUE", 500000, "multiple"))).toBeCloseTo(4.5, 14);
    expect(scalar(excel("ECOSYSTEM_REVENUE", 500000, "baas", null, "亿"))).toBe(15);
    expect(scalar(excel("LTV", 1000, 0.8, 0.1))).toBeCloseTo((1000 * 1.1) / 0.3, 9);
  });

  it("spills a sensitivity grid from one formula", () => {
    const grid = excel("DATA_ASSET_VALUE", [[100000], [1000000]], [["low", "mid", "high"]], null, null, null, "万") as number[][];
    expect(grid).toHaveLength(2);
    expect(grid[0]).toHaveLength(3);
    expect(grid[0]![1]).toBeCloseTo(7650, 9);
    expect(grid[1]![1]).toBeCloseTo(76500, 9);
    expect(grid[0]![0]).toBeLessThan(grid[0]![1]!);
    expect(grid[0]![1]).toBeLessThan(grid[0]![2]!);
  });

  it("throws an Excel error with a message for a bad scalar, and puts it in the bad cell of an array", () => {
    const e = excel("DATA_ASSET_VALUE", "many");
    expect(e).toBeInstanceOf(StubError);
    expect((e as StubError).code).toBe("#VALUE!");
    expect((e as StubError).message).toMatch(/fleet/);
    const missing = excel("USER_ASSET_VALUE", 1, null, 1, 1) as StubError;
    expect(missing.code).toBe("#VALUE!");
    expect(missing.message).toBe("activity_rate is required");
    const range = excel("DATA_ASSET_VALUE", -1) as StubError;
    expect(range.code).toBe("#VALUE!");
    expect(range.message).toBe("fleet must be ≥ 0; got -1");
    const arr = excel("DATA_ASSET_VALUE", [[1], [-1], ["x"]]) as unknown[][];
    expect(typeof arr[0]![0]).toBe("number");
    expect((arr[1]![0] as StubError).code).toBe("#VALUE!");
    expect((arr[2]![0] as StubError).code).toBe("#VALUE!");
  });

  it("breakdown spills label/value rows", () => {
    const t = excel("ECOSYSTEM_REVENUE", 500000, "breakdown", null, "亿") as unknown[][];
    expect(t).toHaveLength(9);
    expect(t[8]![1]).toBeCloseTo(4.5, 14);
  });
});

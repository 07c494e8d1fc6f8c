/**
 * ECO.PLAN and ECO.SIMULATE's cases (MODEL.md §8–§10), run by two callers: the built bundle loaded
 * as Excel's runtime loads it (test/bundle/plan.test.ts), and the source's own custom functions
 * against a stub runtime (test/unit/planFunctions.test.ts), which is what `npm run mutation`
 * can run against each mutant of src/functions. Expected numbers are MODEL.md §8–§9's reference
 * values (the story's defaults, its opex/capex variant and the mature-ecosystem preset); texts
 * are the workbook's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Bundle } from "../hardening/bundle";
import { StubError } from "../bundle/sandbox";

/** Opens a caller of the functions in a display language. */
export type OpenCaller = (displayLanguage: "en-US" | "zh-CN") => Bundle;

/** PLAN's arguments by name, positioned as §10 orders them, then §11.10's appended after unit. */
export const PLAN_ARGS = [
  "fleet",
  "target_fleet",
  "fleet_path",
  "margin",
  "service_cost",
  "network_cost",
  "eco_opex",
  "capex",
  "coverage",
  "adoption",
  "stream_margin",
  "discount_rate",
  "scenario",
  "case_factors",
  "output",
  "unit",
  "data_prices",
  "used_car_rate",
  "stream_revenue",
  "terminal_growth",
] as const;
export const SIMULATE_ARGS = [
  ...PLAN_ARGS.slice(0, 12),
  "case_factors",
  "trials",
  "output",
  "unit",
  "data_prices",
  "used_car_rate",
  "stream_revenue",
  "correlation",
] as const;
type Named = Partial<Record<(typeof PLAN_ARGS)[number] | (typeof SIMULATE_ARGS)[number], unknown>>;

const positional = (names: readonly string[], a: Named): unknown[] =>
  names.map((n) => (a as Record<string, unknown>)[n] ?? null);

function one(r: unknown): unknown {
  if (r instanceof StubError) return r;
  const grid = r as unknown[][];
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  return grid[0]![0];
}
const num = (r: unknown): number => {
  const v = one(r);
  expect(typeof v, JSON.stringify(v)).toBe("number");
  return v as number;
};
/** A value MODEL.md prints to whole 元: within half a 元. */
const whole = (r: unknown, expected: number): void =>
  expect(Math.abs(num(r) - expected)).toBeLessThanOrEqual(0.5);
/** A value MODEL.md prints with `digits` significant decimals ("≈"). */
const near = (actual: number, expected: number, step: number): void =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(step / 2);
const error = (r: unknown): StubError => {
  expect(r).toBeInstanceOf(StubError);
  return r as StubError;
};

const STORY = { fleet: 100000 };
const OPEX_CAPEX = {
  fleet: 100000,
  eco_opex: 1e8,
  capex: [[3e8, 2e8, 0, 0, 0, 0]],
};
const FULL = [1, 1, 1, 1, 1, 1];
const MATURE = {
  fleet: 100000,
  service_cost: 0,
  network_cost: 0,
  coverage: [FULL],
  adoption: [FULL, FULL, FULL, FULL, FULL],
};

/** S8–S11's prices, buyers down (insurance, used-car fee, finance, mobility), low / mid / high across. */
const SEED_PRICES = [
  [150, 225, 300],
  [500, 650, 800],
  [200, 300, 400],
  [100, 150, 200],
];
/** MODEL.md §11.1's own company: insurance 100 / 120 / 150, the other prices the seed's. */
const withInsurance = (prices: number[][], row: number[]): number[][] => [row, ...prices.slice(1)];

/** Every case of PLAN and SIMULATE, through the caller `open` gives. */
export function planFunctionCases(open: OpenCaller): void {
  let en: Bundle;
  let zh: Bundle;
  beforeAll(() => {
    en = open("en-US");
    zh = open("zh-CN");
  });

  const PLAN = (a: Named, b: Bundle = en): unknown => b.call("PLAN", positional(PLAN_ARGS, a));
  const SIMULATE = (a: Named, b: Bundle = en): unknown =>
    b.call("SIMULATE", positional(SIMULATE_ARGS, a));

  describe("ECO.PLAN and ECO.SIMULATE: MODEL.md §11's fourth edition", () => {
    it("the valuation (§11.6): 12,056,042,374; −880,460,624; 12,936,502,998 元", () => {
      whole(PLAN({ ...STORY, output: "value" }), 12_056_042_374);
      whole(PLAN({ ...STORY, output: "value_statusquo" }), -880_460_624);
      whole(PLAN({ ...STORY, output: "value_incremental" }), 12_936_502_998);
      // The Chinese aliases, and the unit scales them.
      expect(num(PLAN({ ...STORY, output: "价值", unit: "亿" }))).toBeCloseTo(120.56042374, 8);
      expect(num(PLAN({ ...STORY, output: "现状价值" }))).toBe(
        num(PLAN({ ...STORY, output: "value_statusquo" }))
      );
      expect(num(PLAN({ ...STORY, output: "增量价值" }))).toBe(
        num(PLAN({ ...STORY, output: "value_incremental" }))
      );
    });

    it("terminal_growth: NPV + V_5·(1 + g)/(d − g)/(1 + d)^5; n/a (不适用) when d ≤ g", () => {
      const npv = num(PLAN({ ...STORY, output: "npv" }));
      near(
        num(PLAN({ ...STORY, output: "value", terminal_growth: 0.02 })),
        npv + (15.65e8 * 1.02) / 0.08 / 1.1 ** 5,
        1e-3
      );
      expect(one(PLAN({ ...STORY, output: "value", terminal_growth: 0.1 }))).toBe("n/a");
      expect(one(PLAN({ ...STORY, output: "value_incremental", terminal_growth: 0.2 }))).toBe(
        "n/a"
      );
      expect(one(PLAN({ ...STORY, output: "value", terminal_growth: 0.1 }, zh))).toBe("不适用");
      expect(error(PLAN({ ...STORY, output: "value", terminal_growth: 2 })).message).toMatch(
        /terminal_growth/
      );
    });

    it("the bridge (§11.7): 10 labelled rows, −0.28; −0.72; 7.65; 6.00; 1.20; 0.60; 0.80; 0.40; 0; 15.65 亿", () => {
      const t = PLAN({ ...STORY, output: "bridge", unit: "亿" }) as unknown[][];
      expect(t).toHaveLength(10);
      const bars = [-0.28, -0.72, 7.65, 6.0, 1.2, 0.6, 0.8, 0.4, 0, 15.65];
      t.forEach((row, i) => {
        expect(row).toHaveLength(2);
        expect(typeof row[0]).toBe("string");
        near(row[1] as number, bars[i]!, 1e-9);
      });
      // The bars between the ends add up to V_5 (a check), with investment too.
      const inv = PLAN({ ...OPEX_CAPEX, output: "价值桥" }, zh) as unknown[][];
      const amounts = inv.map((r) => r[1] as number);
      near(
        amounts.slice(0, 9).reduce((a, b) => a + b, 0),
        amounts[9]!,
        1e-3
      );
      near(amounts[8]!, -1e8, 1e-6);
      expect(new Set(inv.map((r) => r[0])).size).toBe(10);
      expect(inv[0]![0]).not.toBe(t[0]![0]); // Chinese labels, not English
    });

    it("data_prices (4 × 3, or 3 × 4): the seed's equal the default; insurance 120 gives data 660 元/车", () => {
      const story = num(PLAN({ ...STORY, output: "npv" }));
      expect(num(PLAN({ ...STORY, output: "npv", data_prices: SEED_PRICES }))).toBe(story);
      const own = withInsurance(SEED_PRICES, [100, 120, 150]);
      const transposed = own[0]!.map((_, j) => own.map((row) => row[j]!));
      const low = PLAN({ ...STORY, output: "npv", scenario: "low", data_prices: own });
      expect(num(PLAN({ ...STORY, output: "npv", scenario: "low", data_prices: transposed }))).toBe(
        num(low)
      );
      // Year 5's data revenue: 100万 vehicles × 660 元 (every vehicle covered).
      const t = PLAN({ ...STORY, data_prices: own }) as unknown[][];
      near(t.find((r) => r[0] === "Plan: data revenue")![6] as number, 1e6 * 660, 1e-3);
      // Driver 1's factors follow the prices: the low case moves with the low price.
      const lowerLow = withInsurance(SEED_PRICES, [50, 120, 150]);
      expect(
        num(PLAN({ ...STORY, output: "npv", scenario: "low", data_prices: lowerLow }))
      ).toBeLessThan(num(low));
    });

    it("§11.1's own company through the functions (c 800, N 2,800万 given): NPV 1,321,188,076, incremental 1,549,518,182", () => {
      const own = {
        fleet: 150_000,
        target_fleet: 600_000,
        service_cost: 800,
        network_cost: 28_000_000,
        data_prices: withInsurance(SEED_PRICES, [100, 120, 150]),
      };
      whole(PLAN({ ...own, output: "npv" }), 1_321_188_076);
      whole(PLAN({ ...own, output: "npv_incremental" }), 1_549_518_182);
    });

    it("data_prices out of order (low ≤ mid ≤ high) is #VALUE! naming the argument and the buyer", () => {
      const bad = withInsurance(SEED_PRICES, [130, 120, 150]);
      for (const call of [
        PLAN({ ...STORY, output: "npv", data_prices: bad }),
        SIMULATE({ ...STORY, data_prices: bad, trials: 10 }),
      ]) {
        const e = error(call);
        expect(e.code).toBe("#VALUE!");
        expect(e.message).toMatch(/data_prices/);
        expect(e.message).toMatch(/insurance/);
      }
      const e = error(PLAN({ ...STORY, output: "npv", data_prices: [[1, 2, 3]] }));
      expect(e.message).toMatch(/data_prices/);
    });

    it("used_car_rate and stream_revenue: their defaults are the seed's; each moves the plan", () => {
      const story = num(PLAN({ ...STORY, output: "value5" }));
      expect(num(PLAN({ ...STORY, output: "value5", used_car_rate: 9 / 65 }))).toBe(story);
      // Year 5's data: 100万 × 650 × (0.5 − 9/65) more.
      near(
        num(PLAN({ ...STORY, output: "value5", used_car_rate: 0.5 })) - story,
        1e6 * 650 * (0.5 - 9 / 65),
        1e-3
      );
      const s15 = [[3000], [600], [300], [400], [200]];
      expect(num(PLAN({ ...STORY, output: "value5", stream_revenue: s15 }))).toBe(story);
      // No BaaS: year 5 loses 100万 × 3,000 × 20 % = 6亿.
      near(
        num(PLAN({ ...STORY, output: "value5", stream_revenue: [[0, 600, 300, 400, 200]] })) -
          story,
        -6e8,
        1e-3
      );
      expect(error(PLAN({ ...STORY, stream_revenue: [[1, 2, 3]] })).message).toMatch(
        /stream_revenue/
      );
      expect(error(PLAN({ ...STORY, used_car_rate: 2 })).message).toMatch(/used_car_rate/);
    });

    it("SIMULATE takes the new arguments; correlation is in [0, 1]", () => {
      const base = num(SIMULATE({ ...STORY, trials: 50 }));
      expect(
        num(SIMULATE({ ...STORY, trials: 50, correlation: 0.5, data_prices: SEED_PRICES }))
      ).toBe(base);
      expect(
        num(SIMULATE({ ...STORY, trials: 50, stream_revenue: [[0, 600, 300, 400, 200]] }))
      ).toBeLessThan(base);
      for (const rho of [-0.1, 1.5, "high"]) {
        const e = error(SIMULATE({ ...STORY, trials: 50, correlation: rho }));
        expect(e.code).toBe("#VALUE!");
        expect(e.message).toMatch(/correlation/);
      }
    });
  });

  describe("ECO.PLAN: MODEL.md §8's reference values (story defaults)", () => {
    it("NPV, status quo, incremental; roles; break-even; fleet for D", () => {
      whole(PLAN({ ...STORY, output: "npv" }), 2_338_623_668);
      whole(PLAN({ ...STORY, output: "npv_statusquo" }), -259_539_301);
      whole(PLAN({ ...STORY, output: "npv_incremental" }), 2_598_162_969);
      expect(one(PLAN({ ...STORY, output: "irr" }))).toBe("n/a");
      expect(one(PLAN({ ...STORY, output: "payback" }))).toBe("n/a");
      expect(one(PLAN({ ...STORY, output: "breakeven" }))).toBe(1);
      expect(num(PLAN({ ...STORY, output: "value5", unit: "亿" }))).toBeCloseTo(15.65, 10);
      expect(num(PLAN({ ...STORY, output: "value5_statusquo", unit: "亿" }))).toBeCloseTo(-1, 10);
      expect(one(PLAN({ ...STORY, output: "role5" }))).toBe("D Value engine");
      expect(one(PLAN({ ...STORY, output: "role5_statusquo" }))).toBe("A Cost centre");
      expect(num(PLAN({ ...STORY, output: "fleet_for_d" }))).toBeCloseTo(1.02e9 / 1585, 6);
    });

    it("the table: P_t and V_t every year, roles A B B C D D, status quo A, years across", () => {
      const t = PLAN({ ...STORY, unit: "亿" }) as unknown[][];
      expect(t).toHaveLength(18);
      for (const row of t) expect(row).toHaveLength(7);
      const row = (label: string): unknown[] => t.find((r) => r[0] === label)!.slice(1);
      expect(row("Year")).toEqual([0, 1, 2, 3, 4, 5]);
      expect(row("Fleet (vehicles in service)")).toEqual([1e5, 2.8e5, 4.6e5, 6.4e5, 8.2e5, 1e6]);
      const P = [-0.28, -0.424, -0.568, -0.712, -0.856, -1.0];
      const V = [-0.28, 0.5084, 2.4956, 5.6816, 10.0664, 15.65];
      row("Status quo: pre-tax contribution").forEach((v, i) => near(v as number, P[i]!, 1e-3));
      row("Plan: pre-tax contribution").forEach((v, i) => near(v as number, V[i]!, 1e-4));
      expect(row("Plan: role").map((r) => (r as string)[0])).toEqual([
        "A",
        "B",
        "B",
        "C",
        "D",
        "D",
      ]);
      expect(row("Status quo: role")).toEqual(Array(6).fill("A Cost centre"));
      whole([[(row("Pre-tax NPV")[0] as number) * 1e8]], 2_338_623_668);
      expect(row("Incremental IRR")[0]).toBe("n/a");
      expect(row("Payback year")[0]).toBe("n/a");
      expect(row("Operating break-even year")[0]).toBe(1);
    });

    it("the table, row by row: MODEL.md §8's identities and the single outputs' own values", () => {
      // V_t = P_t + D_t + G_t − EcoOpex (V_0 without it, §11.3); ΔCF_0 = −Capex_0, ΔCF_t = D_t + G_t − EcoOpex − Capex_t;
      // cumulative ΔCF its running sum; each result row the output of that name, alone under year 0.
      const cases: { readonly name: string; readonly a: Named; readonly b?: Bundle }[] = [
        { name: "story", a: STORY },
        { name: "story in 亿", a: { ...STORY, unit: "亿" } },
        { name: "opex and capex", a: OPEX_CAPEX },
        { name: "mature preset, low case", a: { ...MATURE, scenario: "low", unit: "万" } },
        { name: "no ecosystem at all (D unreachable)", a: { ...STORY, margin: -1e6 } },
        { name: "opex and capex in 亿, 中文", a: { ...OPEX_CAPEX, unit: "亿" }, b: zh },
      ];
      const labels = ["Year", "年份"];
      for (const { name, a, b = en } of cases) {
        const t = PLAN(a, b) as unknown[][];
        expect(t, name).toHaveLength(18);
        for (const r of t) expect(r, name).toHaveLength(7);
        expect(labels, name).toContain(t[0]![0]);
        const nums = (i: number): number[] =>
          t[i]!.slice(1).map((v) => {
            expect(typeof v, `${name} row ${i}: ${String(v)}`).toBe("number");
            return v as number;
          });
        const [year, fleet, P, , D, G, V, , capex, dcf, cum] = [...Array(11).keys()].map((i) =>
          i === 3 || i === 7 ? [] : nums(i)
        );
        expect(year).toEqual([0, 1, 2, 3, 4, 5]);
        const divisor = { 亿: 1e8, 万: 1e4 }[a.unit as string] ?? 1;
        const opex = ((a.eco_opex as number | undefined) ?? 0) / divisor;
        const capexIn = ((a.capex as number[][] | undefined)?.[0] ?? [0, 0, 0, 0, 0, 0]).map(
          (c) => c / divisor
        );
        const close = (x: number, y: number, what: string): void =>
          expect(Math.abs(x - y), `${name}: ${what} ${x} vs ${y}`).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(x), Math.abs(y), ...V!.map(Math.abs))
          );
        expect(capex).toEqual(capexIn);
        for (let i = 0; i < 6; i++) {
          expect(fleet![i], name).toBeGreaterThan(0);
          expect(D![i]!, `${name}: data in year ${i}`).toBeGreaterThanOrEqual(0);
          // §11.3: no platform opex in year 0 (today is measured; EcoOpex counts from year 1)
          close(V![i]!, P![i]! + D![i]! + G![i]! - (i === 0 ? 0 : opex), `V_${i}`);
          close(dcf![i]!, i === 0 ? -capex![0]! : D![i]! + G![i]! - opex - capex![i]!, `ΔCF_${i}`);
          close(
            cum![i]!,
            dcf!.slice(0, i + 1).reduce((x, y) => x + y, 0),
            `C_${i}`
          );
        }
        if (name !== "no ecosystem at all (D unreachable)")
          expect(D![5]!, `${name}: data revenue in year 5`).toBeGreaterThan(0);
        const single = (output: string): unknown => one(PLAN({ ...a, output }, b));
        const results: [number, string][] = [
          [11, "npv"],
          [12, "npv_statusquo"],
          [13, "npv_incremental"],
          [14, "irr"],
          [15, "payback"],
          [16, "breakeven"],
          [17, "fleet_for_d"],
        ];
        for (const [i, output] of results) {
          expect(t[i]![1], `${name}: ${output}`).toEqual(single(output));
          expect(t[i]!.slice(2), `${name}: ${output}`).toEqual(["", "", "", "", ""]);
          expect(typeof t[i]![0]).toBe("string");
        }
        expect(V![5], name).toBe(single("value5"));
        expect(P![5], name).toBe(single("value5_statusquo"));
        expect(t[7]![6], name).toBe(single("role5"));
        expect(t[3]![6], name).toBe(single("role5_statusquo"));
      }
      const story = PLAN(STORY) as unknown[][];
      expect(typeof story[14]![1]).toBe("string"); // IRR n/a: ΔCF never changes sign
      const opexCapex = PLAN(OPEX_CAPEX) as unknown[][];
      near(opexCapex[14]![1] as number, 0.6862, 1e-4);
      expect(opexCapex[15]![1]).toBe(3);
      const none = PLAN({ ...STORY, margin: -1e6 }) as unknown[][];
      expect(none[17]![1]).toBe("unreachable");
      const mature = PLAN({ ...MATURE, output: "table" }) as unknown[][];
      near(mature[17]![1] as number, 419_287, 1);
    });

    it("low and high cases (scenario)", () => {
      const low = { ...STORY, scenario: "low" };
      near(num(PLAN({ ...low, output: "value5", unit: "亿" })), 2.1443, 1e-4);
      near(num(PLAN({ ...low, output: "npv" })), 69_186_924, 1);
      near(num(PLAN({ ...low, output: "npv_incremental" })), 747_139_701, 1);
      expect(one(PLAN({ ...low, output: "role5" }))).toBe("B Break-even");
      const lowRoles = (PLAN({ ...low }) as unknown[][])[7]!.slice(1).map((r) => (r as string)[0]);
      expect(lowRoles).toEqual(["A", "A", "A", "A", "B", "B"]);
      const high = { ...STORY, scenario: "high" };
      near(num(PLAN({ ...high, output: "value5", unit: "亿" })), 30.309, 1e-3);
      near(num(PLAN({ ...high, output: "npv" })), 5_728_584_170, 1);
      near(num(PLAN({ ...high, output: "npv_incremental" })), 5_278_524_797, 1);
      // §11.3 supersedes §8's break-even 0 and roles B B C D D D: today is measured.
      expect(one(PLAN({ ...high, output: "breakeven" }))).toBe(1);
      const highRoles = (PLAN({ ...high }) as unknown[][])[7]!
        .slice(1)
        .map((r) => (r as string)[0]);
      expect(highRoles).toEqual(["A", "B", "C", "D", "D", "D"]);
    });

    it("the tornado: both swings, ranked by the incremental swing (§11.5), the target fleet's first", () => {
      const swings = [
        767_025_243, 928_904_225, 826_756_046, 367_447_132, 15_163_147, 561_764_966, 702_206_208,
        730_881_611, 621_249_370, 0, 340_571_856,
      ];
      const incremental = [
        767_025_243, 997_080_791, 0, 0, 0, 561_764_966, 702_206_208, 730_881_611, 621_249_370, 0,
        371_066_149,
      ];
      const labels = [
        "Data prices",
        "Target fleet",
        "EV margin per vehicle",
        "Service cost per vehicle",
        "Fixed network cost",
        "Stream revenue per vehicle",
        "Stream margins",
        "Adoption",
        "Data coverage",
        "Ecosystem opex and capex",
        "Discount rate",
      ];
      const t = PLAN({ ...STORY, output: "tornado" }) as unknown[][];
      expect(t).toHaveLength(12);
      expect(t[0]).toEqual([
        "Driver",
        "Downside factor",
        "Upside factor",
        "NPV at downside",
        "NPV at upside",
        "Swing",
        "Incremental NPV at downside",
        "Incremental NPV at upside",
        "Incremental swing (ranks)",
      ]);
      const bars = t.slice(1);
      for (const bar of bars) {
        const i = labels.indexOf(bar[0] as string);
        expect(i, String(bar[0])).toBeGreaterThanOrEqual(0);
        near(bar[5] as number, swings[i]!, 1);
        expect(bar[5]).toBeCloseTo(Math.abs((bar[4] as number) - (bar[3] as number)), 3);
        near(bar[8] as number, incremental[i]!, 1);
        expect(bar[8]).toBeCloseTo(Math.abs((bar[7] as number) - (bar[6] as number)), 3);
      }
      // §11.5's order: target fleet, data prices, adoption, stream margins, coverage, stream
      // revenue, discount rate, then margin, service cost, network cost, ecosystem cost (swing 0)
      expect(bars.map((b) => b[0])).toEqual([
        "Target fleet",
        "Data prices",
        "Adoption",
        "Stream margins",
        "Data coverage",
        "Stream revenue per vehicle",
        "Discount rate",
        "EV margin per vehicle",
        "Service cost per vehicle",
        "Fixed network cost",
        "Ecosystem opex and capex",
      ]);
    });

    it("the story with eco opex 1亿 and capex 3亿 + 2亿: NPV, incremental, IRR 68.62 %, payback 3", () => {
      near(num(PLAN({ ...OPEX_CAPEX, output: "npv" })), 1_477_726_810, 1);
      near(num(PLAN({ ...OPEX_CAPEX, output: "npv_incremental" })), 1_737_266_111, 1);
      near(num(PLAN({ ...OPEX_CAPEX, output: "irr" })), 0.6862, 1e-4);
      expect(one(PLAN({ ...OPEX_CAPEX, output: "payback" }))).toBe(3);
    });

    it("§11.9: the low case with heavy investment has the IRR −19.78 % (IRR from 0.1 misses it)", () => {
      const heavy = {
        ...STORY,
        fleet: 80_000,
        eco_opex: 2e8,
        capex: [[1e8, 1e8, 1e8, 0, 0, 0]],
        scenario: "low",
        output: "irr",
      };
      near(num(PLAN(heavy)), -0.1978, 1e-4);
    });

    it("the mature-ecosystem preset: V_5 23.85亿, NPV 5,477,258,806, FleetForD ≈ 419,287, break-even 0, low/high V_5", () => {
      near(num(PLAN({ ...MATURE, output: "value5", unit: "亿" })), 23.85, 1e-2);
      whole(PLAN({ ...MATURE, output: "npv" }), 5_477_258_806);
      near(num(PLAN({ ...MATURE, output: "fleet_for_d" })), 419_287, 1);
      expect(one(PLAN({ ...MATURE, output: "breakeven" }))).toBe(0);
      near(num(PLAN({ ...MATURE, scenario: "low", output: "value5", unit: "亿" })), 9.4043, 1e-4);
      near(num(PLAN({ ...MATURE, scenario: "high", output: "value5", unit: "亿" })), 39.1292, 1e-4);
    });
  });

  describe("ECO.SIMULATE: MODEL.md §11.4's reference values (story, ρ = 0.5)", () => {
    it("P10, P50 (default), P90, Prob_D, Prob_IncrementalPositive", () => {
      near(num(SIMULATE({ ...STORY, output: "p10" })), 1_186_130_989, 1);
      near(num(SIMULATE(STORY)), 2_172_719_632, 1);
      near(num(SIMULATE({ ...STORY, output: "p90" })), 3_319_202_936, 1);
      expect(num(SIMULATE({ ...STORY, output: "prob_d" }))).toBe(0.826);
      expect(num(SIMULATE({ ...STORY, output: "prob_incremental_positive" }))).toBe(1);
    });

    it("the correlation argument: ρ = 0 and ρ = 1 give §11.4's other reference values", () => {
      near(num(SIMULATE({ ...STORY, correlation: 0, output: "p10" })), 1_645_759_130, 1);
      near(num(SIMULATE({ ...STORY, correlation: 0 })), 2_127_486_984, 1);
      near(num(SIMULATE({ ...STORY, correlation: 0, output: "p90" })), 2_684_922_369, 1);
      expect(num(SIMULATE({ ...STORY, correlation: 0, output: "prob_d" }))).toBe(0.977);
      expect(num(SIMULATE({ ...STORY, correlation: 1, output: "prob_d" }))).toBe(0.752);
      near(num(SIMULATE({ ...STORY, correlation: 1, output: "p10" })), 842_975_836, 1);
    });

    it("the new outputs: the incremental NPV's P10/P50/P90 and the mean NPV, English and Chinese names", () => {
      near(num(SIMULATE({ ...STORY, output: "npv_incremental_p10" })), 1_638_960_179, 1);
      near(num(SIMULATE({ ...STORY, output: "增量净现值p50" })), 2_415_501_957, 1);
      near(num(SIMULATE({ ...STORY, output: "npv_incremental_p90" })), 3_356_320_653, 1);
      near(num(SIMULATE({ ...STORY, output: "npv_mean" })), 2_203_372_807, 1);
      near(num(SIMULATE({ ...STORY, output: "净现值均值", unit: "亿" })), 22.03372807, 1e-8);
    });

    it("summary: nine labelled rows, in the simulation sheet's order; the unit scales amounts only", () => {
      const s = SIMULATE({ ...STORY, output: "summary", unit: "亿" }) as unknown[][];
      expect(s.map((r) => r.length)).toEqual(Array(9).fill(2));
      expect(s.map((r) => typeof r[0])).toEqual(Array(9).fill("string"));
      const values = s.map((r) => r[1] as number);
      const expected = [11.86130989, 21.72719632, 33.19202936, 22.03372807];
      expected.push(16.38960179, 24.15501957, 33.56320653);
      expected.forEach((x, i) => near(values[i]!, x, 1e-8));
      expect(values.slice(7)).toEqual([0.826, 1]);
    });

    it("trials: 1 … 100,000 whole; the default is 1,000", () => {
      expect(num(SIMULATE({ ...STORY, trials: 1000 }))).toBe(num(SIMULATE(STORY)));
      expect(typeof num(SIMULATE({ ...STORY, trials: 1 }))).toBe("number");
      for (const bad of [0, 100_001, 2.5, -1]) {
        const e = error(SIMULATE({ ...STORY, trials: bad }));
        expect(e.code).toBe("#VALUE!");
        expect(e.message).toContain("trials");
      }
    });
  });

  describe("ECO.SIMULATE: the work of one formula is bounded (cells × trials ≤ 100,000)", () => {
    it("2 cells × 100,000 trials is one #VALUE! naming the bound and what was asked, before any trial runs", () => {
      const e = error(SIMULATE({ fleet: [[100000], [200000]], trials: 100_000 }));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("at most 100,000 trials over all its cells (cells × trials)");
      expect(e.message).toContain("2 cells, 200,000 trials in all");
      const z = error(SIMULATE({ fleet: [[100000], [200000]], trials: 100_000 }, zh));
      expect(z.message).toContain("最多运行 100,000 次试验");
      expect(z.message).toContain("2 个单元格、共 200,000 次试验");
    });

    it("trials may differ by cell: their sum counts; a cell that is an error runs none", () => {
      const e = error(SIMULATE({ ...STORY, trials: [[60_000, 50_000, -1]] }));
      expect(e.message).toContain("2 cells, 110,000 trials in all");
      const ok = SIMULATE({ ...STORY, trials: [[50_000, 50_000, -1]] }) as unknown[][];
      expect(ok[0]!.slice(0, 2).map((c) => typeof c)).toEqual(["number", "number"]);
      expect(error(ok[0]![2]).code).toBe("#VALUE!");
    });
  });

  describe("ECO.SIMULATE: a trial that overflows", () => {
    // Contrived margins (元 per vehicle per year) so large that some trials' NPV is beyond a
    // double: at 6e301, 12 of the 1,000 trials; at 1e302, 960. Before, the percentiles sorted
    // the infinite trials to one end and the shares counted them as misses (P50 #NUM! beside a
    // Prob_D of 1).
    it.each([6e301, 1e302])(
      "margin %s: every output is #NUM!, saying how many trials overflow",
      (margin) => {
        for (const output of [
          "p10",
          "p50",
          "p90",
          "prob_d",
          "prob_incremental_positive",
          "summary",
        ]) {
          const e = error(SIMULATE({ ...STORY, margin, output }));
          expect(e.code, output).toBe("#NUM!");
          expect(e.message, output).toMatch(/^[\d,]+ of 1,000 trials give no finite NPV/);
        }
        const zhError = error(SIMULATE({ ...STORY, margin }, zh));
        expect(zhError.message).toMatch(/1,000 次试验中有 [\d,]+ 次/);
      }
    );

    it("a margin just short of it still computes every output", () => {
      const s = SIMULATE({ ...STORY, margin: 3e301, output: "summary" }) as unknown[][];
      for (const row of s) expect(typeof row[1], String(row[0])).toBe("number");
    });
  });

  describe("broadcasting and list shapes", () => {
    it("a column of fleets gives a column of NPVs, each the single-cell value", () => {
      const fleets = [[50000], [100000], [200000]];
      const col = PLAN({ fleet: fleets, output: "npv" }) as number[][];
      expect(col.map((r) => r.length)).toEqual([1, 1, 1]);
      fleets.forEach(([f], i) => expect(col[i]![0]).toBe(num(PLAN({ fleet: f, output: "npv" }))));
    });

    it("target fleets down × scenarios across: a grid from one formula", () => {
      const targets = [[500000], [1000000], [1500000]];
      const grid = PLAN({
        ...STORY,
        target_fleet: targets,
        scenario: [["low", "mid", "high"]],
        output: "npv",
        unit: "亿",
      }) as number[][];
      expect(grid.map((r) => r.length)).toEqual([3, 3, 3]);
      near(grid[1]![1]!, 23.38623668, 1e-8);
      near(grid[1]![0]!, 0.69186924, 1e-8);
      for (const r of grid) expect(r[0]! < r[1]! && r[1]! < r[2]!).toBe(true);
    });

    it("a row of discount rates gives a row; SIMULATE broadcasts too", () => {
      const row = PLAN({
        ...STORY,
        discount_rate: [[0.05, 0.1, 0.15]],
        output: "npv",
      }) as number[][];
      expect(row).toHaveLength(1);
      expect(row[0]![1]).toBe(num(PLAN({ ...STORY, output: "npv" })));
      expect(row[0]![0]).toBeGreaterThan(row[0]![2]!);
      const sims = SIMULATE({ fleet: [[100000], [100000]], trials: 200 }) as number[][];
      expect(sims[0]![0]).toBe(sims[1]![0]);
    });

    it("lists keep their shape in either orientation: capex, coverage, adoption, stream_margin, case_factors", () => {
      const npv = (a: Named): number => num(PLAN({ ...STORY, ...a, output: "npv" }));
      expect(npv({ capex: [[3e8], [2e8], [0], [0], [0], [0]], eco_opex: 1e8 })).toBe(
        npv({ capex: [[3e8, 2e8, 0, 0, 0, 0]], eco_opex: 1e8 })
      );
      const ramp = [0, 0.2, 0.4, 0.6, 0.8, 1];
      expect(npv({ coverage: ramp.map((x) => [x]) })).toBe(npv({}));
      const adoption = [ramp, ramp, FULL, ramp, ramp];
      const turned = ramp.map((_, t) => adoption.map((r) => r[t]!));
      expect(npv({ adoption: turned })).toBe(npv({ adoption }));
      expect(npv({ adoption })).not.toBe(npv({}));
      expect(npv({ stream_margin: [[0.2], [0.2], [0.2], [0.2], [0.2]] })).toBe(npv({}));
      const factors = [
        [0.6787330316742082, 1.3212669683257918],
        [0.8, 1.2],
        [0.75, 1.25],
        [1.1, 0.9],
        [1.1, 0.9],
        [0.8, 1.2],
        [0.75, 1.25],
        [0.6, 1.2],
        [0.6, 1.2],
        [1.2, 0.8],
        [1.2, 0.8],
      ];
      const low = (a: Named): number =>
        num(PLAN({ ...STORY, ...a, scenario: "low", output: "npv" }));
      near(low({ case_factors: factors }), 69_186_924, 1);
      expect(low({ case_factors: [factors.map((f) => f[0]!), factors.map((f) => f[1]!)] })).toBe(
        low({ case_factors: factors })
      );
    });

    it("a list of the wrong size names the argument and the shape it needs", () => {
      const capex = error(PLAN({ ...STORY, capex: [[1, 2, 3, 4, 5]], output: "npv" }));
      expect(capex.code).toBe("#VALUE!");
      expect(capex.message).toBe("capex needs 6 values (years 0–5); got 5");
      const adoption = error(PLAN({ ...STORY, adoption: [FULL, FULL], output: "npv" }));
      expect(adoption.message).toContain("adoption needs 5×6 values");
      expect(adoption.message).toContain("got a 2×6 block");
      const oneRow = error(PLAN({ ...STORY, adoption: [[1, 1, 1]], output: "npv" }));
      expect(oneRow.message).toMatch(/got 3$/);
      const factors = error(SIMULATE({ ...STORY, case_factors: [[1, 1]] }));
      expect(factors.message).toContain("case_factors needs 11×2 values");
      const zhCapex = error(PLAN({ ...STORY, capex: [[1, 2, 3, 4, 5]], output: "npv" }, zh));
      expect(zhCapex.message).toBe("capex 需要 6 个数值（第 0–5 年），当前为 5 个");
    });

    it("an error inside a list comes back as itself", () => {
      const e = error(
        PLAN({ ...STORY, coverage: [[0, 0.2, { code: "#DIV/0!" }, 0.6, 0.8, 1]], output: "npv" })
      );
      expect(e.code).toBe("#DIV/0!");
      expect(e.message).toContain("coverage");
      const n = error(SIMULATE({ ...STORY, stream_margin: [[0.2, { code: "#N/A" }]] }));
      expect(n.code).toBe("#N/A");
    });

    it("a table output in a larger result is #VALUE! in each cell, naming the output", () => {
      const grid = PLAN({ fleet: [[1e5], [2e5]] }) as unknown[][];
      expect(grid).toHaveLength(2);
      for (const r of grid) {
        const e = error(r[0]);
        expect(e.message).toContain('output "table" spills a table');
      }
      const sims = SIMULATE({ fleet: [[1e5], [2e5]], output: "summary" }) as unknown[][];
      expect(error(sims[1]![0]).code).toBe("#VALUE!");
    });
  });

  describe("every output name in both languages; unit scales amounts only", () => {
    const PLAN_NAMES: Readonly<Record<string, string>> = {
      npv: "净现值",
      npv_statusquo: "现状净现值",
      npv_incremental: "增量净现值",
      irr: "增量内部收益率",
      payback: "回收期",
      breakeven: "盈亏平衡年",
      value5: "第5年贡献",
      value5_statusquo: "现状第5年贡献",
      role5: "第5年角色",
      role5_statusquo: "现状第5年角色",
      fleet_for_d: "D所需保有量",
      table: "明细",
      tornado: "龙卷风",
    };
    const SIMULATE_NAMES: Readonly<Record<string, string>> = {
      p10: "净现值P10",
      p50: "净现值P50",
      p90: "净现值P90",
      prob_d: "D概率",
      prob_incremental_positive: "增量为正概率",
      npv_incremental_p10: "增量净现值P10",
      npv_incremental_p50: "增量净现值P50",
      npv_incremental_p90: "增量净现值P90",
      npv_mean: "净现值均值",
      summary: "汇总",
    };

    it.each(Object.entries(PLAN_NAMES))("PLAN %s = %s", (name, alias) => {
      for (const args of [STORY, OPEX_CAPEX]) {
        expect(PLAN({ ...args, output: alias })).toEqual(PLAN({ ...args, output: name }));
        expect(PLAN({ ...args, output: ` ${name.toUpperCase()} ` })).toEqual(
          PLAN({ ...args, output: name })
        );
      }
    });

    it.each(Object.entries(SIMULATE_NAMES))("SIMULATE %s = %s", (name, alias) => {
      const args = { ...STORY, trials: 300 };
      expect(SIMULATE({ ...args, output: alias })).toEqual(SIMULATE({ ...args, output: name }));
    });

    it("an unknown output lists every accepted name", () => {
      const e = error(PLAN({ ...STORY, output: "nvp" }));
      for (const n of [...Object.keys(PLAN_NAMES), ...Object.values(PLAN_NAMES)])
        expect(e.message).toContain(n.toLowerCase());
    });

    it("unit divides NPVs, values, percentiles and table amounts; never a rate, year, role, count or probability", () => {
      const yi = (a: Named): unknown => PLAN({ ...OPEX_CAPEX, ...a, unit: "亿" });
      const yuan = (a: Named): unknown => PLAN({ ...OPEX_CAPEX, ...a });
      for (const output of [
        "npv",
        "npv_statusquo",
        "npv_incremental",
        "value5",
        "value5_statusquo",
      ])
        expect(num(yi({ output }))).toBeCloseTo(num(yuan({ output })) / 1e8, 6);
      for (const output of ["irr", "payback", "breakeven", "role5", "fleet_for_d"])
        expect(yi({ output })).toEqual(yuan({ output }));
      const wan = SIMULATE({ ...STORY, output: "p90", unit: "万" });
      expect(num(wan)).toBeCloseTo(num(SIMULATE({ ...STORY, output: "p90" })) / 1e4, 6);
      expect(SIMULATE({ ...STORY, output: "prob_d", unit: "亿" })).toEqual(
        SIMULATE({ ...STORY, output: "prob_d" })
      );
      const t1 = yuan({}) as unknown[][];
      const t2 = yi({}) as unknown[][];
      expect(t2[1]).toEqual(t1[1]); // fleet: a count
      expect(t2[0]).toEqual(t1[0]); // years
      expect(t2[6]![3]).toBeCloseTo((t1[6]![3] as number) / 1e8, 10); // V_2
      const tornadoYi = PLAN({ ...STORY, output: "tornado", unit: "亿" }) as unknown[][];
      const tornadoYuan = PLAN({ ...STORY, output: "tornado" }) as unknown[][];
      expect(tornadoYi[1]![1]).toBe(tornadoYuan[1]![1]); // a factor
      expect(tornadoYi[1]![5]).toBeCloseTo((tornadoYuan[1]![5] as number) / 1e8, 10);
      expect(tornadoYi[1]![8]).toBeCloseTo((tornadoYuan[1]![8] as number) / 1e8, 10);
    });

    it("in Chinese: the workbook's role texts, n/a and not-within-plan texts, Chinese labels", () => {
      expect(one(PLAN({ ...STORY, output: "role5" }, zh))).toBe("D 价值引擎");
      expect(one(PLAN({ ...STORY, output: "role5_statusquo" }, zh))).toBe("A 成本中心");
      expect(one(PLAN({ ...STORY, output: "irr" }, zh))).toBe("不适用");
      expect(one(PLAN({ ...STORY, output: "payback" }, zh))).toBe("不适用");
      // Capex never paid back: C_5 < 0.
      const sunk = { ...STORY, capex: [[1e12, 0, 0, 0, 0, 0]], output: "payback" };
      expect(one(PLAN(sunk, zh))).toBe("规划期内未收回");
      expect(one(PLAN(sunk))).toBe("not within plan");
      // No year with V ≥ 0: a huge fixed network cost.
      const never = { ...STORY, network_cost: 1e12, output: "breakeven" };
      expect(one(PLAN(never, zh))).toBe("规划期内未达到");
      expect(one(PLAN(never))).toBe("not within plan");
      // v_5 ≤ 0: D unreachable.
      const unreachable = { ...STORY, margin: -1e6, output: "fleet_for_d" };
      expect(one(PLAN(unreachable, zh))).toBe("无法达到");
      expect(one(PLAN(unreachable))).toBe("unreachable");
      const table = PLAN(STORY, zh) as unknown[][];
      expect(table[0]![0]).toBe("年份");
      const tornado = PLAN({ ...STORY, output: "tornado" }, zh) as unknown[][];
      expect(tornado[1]![0]).toBe("目标保有量");
      const summary = SIMULATE({ ...STORY, output: "summary" }, zh) as unknown[][];
      expect(summary[1]![0]).toBe("净现值 P50");
    });
  });
}

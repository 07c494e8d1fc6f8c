/**
 * The second-edition plan (MODEL.md §6) against its reference values. Every expected number is
 * a literal from MODEL.md or the seed, recomputed by hand in the comment beside it:
 * m = 720 元/车/年 (S5: 7,200万 ÷ 10万), p = 765 (S12: 7,650万 ÷ 10万 = 225 + 650·9/65 + 300 + 150),
 * Σ r_s = 4,500 (S15: (15 + 3 + 1.5 + 2 + 1)亿 ÷ 50万), so v = 720 + 765 + 4,500·20 % = 2,385 per vehicle.
 */
import { describe, expect, it } from "vitest";
import {
  breakevenYear,
  constantTimeline,
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  dataValuePerVehicle,
  ecoMarginPerVehicle,
  findPreset,
  fleetForValueEngine,
  fleetPath,
  linearRamp,
  maxSwing,
  perStream,
  planCase,
  planNpv,
  planResults,
  planTimeline,
  presetFleet,
  presetSettings,
  PRESETS,
  roleFor,
  scenarioComparison,
  SEED_THRESHOLDS,
  sortBySwing,
  STORY_NETWORK_COST,
  sumOverStreams,
  timeline,
  tornado,
  usesCagr,
  valuePerVehicle,
  valuesOf,
  yearValues,
  type PlanCase,
  type TornadoBar,
} from "../../src/model";

/** Relative error, for figures MODEL.md prints exactly. */
const rel = (actual: number, expected: number): number =>
  actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);

const defaults = (): PlanCase => planCase();
const story = (): PlanCase => planCase(presetSettings({ preset: "story", scenario: "mid" }));

/**
 * Computed afresh inside each test: a broken model then fails tests rather than the file's
 * collection, and mutation testing sees which tests run which code.
 */
function lazy<T>(make: () => T): () => T {
  return make;
}

describe("second-edition plan at the default inputs (In_Fleet 100,000, mid)", () => {
  const results = lazy(() => planResults(defaults()));

  it("fleet path: F_t = 100,000 + (1,000,000 − 100,000)·t/5 = 100,000 + 180,000·t", () => {
    const r = results();
    expect(r.years.map((y) => y.fleet)).toEqual([
      100_000, 280_000, 460_000, 640_000, 820_000, 1_000_000,
    ]);
  });

  it("every year: P = F·720, D = F·100 %·765, E = F·4,500, G = F·900, V = F·2,385", () => {
    const r = results();
    for (const y of r.years) {
      const f = y.fleet;
      expect(y.grossMargin).toBeCloseTo(f * 720, 4);
      expect(y.profit).toBeCloseTo(f * 720, 4); // NetworkCost 0
      expect(y.coveredFleet).toBe(f); // coverage 100 %
      expect(rel(y.data, f * 765)).toBeLessThan(1e-12);
      // streams: BaaS 3,000, charging 600, insurance 300, lifestyle 400, used cars 200 (S15 ÷ 50万)
      expect(y.streamRevenue).toEqual({
        baas: f * 3000,
        charging: f * 600,
        insurance: f * 300,
        lifestyle: f * 400,
        usedcar: f * 200,
      });
      expect(y.ecoRevenue).toBeCloseTo(f * 4500, 4);
      expect(rel(y.ecoMargin, f * 900)).toBeLessThan(1e-12); // 4,500 × 20 %
      expect(rel(y.value, f * 2385)).toBeLessThan(1e-12);
    }
    // V ≥ 10亿 once F ≥ 1e9 / 2,385 ≈ 419,287 (year 2 on); before that P = F·720 ≥ 0: B
    expect(r.years.map((y) => y.role)).toEqual(["B", "B", "D", "D", "D", "D"]);
  });

  it("V_5 = 1e6·(720 + 765 + 4,500·0.2) = 23.85亿, role D", () => {
    const r = results();
    expect(rel(r.year5Value, 2_385_000_000)).toBeLessThan(1e-12);
    expect(r.year5Role).toBe("D");
  });

  it("NPV at 10 % = Σ_{t=1..5} F_t·2,385/1.1^t = 5,477,258,806 元 (≈ 54.77亿)", () => {
    const r = results();
    // 6.678e8/1.1 + 1.0971e9/1.21 + 1.5264e9/1.331 + 1.9557e9/1.4641 + 2.385e9/1.61051
    expect(Math.abs(r.npv - 5_477_258_806)).toBeLessThan(0.5);
  });

  it("break-even year 0: V_0 = 100,000 × 2,385 = 2.385亿 ≥ 0", () => {
    const r = results();
    expect(r.breakevenYear).toBe(0);
  });

  it("low / high V_5 = 21.39亿 / 26.31亿", () => {
    const r = results();
    // low p = 150 + 500·9/65 + 200 + 100 = 519.23; 1e6·(720 + 519.23 + 900) = 21.39亿
    // high p = 300 + 800·9/65 + 400 + 200 = 1,010.77; 1e6·(720 + 1,010.77 + 900) = 26.31亿
    expect(Math.abs(r.scenarios.low.year5Value / 1e8 - 21.39)).toBeLessThan(0.005);
    expect(Math.abs(r.scenarios.high.year5Value / 1e8 - 26.31)).toBeLessThan(0.005);
    expect(rel(r.scenarios.low.year5Value, 1e6 * (720 + 450 + (500 * 9) / 65 + 900))).toBeLessThan(
      1e-12
    );
    expect(rel(r.scenarios.high.year5Value, 1e6 * (720 + 900 + (800 * 9) / 65 + 900))).toBeLessThan(
      1e-12
    );
    expect(rel(r.scenarios.mid.year5Value, 2_385_000_000)).toBeLessThan(1e-12);
  });

  it("NPV by scenario: the same sum with v = 720 + p + 900", () => {
    const r = results();
    const npvAt = (v: number): number =>
      [1, 2, 3, 4, 5].reduce((s, t) => s + ((100_000 + 180_000 * t) * v) / 1.1 ** t, 0);
    expect(rel(r.scenarios.low.npv, npvAt(1620 + 450 + (500 * 9) / 65))).toBeLessThan(1e-12);
    expect(rel(r.scenarios.mid.npv, 5_477_258_806.216663)).toBeLessThan(1e-12);
    expect(rel(r.scenarios.high.npv, npvAt(1620 + 900 + (800 * 9) / 65))).toBeLessThan(1e-12);
  });

  it("fleet for D = 1e9 / 2,385 ≈ 419,287 vehicles", () => {
    const r = results();
    expect(Math.round(r.fleetForD ?? NaN)).toBe(419_287);
    expect(rel(r.fleetForD ?? NaN, 1e9 / 2385)).toBeLessThan(1e-12);
  });

  it("tornado: swings by hand, largest the target fleet's 0.4·1e6·2,385 = 9.54亿", () => {
    const r = results();
    const swing = Object.fromEntries(r.tornado.map((b) => [b.driver, b.swing]));
    expect(swing["insurance"]).toBeCloseTo(1e6 * 150, 0); // (300 − 150)·F_5
    expect(swing["usedCarFee"]).toBeCloseTo((1e6 * 300 * 9) / 65, 0); // (800 − 500)·9/65·F_5
    expect(swing["finance"]).toBeCloseTo(1e6 * 200, 0); // 400 − 200
    expect(swing["mobility"]).toBeCloseTo(1e6 * 100, 0); // 200 − 100
    expect(swing["fleet"]).toBeCloseTo(0.4 * 1e6 * 2385, 0); // 9.54亿
    expect(swing["margin"]).toBeCloseTo(0.4 * 1e6 * 720, 0); // 2.88亿
    expect(swing["streams"]).toBeCloseTo(0.4 * 1e6 * 900, 0); // 3.6亿
    expect(r.maxSwing).toBeCloseTo(954_000_000, 0);
    expect(r.tornadoSorted.map((b) => b.driver)).toEqual([
      "fleet",
      "streams",
      "margin",
      "finance",
      "insurance",
      "mobility",
      "usedCarFee",
    ]);
  });

  it("tornado: each input's low and high end and V_5 there", () => {
    const r = results();
    const bar = (d: string): TornadoBar => r.tornado.find((b) => b.driver === d)!;
    expect([bar("insurance").low, bar("insurance").high]).toEqual([150, 300]);
    expect([bar("usedCarFee").low, bar("usedCarFee").high]).toEqual([500, 800]);
    expect([bar("finance").low, bar("finance").high]).toEqual([200, 400]);
    expect([bar("mobility").low, bar("mobility").high]).toEqual([100, 200]);
    expect(bar("fleet").low).toBeCloseTo(800_000, 6);
    expect(bar("fleet").high).toBeCloseTo(1_200_000, 6);
    expect(bar("margin").low).toBeCloseTo(576, 9);
    expect(bar("margin").high).toBeCloseTo(864, 9);
    expect(bar("streams").low).toBeCloseTo(0.8, 12);
    expect(bar("streams").high).toBeCloseTo(1.2, 12);
    // insurance 150: V_5 = 23.85亿 − 1e6·(225 − 150); 300: + 1e6·(300 − 225)
    expect(bar("insurance").valueLow).toBeCloseTo(2_385_000_000 - 75_000_000, 0);
    expect(bar("insurance").valueHigh).toBeCloseTo(2_385_000_000 + 75_000_000, 0);
    // used-car fee 500 / 800 against the mid 650, times 9/65 certifications
    expect(bar("usedCarFee").valueLow).toBeCloseTo(2_385_000_000 - (1e6 * 150 * 9) / 65, 0);
    expect(bar("usedCarFee").valueHigh).toBeCloseTo(2_385_000_000 + (1e6 * 150 * 9) / 65, 0);
    expect(bar("finance").valueLow).toBeCloseTo(2_385_000_000 - 100_000_000, 0);
    expect(bar("mobility").valueHigh).toBeCloseTo(2_385_000_000 + 50_000_000, 0);
    // fleet 80万 / 120万 at 2,385 each
    expect(bar("fleet").valueLow).toBeCloseTo(800_000 * 2385, 0);
    expect(bar("fleet").valueHigh).toBeCloseTo(1_200_000 * 2385, 0);
    // margin 576 / 864: 1e6·(576 + 765 + 900), 1e6·(864 + 765 + 900)
    expect(bar("margin").valueLow).toBeCloseTo(1e6 * 2241, 0);
    expect(bar("margin").valueHigh).toBeCloseTo(1e6 * 2529, 0);
    // streams ×0.8 / ×1.2: 1e6·(720 + 765 + 720), 1e6·(720 + 765 + 1,080)
    expect(bar("streams").valueLow).toBeCloseTo(1e6 * 2205, 0);
    expect(bar("streams").valueHigh).toBeCloseTo(1e6 * 2565, 0);
  });

  it("the linear path is fine with any start fleet", () => {
    const r = results();
    expect(r.cagrPathOk).toBe(true);
  });
});

describe("the seed's story preset: 老张's company (S17)", () => {
  const results = lazy(() => planResults(story()));

  it("network cost 1亿 is the calibration 7,200万 − (−2,800万)", () => {
    expect(STORY_NETWORK_COST).toBe(100_000_000);
  });

  it("P_0 = V_0 = 7,200万 − 1亿 = −2,800万: role A in year 0 (S17's loss)", () => {
    const r = results();
    const y0 = r.years[0];
    expect(y0.profit).toBeCloseTo(-28_000_000, 4);
    expect(y0.value).toBeCloseTo(-28_000_000, 4); // coverage and adoption 0 % in year 0
    expect(y0.data).toBe(0);
    expect(y0.ecoRevenue).toBe(0);
    expect(y0.role).toBe("A");
  });

  it("break-even in year 1: V_1 = 280,000·(720 + 20 %·1,665) − 1亿 = 1.9484亿 ≥ 0", () => {
    const r = results();
    expect(r.years[1].value).toBeCloseTo(194_840_000, 3);
    expect(r.breakevenYear).toBe(1);
  });

  it("V_5 = 23.85亿 − 1亿 = 22.85亿, role D", () => {
    const r = results();
    expect(r.year5Value).toBeCloseTo(2_285_000_000, 3);
    expect(r.year5Role).toBe("D");
  });

  it("NPV at 10 % ≈ 38.73亿", () => {
    const r = results();
    // V_t = F_t·(720 + t/5·1,665) − 1亿: 1.9484亿, 5.3756亿, 10.0016亿, 15.8264亿, 22.85亿;
    // ÷ 1.1^t: 1.7713 + 4.4426 + 7.5144 + 10.8096 + 14.1881 = 38.73亿 (3,872,596,385 元)
    expect(Math.abs(r.npv / 1e8 - 38.73)).toBeLessThan(0.005);
    expect(rel(r.npv, 3_872_596_384.996)).toBeLessThan(1e-12);
  });

  it("fleet for D = (10亿 + 1亿) / 2,385 ≈ 461,216", () => {
    const r = results();
    expect(Math.round(r.fleetForD ?? NaN)).toBe(461_216);
  });

  it("only network cost, coverage and adoption differ from the defaults", () => {
    const s = presetSettings({ preset: "story", scenario: "high" });
    expect(s).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      scenario: "high",
      networkCost: 100_000_000,
      dataCoverage: [0, 0.2, 0.4, 0.6, 0.8, 1],
      adoption: perStream(() => [0, 0.2, 0.4, 0.6, 0.8, 1]),
    });
  });
});

describe("fleet path", () => {
  const path = (fleet: number, targetFleet: number, p: "linear" | "cagr", years = 5) =>
    fleetPath({ fleet, targetFleet, fleetPath: p, years });

  it("CAGR: F_t = F_0·(F_5/F_0)^(t/5), 10万 → 100万 is ×10^(1/5) ≈ ×1.5849 a year", () => {
    const f = path(100_000, 1_000_000, "cagr");
    expect(f[0]).toBe(100_000);
    expect(f[1]).toBeCloseTo(158_489.319246, 5);
    expect(f[2]).toBeCloseTo(251_188.643151, 5);
    expect(f[5]).toBeCloseTo(1_000_000, 6);
  });

  it("linear divides by the plan's years: 4 years overshoot the target in year 5", () => {
    expect(path(100_000, 500_000, "linear", 4)).toEqual([
      100_000, 200_000, 300_000, 400_000, 500_000, 600_000,
    ]);
    expect(path(100_000, 100_000 * 2 ** 4, "cagr", 4)[1]).toBeCloseTo(200_000, 6);
  });

  it("CAGR needs F_0 > 0 (and a positive target): otherwise the plan falls back to linear and says so", () => {
    expect(path(0, 1_000_000, "cagr")).toEqual(path(0, 1_000_000, "linear"));
    expect(path(100_000, 0, "cagr")).toEqual(path(100_000, 0, "linear"));
    expect(usesCagr({ fleetPath: "cagr", fleet: 1, targetFleet: 1 })).toBe(true);
    expect(usesCagr({ fleetPath: "cagr", fleet: 0, targetFleet: 1 })).toBe(false);
    expect(usesCagr({ fleetPath: "cagr", fleet: 1, targetFleet: 0 })).toBe(false);
    expect(usesCagr({ fleetPath: "linear", fleet: 1, targetFleet: 1 })).toBe(false);
    const zero = planResults(planCase({ ...DEFAULT_PLAN_SETTINGS, fleet: 0, fleetPath: "cagr" }));
    expect(zero.cagrPathOk).toBe(false);
    expect(zero.years.map((y) => y.fleet)).toEqual([
      0, 200_000, 400_000, 600_000, 800_000, 1_000_000,
    ]);
    const ok = planResults(planCase({ ...DEFAULT_PLAN_SETTINGS, fleetPath: "cagr" }));
    expect(ok.cagrPathOk).toBe(true);
    expect(ok.years[1].fleet).toBeCloseTo(158_489.319246, 5);
  });
});

describe("building blocks", () => {
  it("timelines have six years", () => {
    expect(timeline((t) => t * 10)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(constantTimeline(7)).toEqual([7, 7, 7, 7, 7, 7]);
    expect(linearRamp(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearRamp(10, 0)).toEqual([10, 8, 6, 4, 2, 0]);
  });

  it("streams come in MODEL.md's order and sum over all five", () => {
    expect(Object.keys(perStream(() => 0))).toEqual([
      "baas",
      "charging",
      "insurance",
      "lifestyle",
      "usedcar",
    ]);
    const weights = { baas: 1, charging: 10, insurance: 100, lifestyle: 1000, usedcar: 10000 };
    expect(sumOverStreams((s) => weights[s])).toBe(11111);
  });

  it("role test at its thresholds (S18): ≥ is enough", () => {
    expect(SEED_THRESHOLDS).toEqual({ valueEngine: 1e9, profitCentre: 5e8, breakEven: 0 });
    expect(roleFor(-1e8, 1e9, SEED_THRESHOLDS)).toBe("D");
    expect(roleFor(5e8, 1e9 - 1, SEED_THRESHOLDS)).toBe("C");
    expect(roleFor(5e8 - 1, 1e9 - 1, SEED_THRESHOLDS)).toBe("B");
    expect(roleFor(0, 0, SEED_THRESHOLDS)).toBe("B");
    expect(roleFor(-1, 0, SEED_THRESHOLDS)).toBe("A");
    expect(roleFor(50, 10, { valueEngine: 100, profitCentre: 60, breakEven: 40 })).toBe("B");
    expect(roleFor(39, 10, { valueEngine: 100, profitCentre: 60, breakEven: 40 })).toBe("A");
  });

  it("NPV: year 0 counts only its capex; later years net of capex, discounted", () => {
    // 110/1.1 = 121/1.21 = 133.1/1.331 = 146.41/1.4641 = 161.051/1.61051 = 100 each
    const v = [999, 110, 121, 133.1, 146.41, 161.051] as const;
    expect(planNpv(v, constantTimeline(0), 0.1)).toBeCloseTo(500, 9);
    expect(planNpv(v, [50, 0, 0, 0, 0, 0], 0.1)).toBeCloseTo(450, 9);
    expect(planNpv(v, [0, 0, 121, 0, 0, 0], 0.1)).toBeCloseTo(400, 9);
    expect(planNpv(v, [0, 0, 0, 0, 0, 161.051], 0.1)).toBeCloseTo(400, 9);
    expect(planNpv([0, 1, 1, 1, 1, 1], constantTimeline(0), 0)).toBe(5);
  });

  it("break-even: the first year with V_t ≥ 0", () => {
    expect(breakevenYear([0, -1, -1, -1, -1, -1])).toBe(0);
    expect(breakevenYear([-1, -1, 0, 5, -1, 7])).toBe(2);
    expect(breakevenYear([-1, -1, -1, -1, -1, 0])).toBe(5);
    expect(breakevenYear([-1, -1, -1, -1, -1, -0.01])).toBeNull();
  });

  it("fleet for D: (10亿 + costs) / v_5, unreachable when v_5 ≤ 0", () => {
    const c = planCase({ ...DEFAULT_PLAN_SETTINGS, networkCost: 2e8, ecoOpex: 3e8 });
    expect(fleetForValueEngine(c)).toBeCloseTo(1.5e9 / 2385, 6);
    const zero = planCase(
      {
        ...DEFAULT_PLAN_SETTINGS,
        dataCoverage: constantTimeline(0),
        adoption: perStream(() => constantTimeline(0)),
      },
      { ...DEFAULT_PLAN_ASSUMPTIONS, marginPerVehicle: 0 }
    );
    expect(valuePerVehicle(zero, 5)).toBe(0);
    expect(fleetForValueEngine(zero)).toBeNull();
    const loss = planCase(DEFAULT_PLAN_SETTINGS, {
      ...DEFAULT_PLAN_ASSUMPTIONS,
      marginPerVehicle: -3000,
    });
    expect(fleetForValueEngine(loss)).toBeNull();
    // m = −1,664: v_5 = −1,664 + 765 + 900 = 1 元, so 10亿 vehicles
    const tiny = planCase(DEFAULT_PLAN_SETTINGS, {
      ...DEFAULT_PLAN_ASSUMPTIONS,
      marginPerVehicle: -1664,
    });
    expect(rel(fleetForValueEngine(tiny) ?? NaN, 1e9)).toBeLessThan(1e-9);
  });

  it("per-vehicle figures use the year's coverage, adoption and margins", () => {
    const c = planCase({
      ...DEFAULT_PLAN_SETTINGS,
      dataCoverage: [0, 0, 0, 0, 0, 0.5],
      adoption: { ...perStream(() => constantTimeline(0)), baas: [0, 0, 0, 0, 0, 0.5] },
      streamMargin: { ...perStream(() => 0.2), baas: 0.1 },
    });
    expect(dataValuePerVehicle(c)).toBeCloseTo(765, 12);
    expect(dataValuePerVehicle(c, "low")).toBeCloseTo(450 + (500 * 9) / 65, 12);
    expect(ecoMarginPerVehicle(c, 5)).toBeCloseTo(3000 * 0.5 * 0.1, 12); // 150
    expect(ecoMarginPerVehicle(c, 4)).toBe(0);
    expect(valuePerVehicle(c, 5)).toBeCloseTo(720 + 0.5 * 765 + 150, 9);
    const y5 = yearValues(c, 5, 1000);
    expect(y5.coveredFleet).toBe(500);
    expect(y5.data).toBeCloseTo(500 * 765, 6);
    expect(y5.streamRevenue.baas).toBe(1000 * 3000 * 0.5);
    expect(y5.ecoRevenue).toBe(1_500_000);
    expect(y5.ecoMargin).toBeCloseTo(150_000, 6);
  });

  it("costs: network cost lowers P (and so V), platform opex lowers only V", () => {
    const c = planCase({ ...DEFAULT_PLAN_SETTINGS, networkCost: 1e6, ecoOpex: 2e6 });
    const y = yearValues(c, 0, 1000);
    expect(y.grossMargin).toBeCloseTo(720_000, 6);
    expect(y.profit).toBeCloseTo(720_000 - 1e6, 6);
    expect(y.value).toBeCloseTo(1000 * 2385 - 3e6, 6);
    expect(y.role).toBe("A");
  });

  it("values of a timeline, and the scenario comparison ignores In_Scenario", () => {
    const years = planTimeline(defaults());
    expect(valuesOf(years)).toEqual(years.map((y) => y.value));
    const high = scenarioComparison(planCase({ ...DEFAULT_PLAN_SETTINGS, scenario: "high" }));
    expect(high).toEqual(scenarioComparison(defaults()));
  });

  it("tornado ties keep the drivers' order; swings are absolute", () => {
    const noData = planCase({ ...DEFAULT_PLAN_SETTINGS, dataCoverage: constantTimeline(0) });
    const sorted = sortBySwing(tornado(noData)).map((b) => b.driver);
    expect(sorted.slice(3)).toEqual(["insurance", "usedCarFee", "finance", "mobility"]);
    const losing = planCase(DEFAULT_PLAN_SETTINGS, {
      ...DEFAULT_PLAN_ASSUMPTIONS,
      marginPerVehicle: -5000,
    });
    const fleet = tornado(losing).find((b) => b.driver === "fleet")!;
    expect(fleet.valueHigh).toBeLessThan(fleet.valueLow);
    expect(fleet.swing).toBeCloseTo(0.4 * 1e6 * (5000 - 1665), 0);
    expect(maxSwing([])).toBe(0);
  });

  it("the tornado reads the data rates of the scenario in use", () => {
    const low = tornado(planCase({ ...DEFAULT_PLAN_SETTINGS, scenario: "low" }));
    const insurance = low.find((b) => b.driver === "insurance")!;
    expect(insurance.valueLow).toBeCloseTo(1e6 * (720 + 450 + (500 * 9) / 65 + 900), 0);
    expect(insurance.valueHigh).toBeCloseTo(1e6 * (720 + 600 + (500 * 9) / 65 + 900), 0);
  });

  it("the tornado's step is an input (±20 % by default)", () => {
    const c = planCase(DEFAULT_PLAN_SETTINGS, {
      ...DEFAULT_PLAN_ASSUMPTIONS,
      sensitivityStep: 0.5,
    });
    const fleet = tornado(c).find((b) => b.driver === "fleet")!;
    expect([fleet.low, fleet.high]).toEqual([500_000, 1_500_000]);
    expect(fleet.swing).toBeCloseTo(1e6 * 2385, 0);
  });
});

describe("presets", () => {
  it("keep their seed fleets and add the story", () => {
    expect(Object.keys(PRESETS)).toEqual(["seed10w", "nio50w", "million5y", "story"]);
    expect(PRESETS.story.fleet).toBe(100_000);
    expect(presetSettings({ preset: "nio50w", scenario: "low" })).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      fleet: 500_000,
      scenario: "low",
    });
    expect(presetSettings({ preset: "custom", scenario: "mid", customFleet: 1234 })).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      fleet: 1234,
    });
    expect(presetFleet({ preset: "custom", scenario: "mid" })).toBeNaN();
    expect(presetFleet({ preset: "million5y", scenario: "mid", customFleet: 5 })).toBe(1_000_000);
  });

  it("are found by name, case-insensitively", () => {
    expect(findPreset("story")).toBe("story");
    expect(findPreset(" Story ")).toBe("story");
    expect(findPreset("SEED10W")).toBe("seed10w");
    expect(findPreset("custom")).toBeUndefined();
    expect(findPreset("")).toBeUndefined();
  });

  it("defaults: the seed's 10万 maker going to 100万, no costs, full take-up, 20 % margins, 10 %", () => {
    expect(DEFAULT_PLAN_SETTINGS).toEqual({
      fleet: 100_000,
      scenario: "mid",
      targetFleet: 1_000_000,
      fleetPath: "linear",
      networkCost: 0,
      ecoOpex: 0,
      capex: [0, 0, 0, 0, 0, 0],
      dataCoverage: [1, 1, 1, 1, 1, 1],
      adoption: perStream(() => [1, 1, 1, 1, 1, 1]),
      streamMargin: perStream(() => 0.2),
      discountRate: 0.1,
    });
    expect(DEFAULT_PLAN_ASSUMPTIONS.years).toBe(5);
    expect(DEFAULT_PLAN_ASSUMPTIONS.marginPerVehicle).toBe(720);
    expect(DEFAULT_PLAN_ASSUMPTIONS.sensitivityStep).toBe(0.2);
    expect(DEFAULT_PLAN_ASSUMPTIONS.dataRates.mid).toEqual({
      insurance: 225,
      usedCarFee: 650,
      finance: 300,
      mobility: 150,
    });
    expect(DEFAULT_PLAN_ASSUMPTIONS.usedCarRate).toBeCloseTo(9 / 65, 15);
  });
});

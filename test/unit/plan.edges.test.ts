/**
 * The plan model (MODEL.md §8–§9) at its edges: the boundaries its rules name (v_5 = 0, a CAGR
 * path with a fleet of 0, an incremental NPV of exactly 0), each case and tornado bar in its
 * place, and the sums a year is made of. Expected values follow from MODEL.md's formulas.
 */
import { describe, expect, it } from "vitest";
import {
  caseComparison,
  cagrRuns,
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  linearRamp,
  perStream,
  planCase,
  planResults,
  planUnder,
  presetSettings,
  scenarioFactors,
  simulate,
  tornado,
  type PlanSettings,
} from "../../src/model";
import { percentileInc } from "../../src/model/plan/simulation/percentile";
import { richtmyer } from "../../src/model/plan/simulation/sequence";
import { triangularInverse } from "../../src/model/plan/simulation/triangular";

const ZERO = [0, 0, 0, 0, 0, 0] as const;
const storyWith = (s: Partial<PlanSettings>) => planCase({ ...DEFAULT_PLAN_SETTINGS, ...s });
/** No ecosystem at all: no data sold, no stream adopted, no opex or capex. */
const noEcosystem: Partial<PlanSettings> = {
  dataCoverage: ZERO,
  adoption: perStream(() => ZERO),
  ecoOpex: 0,
  capex: ZERO,
};

describe("boundaries the rules name", () => {
  it("v_5 exactly 0 (margin = service cost, nothing else per vehicle): D is unreachable", () => {
    const m = DEFAULT_PLAN_SETTINGS.marginPerVehicle;
    const r = planResults(
      storyWith({ ...noEcosystem, serviceCost: m, streamMargin: perStream(() => 0) })
    );
    expect(r.fleetForD).toBeNull();
    const justAbove = planResults(storyWith({ ...noEcosystem, serviceCost: m - 1 }));
    expect(justAbove.fleetForD).toBeGreaterThan(0);
  });

  it("the CAGR path runs only with fleet and target both above 0", () => {
    expect(cagrRuns("cagr", 100_000, 1_000_000)).toBe(true);
    expect(cagrRuns("cagr", 0, 1_000_000)).toBe(false);
    expect(cagrRuns("cagr", 100_000, 0)).toBe(false);
    expect(cagrRuns("linear", 100_000, 1_000_000)).toBe(false);
  });

  it("the linear path: equal steps from year 0 to year 5", () => {
    expect(linearRamp(2, 12)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(linearRamp(10, 0)).toEqual([10, 8, 6, 4, 2, 0]);
  });

  it("no ecosystem: every trial's incremental NPV is 0, so none is positive; D never reached", () => {
    const s = simulate(storyWith(noEcosystem), 50);
    expect(s.probIncrementalPositive).toBe(0);
    expect(s.probD).toBe(0);
  });

  it("an ecosystem that costs more than it earns: some trials positive, not all", () => {
    // Opex of 6亿 a year takes most of the mid case's 26亿 incremental NPV (about 6亿 × 3.79).
    const s = simulate(storyWith({ ecoOpex: 6e8 }), 400);
    expect(s.probIncrementalPositive).toBeGreaterThan(0);
    expect(s.probIncrementalPositive).toBeLessThan(1);
  });
});

describe("each case and bar in its place", () => {
  it("the high column is the high case, the low column the low case", () => {
    const c = planCase();
    const cases = caseComparison(c);
    const at = (s: "low" | "high") => planUnder(c, scenarioFactors(c.caseFactors, s)).npv;
    expect(cases.high.npv).toBe(at("high"));
    expect(cases.low.npv).toBe(at("low"));
    expect(cases.high.npv).toBeGreaterThan(cases.mid.npv);
    expect(cases.low.npv).toBeLessThan(cases.mid.npv);
  });

  it("tornado bars are numbered 1–11 in driver order", () => {
    expect(tornado(planCase()).map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("a year's ecosystem revenue is the sum of its five streams", () => {
    for (const y of planUnder(planCase(), scenarioFactors(planCase().caseFactors, "mid")).years) {
      const streams = Object.values(y.streamRevenue).reduce((a, b) => a + b, 0);
      expect(y.ecoRevenue).toBeCloseTo(streams, 6);
    }
  });

  it("the custom preset keeps every default and takes the fleet given", () => {
    const s = presetSettings({ preset: "custom", customFleet: 123_456, scenario: "low" });
    expect(s.fleet).toBe(123_456);
    expect(s.scenario).toBe("low");
    // The story's c and N, typed: §11.1 would recalibrate them from facts of another fleet.
    expect(s.networkCost).toBe(20_000_000);
    expect(s.serviceCost).toBe(800);
    expect(s.adoption).toEqual(DEFAULT_PLAN_SETTINGS.adoption);
  });
});

describe("the simulation's pieces (MODEL.md §9)", () => {
  it("u = MOD(i·√q, 1) with √q correctly rounded", () => {
    expect(richtmyer(1, 2)).toBe(Math.SQRT2 - 1);
    expect(richtmyer(3, 5)).toBe(3 * Math.sqrt(5) - 6);
  });

  it("PERCENTILE.INC of nothing is not a number; of one value, that value", () => {
    expect(percentileInc([], 0.5)).toBeNaN();
    expect(percentileInc([7], 0.9)).toBe(7);
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it("the triangular inverse of a driver that does not vary is its factor at every u", () => {
    for (const u of [0, 0.3, 1]) expect(triangularInverse(u, 1.2, 1.2)).toBe(1.2);
    expect(triangularInverse(0, 0.8, 1.2)).toBe(0.8);
    expect(triangularInverse(1, 0.8, 1.2)).toBeCloseTo(1.2, 15);
  });
});

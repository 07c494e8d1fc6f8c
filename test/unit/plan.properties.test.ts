/** Invariants of the second-edition plan (issue 8's Proof), as fast-check properties. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  EXTENSION_STREAMS,
  breakevenYear,
  maxSwing,
  planCase,
  planInputs,
  planNpv,
  planResults,
  planTimeline,
  sortBySwing,
  TIMELINE_YEARS,
  tornado,
  valuesOf,
  yearlyPlan,
  yearValues,
  type PlanCase,
  type PlanSettings,
  type PerStream,
  type Timeline,
  type YearIndex,
} from "../../src/model";

const RUNS = { numRuns: 300 };
const share = fc.double({ min: 0, max: 1, noNaN: true });
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true });
const timelineOf = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<Timeline<T>> => fc.tuple(a, a, a, a, a, a);
const perStreamOf = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<PerStream<T>> =>
  fc.record({ baas: a, charging: a, insurance: a, lifestyle: a, usedcar: a });
const year = fc.constantFrom<YearIndex>(...TIMELINE_YEARS);
const stream = fc.constantFrom(...EXTENSION_STREAMS);

const settings: fc.Arbitrary<PlanSettings> = fc.record({
  fleet: fc.integer({ min: 0, max: 3_000_000 }),
  scenario: fc.constantFrom("low", "mid", "high"),
  targetFleet: fc.integer({ min: 0, max: 5_000_000 }),
  fleetPath: fc.constantFrom("linear", "cagr"),
  networkCost: amount(2e9),
  ecoOpex: amount(2e9),
  capex: timelineOf(amount(5e9)),
  dataCoverage: timelineOf(share),
  adoption: perStreamOf(timelineOf(share)),
  streamMargin: perStreamOf(share),
  discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
});
/** m anywhere from a loss to double the seed's 720 元/车/年. */
const planCaseArb: fc.Arbitrary<PlanCase> = fc
  .tuple(settings, fc.double({ min: -3000, max: 1500, noNaN: true }))
  .map(([s, m]) => planCase(s, { ...DEFAULT_PLAN_ASSUMPTIONS, marginPerVehicle: m }));

/** The size of the terms V_t adds up at a fleet: rounding error scales with it, not with V_t. */
const magnitude = (c: PlanCase, fleet: number): number =>
  fleet * (Math.abs(c.marginPerVehicle) + 2000 + 5000) + c.networkCost + c.ecoOpex + 1;

const close = (a: number, b: number, scale: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

describe("second-edition plan properties", () => {
  it("at the default inputs every first-edition figure is unchanged, for any fleet and scenario", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom("low", "mid", "high"),
        (fleet, scenario) => {
          const first = yearlyPlan(planInputs(fleet, scenario));
          const second = planTimeline(planCase({ ...DEFAULT_PLAN_SETTINGS, fleet, scenario }));
          for (const t of TIMELINE_YEARS) {
            const a = first[t]!;
            const b = second[t];
            const scale = a.ecosystemValue;
            expect(close(b.fleet, a.fleet, a.fleet)).toBe(true);
            expect(close(b.profit, a.afterSalesMargin, scale)).toBe(true);
            expect(close(b.data, a.dataAssetValue, scale)).toBe(true);
            expect(close(b.ecoRevenue, a.ecosystemRevenue, scale)).toBe(true);
            expect(close(b.value, a.ecosystemValue, scale)).toBe(true);
          }
        }
      ),
      RUNS
    );
  });

  it("V_t is linear in the fleet when the fixed costs are 0", () => {
    fc.assert(
      fc.property(
        planCaseArb,
        year,
        amount(3e6),
        amount(3e6),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (c0, t, a, b, k) => {
          const c = { ...c0, networkCost: 0, ecoOpex: 0 };
          const va = yearValues(c, t, a).value;
          const vb = yearValues(c, t, b).value;
          const scale = magnitude(c, a + b);
          expect(Math.abs(yearValues(c, t, a + b).value - (va + vb))).toBeLessThanOrEqual(
            1e-12 * scale
          );
          expect(Math.abs(yearValues(c, t, k * a).value - k * va)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, k) * scale
          );
          // and along the path: scaling today's and the target fleet scales every year (linear or CAGR)
          const scaled = planTimeline({ ...c, fleet: k * c.fleet, targetFleet: k * c.targetFleet });
          const base = planTimeline(c);
          for (const y of TIMELINE_YEARS)
            expect(Math.abs(scaled[y].value - k * base[y].value)).toBeLessThanOrEqual(
              1e-12 * Math.max(1, k) * magnitude(c, base[y].fleet)
            );
        }
      ),
      RUNS
    );
  });

  it("raising any adoption, coverage or stream margin never lowers V_t", () => {
    const raise = fc.oneof(
      fc.record({ kind: fc.constant("adoption" as const), stream, year }),
      fc.record({ kind: fc.constant("coverage" as const), year }),
      fc.record({ kind: fc.constant("margin" as const), stream })
    );
    fc.assert(
      fc.property(planCaseArb, raise, share, (c, what, by) => {
        let raised: PlanCase;
        if (what.kind === "coverage") {
          const coverage = [...c.dataCoverage] as [number, number, number, number, number, number];
          coverage[what.year] += by;
          raised = { ...c, dataCoverage: coverage };
        } else if (what.kind === "adoption") {
          const row = [...c.adoption[what.stream]] as [
            number,
            number,
            number,
            number,
            number,
            number,
          ];
          row[what.year] += by;
          raised = { ...c, adoption: { ...c.adoption, [what.stream]: row } };
        } else {
          raised = {
            ...c,
            streamMargin: { ...c.streamMargin, [what.stream]: c.streamMargin[what.stream] + by },
          };
        }
        const before = planTimeline(c);
        const after = planTimeline(raised);
        for (const t of TIMELINE_YEARS)
          expect(after[t].value).toBeGreaterThanOrEqual(
            before[t].value - 1e-12 * magnitude(c, before[t].fleet)
          );
      }),
      RUNS
    );
  });

  it("NPV falls as the discount rate rises while the plan's yearly net values are positive", () => {
    const positive = fc.tuple(
      fc.double({ min: -1e10, max: 1e10, noNaN: true }),
      fc.tuple(...[1, 2, 3, 4, 5].map(() => amount(1e10)))
    );
    fc.assert(
      fc.property(
        positive,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        ([v0, later], d, step) => {
          const values = [v0, ...later] as unknown as Timeline;
          const capex = [0, 0, 0, 0, 0, 0] as const;
          const low = planNpv(values, capex, d);
          const high = planNpv(values, capex, d + step);
          expect(high).toBeLessThanOrEqual(low);
          if (later.some((v) => v > 1)) expect(high).toBeLessThan(low);
        }
      ),
      RUNS
    );
    // and on whole plans with no costs (V_t ≥ 0 when m ≥ 0)
    fc.assert(
      fc.property(settings, fc.double({ min: 1e-4, max: 0.5, noNaN: true }), (s, step) => {
        const c = planCase({
          ...s,
          networkCost: 0,
          ecoOpex: 0,
          capex: [s.capex[0], 0, 0, 0, 0, 0],
        });
        const raised = { ...c, discountRate: c.discountRate + step };
        expect(planResults(raised).npv).toBeLessThanOrEqual(planResults(c).npv + 1e-6);
      }),
      { numRuns: 100 }
    );
  });

  it("tornado: swings non-negative, sorted by swing, the largest equals the maximum", () => {
    fc.assert(
      fc.property(planCaseArb, (c) => {
        const bars = tornado(c);
        const sorted = sortBySwing(bars);
        const swings = bars.map((b) => b.swing);
        for (const b of bars) {
          expect(b.swing).toBeGreaterThanOrEqual(0);
          expect(b.swing).toBe(Math.abs(b.valueHigh - b.valueLow));
        }
        expect(maxSwing(bars)).toBe(Math.max(...swings));
        expect(sorted[0]!.swing).toBe(Math.max(...swings));
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]!.swing).toBeLessThanOrEqual(sorted[i - 1]!.swing);
        expect([...sorted].map((b) => b.driver).sort()).toEqual(
          [...bars].map((b) => b.driver).sort()
        );
        expect(planResults(c).maxSwing).toBe(maxSwing(bars));
      }),
      RUNS
    );
  });

  it("year-5 value: low ≤ mid ≤ high; each equals the plan run under that scenario", () => {
    fc.assert(
      fc.property(planCaseArb, (c) => {
        const s = planResults(c).scenarios;
        const tol = 1e-9 * (Math.abs(s.mid.year5Value) + 1);
        expect(s.low.year5Value).toBeLessThanOrEqual(s.mid.year5Value + tol);
        expect(s.mid.year5Value).toBeLessThanOrEqual(s.high.year5Value + tol);
        expect(s[c.scenario].year5Value).toBe(planResults(c).year5Value);
        expect(s[c.scenario].npv).toBe(planResults(c).npv);
      }),
      RUNS
    );
  });

  it("break-even year is the first year with V_t ≥ 0", () => {
    fc.assert(
      fc.property(planCaseArb, (c) => {
        const values = valuesOf(planTimeline(c));
        const first = values.findIndex((v) => v >= 0);
        expect(breakevenYear(values)).toBe(first === -1 ? null : first);
      }),
      RUNS
    );
  });

  it("fleet for D puts V_5 exactly on D's threshold, when reachable", () => {
    fc.assert(
      fc.property(planCaseArb, (c) => {
        const fleet = planResults(c).fleetForD;
        if (fleet === null || !Number.isFinite(fleet)) return; // v_5 a subnormal: beyond any real fleet
        expect(fleet).toBeGreaterThan(0);
        const v = yearValues(c, 5, fleet).value;
        expect(Math.abs(v - c.thresholds.valueEngine)).toBeLessThanOrEqual(
          1e-12 * (magnitude(c, fleet) + c.thresholds.valueEngine)
        );
      }),
      RUNS
    );
  });
});

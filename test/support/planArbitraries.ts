/** fast-check arbitraries for the plan's settings, shared by the model's properties and the workbook's. */
import fc from "fast-check";
import {
  caseFactorsOf,
  DEFAULT_PLAN_SETTINGS,
  DRIVERS,
  EXTENSION_STREAMS,
  TIMELINE_YEARS,
  type CaseFactors,
  type Driver,
  type PerStream,
  type PlanSettings,
  type Timeline,
  type YearIndex,
} from "../../src/model";

export const share = fc.double({ min: 0, max: 1, noNaN: true });
export const amount = (max: number): fc.Arbitrary<number> =>
  fc.double({ min: 0, max, noNaN: true });
export const timelineOf = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<Timeline<T>> =>
  fc.tuple(a, a, a, a, a, a);
export const perStreamOf = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<PerStream<T>> =>
  fc.record({ baas: a, charging: a, insurance: a, lifestyle: a, usedcar: a });
export const year = fc.constantFrom<YearIndex>(...TIMELINE_YEARS);
export const stream = fc.constantFrom(...EXTENSION_STREAMS);
export const factor = fc.double({ min: 0.05, max: 3, noNaN: true });

/** Case factors whose driver d's range comes from rangeOf(d). */
export const caseFactorsFrom = (
  rangeOf: (d: Driver) => fc.Arbitrary<readonly [number, number]>
): fc.Arbitrary<CaseFactors> =>
  fc
    .tuple(...DRIVERS.map(rangeOf))
    .map((ranges) => caseFactorsOf((d) => ranges[DRIVERS.indexOf(d)]!));
export const caseFactorsArb = caseFactorsFrom(() => fc.tuple(factor, factor));

/**
 * Every named input of the third edition anywhere in its valid range, the costs typed (overrides),
 * the fourth edition's other inputs at their defaults.
 */
export const planSettingsArb: fc.Arbitrary<PlanSettings> = fc.record({
  fleet: fc.integer({ min: 0, max: 3_000_000 }),
  scenario: fc.constantFrom("low", "mid", "high"),
  targetFleet: fc.integer({ min: 0, max: 5_000_000 }),
  fleetPath: fc.constantFrom("linear", "cagr"),
  serviceCost: amount(2000),
  networkCost: amount(2e9),
  ecoOpex: amount(2e9),
  capex: timelineOf(amount(5e9)),
  dataCoverage: timelineOf(share),
  adoption: perStreamOf(timelineOf(share)),
  streamMargin: perStreamOf(share),
  discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  caseFactors: caseFactorsArb,
}).map((s): PlanSettings => ({ ...DEFAULT_PLAN_SETTINGS, ...s }));

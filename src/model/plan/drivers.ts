/**
 * The eleven drivers of the cases, the tornado and the simulation (MODEL.md §8), in table order.
 * Each is a factor k on inputs as entered (base 1).
 */
export const DRIVERS = [
  "dataPrices", // 1: p·k
  "targetFleet", // 2: T·k
  "margin", // 3: m·k
  "serviceCost", // 4: c·k
  "networkCost", // 5: N·k
  "streamRevenue", // 6: r_s·k, all five streams
  "streamMargin", // 7: Margin_s·k, all five
  "adoption", // 8: MIN(1, Adoption·k), every stream and year
  "coverage", // 9: MIN(1, Coverage·k), every year
  "ecoCost", // 10: EcoOpex·k and Capex_t·k
  "discountRate", // 11: d·k
] as const;
export type Driver = (typeof DRIVERS)[number];

/** One factor per driver. */
export type Factors = Readonly<Record<Driver, number>>;

/** A driver's downside and upside factors: [downside, upside]. */
export type FactorRange = readonly [number, number];
/** In_CaseFactors: 11 × 2, column 1 downside, column 2 upside. */
export type CaseFactors = Readonly<Record<Driver, FactorRange>>;

export function factorsOf(valueOf: (driver: Driver) => number): Factors {
  const k = {} as Record<Driver, number>;
  for (const d of DRIVERS) k[d] = valueOf(d);
  return k;
}

/** Every factor 1: the inputs as entered (the mid case). */
export const BASE_FACTORS: Factors = factorsOf(() => 1);

/** The drivers the status quo has (2–5 and 11): a case's status quo takes these factors. */
export const STATUS_QUO_DRIVERS = [
  "targetFleet",
  "margin",
  "serviceCost",
  "networkCost",
  "discountRate",
] as const satisfies readonly Driver[];

export function caseFactorsOf(rangeOf: (driver: Driver) => FactorRange): CaseFactors {
  const k = {} as Record<Driver, FactorRange>;
  for (const d of DRIVERS) k[d] = rangeOf(d);
  return k;
}

import type { DataRates } from "../dataAssets";
import { dataPricePerVehicle } from "./dataPrice";
import { SEED } from "../seed";
import type { ScenarioName } from "../scenario";
import { factorsOf, type CaseFactors, type Driver, type Factors } from "./drivers";

/**
 * Default downside / upside factors of drivers 2–11 (MODEL.md §8's table): analyst judgements,
 * except the margin's, which is S2's EV spend range against its midpoint (1,500 and 2,500 / 2,000).
 */
const evSpendMid = (SEED.evSpendPerVehicle.low + SEED.evSpendPerVehicle.high) / 2;
export const ANALYST_CASE_FACTORS: Readonly<
  Record<Exclude<Driver, "dataPrices">, readonly [number, number]>
> = {
  targetFleet: [0.8, 1.2],
  margin: [SEED.evSpendPerVehicle.low / evSpendMid, SEED.evSpendPerVehicle.high / evSpendMid],
  serviceCost: [1.1, 0.9],
  networkCost: [1.1, 0.9],
  streamRevenue: [0.8, 1.2],
  streamMargin: [0.75, 1.25],
  adoption: [0.6, 1.2],
  coverage: [0.6, 1.2],
  ecoCost: [1.2, 0.8],
  discountRate: [1.2, 0.8],
};

/** Driver 1: p_low / p_mid and p_high / p_mid of S8–S11 at the used-car rate. */
export function dataPriceFactors(
  rates: Readonly<Record<ScenarioName, DataRates>>,
  usedCarRate: number
): readonly [number, number] {
  const p = (s: ScenarioName): number => dataPricePerVehicle(rates[s], usedCarRate);
  return [p("low") / p("mid"), p("high") / p("mid")];
}

export function defaultCaseFactors(
  rates: Readonly<Record<ScenarioName, DataRates>>,
  usedCarRate: number
): CaseFactors {
  return { dataPrices: dataPriceFactors(rates, usedCarRate), ...ANALYST_CASE_FACTORS };
}

/** Which end of a driver's factors each outer case takes: the downside (0) or the upside (1). */
const CASE_END = { low: 0, high: 1 } as const;

/** In_Scenario's factors: low = every downside, mid = every 1, high = every upside. */
export function scenarioFactors(caseFactors: CaseFactors, scenario: ScenarioName): Factors {
  if (scenario === "mid") return factorsOf(() => 1);
  const end = CASE_END[scenario];
  return factorsOf((d) => caseFactors[d][end]);
}

/** Every factor 1 except one driver's, at its downside (0) or upside (1): a tornado end. */
export function tornadoEndFactors(caseFactors: CaseFactors, driver: Driver, end: 0 | 1): Factors {
  return factorsOf((d) => (d === driver ? caseFactors[d][end] : 1));
}

import { dataAssetValue } from "../dataAssets";
import type { ScenarioName } from "../scenario";
import type { PlanCase } from "./assumptions";
import { roleFor, type Role } from "./role";
import { perStream, sumOverStreams, type PerStream } from "./streams";
import type { YearIndex } from "./timeline";

/** One column of the plan (MODEL.md §6); amounts in 元 per year. */
export interface YearValues {
  readonly year: YearIndex;
  readonly fleet: number;
  /** F_t·Coverage_t: vehicles whose data is sold. */
  readonly coveredFleet: number;
  /** F_t·m. */
  readonly grossMargin: number;
  /** P_t = F_t·m − NetworkCost. */
  readonly profit: number;
  /** D_t = F_t·Coverage_t·p. */
  readonly data: number;
  /** F_t·r_s·Adoption_{s,t} for each stream. */
  readonly streamRevenue: PerStream<number>;
  /** E_t: the five streams together. */
  readonly ecoRevenue: number;
  /** G_t = F_t·Σ_s r_s·Adoption_{s,t}·Margin_s. */
  readonly ecoMargin: number;
  /** V_t = P_t + D_t + G_t − EcoOpex. */
  readonly value: number;
  readonly role: Role;
}

/** p: the scenario's data value per fully covered vehicle, DATA_ASSET_VALUE(1, scenario). */
export function dataValuePerVehicle(
  c: Pick<PlanCase, "dataRates" | "usedCarRate" | "scenario">,
  scenario: ScenarioName = c.scenario
): number {
  return dataAssetValue(1, c.dataRates[scenario], c.usedCarRate);
}

/** Σ_s r_s·Adoption_{s,t}·Margin_s: ecosystem margin per vehicle in service. */
export function ecoMarginPerVehicle(c: PlanCase, year: YearIndex): number {
  return sumOverStreams((s) => c.perVehicle[s] * c.adoption[s][year] * c.streamMargin[s]);
}

/** v_t = m + Coverage_t·p + Σ_s r_s·Adoption_{s,t}·Margin_s: what one more vehicle adds to V_t. */
export function valuePerVehicle(c: PlanCase, year: YearIndex): number {
  return (
    c.marginPerVehicle +
    c.dataCoverage[year] * dataValuePerVehicle(c) +
    ecoMarginPerVehicle(c, year)
  );
}

/** The plan's figures for one year at a given fleet. */
export function yearValues(c: PlanCase, year: YearIndex, fleet: number): YearValues {
  const coveredFleet = fleet * c.dataCoverage[year];
  const grossMargin = fleet * c.marginPerVehicle;
  const profit = grossMargin - c.networkCost;
  const data = coveredFleet * dataValuePerVehicle(c);
  const streamRevenue = perStream((s) => fleet * c.perVehicle[s] * c.adoption[s][year]);
  const ecoRevenue = sumOverStreams((s) => streamRevenue[s]);
  const ecoMargin = sumOverStreams((s) => streamRevenue[s] * c.streamMargin[s]);
  const value = profit + data + ecoMargin - c.ecoOpex;
  return {
    year,
    fleet,
    coveredFleet,
    grossMargin,
    profit,
    data,
    streamRevenue,
    ecoRevenue,
    ecoMargin,
    value,
    role: roleFor(profit, value, c.thresholds),
  };
}

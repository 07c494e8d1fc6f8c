import type { EffectiveInputs } from "./effectiveInputs";
import { roleOf, type Role, type RoleThresholds } from "./role";
import { perStream, sumOverStreams, type PerStream } from "./streams";
import type { YearIndex } from "./timeline";

/** One column of the plan and its status quo (MODEL.md §8); amounts in 元 per year, pre-tax. */
export interface YearValues {
  readonly year: YearIndex;
  readonly fleet: number;
  /** F_t·m. */
  readonly grossMargin: number;
  /** c·F_t. */
  readonly serviceCost: number;
  /** P_t = F_t·m − N − c·F_t: after-sales profit, which is also the status quo's V^SQ_t. */
  readonly profit: number;
  readonly statusQuoRole: Role;
  /** F_t·Coverage_t: vehicles whose data is sold. */
  readonly coveredFleet: number;
  /** D_t = F_t·Coverage_t·p. */
  readonly data: number;
  /** F_t·r_s·Adoption_{s,t} for each stream. */
  readonly streamRevenue: PerStream<number>;
  /** E_t: the five streams together. */
  readonly ecoRevenue: number;
  /** G_t = F_t·Σ_s r_s·Adoption_{s,t}·Margin_s. */
  readonly ecoMargin: number;
  /** V_t = P_t + D_t + G_t − EcoOpex (year 0: today, every factor 1 and no opex, §11.3). */
  readonly value: number;
  readonly role: Role;
  readonly capex: number;
  /** ΔCF_t: −Capex_0 in year 0 (today's flows are the status quo); D_t + G_t − EcoOpex − Capex_t after. */
  readonly deltaCashFlow: number;
}

/** Σ_s r_s·Adoption_{s,t}·Margin_s: ecosystem margin per vehicle in service. */
export function ecoMarginPerVehicle(e: EffectiveInputs, year: YearIndex): number {
  return sumOverStreams((s) => e.streamRevenue[s] * e.adoption[s][year] * e.streamMargin[s]);
}

/** v_t = m − c + Coverage_t·p + Σ_s r_s·Adoption_{s,t}·Margin_s: what one more vehicle adds to V_t. */
export function valuePerVehicle(e: EffectiveInputs, year: YearIndex): number {
  return e.margin - e.serviceCost + e.coverage[year] * e.dataPrice + ecoMarginPerVehicle(e, year);
}

/** One year's figures at inputs e; the year's capex is e's unless given (year 0's, §11.3). */
export function yearValues(
  e: EffectiveInputs,
  year: YearIndex,
  fleet: number,
  thresholds: RoleThresholds,
  capex: number = e.capex[year]
): YearValues {
  const grossMargin = fleet * e.margin;
  const serviceCost = e.serviceCost * fleet;
  const profit = grossMargin - e.networkCost - serviceCost;
  const coveredFleet = fleet * e.coverage[year];
  const data = coveredFleet * e.dataPrice;
  const streamRevenue = perStream((s) => fleet * e.streamRevenue[s] * e.adoption[s][year]);
  const ecoRevenue = sumOverStreams((s) => streamRevenue[s]);
  const ecoMargin = sumOverStreams((s) => streamRevenue[s] * e.streamMargin[s]);
  const value = profit + data + ecoMargin - e.ecoOpex;
  return {
    year,
    fleet,
    grossMargin,
    serviceCost,
    profit,
    statusQuoRole: roleOf(profit, thresholds),
    coveredFleet,
    data,
    streamRevenue,
    ecoRevenue,
    ecoMargin,
    value,
    role: roleOf(value, thresholds),
    capex,
    deltaCashFlow: year === 0 ? -capex : data + ecoMargin - e.ecoOpex - capex,
  };
}

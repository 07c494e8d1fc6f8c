import { dataPricePerVehicle } from "./dataPrice";
import type { PlanCase } from "./assumptions";
import { BASE_FACTORS, DRIVERS, factorsOf, type Factors } from "./drivers";
import { perStream, type PerStream } from "./streams";
import { timeline, type Timeline } from "./timeline";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { min } = Math;

/** The plan's inputs after a factor vector is applied (MODEL.md §8's "how k applies" column). */
export interface EffectiveInputs {
  readonly fleet: number;
  /** T·k2. */
  readonly targetFleet: number;
  readonly cagr: boolean;
  /** m·k3. */
  readonly margin: number;
  /** c·k4. */
  readonly serviceCost: number;
  /** N·k5. */
  readonly networkCost: number;
  /** p·k1, p the mid data price at the used-car rate. */
  readonly dataPrice: number;
  /** r_s·k6. */
  readonly streamRevenue: PerStream<number>;
  /** Margin_s·k7. */
  readonly streamMargin: PerStream<number>;
  /** MIN(1, Adoption_{s,t}·k8). */
  readonly adoption: PerStream<Timeline>;
  /** MIN(1, Coverage_t·k9). */
  readonly coverage: Timeline;
  /** EcoOpex·k10. */
  readonly ecoOpex: number;
  /** Capex_t·k10. */
  readonly capex: Timeline;
  /** d·k11. */
  readonly discountRate: number;
}

/**
 * The CAGR path needs a positive start fleet (MODEL.md §6) and a positive target (0^0 is an error
 * in Excel); otherwise the plan falls back to the linear path and a check fails.
 */
export function cagrRuns(fleetPath: PlanCase["fleetPath"], fleet: number, target: number): boolean {
  return fleetPath === "cagr" && fleet > 0 && target > 0;
}

export function effectiveInputs(c: PlanCase, k: Factors): EffectiveInputs {
  const targetFleet = c.targetFleet * k.targetFleet;
  return {
    fleet: c.fleet,
    targetFleet,
    cagr: cagrRuns(c.fleetPath, c.fleet, targetFleet),
    margin: c.marginPerVehicle * k.margin,
    serviceCost: c.serviceCost * k.serviceCost,
    networkCost: c.networkCost * k.networkCost,
    dataPrice: dataPricePerVehicle(c.dataRates.mid, c.usedCarRate) * k.dataPrices,
    streamRevenue: perStream((s) => c.streamRevenue[s] * k.streamRevenue),
    streamMargin: perStream((s) => c.streamMargin[s] * k.streamMargin),
    adoption: perStream((s) => timeline((t) => min(1, c.adoption[s][t] * k.adoption))),
    coverage: timeline((t) => min(1, c.dataCoverage[t] * k.coverage)),
    ecoOpex: c.ecoOpex * k.ecoCost,
    capex: timeline((t) => c.capex[t] * k.ecoCost),
    discountRate: c.discountRate * k.discountRate,
  };
}

/**
 * The inputs year 0 is measured at (MODEL.md §11.3): today is a fact, so every factor is 1 in
 * every case, tornado end and trial, and no platform opex runs yet (EcoOpex counts from year 1).
 * A driver a row switches off (factor 0: the status quo's row has no ecosystem, k1 = k6 = k10 = 0)
 * stays off today. Capex_0 is an investment, not a measurement: it keeps driver 10's factor
 * (planUnder passes it).
 */
export function todayInputs(c: PlanCase, k: Factors): EffectiveInputs {
  if (!DRIVERS.some((d) => k[d] === 0)) {
    let today = TODAY.get(c);
    if (!today) TODAY.set(c, (today = measured(c, BASE_FACTORS)));
    return today;
  }
  return measured(c, todayFactors(k));
}

/** Year 0's factors: 1 for every driver, 0 for one the row switches off. */
export function todayFactors(k: Factors): Factors {
  return factorsOf((d) => (k[d] === 0 ? 0 : 1));
}

const measured = (c: PlanCase, k: Factors): EffectiveInputs => ({
  ...effectiveInputs(c, k),
  ecoOpex: 0,
});

/** One per plan case: a simulation's thousand trials share it. */
const TODAY = new WeakMap<PlanCase, EffectiveInputs>();

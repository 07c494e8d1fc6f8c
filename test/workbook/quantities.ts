/**
 * The value of every quantity the layout names (src/workbook/layout/quantities.ts), computed from
 * the TypeScript model at a set of inputs: never from the layout's formulas nor from our formula
 * evaluator. The names are parsed here; a name this file does not know throws.
 */
import {
  afterSalesEconomics,
  DEFAULT_PER_VEHICLE,
  DEFAULT_PLAN_ASSUMPTIONS,
  CALIBRATED_NETWORK,
  dataAssetValue,
  dataPricePerVehicle,
  DRIVER_PRIMES,
  DRIVERS,
  ecosystemMultiple,
  ecosystemRevenue,
  economicsInputs,
  factorsOf,
  fleetPath,
  MONTHLY_RECORDS,
  planCase,
  planResults,
  planUnder,
  recordsPerMonth,
  recordsPerYear,
  richtmyer,
  scenarioFactors,
  SEED,
  simulate,
  streamRevenue,
  tornadoEndFactors,
  totalRevenue,
  trialFactors,
  triangularInverse,
  userAssetValue,
  valuePerUser,
  valuePerVehicle,
  type Driver,
  type Factors,
  type PlanCase,
  type PlanOutcome,
  type PlanResults,
  type PlanSettings,
  type Role,
} from "../../src/model";
import { ROLE_LABELS, type Edition } from "../../src/workbook";
import { STATUS_TEXT } from "../../src/workbook/layout/addin";
import { USER_ASSET_DRIVERS } from "../../src/workbook/layout/defaults";
import { PLAN_TEXT } from "../../src/workbook/layout/planText";
import type { Slot } from "../../src/workbook/layout/quantities";
import { textIn, type Text } from "../../src/workbook/layout/types";

export type Value = number | string | boolean | { error: true };

/** Layout constants the expectation needs (labels, units, the histogram's rounding). */
export interface LayoutConstants {
  readonly amountUnit: number;
  readonly binUnit: number;
  readonly bins: number;
  /** The tornado rows' labels, in driver order. */
  readonly tornadoLabels: readonly string[];
}

const ECOSYSTEM_DRIVERS: readonly Driver[] = ["dataPrices", "streamRevenue", "ecoCost"];

/** Everything the quantities are read from, computed once per edition and inputs. */
export class ModelView {
  readonly c: PlanCase;
  readonly r: PlanResults;
  private readonly outcomes = new Map<string, PlanOutcome>();
  private simCache?: ReturnType<typeof simulate>;
  private npvs?: number[];

  constructor(
    readonly edition: Edition,
    readonly settings: PlanSettings,
    readonly layout: LayoutConstants
  ) {
    this.c = planCase(settings, DEFAULT_PLAN_ASSUMPTIONS);
    this.r = planResults(this.c);
  }

  text(t: Text): string {
    return textIn(t, this.edition);
  }

  role(r: Role): string {
    return this.text(ROLE_LABELS[r]);
  }

  factorsOf(v: string): Factors {
    const cf = this.c.caseFactors;
    if (v === "sq") return factorsOf((d) => (ECOSYSTEM_DRIVERS.includes(d) ? 0 : 1));
    if (v === "low" || v === "mid" || v === "high") return scenarioFactors(cf, v);
    const m = /^t(\d+)([du])$/.exec(v);
    if (m) return tornadoEndFactors(cf, DRIVERS[Number(m[1]) - 1] as Driver, m[2] === "d" ? 0 : 1);
    const i = /^trial(\d+)$/.exec(v);
    if (i) return trialFactors(this.c, Number(i[1]));
    throw new Error(`quantities: no variant ${v}`);
  }

  outcome(v: string): PlanOutcome {
    let o = this.outcomes.get(v);
    if (!o) this.outcomes.set(v, (o = planUnder(this.c, this.factorsOf(v))));
    return o;
  }

  get sim(): ReturnType<typeof simulate> {
    return (this.simCache ??= simulate(this.c));
  }

  trialNpvs(): number[] {
    if (!this.npvs) {
      this.npvs = [];
      for (let i = 1; i <= this.sim.trials; i++) this.npvs.push(this.outcome(`trial${i}`).npv);
    }
    return this.npvs;
  }
}

const num = (x: unknown): number => {
  if (typeof x !== "number") throw new Error(`quantities: not a number ${String(x)}`);
  return x;
};

/** A variant's quantity: fleet[t], ecoPerVehicle[t], value[t], npv, … */
function variantQuantity(m: ModelView, o: PlanOutcome, q: string): Value {
  const y = /^(\w+)\[(\d)\]$/.exec(q);
  if (y) {
    const t = Number(y[2]) as 0;
    const e = o.inputs;
    if (y[1] === "fleet") return o.years[t].fleet;
    if (y[1] === "value") return o.years[t].value;
    if (y[1] === "ecoPerVehicle") return valuePerVehicle(e, t) - e.margin + e.serviceCost;
  }
  if (q === "npv") return o.npv;
  if (q === "npvStatusQuo") return o.npvStatusQuo;
  if (q === "npvIncremental") return o.npvIncremental;
  if (q === "roleLabel(year5Role)") return m.role(o.year5Role);
  throw new Error(`quantities: unknown variant quantity ${q}`);
}

function driverRange(m: ModelView, j: number): Record<string, number> {
  const [downside, upside] = m.c.caseFactors[DRIVERS[j - 1] as Driver];
  const lo = Math.min(downside, upside);
  const hi = Math.max(downside, upside);
  const mode = Math.min(Math.max(1, lo), hi);
  return { downside, upside, lo, hi, mode, split: hi === lo ? 0 : (mode - lo) / (hi - lo) };
}

/** The analysis sheet's case columns: the status quo, low, mid and high. */
function caseColumn(r: PlanResults, v: string): PlanResults["cases"]["mid"] {
  return r.cases[v === "sq" ? "statusQuo" : (v as "mid")];
}

function paybackText(m: ModelView): Value {
  const p = m.r.paybackYear;
  if (p === "n/a") return m.text(PLAN_TEXT.notApplicable);
  if (p === "notWithinPlan") return m.text(PLAN_TEXT.notRecovered);
  return p;
}

function histogram(m: ModelView): { start: number; width: number } {
  const npvs = m.trialNpvs();
  const u = m.layout.binUnit;
  const start = Math.round(Math.min(...npvs) / u) * u - u;
  const width = Math.round((Math.max(...npvs) - start) / m.layout.bins / u) * u + u;
  return { start, width };
}

/** The value of a quantity at a slot's parameters. */
export function quantityValue(m: ModelView, quantity: string, slot: Slot): Value {
  const { r, c, settings } = m;
  const q = quantity
    .replace(/\[t\]/g, `[${slot.t ?? "?"}]`)
    .replace(/\(v\)/g, `(${slot.v ?? "?"})`)
    .replace(/\(i\)/g, `(${slot.i ?? "?"})`)
    .replace(/\(j\)/g, `(${slot.j ?? "?"})`)
    .replace(/\(n\)/g, `(${slot.n ?? "?"})`)
    .replace(/\(b\)/g, `(${slot.b ?? "?"})`);
  const scenario = settings.scenario;
  const fleet = settings.fleet;
  const econIn = economicsInputs(fleet, scenario);
  const econ = afterSalesEconomics(econIn);
  const rates = DEFAULT_PLAN_ASSUMPTIONS.dataRates[scenario];
  const ucr = DEFAULT_PLAN_ASSUMPTIONS.usedCarRate;
  const u = USER_ASSET_DRIVERS;
  const users5 = r.years[5].fleet;
  const e = r.inputs;
  let x: RegExpExecArray | null;
  const simple: Record<string, () => Value> = {
    fleet: () => fleet,
    "econ.iceSpendPerVehicle": () => econIn.iceSpendPerVehicle,
    "econ.evSpendPerVehicle": () => econIn.evSpendPerVehicle,
    "econ.iceMarginPerVehicle": () => econIn.iceMarginPerVehicle,
    "econ.evMarginPerVehicle": () => econIn.evMarginPerVehicle,
    "seed.nioEcosystem": () =>
      SEED.nioBaas.value +
      SEED.nioCharging.value +
      SEED.nioInsurance.value +
      SEED.nioLifestyle.value +
      SEED.nioUsedCar.value,
    recordsPerMonth: () => recordsPerMonth(),
    recordsPerYear: () => recordsPerYear(),
    usedCarRate: () => ucr,
    dataPriceMid: () => dataPricePerVehicle(DEFAULT_PLAN_ASSUMPTIONS.dataRates.mid, ucr),
    "perVehicle.ecosystem": () => ecosystemRevenue(1),
    ecosystemRevenue: () => ecosystemRevenue(fleet),
    totalRevenue: () => totalRevenue(fleet),
    ecosystemMultiple: () => ecosystemMultiple(),
    ecosystemMarginToday: () =>
      (["baas", "charging", "insurance", "lifestyle", "usedcar"] as const).reduce(
        (sum, s) => sum + streamRevenue(fleet, DEFAULT_PER_VEHICLE, s) * settings.streamMargin[s],
        0
      ),
    "users.activityRate": () => u.activityRate,
    "users.ltv": () => u.ltv,
    "users.repurchaseRate": () => u.repurchaseRate,
    "users.activeUsers": () => users5 * u.activityRate,
    "users.valuePerUser": () => num(valuePerUser(u.activityRate, u.ltv, u.repurchaseRate)),
    "users.value": () => userAssetValue(users5, u.activityRate, u.ltv, u.repurchaseRate),
    "users.valueToSeed": () =>
      userAssetValue(users5, u.activityRate, u.ltv, u.repurchaseRate) / SEED.userAssetTotal.value,
    "users.ltvNewCarOnly": () => u.ltv / SEED.satisfiedCustomerLtvMultiple.value,
    "plan.cagr": () => (e.cagr ? 1 : 0),
    "plan.networkCost": () => e.networkCost,
    "plan.dataPrice": () => e.dataPrice,
    "plan.ecoOpex": () => e.ecoOpex,
    npv: () => r.npv,
    npvStatusQuo: () => r.npvStatusQuo,
    npvIncremental: () => r.npvIncremental,
    irrIncremental: () => r.irrIncremental ?? m.text(PLAN_TEXT.notApplicable),
    paybackYear: () => paybackText(m),
    breakevenYear: () => r.breakevenYear ?? m.text(PLAN_TEXT.notWithinPlan),
    fleetForD: () => r.fleetForD ?? m.text(PLAN_TEXT.unreachable),
    "roundUp(fleetForD)": () =>
      r.fleetForD === null ? m.text(PLAN_TEXT.unreachable) : Math.ceil(r.fleetForD),
    valueEngineHeadroom: () => r.year5Value - c.thresholds.valueEngine,
    tornadoMaxSwing: () => r.tornadoMaxSwing,
    "sim.trials": () => m.sim.trials,
    "sim.npvP10": () => m.sim.npvP10,
    "sim.npvP50": () => m.sim.npvP50,
    "sim.npvP90": () => m.sim.npvP90,
    "sim.probD": () => m.sim.probD,
    "sim.probIncrementalPositive": () => m.sim.probIncrementalPositive,
    "sim.binStart": () => histogram(m).start,
    "sim.binWidth": () => histogram(m).width,
    "calibrated.serviceCost": () => CALIBRATED_NETWORK.serviceCost,
    "calibrated.networkCost": () => CALIBRATED_NETWORK.networkCost,
    addinStatus: () => m.text(STATUS_TEXT.notLoaded),
    ecoFunction: () => ({ error: true }),
  };
  const direct = simple[q];
  if (direct) return direct();
  if ((x = /^econ\.(\w+)$/.exec(q))) return econ[x[1] as keyof typeof econ];
  if ((x = /^econAtSeedFleet\.(\w+)$/.exec(q)))
    return afterSalesEconomics(economicsInputs(SEED.economicsFleet.value, scenario))[
      x[1] as keyof typeof econ
    ];
  if ((x = /^seed\.(\w+)$/.exec(q))) return SEED[x[1] as "dataValue"].value;
  if ((x = /^records\.(\w+)$/.exec(q))) return MONTHLY_RECORDS[x[1] as "workOrders"];
  if ((x = /^dataRate\.(\w+)$/.exec(q))) return rates[x[1] as "insurance"];
  if ((x = /^dataBuyer\.(\w+)$/.exec(q))) return dataAssetValue(1, rates, ucr, x[1] as "all");
  if ((x = /^dataValue\.(\w+)$/.exec(q))) return dataAssetValue(fleet, rates, ucr, x[1] as "all");
  if ((x = /^perVehicle\.(\w+)$/.exec(q))) return DEFAULT_PER_VEHICLE[x[1] as "baas"];
  if ((x = /^streamRevenue\.(\w+)$/.exec(q)))
    return streamRevenue(fleet, DEFAULT_PER_VEHICLE, x[1] as "baas");
  if ((x = /^roleLabel\((.*)\)$/.exec(q))) {
    const inner = x[1] ?? "";
    let y: RegExpExecArray | null;
    if ((y = /^statusQuo\.role\[(\d)\]$/.exec(inner)))
      return m.role(r.years[Number(y[1]) as 0].statusQuoRole);
    if ((y = /^plan\.role\[(\d)\]$/.exec(inner))) return m.role(r.years[Number(y[1]) as 0].role);
    if ((y = /^caseColumn\((\w+)\)\.year5Role$/.exec(inner)))
      return m.role(caseColumn(r, y[1] ?? "").year5Role);
    if ((y = /^case\((\w+)\)\.role\[(\d)\]$/.exec(inner)))
      return m.role(m.outcome(y[1] ?? "").years[Number(y[2]) as 0].role);
    if ((y = /^(case|trial)\((\w+)\)\.year5Role$/.exec(inner)))
      return m.role(m.outcome(y[1] === "trial" ? `trial${y[2] ?? ""}` : (y[2] ?? "")).year5Role);
    throw new Error(`quantities: unknown role ${inner}`);
  }
  if ((x = /^(plan|statusQuo)\.([\w.]+)\[(\d)\]$/.exec(q))) {
    const t = Number(x[3]) as 0;
    const yv = r.years[t];
    const df = (1 + e.discountRate) ** -t;
    const inPlan = t > 0 ? 1 : 0;
    const f = x[2] ?? "";
    if (x[1] === "statusQuo") {
      if (f === "profit") return yv.profit;
      if (f === "presentValue") return inPlan * yv.profit * df;
    }
    const cum = r.cumulativeDeltaCashFlows;
    const flows = r.deltaCashFlows.slice(0, t + 1);
    const plan: Record<string, () => Value> = {
      inPlan: () => inPlan,
      discountFactor: () => df,
      fleetLinear: () => fleetPath({ ...e, cagr: false })[t],
      fleet: () => yv.fleet,
      coverage: () => e.coverage[t],
      coveredFleet: () => yv.coveredFleet,
      grossMargin: () => yv.grossMargin,
      serviceCost: () => yv.serviceCost,
      data: () => yv.data,
      ecoRevenue: () => yv.ecoRevenue,
      ecoMargin: () => yv.ecoMargin,
      value: () => yv.value,
      valuePerVehicle: () => valuePerVehicle(e, t),
      breakEvenReached: () => Math.round(yv.value) >= c.thresholds.breakEven,
      capex: () => e.capex[t],
      deltaCashFlow: () => r.deltaCashFlows[t],
      cumulativeDeltaCashFlow: () => cum[t],
      paybackMark: () => (Math.round(cum[t]) < 0 ? t + 1 : 0),
      positiveFlowsSoFar: () => flows.filter((v) => v > 0).length,
      negativeFlowsSoFar: () => flows.filter((v) => v < 0).length,
      netValue: () => inPlan * yv.value - e.capex[t],
      presentValue: () => (inPlan * yv.value - e.capex[t]) * df,
    };
    const got = plan[f];
    if (got) return got();
    let y: RegExpExecArray | null;
    if ((y = /^adoption\.(\w+)$/.exec(f))) return e.adoption[y[1] as "baas"][t];
    if ((y = /^streamRevenue\.(\w+)$/.exec(f))) return yv.streamRevenue[y[1] as "baas"];
  }
  if ((x = /^caseColumn\((\w+)\)\.(\w+)$/.exec(q)))
    return caseColumn(r, x[1] ?? "")[x[2] as "npv"] as number;
  if ((x = /^case\((\w+)\)\.factor\((\d+)\)$/.exec(q)))
    return m.factorsOf(x[1] ?? "")[DRIVERS[Number(x[2]) - 1] as Driver];
  if ((x = /^case\((\w+)\)\.(.+)$/.exec(q)))
    return variantQuantity(m, m.outcome(x[1] ?? ""), x[2] ?? "");
  if ((x = /^trial\((\d+)\)\.u\((\d+)\)$/.exec(q)))
    return richtmyer(Number(x[1]), DRIVER_PRIMES[Number(x[2]) - 1] ?? NaN);
  if ((x = /^trial\((\d+)\)\.factor\((\d+)\)$/.exec(q)))
    return m.factorsOf(`trial${x[1] ?? ""}`)[DRIVERS[Number(x[2]) - 1] as Driver];
  if ((x = /^trial\((\d+)\)\.(.+)$/.exec(q)))
    return variantQuantity(m, m.outcome(`trial${x[1] ?? ""}`), x[2] ?? "");
  if ((x = /^trialNumber\((\d+)\)$/.exec(q))) return Number(x[1]);
  if ((x = /^driverPrime\((\d+)\)$/.exec(q))) return DRIVER_PRIMES[Number(x[1]) - 1] ?? NaN;
  if ((x = /^driverRange\((\d+)\)\.(\w+)$/.exec(q)))
    return driverRange(m, Number(x[1]))[x[2] ?? ""] ?? NaN;
  if ((x = /^modeFactor\((\d+)\)$/.exec(q))) {
    const d = driverRange(m, Number(x[1]));
    return triangularInverse(d.split ?? NaN, d.downside ?? NaN, d.upside ?? NaN);
  }
  if ((x = /^selectedFactor\((\d+)\)$/.exec(q)))
    return scenarioFactors(c.caseFactors, scenario)[DRIVERS[Number(x[1]) - 1] as Driver];
  if ((x = /^(round\()?(tornado|sorted)\((\d+)\)\.(\w+)\)?$/.exec(q))) {
    const n = Number(x[3]);
    const bar = (x[2] === "tornado" ? r.tornado : r.tornadoSorted)[n - 1];
    if (!bar) throw new Error(`quantities: no bar ${n}`);
    const mid = r.cases.mid.npv;
    const f = x[4] ?? "";
    const v: Record<string, number> = {
      downsideNpv: bar.npvDownside,
      upsideNpv: bar.npvUpside,
      swing: bar.swing,
      rank: r.tornadoSorted.findIndex((b) => b.driver === bar.driver) + 1,
      downsideNpvVsMid: bar.npvDownside - mid,
      upsideNpvVsMid: bar.npvUpside - mid,
    };
    const got = v[f];
    if (got === undefined) throw new Error(`quantities: no tornado field ${f}`);
    return x[1] ? Math.round(got) : got;
  }
  if ((x = /^tornadoLabel\(sorted\((\d+)\)\)$/.exec(q))) {
    const bar = r.tornadoSorted[Number(x[1]) - 1];
    return m.layout.tornadoLabels[(bar?.number ?? 0) - 1] ?? "";
  }
  if ((x = /^(display\()?sim\.bin\((\d+)\)\.(\w+)\)?(\/amountUnit)?$/.exec(q))) {
    const { start, width } = histogram(m);
    const from = start + Number(x[2]) * width;
    const to = from + width;
    const f = x[3];
    if (f === "from") return from;
    if (f === "to") return to;
    if (f === "mid") return (from + to) / 2 / m.layout.amountUnit;
    if (f === "trials") return m.trialNpvs().filter((v) => v >= from && v < to).length;
  }
  if ((x = /^check\((\w+)\)$/.exec(q))) return x[1] === "cagrStart" ? r.cagrPathOk : true;
  throw new Error(`quantities: unknown quantity ${q}`);
}

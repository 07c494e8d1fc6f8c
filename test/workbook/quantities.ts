/**
 * The value of every quantity the layout names (test/workbook/quantityNames.ts), computed from
 * the TypeScript model at a set of inputs: never from the layout's formulas nor from our formula
 * evaluator. The names are parsed here; a name this file does not know throws.
 */
import {
  DEFAULT_USED_CAR_RATE,
  DEFAULT_PLAN_SETTINGS,
  afterSalesEconomics,
  calibrateCosts,
  DEFAULT_PER_VEHICLE,
  DEFAULT_PLAN_ASSUMPTIONS,
  dataAssetValue,
  dataPricePerVehicle,
  DRIVER_PRIMES,
  DRIVERS,
  ecosystemMultiple,
  ecosystemRevenue,
  economicsInputs,
  factorsOf,
  fleetPath,
  IRR_GUESSES,
  irrFrom,
  MONTHLY_RECORDS,
  planCase,
  planResults,
  planUnder,
  recordsPerMonth,
  recordsPerYear,
  richtmyer,
  normSInv,
  COMMON_PRIME,
  DEFAULT_CORRELATION,
  favourableFirst,
  scenarioFactors,
  SEED,
  simulate,
  streamRevenue,
  todayFactors,
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
import { ROLE_LABELS } from "../../src/model/words";
import type { Edition } from "../../src/workbook";
import { scenarioLabels } from "../../src/workbook/layout/settings";
import { STATUS_TEXT } from "../../src/workbook/layout/addin";
import { CONSTANTS, USER_ASSET_DRIVERS } from "../../src/workbook/layout/defaults";
import { PLAN_TEXT } from "../../src/model/words";
import type { Slot } from "./quantityNames";
import type { ResolvedInputCell } from "../../src/workbook/layout/resolved";
import { CHECKED_INPUTS, ruleText } from "../../src/workbook/layout/inputChecks";
import { textIn, type Text } from "../../src/workbook/layout/types";
import { LAYOUT_TEXT } from "../../src/workbook/layout/texts";
import { bridge, bridgeRank, valuation } from "./valueQuantities";

export type Value = number | string | boolean | { error: string };

/** Layout constants the expectation needs (labels, units, the histogram's rounding). */
export interface LayoutConstants {
  readonly amountUnit: number;
  readonly fleetUnit: number;
  /** The dashboard's near-threshold share and the checks' relative tolerance. */
  readonly nearThreshold: number;
  readonly tolerance: number;
  readonly binUnit: number;
  readonly bins: number;
  /** The tornado rows' labels, in driver order. */
  readonly tornadoLabels: readonly string[];
  /** The typed inputs as the layout wrote them (the values the input checks read). */
  readonly inputCells: readonly ResolvedInputCell[];
  /** The value bridge's labels of its changes, bars 1–8 (MODEL.md §11.7). */
  readonly bridgeLabels: readonly string[];
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
    const e = t === 0 ? o.today : o.inputs;
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
  const flip = favourableFirst(0, downside, upside);
  return {
    downside,
    upside,
    lo,
    hi,
    mode,
    split: hi === lo ? 0 : (mode - lo) / (hi - lo),
    flip,
    sign: 1 - 2 * flip,
  };
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

/** The per-inputs part of every quantity: computed once per model view, not per cell. */
interface Context {
  readonly simple: Readonly<Record<string, () => Value>>;
  readonly econ: ReturnType<typeof afterSalesEconomics>;
  readonly rates: (typeof DEFAULT_PLAN_SETTINGS.dataRates)["mid"];
  readonly ucr: number;
  readonly scenario: PlanSettings["scenario"];
  readonly fleet: number;
}
const contexts = new WeakMap<ModelView, Context>();

function contextOf(m: ModelView): Context {
  const known = contexts.get(m);
  if (known) return known;
  const { r, c, settings } = m;
  const scenario = settings.scenario;
  const fleet = settings.fleet;
  const econIn = economicsInputs(fleet, scenario);
  const econ = afterSalesEconomics(econIn);
  const rates = DEFAULT_PLAN_SETTINGS.dataRates[scenario];
  const ucr = DEFAULT_USED_CAR_RATE;
  const u = USER_ASSET_DRIVERS;
  const users5 = r.years[5].fleet;
  const e = r.inputs;
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
    dataPriceMid: () => dataPricePerVehicle(DEFAULT_PLAN_SETTINGS.dataRates.mid, ucr),
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
    tornadoMaxIncrementalSwing: () => r.tornadoMaxIncrementalSwing,
    "sim.trials": () => m.sim.trials,
    "sim.npvP10": () => m.sim.npvP10,
    "sim.npvP50": () => m.sim.npvP50,
    "sim.npvP90": () => m.sim.npvP90,
    "sim.probD": () => m.sim.probD,
    "sim.probIncrementalPositive": () => m.sim.probIncrementalPositive,
    "sim.npvMean": () => m.sim.npvMean,
    "sim.npvIncrementalP10": () => m.sim.npvIncrementalP10,
    "sim.npvIncrementalP50": () => m.sim.npvIncrementalP50,
    "sim.npvIncrementalP90": () => m.sim.npvIncrementalP90,
    "sim.npvIncrementalMean": () => m.sim.npvIncrementalMean,
    "sim.correlation": () => c.correlation,
    "sim.weightCommon": () => Math.sqrt(c.correlation),
    "sim.weightOwn": () => Math.sqrt(1 - c.correlation),
    "sim.binStart": () => histogram(m).start,
    "sim.binWidth": () => histogram(m).width,
    "calc.serviceCost": () => c.serviceCost,
    "calc.networkCost": () => c.networkCost,
    discountRateUsed: () => e.discountRate,
    "value.multiple": () => {
      const d = e.discountRate;
      const g = c.terminalGrowth;
      return d > g ? (1 + g) / (d - g) / (1 + d) ** 5 : m.text(LAYOUT_TEXT.valueNa);
    },
    "value.plan": () => valuation(r)?.plan ?? m.text(LAYOUT_TEXT.valueNa),
    "value.statusQuo": () => valuation(r)?.statusQuo ?? m.text(LAYOUT_TEXT.valueNa),
    "value.incremental": () => valuation(r)?.incremental ?? m.text(LAYOUT_TEXT.valueNa),
    addinStatus: () => m.text(STATUS_TEXT.notLoaded),
    // LibreOffice has no ECO add-in: an ECO.* call is an unknown name there
    ecoFunction: () => ({ error: "#NAME?" }),
  };
  const context = { simple, econ, rates, ucr, scenario, fleet };
  contexts.set(m, context);
  return context;
}

/** The value of a quantity at a slot's parameters. */
export function quantityValue(m: ModelView, quantity: string, slot: Slot): Value {
  const { r, c } = m;
  const e = r.inputs;
  const q = quantity
    .replace(/\[t\]/g, `[${slot.t ?? "?"}]`)
    .replace(/\(v\)/g, `(${slot.v ?? "?"})`)
    .replace(/\(i\)/g, `(${slot.i ?? "?"})`)
    .replace(/\(j\)/g, `(${slot.j ?? "?"})`)
    .replace(/\(n\)/g, `(${slot.n ?? "?"})`)
    .replace(/\(b\)/g, `(${slot.b ?? "?"})`);
  const wrapped = wrapper(m, q, slot);
  if (wrapped !== undefined) return wrapped;
  const { simple, econ, rates, ucr, scenario, fleet } = contextOf(m);
  let x: RegExpExecArray | null;
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
  if ((x = /^plan\.factorInForce\((\d+)\)\[(\d)\]$/.exec(q))) {
    const d = DRIVERS[Number(x[1]) - 1] as Driver;
    return (Number(x[2]) === 0 ? todayFactors(r.factors) : r.factors)[d];
  }
  if ((x = /^irrAttempt(Answers)?\((\d+)\)$/.exec(q))) {
    const rate = irrFrom(r.deltaCashFlows, IRR_GUESSES[Number(x[2]) - 1] ?? NaN);
    if (x[1]) return rate !== null && rate > -1;
    return rate ?? m.text(PLAN_TEXT.notApplicable);
  }
  if ((x = /^(plan|statusQuo)\.([\w.]+)\[(\d)\]$/.exec(q))) {
    const t = Number(x[3]) as 0;
    const yv = r.years[t];
    // year 0 is measured at today's inputs (MODEL.md §11.3)
    const et = t === 0 ? r.today : e;
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
      coverage: () => et.coverage[t],
      networkCost: () => et.networkCost,
      dataPrice: () => et.dataPrice,
      ecoOpex: () => et.ecoOpex,
      coveredFleet: () => yv.coveredFleet,
      grossMargin: () => yv.grossMargin,
      serviceCost: () => yv.serviceCost,
      data: () => yv.data,
      ecoRevenue: () => yv.ecoRevenue,
      ecoMargin: () => yv.ecoMargin,
      value: () => yv.value,
      valuePerVehicle: () => valuePerVehicle(et, t),
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
    if ((y = /^adoption\.(\w+)$/.exec(f))) return et.adoption[y[1] as "baas"][t];
    if ((y = /^streamRevenue\.(\w+)$/.exec(f))) return yv.streamRevenue[y[1] as "baas"];
  }
  if ((x = /^caseColumn\((\w+)\)\.(\w+)$/.exec(q)))
    return caseColumn(r, x[1] ?? "")[x[2] as "npv"] as number;
  if ((x = /^case\((\w+)\)\.factor\((\d+)\)$/.exec(q)))
    return m.factorsOf(x[1] ?? "")[DRIVERS[Number(x[2]) - 1] as Driver];
  if ((x = /^case\((\w+)\)\.(.+)$/.exec(q)))
    return variantQuantity(m, m.outcome(x[1] ?? ""), x[2] ?? "");
  if ((x = /^trial\((\d+)\)\.commonDraw$/.exec(q)))
    return normSInv(richtmyer(Number(x[1]), COMMON_PRIME));
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
    const mid = r.cases.mid.npvIncremental;
    const f = x[4] ?? "";
    const v: Record<string, number> = {
      downsideNpv: bar.npvDownside,
      upsideNpv: bar.npvUpside,
      swing: bar.swing,
      downsideNpvIncremental: bar.npvIncrementalDownside,
      upsideNpvIncremental: bar.npvIncrementalUpside,
      incrementalSwing: bar.incrementalSwing,
      rank: r.tornadoSorted.findIndex((b) => b.driver === bar.driver) + 1,
      downsideNpvIncrementalVsMid: bar.npvIncrementalDownside - mid,
      upsideNpvIncrementalVsMid: bar.npvIncrementalUpside - mid,
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
  if ((x = /^bridge\((\d+)\)$/.exec(q))) return num(bridge(r)[Number(x[1])]);
  if ((x = /^bridgeRank\((\d+)\)$/.exec(q))) return bridgeRank(r, Number(x[1]));
  if ((x = /^bridgeTop(Label|Value)\((\d+)\)$/.exec(q))) {
    const bar = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => bridgeRank(r, n) === Number(x![2]));
    if (bar === undefined) throw new Error(`quantities: no bridge bar at rank ${x[2]}`);
    return x[1] === "Label" ? (m.layout.bridgeLabels[bar - 1] ?? "") : num(bridge(r)[bar]);
  }
  if ((x = /^bridgeChart\((\d+)\)\.c(\d)$/.exec(q)))
    return num(bridgeChart(m, Number(x[1]))[Number(x[2])]);
  if ((x = /^check\((\w+)\)$/.exec(q))) return checkValue(m, x[1] ?? "");
  if ((x = /^inputCheck\((\w+)\)$/.exec(q))) return inputCheckValue(m, x[1] ?? "");
  if ((x = /^inputCheckText\((\w+)\)$/.exec(q))) return inputCheckText(m, x[1] ?? "");
  throw new Error(`quantities: unknown quantity ${q}`);
}

/**
 * The bridge chart's six pieces of bar n in the page's unit (the dashboard's chart data): the
 * invisible base, the rise and the rise's part across 0, the fall and its part across 0, a total.
 */
function bridgeChart(m: ModelView, n: number): number[] {
  const bars = bridge(m.r).map((x) => x / m.layout.amountUnit);
  if (n === 0 || n === 9) return [0, 0, 0, 0, 0, num(bars[n])];
  const sum = (to: number): number => bars.slice(0, to + 1).reduce((a, b) => a + b, 0);
  const a = sum(n - 1);
  const b = sum(n);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const main = lo >= 0 ? hi - lo : hi <= 0 ? lo - hi : hi;
  const cross = lo < 0 && hi > 0 ? lo : 0;
  const base = lo >= 0 ? lo : hi <= 0 ? hi : 0;
  return b >= a ? [base, main, cross, 0, 0, 0] : [base, 0, 0, main, cross, 0];
}

/** `shown(x)`, `shownFleet(x)`, `roleLetter(x)`, `threshold.*`, `dashText(…)`: the dashboard's. */
function wrapper(m: ModelView, q: string, slot: Slot): Value | undefined {
  const x = /^(shown|shownFleet|roleLetter)\((.*)\)$/.exec(q);
  if (x) {
    const inner = quantityValue(m, x[2] ?? "", slot);
    if (x[1] === "roleLetter") return String(inner).slice(0, 1);
    if (typeof inner !== "number") return inner;
    return inner / (x[1] === "shown" ? m.layout.amountUnit : m.layout.fleetUnit);
  }
  const t = /^threshold\.(\w+)$/.exec(q);
  if (t) return m.c.thresholds[t[1] as "valueEngine"];
  const d = /^dashText\((\w+)(?:\((\d+)\))?\)$/.exec(q);
  if (d) return dashText(m, d[1] ?? "", Number(d[2]));
  return undefined;
}

/** TEXT(x, "#,##0.00…"): rounded half away from zero, thousands separated by commas. */
export function grouped(x: number, decimals: number): string {
  const f = 10 ** decimals;
  const rounded = Math.round(Math.abs(x) * f * (1 + 1e-15)) / f;
  const [whole = "0", frac] = rounded.toFixed(decimals).split(".");
  const sign = x < 0 && rounded !== 0 ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

/** TEXT(x, "0.0%") and TEXT(x, "0%"). */
const percent = (x: number, decimals: number): string => `${grouped(x * 100, decimals)}%`;

/** The dashboard's texts, built from model numbers the way the workbook formats them. */
function dashText(m: ModelView, key: string, b: number): string {
  const { r, c, settings, layout } = m;
  const zh = m.edition === "zh-CN";
  const e = r.inputs;
  const amount = (v: number): string => grouped(v / layout.amountUnit, zh ? 2 : 0);
  const letter = (role: Role): string => m.role(role).slice(0, 1);
  const y5 = r.years[5];
  const noInvestment = settings.ecoOpex === 0 && settings.capex.every((x) => x === 0);
  const texts: Record<string, () => string> = {
    subtitle: () =>
      zh
        ? `当前保有量 ${grouped(settings.fleet, 0)} 辆 · 情景：${scenarioLabels(m.edition)[settings.scenario]} · 规划第5年 ${grouped(y5.fleet, 0)} 辆 · 金额：亿元，税前`
        : `Fleet today ${grouped(settings.fleet, 0)} vehicles · scenario: ${scenarioLabels(m.edition)[settings.scenario]} · year 5: ${grouped(y5.fleet, 0)} vehicles · amounts: CNY m, pre-tax`,
    dilemmaRoles: () =>
      `${letter(r.years[0].role)} → ${letter(y5.statusQuoRole)} → ${letter(y5.role)}`,
    dilemmaValues: () => {
      const line = `${amount(r.years[0].value)} → ${amount(y5.profit)} → ${amount(y5.value)}`;
      return zh ? `${line} 亿元/年（税前贡献）` : `CNY m/yr ${line} (pre-tax)`;
    },
    npvIncCaption: () =>
      noInvestment
        ? zh
          ? "增量净现值 · 未录入投资：上限"
          : "Incremental NPV · no investment entered: an upper bound"
        : zh
          ? `对比现状的增量净现值（税前，折现率 ${percent(e.discountRate, 1)}）`
          : `Incremental NPV vs status quo (pre-tax, ${percent(e.discountRate, 1)})`,
    legend: () => {
      const C = c.thresholds.profitCentre / layout.amountUnit;
      const D = c.thresholds.valueEngine / layout.amountUnit;
      return zh
        ? `角色按税前年贡献 V：A 成本中心 < 0 ≤ B 盈亏平衡 < ${C}亿 ≤ C 利润中心 < ${D}亿 ≤ D 价值引擎`
        : `Roles on pre-tax contribution V: A cost centre < 0 ≤ B break-even < CNY ${C}m ≤ C profit centre < CNY ${D}m ≤ D value engine`;
    },
    calibrationMode: () => {
      const cal = calibrateCosts(settings);
      const mode =
        cal.serviceCostMode === "override"
          ? LAYOUT_TEXT.calibOverride
          : cal.serviceCostMode === "twoFacts"
            ? LAYOUT_TEXT.calibTwoFacts
            : LAYOUT_TEXT.calibOneFact;
      const negative = cal.serviceCostNegative || cal.networkCostNegative;
      return m.text(mode) + (negative ? m.text(LAYOUT_TEXT.calibNegative) : "");
    },
    irrPayback: () => {
      if (noInvestment)
        return zh
          ? "IRR、回收期不适用：没有投资，无可回收"
          : "IRR and payback n/a: nothing invested, nothing to pay back";
      const irr =
        r.irrIncremental === null ? m.text(PLAN_TEXT.notApplicable) : percent(r.irrIncremental, 1);
      const p = paybackText(m);
      const payback = typeof p === "number" ? (zh ? `第${p}年` : `year ${p}`) : String(p);
      return zh ? `IRR ${irr} · 回收：${payback}` : `IRR ${irr} · payback: ${payback}`;
    },
    fleets: () => {
      const f = (v: number): string => grouped(v / layout.fleetUnit, zh ? 1 : 0);
      return zh
        ? `规划第5年 ${f(y5.fleet)} 万辆，今天 ${f(settings.fleet)} 万辆`
        : `Year 5: ${f(y5.fleet)}; today: ${f(settings.fleet)}`;
    },
    checksVerdict: () => m.text(checkValue(m, "all") ? PLAN_TEXT.checksPass : PLAN_TEXT.checksFail),
    checksPointer: () =>
      checkValue(m, "all")
        ? zh
          ? "见“校验”表"
          : "see Checks"
        : zh
          ? "请查看“校验”表"
          : "open the Checks sheet",
    probIncremental: () =>
      zh
        ? `增量净现值为正的概率 ${percent(m.sim.probIncrementalPositive, 1)}`
        : `Probability that the strategy beats the status quo: ${percent(m.sim.probIncrementalPositive, 1)}`,
    noCostNote: () => {
      if (m.sim.probIncrementalPositive !== 1 || e.ecoOpex !== 0 || e.capex.some((x) => x !== 0))
        return "";
      return zh
        ? "注：未录入任何生态成本或投资，增量必为正，故为 100 %"
        : "Note: 100 % only because no ecosystem cost or investment is entered";
    },
    drawsNote: () =>
      zh
        ? `三角分布；驱动因素 1–10 相关 ρ = ${c.correlation.toFixed(2)}，折现率单独抽样；详见“模拟”表`
        : `Triangular; drivers 1–10 correlated, ρ = ${c.correlation.toFixed(2)}, the discount rate on its own; see Simulation`,
    casesNote: () => {
      const npvs = m.trialNpvs();
      const below = npvs.filter((v) => v < r.cases.low.npv).length;
      const above = npvs.filter((v) => v > r.cases.high.npv).length;
      const n = grouped(m.sim.trials, 0);
      return zh
        ? `低、高情景让所有驱动因素同时取极端值，很少或没有试验达到：净现值低于低情景的试验 ${below} 次，高于高情景的 ${above} 次（共 ${n} 次）`
        : `The low and high cases put every driver at its extreme at once, so few or no trials reach them: ${below} of ${n} trials below low, ${above} above high`;
    },
    warning: () => {
      // the fourth edition's failed checks come first; these inputs never fail them
      if (!["calibServiceCost", "calibNetworkCost", "growth"].every((k) => checkValue(m, k)))
        throw new Error("quantities: the calibration's warning words are not modelled here");
      if (e.ecoOpex !== 0 || e.capex.some((x) => x !== 0)) return "";
      return zh
        ? "注意：未输入生态平台成本与投资，规划价值未扣除任何生态投入（见“假设”表）"
        : "Note: no platform cost and no investment entered; the plan’s value carries no ecosystem spending (see Inputs)";
    },
    nearThreshold: () => {
      const T = c.thresholds;
      const share = layout.nearThreshold;
      const near = (v: number): boolean =>
        [T.breakEven, T.profitCentre, T.valueEngine].some(
          (t) => Math.abs(v - t) <= share * Math.max(t, T.profitCentre)
        );
      if (!near(y5.value) && !near(y5.profit)) return "";
      return zh
        ? `提示：第5年贡献距角色门槛不足 ${percent(share, 0)}，角色可能随小幅变化而改变`
        : `Flag: a year-5 contribution is within ${percent(share, 0)} of a role threshold; a small change may flip the role`;
    },
    binLabel: () => {
      const mid = quantityValue(m, `display(sim.bin(${b}).mid)/amountUnit`, { key: "" });
      return grouped(num(mid), zh ? 1 : 0);
    },
  };
  const text = texts[key];
  if (!text) throw new Error(`quantities: no dashboard text ${key}`);
  return text();
}

/** The histogram's bins' trials, as the simulation sheet counts them. */
function binCounts(m: ModelView): number[] {
  return Array.from({ length: m.layout.bins }, (_, b) =>
    num(quantityValue(m, `sim.bin(${b}).trials`, { key: "" }))
  );
}

/**
 * Each check's statement evaluated on the model's own numbers (not the workbook's): TRUE where the
 * model says the statement holds. `all` is every check but the add-in reconciliation.
 */
export function checkValue(m: ModelView, key: string): boolean {
  const { r, c, settings } = m;
  const e = r.inputs;
  const tol = m.layout.tolerance;
  const near = (a: number, b: number, scale = Math.abs(b)): boolean =>
    Math.abs(a - b) <= tol * scale;
  const years = [0, 1, 2, 3, 4, 5] as const;
  const D = c.thresholds.valueEngine;
  const { fleet, scenario } = settings;
  const rates = DEFAULT_PLAN_SETTINGS.dataRates[scenario];
  const ucr = DEFAULT_USED_CAR_RATE;
  const pv = DEFAULT_PER_VEHICLE;
  const streams = ["baas", "charging", "insurance", "lifestyle", "usedcar"] as const;
  const users5 = r.years[5].fleet;
  const u = USER_ASSET_DRIVERS;
  const df = (t: number): number => (1 + e.discountRate) ** -t;
  const share = (x: number): boolean => x >= 0 && x <= 1;
  const checks: Record<string, () => boolean> = {
    dataValue: () =>
      near(
        dataAssetValue(fleet, rates, ucr, "all"),
        fleet * (rates.insurance + rates.usedCarFee * ucr + rates.finance + rates.mobility)
      ),
    seedS12: () =>
      near(
        dataAssetValue(
          SEED.dataValueFleet.value,
          DEFAULT_PLAN_SETTINGS.dataRates.mid,
          ucr,
          "all"
        ),
        SEED.dataValue.value
      ),
    ecoSum: () =>
      near(
        ecosystemRevenue(fleet),
        streams.reduce((sum, st) => sum + streamRevenue(fleet, pv, st), 0)
      ),
    multiple: () =>
      near(ecosystemMultiple() * streamRevenue(fleet, pv, "traditional"), ecosystemRevenue(fleet)),
    total: () =>
      near(
        totalRevenue(fleet),
        fleet * (pv.traditional + streams.reduce((s2, st) => s2 + pv[st], 0))
      ),
    marginGap: () => {
      const x = afterSalesEconomics(economicsInputs(fleet, scenario));
      return near(x.marginGap, x.iceGrossMargin - x.evGrossMargin);
    },
    userAssets: () =>
      near(
        userAssetValue(users5, u.activityRate, u.ltv, u.repurchaseRate),
        users5 * u.activityRate * u.ltv * u.repurchaseRate
      ),
    planStart: () => near(r.years[0].fleet, fleet),
    planTarget: () =>
      near(
        r.years[5].fleet,
        settings.targetFleet * scenarioFactors(c.caseFactors, scenario).targetFleet
      ),
    planRows: () =>
      years.every((t) =>
        near(
          r.years[t].value,
          r.years[t].fleet * valuePerVehicle(t === 0 ? r.today : e, t) -
            (t === 0 ? r.today : e).networkCost -
            (t === 0 ? r.today : e).ecoOpex,
          Math.abs(r.years[t].grossMargin) + Math.abs(r.years[t].serviceCost) + D
        )
      ),
    planStreams: () =>
      near(
        years.reduce<number>((s2, t) => s2 + r.years[t].ecoRevenue, 0),
        years.reduce<number>(
          (s2, t) => s2 + streams.reduce((s3, st) => s3 + r.years[t].streamRevenue[st], 0),
          0
        )
      ),
    planNpv: () =>
      near(
        r.npv,
        years.reduce<number>(
          (s2, t) => s2 + ((t > 0 ? r.years[t].value : 0) - e.capex[t]) * df(t),
          0
        )
      ),
    sqNpv: () =>
      near(
        r.npvStatusQuo,
        years.reduce<number>((s2, t) => s2 + (t > 0 ? r.years[t].profit * df(t) : 0), 0)
      ),
    casesMatchPlan: () => {
      const o = m.outcome(scenario);
      return (
        years.every((t) =>
          near(o.years[t].value, r.years[t].value, Math.abs(r.years[t].value) + D)
        ) &&
        near(o.npv, r.npv, Math.abs(r.npv) + D) &&
        near(o.npvIncremental, r.npvIncremental, Math.abs(r.npvIncremental) + D)
      );
    },
    simMatchesMid: () => {
      const modes = DRIVERS.map((_, j) => driverRange(m, j + 1).mode);
      const mid = m.outcome("mid");
      const atModes = planUnder(
        c,
        factorsOf((d) => modes[DRIVERS.indexOf(d)] ?? NaN)
      );
      return (
        modes.every((x) => x === 1) &&
        near(atModes.years[5].value, mid.years[5].value, Math.abs(mid.years[5].value) + D) &&
        near(atModes.npv, mid.npv, Math.abs(mid.npv) + D) &&
        near(atModes.npvIncremental, mid.npvIncremental, Math.abs(mid.npvIncremental) + D)
      );
    },
    simBins: () => binCounts(m).reduce((a, b) => a + b, 0) === m.sim.trials,
    fleetForD: () =>
      r.fleetForD === null
        ? valuePerVehicle(e, 5) <= 0
        : near(r.fleetForD * valuePerVehicle(e, 5) - e.networkCost - e.ecoOpex, D, Math.abs(D)),
    tornadoSorted: () => {
      const swings = r.tornadoSorted.map((b) => Math.round(b.incrementalSwing));
      return (
        swings.every((x, i) => i === 0 || x <= (swings[i - 1] ?? 0)) &&
        new Set(r.tornadoSorted.map((b) => b.driver)).size === DRIVERS.length
      );
    },
    role: () => {
      const v = Math.round(r.years[5].value);
      const T = c.thresholds;
      const want =
        v >= T.valueEngine ? "D" : v >= T.profitCentre ? "C" : v >= T.breakEven ? "B" : "A";
      return r.years[5].role === want;
    },
    scenario: () => ["low", "mid", "high"].includes(scenario),
    fleetPath: () => ["linear", "cagr"].includes(settings.fleetPath),
    cagrStart: () => settings.fleetPath !== "cagr" || (fleet > 0 && settings.targetFleet > 0),
    ranges: () =>
      (["insurance", "usedCarFee", "finance", "mobility"] as const).every(
        (k) =>
          DEFAULT_PLAN_SETTINGS.dataRates.low[k] <= DEFAULT_PLAN_SETTINGS.dataRates.mid[k] &&
          DEFAULT_PLAN_SETTINGS.dataRates.mid[k] <= DEFAULT_PLAN_SETTINGS.dataRates.high[k]
      ),
    discountRate: () => settings.discountRate >= 0 && settings.discountRate < 1,
    factors: () =>
      DRIVERS.every((d) => c.caseFactors[d].every((k) => k > 0 && k <= CONSTANTS.maxCaseFactor)),
    calibServiceCost: () => c.serviceCost >= 0,
    calibNetworkCost: () => c.networkCost >= 0,
    growth: () => e.discountRate > c.terminalGrowth,
    bridge: () => {
      const bars = bridge(r);
      const v5 = num(bars[9]);
      return near(
        bars.slice(0, 9).reduce((a, b) => a + b, 0),
        v5,
        Math.abs(v5) + c.thresholds.valueEngine
      );
    },
    noErrors: () =>
      [r.npv, r.npvStatusQuo, m.sim.npvP50, ...years.map((t) => r.years[t].value)].every(
        Number.isFinite
      ),
  };
  if (key === "all")
    return (
      Object.values(checks).every((f) => f()) &&
      CHECKED_INPUTS.every((input) => inputCheckValue(m, input.key))
    );
  const f = checks[key];
  if (!f) throw new Error(`quantities: no check ${key}`);
  return f();
}

/**
 * An input's check evaluated on the values the layout typed (the model's settings and the seed's
 * figures): every cell a finite number within what the input accepts, or blank where blank has a
 * meaning.
 */
export function inputCheckValue(m: ModelView, key: string): boolean {
  const input = CHECKED_INPUTS.find((i) => i.key === key);
  if (!input) throw new Error(`quantities: no input check ${key}`);
  const cells = m.layout.inputCells.filter((c) => c.key === key);
  if (cells.length !== input.cells.length)
    throw new Error(
      `quantities: ${key} has ${cells.length} typed cells, its check reads ${input.cells.length}`
    );
  const { min = -Infinity, max = Infinity } = input.accepts;
  return cells.every((c) =>
    c.value === null
      ? input.blank !== undefined
      : typeof c.value === "number" && Number.isFinite(c.value) && c.value >= min && c.value <= max
  );
}

/** The text beside an input's check: the rule while it passes (a failing one is not modelled). */
export function inputCheckText(m: ModelView, key: string): string {
  const input = CHECKED_INPUTS.find((i) => i.key === key);
  if (!input || !inputCheckValue(m, key))
    throw new Error(`quantities: the message of failing input check ${key} is not modelled`);
  return m.text(ruleText(input));
}

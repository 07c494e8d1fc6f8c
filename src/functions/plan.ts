import { DEFAULT_USED_CAR_RATE } from "../model/dataAssets";
import { textIn, type Language } from "../model/language";
import {
  BRIDGE_BARS,
  cagrPathOk,
  defaultCaseFactors,
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  DEFAULT_TRIALS,
  MAX_TRIALS,
  planUnder,
  scenarioFactors,
  simulate,
  sortBySwing,
  tornado,
  valuation,
  valueBridge,
  type PlanCase,
  type PlanFunction,
  type PlanOutcome,
  type YearValues,
} from "../model/plan";
import type { ScenarioName } from "../model/scenario";
import { UNIT_DIVISOR, type Unit } from "../model/units";
import { BRIDGE_LABELS, DRIVER_LABELS } from "../model/words";
import { evaluateEach } from "./each";
import { EcoError } from "./errors";
import { language, message } from "./messages";
import { UNIT_NAMES } from "./names";
import { PLAN_INPUT_SPECS, type ArgumentOf, type FunctionInput } from "./planArguments";
import {
  PLAN_OUTPUT_NAMES,
  PLAN_SPILLS,
  SIMULATE_OUTPUT_NAMES,
  SIMULATE_SPILLS,
  SUMMARY_LABELS,
  TABLE_LABELS,
  TORNADO_LABELS,
  type PlanOutput,
  type SimulateOutput,
} from "./planNames";
import { planTexts, roleText } from "./planTexts";
import { finite, Table, type CellResult, type ExcelArg, type OutCell } from "./run";
import type { ChoiceSpec, NumberSpec, ValueOf } from "./spec";

/**
 * ECO.PLAN and ECO.SIMULATE (MODEL.md §10, §11.10) without Office: the arguments follow the
 * inputs sheet (their specs derive from the catalogue of the plan's inputs: planArguments.ts),
 * every one after `fleet` optional with the story's default (§8), the fourth edition's appended
 * after `unit` so that saved formulas keep working; each result cell is the model's own
 * planUnder / simulate at that cell's arguments. functions.ts wraps them.
 */
const D = DEFAULT_PLAN_SETTINGS;

const unit: ChoiceSpec<Unit> = {
  kind: "choice",
  name: "unit",
  names: UNIT_NAMES,
  default: "yuan",
  divides: UNIT_DIVISOR,
};

/** Every argument either function takes, by name: the catalogue's inputs and the functions' own. */
const PLAN_ARGUMENT_SPECS = {
  ...PLAN_INPUT_SPECS,
  output: {
    kind: "choice",
    name: "output",
    names: PLAN_OUTPUT_NAMES,
    default: "table",
    spills: PLAN_SPILLS,
  } satisfies ChoiceSpec<PlanOutput>,
  unit,
} as const;

const SIMULATE_ARGUMENT_SPECS = {
  ...PLAN_INPUT_SPECS,
  trials: {
    kind: "number",
    name: "trials",
    required: false,
    min: 1,
    max: MAX_TRIALS,
    integer: true,
    default: DEFAULT_TRIALS,
  } satisfies NumberSpec,
  output: {
    kind: "choice",
    name: "output",
    names: SIMULATE_OUTPUT_NAMES,
    default: "p50",
    spills: SIMULATE_SPILLS,
  } satisfies ChoiceSpec<SimulateOutput>,
  unit,
} as const;

/** The arguments both functions share, in §10's order, up to discount_rate. */
const SHARED = [
  "fleet",
  "target_fleet",
  "fleet_path",
  "margin",
  "service_cost",
  "network_cost",
  "eco_opex",
  "capex",
  "coverage",
  "adoption",
  "stream_margin",
  "discount_rate",
] as const satisfies readonly FunctionInput[];

/** ECO.PLAN's arguments, in order (§10, then §11.10's appended after unit). */
export const PLAN_ARGUMENTS = [
  ...SHARED,
  "scenario",
  "case_factors",
  "output",
  "unit",
  "data_prices",
  "used_car_rate",
  "stream_revenue",
  "terminal_growth",
] as const satisfies readonly (keyof typeof PLAN_ARGUMENT_SPECS)[];

/** ECO.SIMULATE's arguments, in order. */
export const SIMULATE_ARGUMENTS = [
  ...SHARED,
  "case_factors",
  "trials",
  "output",
  "unit",
  "data_prices",
  "used_car_rate",
  "stream_revenue",
  "correlation",
] as const satisfies readonly (keyof typeof SIMULATE_ARGUMENT_SPECS)[];

/** Every catalogue input a function takes is among its arguments: one missing is a compile error. */
type Missing<F extends PlanFunction, Order extends readonly string[]> = Exclude<
  ArgumentOf<F>,
  Order[number]
>;
const planTakesAll: [Missing<"PLAN", typeof PLAN_ARGUMENTS>] extends [never] ? true : never = true;
const simulateTakesAll: [Missing<"SIMULATE", typeof SIMULATE_ARGUMENTS>] extends [never]
  ? true
  : never = true;
void planTakesAll;
void simulateTakesAll;

type SpecsOf<Table, Order extends readonly (keyof Table)[]> = {
  readonly [K in keyof Order]: Table[Order[K]];
};
function specsOf<const Table, const Order extends readonly (keyof Table)[]>(
  table: Table,
  order: Order
): SpecsOf<Table, Order> {
  return order.map((name) => table[name]) as unknown as SpecsOf<Table, Order>;
}

const PLAN_SPECS = specsOf(PLAN_ARGUMENT_SPECS, PLAN_ARGUMENTS);
const SIMULATE_SPECS = specsOf(SIMULATE_ARGUMENT_SPECS, SIMULATE_ARGUMENTS);

/** One cell's argument values by name (the positions are PLAN_ARGUMENTS' / SIMULATE_ARGUMENTS'). */
type Named<Table, Order extends readonly (keyof Table)[]> = {
  readonly [A in Order[number]]: ValueOf<Table[A]>;
};
function named<Table, Order extends readonly (keyof Table)[]>(
  order: Order,
  values: readonly unknown[]
): Named<Table, Order> {
  const byName: Record<string, unknown> = {};
  for (let i = 0; i < order.length; i++) byName[order[i] as string] = values[i];
  return byName as Named<Table, Order>;
}
const planArgs = (v: readonly unknown[]) =>
  named<typeof PLAN_ARGUMENT_SPECS, typeof PLAN_ARGUMENTS>(PLAN_ARGUMENTS, v);
const simulateArgs = (v: readonly unknown[]) =>
  named<typeof SIMULATE_ARGUMENT_SPECS, typeof SIMULATE_ARGUMENTS>(SIMULATE_ARGUMENTS, v);

type SimulateArgs = ReturnType<typeof simulateArgs>;
/** The inputs a plan case is built from: the shared ones, the fourth edition's, either function's. */
type CaseArgs = {
  readonly [
    A in
      (typeof SHARED)[number] | "case_factors" | "data_prices" | "used_car_rate" | "stream_revenue"
  ]: ValueOf<(typeof PLAN_INPUT_SPECS)[A]>;
};

/**
 * The plan's case from one cell's arguments: c and N as given (the functions take them directly,
 * §11.10), the case factors as given, or the defaults with driver 1's following data_prices.
 */
function planCaseOf(
  a: CaseArgs,
  scenario: ScenarioName,
  extra: { readonly terminalGrowth: number; readonly correlation: number }
): PlanCase {
  const dataRates = a.data_prices ?? D.dataRates;
  const usedCarRate = a.used_car_rate;
  const caseFactors =
    a.case_factors ??
    (a.data_prices === undefined && usedCarRate === DEFAULT_USED_CAR_RATE
      ? D.caseFactors
      : defaultCaseFactors(dataRates, usedCarRate));
  // Every field written out: an object spread is many times slower in a sandboxed runtime.
  return {
    thresholds: DEFAULT_PLAN_ASSUMPTIONS.thresholds,
    fleet: a.fleet,
    scenario,
    targetFleet: a.target_fleet,
    fleetPath: a.fleet_path,
    marginPerVehicle: a.margin,
    resultToday: D.resultToday,
    resultTargetStatusQuo: D.resultTargetStatusQuo,
    serviceCost: a.service_cost,
    networkCost: a.network_cost,
    ecoOpex: a.eco_opex,
    capex: a.capex ?? D.capex,
    dataCoverage: a.coverage ?? D.dataCoverage,
    adoption: a.adoption ?? D.adoption,
    streamMargin: a.stream_margin ?? D.streamMargin,
    discountRate: a.discount_rate,
    caseFactors,
    dataRates,
    usedCarRate,
    streamRevenue: a.stream_revenue ?? D.streamRevenue,
    terminalGrowth: extra.terminalGrowth,
    correlation: extra.correlation,
  };
}

/** An amount in the unit (a count, rate, year or probability is never divided). */
const inUnit = (value: number, divisor: number): number | EcoError => finite(value / divisor);

/** PLAN's "table": years across; the status quo, then the plan, then the results. */
function planTable(o: PlanOutcome, divisor: number): Table {
  const lang = language();
  const text = planTexts(lang);
  const row = (key: keyof typeof TABLE_LABELS, cells: readonly OutCell[]): OutCell[] => [
    textIn(TABLE_LABELS[key], lang),
    ...cells,
  ];
  const inUnits = (amounts: readonly number[]): OutCell[] =>
    amounts.map((amount) => inUnit(amount, divisor));
  const across = (key: keyof typeof TABLE_LABELS, of: (y: YearValues) => OutCell): OutCell[] =>
    row(key, o.years.map(of));
  const money = (key: keyof typeof TABLE_LABELS, of: (y: YearValues) => number): OutCell[] =>
    row(key, inUnits(o.years.map(of)));
  /** A result: its value under year 0, the other years' cells empty. */
  const result = (key: keyof typeof TABLE_LABELS, value: OutCell): OutCell[] =>
    row(key, [value, ...o.years.slice(1).map(() => "")]);
  return new Table([
    across("year", (y) => y.year),
    across("fleet", (y) => finite(y.fleet)),
    money("statusQuo", (y) => y.profit),
    across("statusQuoRole", (y) => roleText(y.statusQuoRole, lang)),
    money("data", (y) => y.data),
    money("ecoMargin", (y) => y.ecoMargin),
    money("value", (y) => y.value),
    across("role", (y) => roleText(y.role, lang)),
    money("capex", (y) => y.capex),
    money("deltaCashFlow", (y) => y.deltaCashFlow),
    row("cumulative", inUnits(o.cumulativeDeltaCashFlows)),
    result("npv", inUnit(o.npv, divisor)),
    result("npvStatusQuo", inUnit(o.npvStatusQuo, divisor)),
    result("npvIncremental", inUnit(o.npvIncremental, divisor)),
    result("irr", o.irrIncremental === null ? text.notApplicable : finite(o.irrIncremental)),
    result("payback", paybackCell(o, lang)),
    result("breakeven", o.breakevenYear ?? text.notWithinPlan),
    result("fleetForD", o.fleetForD === null ? text.unreachable : finite(o.fleetForD)),
  ]);
}

function paybackCell(o: PlanOutcome, lang: Language): OutCell {
  const text = planTexts(lang);
  if (o.paybackYear === "n/a") return text.notApplicable;
  if (o.paybackYear === "notWithinPlan") return text.notPaidBack;
  return o.paybackYear;
}

/**
 * PLAN's "tornado" (MODEL.md §11.5): the drivers ranked by the swing of the incremental NPV,
 * with the factors, the NPV at both ends and its swing, then the incremental NPV at both ends
 * and its swing.
 */
function tornadoTable(c: PlanCase, divisor: number): Table {
  const lang = language();
  const header: OutCell[] = (Object.keys(TORNADO_LABELS) as (keyof typeof TORNADO_LABELS)[]).map(
    (key) => textIn(TORNADO_LABELS[key], lang)
  );
  return new Table([
    header,
    ...sortBySwing(tornado(c)).map((bar): OutCell[] => [
      textIn(DRIVER_LABELS[bar.driver], lang),
      bar.downside,
      bar.upside,
      inUnit(bar.npvDownside, divisor),
      inUnit(bar.npvUpside, divisor),
      inUnit(bar.swing, divisor),
      inUnit(bar.npvIncrementalDownside, divisor),
      inUnit(bar.npvIncrementalUpside, divisor),
      inUnit(bar.incrementalSwing, divisor),
    ]),
  ]);
}

/** PLAN's "bridge" (MODEL.md §11.7): today, the bars from today to year 5, year 5; labelled. */
function bridgeTable(o: PlanOutcome, divisor: number): Table {
  const lang = language();
  const bars = valueBridge(o);
  return new Table(
    BRIDGE_BARS.map((bar): OutCell[] => [
      textIn(BRIDGE_LABELS[bar], lang),
      inUnit(bars[bar], divisor),
    ])
  );
}

function planOutput(c: PlanCase, output: PlanOutput, divisor: number): CellResult {
  if (!cagrPathOk(c)) return new EcoError("#VALUE!", message("pathNeedsFleets"));
  if (output === "tornado") return tornadoTable(c, divisor);
  const o = planUnder(c, scenarioFactors(c.caseFactors, c.scenario));
  const lang = language();
  const text = planTexts(lang);
  /** A valuation figure, or n/a when the discount rate is not above the terminal growth. */
  const value = (v: number | null): OutCell =>
    v === null ? text.notApplicable : inUnit(v, divisor);
  switch (output) {
    case "table":
      return planTable(o, divisor);
    case "npv":
      return inUnit(o.npv, divisor);
    case "npv_statusquo":
      return inUnit(o.npvStatusQuo, divisor);
    case "npv_incremental":
      return inUnit(o.npvIncremental, divisor);
    case "irr":
      return o.irrIncremental === null ? text.notApplicable : o.irrIncremental;
    case "payback":
      return paybackCell(o, lang);
    case "breakeven":
      return o.breakevenYear ?? text.notWithinPlan;
    case "value5":
      return inUnit(o.year5Value, divisor);
    case "value5_statusquo":
      return inUnit(o.year5ValueStatusQuo, divisor);
    case "role5":
      return roleText(o.year5Role, lang);
    case "role5_statusquo":
      return roleText(o.year5RoleStatusQuo, lang);
    case "fleet_for_d":
      return o.fleetForD ?? text.unreachable;
    case "value":
      return value(valuation(o, c.terminalGrowth).plan);
    case "value_statusquo":
      return value(valuation(o, c.terminalGrowth).statusQuo);
    case "value_incremental":
      return value(valuation(o, c.terminalGrowth).incremental);
    case "bridge":
      return bridgeTable(o, divisor);
  }
}

export function planCells(...args: ExcelArg[]): OutCell[][] {
  return evaluateEach(PLAN_SPECS, args, (...v) => {
    const a = planArgs(v);
    const c = planCaseOf(a, a.scenario, {
      terminalGrowth: a.terminal_growth,
      correlation: D.correlation,
    });
    return planOutput(c, a.output, UNIT_DIVISOR[a.unit]);
  });
}

function simulateOutput(
  c: PlanCase,
  trials: number,
  output: SimulateOutput,
  divisor: number
): CellResult {
  if (!cagrPathOk(c)) return new EcoError("#VALUE!", message("pathNeedsFleets"));
  const s = simulate(c, trials);
  // One trial that overflows makes every output meaningless (a NaN counts toward no share).
  if (s.nonFiniteTrials > 0)
    return new EcoError("#NUM!", message("trialsNotFinite", s.nonFiniteTrials, trials));
  const lang = language();
  const cells: Record<Exclude<SimulateOutput, "summary">, OutCell> = {
    p10: inUnit(s.npvP10, divisor),
    p50: inUnit(s.npvP50, divisor),
    p90: inUnit(s.npvP90, divisor),
    prob_d: s.probD,
    prob_incremental_positive: s.probIncrementalPositive,
    npv_incremental_p10: inUnit(s.npvIncrementalP10, divisor),
    npv_incremental_p50: inUnit(s.npvIncrementalP50, divisor),
    npv_incremental_p90: inUnit(s.npvIncrementalP90, divisor),
    npv_mean: inUnit(s.npvMean, divisor),
  };
  if (output !== "summary") return cells[output];
  return new Table(
    (Object.keys(SUMMARY_LABELS) as (keyof typeof SUMMARY_LABELS)[]).map((key): OutCell[] => [
      textIn(SUMMARY_LABELS[key], lang),
      cells[key],
    ])
  );
}

/**
 * The case a simulation runs: the simulation draws its own cases from the case factors, so the
 * scenario does not enter it; `correlation` (ρ, §11.4) travels in the case (PlanCase.correlation).
 */
function simulationCase(a: SimulateArgs): PlanCase {
  // Stryker disable next-line StringLiteral: equivalent (the simulation never reads the scenario)
  return planCaseOf(a, "mid", { terminalGrowth: D.terminalGrowth, correlation: a.correlation });
}

/**
 * The most trials one SIMULATE formula runs, over all its cells (cells × trials). Office restarts
 * an add-in that keeps Excel waiting for about 5 s. A trial costs 5–6 µs of CPU in Node (100,000
 * trials 0.5–0.63 s, `npm run bench`), and 10–17 µs was measured for the add-in's runtime
 * (issue 27: 1.0–1.7 s per 100,000-trial cell); at that rate this bound is at most 1.7 s, three
 * times under the 5 s. It is MAX_TRIALS, so a single cell still takes any number of trials §10
 * allows; a column of fleets takes 100 cells at the default 1,000 trials.
 */
export const MAX_TRIALS_PER_CALL = MAX_TRIALS;

/** The trials a call would run: each cell's that simulates (a cell that is an error runs none). */
function trialsAsked(args: readonly ExcelArg[]): { cells: number; trials: number } {
  let cells = 0;
  let trials = 0;
  for (const row of evaluateEach(SIMULATE_SPECS, args, (...v) => {
    const a = simulateArgs(v);
    return cagrPathOk(simulationCase(a)) ? a.trials : 0;
  }))
    for (const n of row)
      if (typeof n === "number" && n > 0) {
        cells++;
        trials += n;
      }
  return { cells, trials };
}

export function simulateCells(...args: ExcelArg[]): OutCell[][] {
  const asked = trialsAsked(args);
  if (asked.trials > MAX_TRIALS_PER_CALL)
    return [
      [
        new EcoError(
          "#VALUE!",
          message("tooManyTrials", MAX_TRIALS_PER_CALL, asked.cells, asked.trials)
        ),
      ],
    ];
  return evaluateEach(SIMULATE_SPECS, args, (...v) => {
    const a = simulateArgs(v);
    return simulateOutput(simulationCase(a), a.trials, a.output, UNIT_DIVISOR[a.unit]);
  });
}

export const PLAN_DEFINITIONS = {
  PLAN: { cells: planCells, specs: PLAN_SPECS },
  SIMULATE: { cells: simulateCells, specs: SIMULATE_SPECS },
} as const;

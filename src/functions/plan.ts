import {
  cagrPathOk,
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  DEFAULT_TRIALS,
  DRIVERS,
  MAX_TRIALS,
  perStream,
  planUnder,
  scenarioFactors,
  simulate,
  sortBySwing,
  tornado,
  type CaseFactors,
  type FleetPath,
  type PerStream,
  type PlanCase,
  type PlanOutcome,
  type Timeline,
  type YearValues,
} from "../model/plan";
import { EXTENSION_STREAMS } from "../model/ecosystem";
import { textIn, type Language } from "../model/language";
import type { ScenarioName } from "../model/scenario";
import { UNIT_DIVISOR, type Unit } from "../model/units";
import { DRIVER_LABELS } from "../model/words";
import { evaluateEach } from "./each";
import { EcoError } from "./errors";
import { language, message } from "./messages";
import { SCENARIO_NAMES, UNIT_NAMES } from "./names";
import {
  FLEET_PATH_NAMES,
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
import type { ChoiceSpec, ListSpec, NumberSpec, Values } from "./spec";

/**
 * ECO.PLAN and ECO.SIMULATE (MODEL.md §10) without Office: the arguments follow the inputs sheet,
 * every one after `fleet` optional with the story's default (§8), and each result cell is the
 * model's own planUnder / simulate at that cell's arguments. functions.ts wraps them.
 */
const D = DEFAULT_PLAN_SETTINGS;

const amount = <N extends string>(name: N, fallback: number) =>
  ({
    kind: "number",
    name,
    required: false,
    min: 0,
    default: fallback,
  }) as const satisfies NumberSpec;

const YEARS = { en: "years 0–5", zh: "第 0–5 年" } as const;
const STREAMS = {
  en: "baas, charging, insurance, lifestyle, usedcar",
  zh: "电池租赁、充电、保险、精品、二手车",
} as const;

const timelineOf = (rows: readonly (readonly number[])[]): Timeline => {
  const [a = NaN, b = NaN, c = NaN, d = NaN, e = NaN, f = NaN] = rows[0] ?? [];
  return [a, b, c, d, e, f];
};

const unit: ChoiceSpec<Unit> = {
  kind: "choice",
  name: "unit",
  names: UNIT_NAMES,
  default: "yuan",
  divides: UNIT_DIVISOR,
};

/** The arguments both functions share, in §10's order, up to discount_rate. */
const PLAN_INPUT_SPECS = [
  { kind: "number", name: "fleet", required: true, min: 0 } satisfies NumberSpec,
  amount("target_fleet", D.targetFleet),
  {
    kind: "choice",
    name: "fleet_path",
    names: FLEET_PATH_NAMES,
    default: D.fleetPath,
  } satisfies ChoiceSpec<FleetPath>,
  {
    kind: "number",
    name: "margin",
    required: false,
    default: DEFAULT_PLAN_ASSUMPTIONS.marginPerVehicle,
  } satisfies NumberSpec,
  amount("service_cost", D.serviceCost),
  amount("network_cost", D.networkCost),
  amount("eco_opex", D.ecoOpex),
  {
    kind: "list",
    name: "capex",
    rows: 1,
    cols: 6,
    min: 0,
    order: YEARS,
    derive: timelineOf,
  } satisfies ListSpec<Timeline>,
  {
    kind: "list",
    name: "coverage",
    rows: 1,
    cols: 6,
    min: 0,
    max: 1,
    order: YEARS,
    derive: timelineOf,
  } satisfies ListSpec<Timeline>,
  {
    kind: "list",
    name: "adoption",
    rows: 5,
    cols: 6,
    min: 0,
    max: 1,
    order: {
      en: `streams down (${STREAMS.en}), years 0–5 across`,
      zh: `纵向为收入流（${STREAMS.zh}），横向为第 0–5 年`,
    },
    derive: (rows) => {
      const of = (i: number): Timeline => timelineOf([rows[i] ?? []]);
      return perStream((s) => of(EXTENSION_STREAMS.indexOf(s)));
    },
  } satisfies ListSpec<PerStream<Timeline>>,
  {
    kind: "list",
    name: "stream_margin",
    rows: 1,
    cols: 5,
    min: 0,
    max: 1,
    order: STREAMS,
    derive: (rows) => perStream((s) => rows[0]?.[EXTENSION_STREAMS.indexOf(s)] ?? NaN),
  } satisfies ListSpec<PerStream<number>>,
  amount("discount_rate", D.discountRate),
] as const;

const CASE_FACTORS_SPEC = {
  kind: "list",
  name: "case_factors",
  rows: 11,
  cols: 2,
  min: 0,
  order: {
    en: "the 11 drivers down in MODEL order, downside and upside across",
    zh: "纵向为 11 个驱动因素，横向为悲观、乐观系数",
  },
  derive: (rows) => {
    const k = {} as Record<(typeof DRIVERS)[number], readonly [number, number]>;
    DRIVERS.forEach((d, i) => (k[d] = [rows[i]?.[0] ?? NaN, rows[i]?.[1] ?? NaN]));
    return k;
  },
} as const satisfies ListSpec<CaseFactors>;

const PLAN_SPECS = [
  ...PLAN_INPUT_SPECS,
  {
    kind: "choice",
    name: "scenario",
    names: SCENARIO_NAMES,
    default: D.scenario,
  } satisfies ChoiceSpec<ScenarioName>,
  CASE_FACTORS_SPEC,
  {
    kind: "choice",
    name: "output",
    names: PLAN_OUTPUT_NAMES,
    default: "table",
    spills: PLAN_SPILLS,
  } satisfies ChoiceSpec<PlanOutput>,
  unit,
] as const;

const SIMULATE_SPECS = [
  ...PLAN_INPUT_SPECS,
  CASE_FACTORS_SPEC,
  {
    kind: "number",
    name: "trials",
    required: false,
    min: 1,
    max: MAX_TRIALS,
    integer: true,
    default: DEFAULT_TRIALS,
  } satisfies NumberSpec,
  {
    kind: "choice",
    name: "output",
    names: SIMULATE_OUTPUT_NAMES,
    default: "p50",
    spills: SIMULATE_SPILLS,
  } satisfies ChoiceSpec<SimulateOutput>,
  unit,
] as const;

/** The values of the arguments both functions share, first in each function's list (§10). */
type SharedValues = readonly [...Values<typeof PLAN_INPUT_SPECS>, ...unknown[]];

/**
 * The plan's inputs from one cell's arguments: the shared ones, positioned as PLAN_INPUT_SPECS
 * orders them, then the scenario and case factors (the rest: the seed's and the analyst's
 * constants).
 */
function planCaseOf(
  shared: SharedValues,
  scenario: ScenarioName,
  caseFactors: CaseFactors | undefined
): PlanCase {
  const [
    fleet,
    targetFleet,
    fleetPath,
    margin,
    serviceCost,
    networkCost,
    ecoOpex,
    capex,
    coverage,
    adoption,
    streamMargin,
    discountRate,
  ] = shared;
  // Every field written out: an object spread is many times slower in a sandboxed runtime.
  const a = DEFAULT_PLAN_ASSUMPTIONS;
  return {
    perVehicle: a.perVehicle,
    dataRates: a.dataRates,
    usedCarRate: a.usedCarRate,
    thresholds: a.thresholds,
    marginPerVehicle: margin,
    fleet,
    scenario,
    targetFleet,
    fleetPath,
    serviceCost,
    networkCost,
    ecoOpex,
    capex: capex ?? D.capex,
    dataCoverage: coverage ?? D.dataCoverage,
    adoption: adoption ?? D.adoption,
    streamMargin: streamMargin ?? D.streamMargin,
    discountRate,
    caseFactors: caseFactors ?? D.caseFactors,
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

function planOutput(c: PlanCase, output: PlanOutput, divisor: number): CellResult {
  if (!cagrPathOk(c)) return new EcoError("#VALUE!", message("pathNeedsFleets"));
  if (output === "tornado") return tornadoTable(c, divisor);
  const o = planUnder(c, scenarioFactors(c.caseFactors, c.scenario));
  const lang = language();
  const text = planTexts(lang);
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
  }
}

export function planCells(...args: ExcelArg[]): OutCell[][] {
  return evaluateEach(PLAN_SPECS, args, (...v) =>
    planOutput(planCaseOf(v, v[12], v[13]), v[14], UNIT_DIVISOR[v[15]])
  );
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
  for (const row of evaluateEach(SIMULATE_SPECS, args, (...v) =>
    cagrPathOk(planCaseOf(v, "mid", v[12])) ? v[13] : 0
  ))
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
  // The simulation draws its own cases from the case factors: the scenario does not enter it.
  return evaluateEach(SIMULATE_SPECS, args, (...v) =>
    // Stryker disable next-line StringLiteral: equivalent (the simulation never reads the scenario)
    simulateOutput(planCaseOf(v, "mid", v[12]), v[13], v[14], UNIT_DIVISOR[v[15]])
  );
}

export const PLAN_DEFINITIONS = {
  PLAN: { cells: planCells, specs: PLAN_SPECS },
  SIMULATE: { cells: simulateCells, specs: SIMULATE_SPECS },
} as const;

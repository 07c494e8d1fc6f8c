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
} from "../model/plan";
import { EXTENSION_STREAMS } from "../model/ecosystem";
import type { ScenarioName } from "../model/scenario";
import { UNIT_DIVISOR, type Unit } from "../model/units";
import { evaluateEach } from "./each";
import { EcoError } from "./errors";
import { language, message } from "./messages";
import { SCENARIO_NAMES, UNIT_NAMES } from "./names";
import {
  DRIVER_LABELS,
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
import type { ChoiceSpec, ListSpec, NumberSpec } from "./spec";

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

/** The plan's inputs from one cell's arguments (the rest: the seed's and the analyst's constants). */
function planCaseOf(
  fleet: number,
  targetFleet: number,
  fleetPath: FleetPath,
  margin: number,
  serviceCost: number,
  networkCost: number,
  ecoOpex: number,
  capex: Timeline | undefined,
  coverage: Timeline | undefined,
  adoption: PerStream<Timeline> | undefined,
  streamMargin: PerStream<number> | undefined,
  discountRate: number,
  scenario: ScenarioName,
  caseFactors: CaseFactors | undefined
): PlanCase {
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
  const label = (key: keyof typeof TABLE_LABELS): string => TABLE_LABELS[key][lang];
  const years = (key: keyof typeof TABLE_LABELS, valueOf: (t: number) => OutCell): OutCell[] => [
    label(key),
    ...[0, 1, 2, 3, 4, 5].map(valueOf),
  ];
  const y = o.years;
  const money = (key: keyof typeof TABLE_LABELS, of: (t: number) => number): OutCell[] =>
    years(key, (t) => inUnit(of(t), divisor));
  const result = (key: keyof typeof TABLE_LABELS, value: OutCell): OutCell[] => [
    label(key),
    value,
    "",
    "",
    "",
    "",
    "",
  ];
  return new Table([
    years("year", (t) => t),
    years("fleet", (t) => finite(y[t]?.fleet ?? NaN)),
    money("statusQuo", (t) => y[t]?.profit ?? NaN),
    years("statusQuoRole", (t) => roleText(y[t]?.statusQuoRole ?? "A", lang)),
    money("data", (t) => y[t]?.data ?? NaN),
    money("ecoMargin", (t) => y[t]?.ecoMargin ?? NaN),
    money("value", (t) => y[t]?.value ?? NaN),
    years("role", (t) => roleText(y[t]?.role ?? "A", lang)),
    money("capex", (t) => y[t]?.capex ?? NaN),
    money("deltaCashFlow", (t) => o.deltaCashFlows[t as 0] ?? NaN),
    money("cumulative", (t) => o.cumulativeDeltaCashFlows[t as 0] ?? NaN),
    result("npv", inUnit(o.npv, divisor)),
    result("npvStatusQuo", inUnit(o.npvStatusQuo, divisor)),
    result("npvIncremental", inUnit(o.npvIncremental, divisor)),
    result("irr", o.irrIncremental === null ? text.notApplicable : finite(o.irrIncremental)),
    result("payback", paybackCell(o, lang)),
    result("breakeven", o.breakevenYear ?? text.notWithinPlan),
    result("fleetForD", o.fleetForD === null ? text.unreachable : finite(o.fleetForD)),
  ]);
}

function paybackCell(o: PlanOutcome, lang: "en" | "zh"): OutCell {
  const text = planTexts(lang);
  if (o.paybackYear === "n/a") return text.notApplicable;
  if (o.paybackYear === "notWithinPlan") return text.notPaidBack;
  return o.paybackYear;
}

/** PLAN's "tornado": the drivers sorted by swing, both ends and the swing. */
function tornadoTable(c: PlanCase, divisor: number): Table {
  const lang = language();
  const header: OutCell[] = [
    TORNADO_LABELS.driver[lang],
    TORNADO_LABELS.downside[lang],
    TORNADO_LABELS.upside[lang],
    TORNADO_LABELS.npvDownside[lang],
    TORNADO_LABELS.npvUpside[lang],
    TORNADO_LABELS.swing[lang],
  ];
  return new Table([
    header,
    ...sortBySwing(tornado(c)).map((bar): OutCell[] => [
      DRIVER_LABELS[bar.driver][lang],
      bar.downside,
      bar.upside,
      inUnit(bar.npvDownside, divisor),
      inUnit(bar.npvUpside, divisor),
      inUnit(bar.swing, divisor),
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
  return evaluateEach(
    PLAN_SPECS,
    args,
    (
      fleet,
      target,
      path,
      margin,
      service,
      network,
      opex,
      capex,
      coverage,
      adoption,
      streamMargin,
      discount,
      scenario,
      factors,
      output,
      u
    ) =>
      planOutput(
        planCaseOf(
          fleet,
          target,
          path,
          margin,
          service,
          network,
          opex,
          capex,
          coverage,
          adoption,
          streamMargin,
          discount,
          scenario,
          factors
        ),
        output,
        UNIT_DIVISOR[u]
      )
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
  const lang = language();
  const cells: Record<Exclude<SimulateOutput, "summary">, OutCell> = {
    p10: inUnit(s.npvP10, divisor),
    p50: inUnit(s.npvP50, divisor),
    p90: inUnit(s.npvP90, divisor),
    prob_d: s.probD,
    prob_incremental_positive: s.probIncrementalPositive,
  };
  if (output !== "summary") return cells[output];
  return new Table(
    (Object.keys(SUMMARY_LABELS) as (keyof typeof SUMMARY_LABELS)[]).map((key): OutCell[] => [
      SUMMARY_LABELS[key][lang],
      cells[key],
    ])
  );
}

export function simulateCells(...args: ExcelArg[]): OutCell[][] {
  return evaluateEach(
    SIMULATE_SPECS,
    args,
    (
      fleet,
      target,
      path,
      margin,
      service,
      network,
      opex,
      capex,
      coverage,
      adoption,
      streamMargin,
      discount,
      factors,
      trials,
      output,
      u
    ) =>
      simulateOutput(
        planCaseOf(
          fleet,
          target,
          path,
          margin,
          service,
          network,
          opex,
          capex,
          coverage,
          adoption,
          streamMargin,
          discount,
          "mid",
          factors
        ),
        trials,
        output,
        UNIT_DIVISOR[u]
      )
  );
}

export const PLAN_DEFINITIONS = {
  PLAN: { cells: planCells, specs: PLAN_SPECS },
  SIMULATE: { cells: simulateCells, specs: SIMULATE_SPECS },
} as const;

import {
  dataRates,
  buyersValuePerVehicle,
  DEFAULT_USED_CAR_RATE,
  type DataBuyer,
  type DataRates,
} from "../model/dataAssets";
import {
  BREAKDOWN_ROWS,
  ecosystemPerVehicle,
  perVehicleFromList,
  type PerVehicleRows,
} from "../model/ecosystem";
import { product } from "../model/arithmetic";
import { textIn } from "../model/language";
import { INPUT_RANGES } from "../model/inputRanges";
import { lifetimeYears } from "../model/ltv";
import type { Scenario, ScenarioName } from "../model/scenario";
import { UNIT_DIVISOR, type Unit } from "../model/units";
import { valuePerUser } from "../model/userAssets";
import type { EcoError } from "./errors";
import { fixedError, language, PER_VEHICLE_ORDER, RATES_ORDER } from "./messages";
import {
  BREAKDOWN_LABELS,
  BUYER_NAMES,
  STREAM_NAMES,
  UNIT_NAMES,
  type StreamChoice,
} from "./names";
import { evaluate, finite, Table, type ExcelArg, type OutCell, type PerFirst } from "./run";
import { PLAN_DEFINITIONS } from "./plan";
export { planCells, simulateCells } from "./plan";
import type { ChoiceSpec, NumberSpec, ScenarioSpec, VectorSpec } from "./spec";

/**
 * The ECO functions without Office: argument specs (MODEL.md §2) and, per function, what the
 * arguments after the first are worth per unit of the first (per vehicle, per user, per 元 of
 * margin): the model's own per-unit function, so that a cell is exactly the model's value.
 * functions.ts wraps each in a JSDoc'd custom function; tests and the bench call these directly.
 * A spec's `derive` turns each distinct argument value into what the model needs once per call.
 */
const count = <N extends string>(name: N) =>
  ({ kind: "number", name, required: true, ...INPUT_RANGES.count }) as const satisfies NumberSpec;
const rate = <N extends string>(name: N) =>
  ({ kind: "number", name, required: true, ...INPUT_RANGES.share }) as const satisfies NumberSpec;
const unit: ChoiceSpec<Unit> = {
  kind: "choice",
  name: "unit",
  names: UNIT_NAMES,
  default: "yuan",
  divides: UNIT_DIVISOR,
};

const NAMED_RATES: Readonly<Record<ScenarioName, DataRates>> = {
  low: dataRates("low"),
  mid: dataRates("mid"),
  high: dataRates("high"),
};
const ratesOf = (scenario: Scenario): DataRates =>
  typeof scenario === "number" ? dataRates(scenario) : NAMED_RATES[scenario];

function ratesFrom(list: readonly number[]): DataRates {
  const [insurance = NaN, usedCarFee = NaN, finance = NaN, mobility = NaN] = list;
  return { insurance, usedCarFee, finance, mobility };
}

const DATA_ASSET_SPECS = [
  count("fleet"),
  {
    kind: "scenario",
    name: "scenario",
    default: "mid",
    derive: ratesOf,
  } satisfies ScenarioSpec<DataRates>,
  { kind: "choice", name: "buyer", names: BUYER_NAMES, default: "all" } satisfies ChoiceSpec<
    DataBuyer | "all"
  >,
  {
    kind: "number",
    name: "used_car_rate",
    required: false,
    ...INPUT_RANGES.usedCarRate,
    default: DEFAULT_USED_CAR_RATE,
  } satisfies NumberSpec,
  {
    kind: "vector",
    name: "rates",
    length: 4,
    ...INPUT_RANGES.amount,
    order: RATES_ORDER,
    derive: ratesFrom,
  } satisfies VectorSpec<DataRates>,
  unit,
] as const;

export function dataAssetValueCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(DATA_ASSET_SPECS, args, (scenarioRates, buyer, usedCarRate, rates) =>
    buyersValuePerVehicle(rates ?? scenarioRates, usedCarRate, buyer)
  );
}

const USER_ASSET_SPECS = [
  count("users"),
  rate("activity_rate"),
  { kind: "number", name: "ltv", required: true, ...INPUT_RANGES.amount } satisfies NumberSpec,
  rate("repurchase_rate"),
  unit,
] as const;

export function userAssetValueCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(USER_ASSET_SPECS, args, valuePerUser);
}

const DEFAULT_ROWS = ecosystemPerVehicle();

const ECOSYSTEM_SPECS = [
  count("fleet"),
  {
    kind: "choice",
    name: "stream",
    names: STREAM_NAMES,
    default: "ecosystem",
    spills: ["breakdown"],
  } satisfies ChoiceSpec<StreamChoice>,
  {
    kind: "vector",
    name: "per_vehicle",
    length: 6,
    ...INPUT_RANGES.amount,
    order: PER_VEHICLE_ORDER,
    derive: ([a = NaN, b = NaN, c = NaN, d = NaN, e = NaN, f = NaN]) =>
      ecosystemPerVehicle(perVehicleFromList([a, b, c, d, e, f])),
  } satisfies VectorSpec<PerVehicleRows>,
  unit,
] as const;

/** The multiple (a ratio, so it ignores fleet and unit); #DIV/0! when traditional revenue is 0. */
function multipleCell(rows: PerVehicleRows): number | EcoError {
  return Number.isNaN(rows.multiple)
    ? fixedError("multipleNeedsTraditional")
    : finite(rows.multiple);
}

/** stream "breakdown": label and value of every row, amounts in the unit. */
function breakdown(fleet: number, rows: PerVehicleRows, divisor: number): Table {
  const lang = language();
  return new Table(
    BREAKDOWN_ROWS.map((row): OutCell[] => [
      textIn(BREAKDOWN_LABELS[row], lang),
      row === "multiple" ? multipleCell(rows) : finite(product(fleet, rows[row], divisor)),
    ])
  );
}

function perVehicle(stream: StreamChoice, rows: PerVehicleRows = DEFAULT_ROWS): PerFirst {
  if (stream === "multiple") return () => multipleCell(rows);
  if (stream === "breakdown") return (fleet, divisor) => breakdown(fleet, rows, divisor);
  return rows[stream];
}

export function ecosystemRevenueCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(ECOSYSTEM_SPECS, args, perVehicle);
}

const LTV_SPECS = [
  { kind: "number", name: "annual_margin", required: true } satisfies NumberSpec,
  rate("retention_rate"),
  { kind: "number", name: "discount_rate", required: true, min: 0 } satisfies NumberSpec,
  { kind: "number", name: "years", required: false, min: 1, integer: true } satisfies NumberSpec,
  unit,
] as const;

export function ltvCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(LTV_SPECS, args, lifetimeYears);
}

export const DEFINITIONS = {
  DATA_ASSET_VALUE: { cells: dataAssetValueCells, specs: DATA_ASSET_SPECS },
  USER_ASSET_VALUE: { cells: userAssetValueCells, specs: USER_ASSET_SPECS },
  ECOSYSTEM_REVENUE: { cells: ecosystemRevenueCells, specs: ECOSYSTEM_SPECS },
  LTV: { cells: ltvCells, specs: LTV_SPECS },
  ...PLAN_DEFINITIONS,
} as const;

import {
  dataAssetValue,
  dataRates,
  DEFAULT_USED_CAR_RATE,
  type DataBuyer,
  type DataRates,
} from "../model/dataAssets";
import {
  DEFAULT_PER_VEHICLE,
  ecosystemBreakdown,
  BREAKDOWN_ROWS,
  perVehicleFromList,
  type PerVehicle,
} from "../model/ecosystem";
import { lifetimeValue } from "../model/ltv";
import type { Scenario } from "../model/scenario";
import { inUnit, type Unit } from "../model/units";
import { userAssetValue } from "../model/userAssets";
import { EcoError } from "./errors";
import { language, message, PER_VEHICLE_ORDER, RATES_ORDER } from "./messages";
import {
  BREAKDOWN_LABELS,
  BUYER_NAMES,
  STREAM_NAMES,
  UNIT_NAMES,
  type StreamChoice,
} from "./names";
import { evaluate, Table, type CellResult, type ExcelArg, type OutCell } from "./run";
import type { ChoiceSpec, NumberSpec, ScenarioSpec, VectorSpec } from "./spec";

/**
 * The ECO functions without Office: argument specs (MODEL.md §2) and the model call per cell.
 * functions.ts wraps each in a JSDoc'd custom function; tests and the bench call these directly.
 */
const count = <N extends string>(name: N) =>
  ({ kind: "number", name, required: true, min: 0 }) as const satisfies NumberSpec;
const rate = <N extends string>(name: N) =>
  ({ kind: "number", name, required: true, min: 0, max: 1 }) as const satisfies NumberSpec;
const unit: ChoiceSpec<Unit> = { kind: "choice", name: "unit", names: UNIT_NAMES, default: "yuan" };

const DATA_ASSET_SPECS = [
  count("fleet"),
  { kind: "scenario", name: "scenario", default: "mid" } satisfies ScenarioSpec,
  { kind: "choice", name: "buyer", names: BUYER_NAMES, default: "all" } satisfies ChoiceSpec<
    DataBuyer | "all"
  >,
  {
    kind: "number",
    name: "used_car_rate",
    required: false,
    min: 0,
    max: 1,
    default: DEFAULT_USED_CAR_RATE,
  } satisfies NumberSpec,
  { kind: "vector", name: "rates", length: 4, min: 0, order: RATES_ORDER } satisfies VectorSpec,
  unit,
] as const;

function ratesFrom(list: readonly number[]): DataRates {
  const [insurance = NaN, usedCarFee = NaN, finance = NaN, mobility = NaN] = list;
  return { insurance, usedCarFee, finance, mobility };
}

export function dataAssetValueCells(...args: ExcelArg[]): OutCell[][] {
  // A spilled grid repeats the same few scenarios many times: derive each one's rates once per call.
  const ratesByScenario = new Map<Scenario, DataRates>();
  const ratesFor = (scenario: Scenario): DataRates => {
    let r = ratesByScenario.get(scenario);
    if (!r) ratesByScenario.set(scenario, (r = dataRates(scenario)));
    return r;
  };
  return evaluate(DATA_ASSET_SPECS, args, (fleet, scenario, buyer, usedCarRate, rates, u) =>
    inUnit(
      dataAssetValue(fleet, rates ? ratesFrom(rates) : ratesFor(scenario), usedCarRate, buyer),
      u
    )
  );
}

const USER_ASSET_SPECS = [
  count("users"),
  rate("activity_rate"),
  { kind: "number", name: "ltv", required: true, min: 0 } satisfies NumberSpec,
  rate("repurchase_rate"),
  unit,
] as const;

export function userAssetValueCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(USER_ASSET_SPECS, args, (users, activity, ltv, repurchase, u) =>
    inUnit(userAssetValue(users, activity, ltv, repurchase), u)
  );
}

const ECOSYSTEM_SPECS = [
  count("fleet"),
  {
    kind: "choice",
    name: "stream",
    names: STREAM_NAMES,
    default: "ecosystem",
  } satisfies ChoiceSpec<StreamChoice>,
  {
    kind: "vector",
    name: "per_vehicle",
    length: 6,
    min: 0,
    order: PER_VEHICLE_ORDER,
  } satisfies VectorSpec,
  unit,
] as const;

function perVehicleFrom(list: readonly number[] | undefined): PerVehicle {
  if (!list) return DEFAULT_PER_VEHICLE;
  const [a = NaN, b = NaN, c = NaN, d = NaN, e = NaN, f = NaN] = list;
  return perVehicleFromList([a, b, c, d, e, f]);
}

function ecosystemCell(
  fleet: number,
  stream: StreamChoice,
  list: readonly number[] | undefined,
  u: Unit
): CellResult {
  const b = ecosystemBreakdown(fleet, perVehicleFrom(list));
  if (stream === "multiple") {
    return Number.isNaN(b.multiple)
      ? new EcoError("#DIV/0!", message("multipleNeedsTraditional"))
      : b.multiple;
  }
  if (stream !== "breakdown") return inUnit(b[stream], u);
  const lang = language();
  return new Table(
    BREAKDOWN_ROWS.map((row): OutCell[] => {
      const value = row === "multiple" ? b.multiple : inUnit(b[row], u);
      const cell = Number.isFinite(value)
        ? value
        : row === "multiple" && Number.isNaN(value)
          ? new EcoError("#DIV/0!", message("multipleNeedsTraditional"))
          : new EcoError("#NUM!", message("resultNotFinite"));
      return [BREAKDOWN_LABELS[row][lang], cell];
    })
  );
}

export function ecosystemRevenueCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(ECOSYSTEM_SPECS, args, ecosystemCell);
}

const LTV_SPECS = [
  { kind: "number", name: "annual_margin", required: true } satisfies NumberSpec,
  rate("retention_rate"),
  { kind: "number", name: "discount_rate", required: true, min: 0 } satisfies NumberSpec,
  { kind: "number", name: "years", required: false, min: 1, integer: true } satisfies NumberSpec,
  unit,
] as const;

export function ltvCells(...args: ExcelArg[]): OutCell[][] {
  return evaluate(LTV_SPECS, args, (margin, retention, discount, years, u) =>
    inUnit(lifetimeValue(margin, retention, discount, years), u)
  );
}

export const DEFINITIONS = {
  DATA_ASSET_VALUE: { cells: dataAssetValueCells, specs: DATA_ASSET_SPECS },
  USER_ASSET_VALUE: { cells: userAssetValueCells, specs: USER_ASSET_SPECS },
  ECOSYSTEM_REVENUE: { cells: ecosystemRevenueCells, specs: ECOSYSTEM_SPECS },
  LTV: { cells: ltvCells, specs: LTV_SPECS },
} as const;

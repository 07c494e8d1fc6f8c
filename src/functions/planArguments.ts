import type { DataRates } from "../model/dataAssets";
import { EXTENSION_STREAMS } from "../model/ecosystem";
import { textIn } from "../model/language";
import {
  DEFAULT_PLAN_SETTINGS,
  DRIVERS,
  PLAN_INPUTS,
  perStream,
  type CaseFactors,
  type DataPrices,
  type PerStream,
  type PlanFunction,
  type PlanInput,
  type PlanInputArgument,
  type Timeline,
} from "../model/plan";
import { SCENARIO_NAMES as SCENARIO_ORDER } from "../model/plan/cases";
import type { ScenarioName } from "../model/scenario";
import { EcoError } from "./errors";
import { language, message, RATES_ORDER } from "./messages";
import { SCENARIO_NAMES } from "./names";
import { FLEET_PATH_NAMES } from "./planNames";
import type { ChoiceSpec, ListSpec, NumberSpec } from "./spec";

/**
 * ECO.PLAN's and ECO.SIMULATE's plan-input arguments, derived from the catalogue of the plan's
 * inputs (src/model/plan/catalogue.ts): name, range, default, shape and order text come from its
 * row; only what turns an argument into the model's shape is here. A catalogue input a function
 * takes with no spec here, or a misspelt name, is a compile error.
 */
const D = DEFAULT_PLAN_SETTINGS;

/** The catalogue inputs `f` takes as arguments. */
export type ArgumentOf<F extends PlanFunction> = {
  [A in PlanInputArgument]: F extends (typeof PLAN_INPUTS)[A]["functions"][number] ? A : never;
}[PlanInputArgument];
/** Every input some function takes. */
export type FunctionInput = ArgumentOf<PlanFunction>;

type Row<A extends PlanInputArgument> = (typeof PLAN_INPUTS)[A];
type NumberArgument = {
  [A in FunctionInput]: Row<A>["spec"]["kind"] extends "number" ? A : never;
}[FunctionInput];
type ListArgument = {
  [A in FunctionInput]: Row<A>["spec"]["kind"] extends "list" ? A : never;
}[FunctionInput];

/** An optional number: the catalogue's range, the functions' default (the story's). */
function numberArg<A extends NumberArgument>(
  name: A
): NumberSpec & { readonly name: A; readonly required: false; readonly default: number } {
  const row: PlanInput = PLAN_INPUTS[name];
  const fallback = row.functionDefault ?? D[row.settingsKey];
  if (typeof fallback !== "number") throw new Error(`${name}: no default number`);
  const spec = row.spec.kind === "number" ? row.spec : undefined;
  return {
    kind: "number",
    name,
    required: false,
    default: fallback,
    ...(spec?.min !== undefined ? { min: spec.min } : {}),
    ...(spec?.max !== undefined ? { max: spec.max } : {}),
  };
}

/** A list of the catalogue's shape; `derive` gives the model's value (or rejects it). */
function listArg<A extends ListArgument, T>(
  name: A,
  derive: (rows: readonly (readonly number[])[]) => T
): ListSpec<T> & {
  readonly name: A;
  readonly derive: (rows: readonly (readonly number[])[]) => T;
} {
  const spec = PLAN_INPUTS[name].spec;
  return {
    kind: "list",
    name,
    rows: spec.rows,
    cols: spec.cols,
    order: spec.order,
    derive,
    ...("min" in spec ? { min: spec.min } : {}),
    ...("max" in spec ? { max: spec.max } : {}),
  };
}

const timelineOf = (rows: readonly (readonly number[])[]): Timeline => {
  const [a = NaN, b = NaN, c = NaN, d = NaN, e = NaN, f = NaN] = rows[0] ?? [];
  return [a, b, c, d, e, f];
};
const streamIndex = (s: (typeof EXTENSION_STREAMS)[number]): number => EXTENSION_STREAMS.indexOf(s);

const BUYERS = [
  "insurance",
  "usedCarFee",
  "finance",
  "mobility",
] as const satisfies readonly (keyof DataRates)[];

/**
 * data_prices (4 × 3, MODEL.md §11.10): buyers down, low / mid / high across; each buyer's prices
 * must run low ≤ mid ≤ high, else #VALUE! naming the argument and the buyer.
 */
function dataPricesOf(rows: readonly (readonly number[])[]): DataPrices | EcoError {
  const buyerNames = textIn(RATES_ORDER, language()).split(/[,、]\s*/);
  for (let i = 0; i < BUYERS.length; i++) {
    const [low = NaN, mid = NaN, high = NaN] = rows[i] ?? [];
    if (!(low <= mid && mid <= high))
      return new EcoError(
        "#VALUE!",
        message("priceOrder", "data_prices", buyerNames[i] ?? "", low, mid, high)
      );
  }
  const end = (j: number): DataRates => {
    const at = (i: number): number => rows[i]?.[j] ?? NaN;
    return { insurance: at(0), usedCarFee: at(1), finance: at(2), mobility: at(3) };
  };
  const prices = {} as Record<ScenarioName, DataRates>;
  SCENARIO_ORDER.forEach((s, j) => (prices[s] = end(j)));
  return prices;
}

/** The spec of every catalogue input a function takes, keyed by its argument name. */
export const PLAN_INPUT_SPECS = {
  fleet: { kind: "number", name: "fleet", required: true, min: PLAN_INPUTS.fleet.spec.min },
  target_fleet: numberArg("target_fleet"),
  fleet_path: {
    kind: "choice",
    name: "fleet_path",
    names: FLEET_PATH_NAMES,
    default: D.fleetPath,
  },
  margin: numberArg("margin"),
  service_cost: numberArg("service_cost"),
  network_cost: numberArg("network_cost"),
  eco_opex: numberArg("eco_opex"),
  capex: listArg("capex", timelineOf),
  coverage: listArg("coverage", timelineOf),
  adoption: listArg("adoption", (rows): PerStream<Timeline> =>
    perStream((s) => timelineOf([rows[streamIndex(s)] ?? []]))
  ),
  stream_margin: listArg("stream_margin", (rows): PerStream<number> =>
    perStream((s) => rows[0]?.[streamIndex(s)] ?? NaN)
  ),
  discount_rate: numberArg("discount_rate"),
  scenario: { kind: "choice", name: "scenario", names: SCENARIO_NAMES, default: D.scenario },
  case_factors: listArg("case_factors", (rows): CaseFactors => {
    const k = {} as Record<(typeof DRIVERS)[number], readonly [number, number]>;
    DRIVERS.forEach((d, i) => (k[d] = [rows[i]?.[0] ?? NaN, rows[i]?.[1] ?? NaN]));
    return k;
  }),
  data_prices: listArg("data_prices", dataPricesOf),
  used_car_rate: numberArg("used_car_rate"),
  stream_revenue: listArg("stream_revenue", (rows): PerStream<number> =>
    perStream((s) => rows[streamIndex(s)]?.[0] ?? NaN)
  ),
  terminal_growth: numberArg("terminal_growth"),
  correlation: numberArg("correlation"),
} as const satisfies {
  readonly [A in FunctionInput]: (NumberSpec | ChoiceSpec<string> | ListSpec<unknown>) & {
    readonly name: A;
  };
};

import type { Scenario } from "../model/scenario";
import { asInputError, EcoError, isErrorCode, type InputError } from "./errors";
import { lookupName, SCENARIO_NAMES } from "./names";
import { language, message } from "./messages";

/** What one argument accepts: checked in one place (coerce) for every function. */
export interface NumberSpec {
  readonly kind: "number";
  readonly name: string;
  readonly required: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly default?: number;
}

export interface ChoiceSpec<T extends string> {
  readonly kind: "choice";
  readonly name: string;
  readonly names: Readonly<Record<string, T>>;
  readonly default: T;
}

export interface ScenarioSpec {
  readonly kind: "scenario";
  readonly name: string;
  readonly default: Scenario;
}

/** A fixed-length list of numbers (rates, per_vehicle): read whole, not broadcast. */
export interface VectorSpec {
  readonly kind: "vector";
  readonly name: string;
  readonly length: number;
  readonly min: number;
  readonly order: { readonly en: string; readonly zh: string };
}

export type CellSpec = NumberSpec | ChoiceSpec<string> | ScenarioSpec;
export type ArgSpec = CellSpec | VectorSpec;

/** The value a spec yields: what the model function receives. */
export type ValueOf<S> = S extends NumberSpec
  ? S extends { required: true } | { default: number }
    ? number
    : number | undefined
  : S extends ChoiceSpec<infer T>
    ? T
    : S extends ScenarioSpec
      ? Scenario
      : S extends VectorSpec
        ? readonly number[] | undefined
        : never;

export type Values<Specs extends readonly ArgSpec[]> = {
  -readonly [K in keyof Specs]: ValueOf<Specs[K]>;
};

/** The widest row (a loop: spreading a 200,000-row range into Math.max overflows the stack). */
export function widthOf(grid: readonly (readonly unknown[])[]): number {
  let cols = 0;
  for (const row of grid) if (row.length > cols) cols = row.length;
  return cols;
}

/** An empty cell or an omitted argument. */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** Excel errors passed in: #NAME? and #REF! can't be returned by a custom function, so they become #VALUE!. */
function passThrough(spec: ArgSpec, error: InputError): EcoError {
  const returnable = isErrorCode(error.code) && error.code !== "#NAME?" && error.code !== "#REF!";
  const text = message("inputError", spec.name, error.code, error.message);
  return new EcoError(returnable ? error.code : "#VALUE!", text);
}

export function coerceNumber(
  spec: NumberSpec | VectorSpec,
  cell: unknown
): number | EcoError | undefined {
  const inputError = asInputError(cell);
  if (inputError) return passThrough(spec, inputError);
  if (isBlank(cell)) return undefined;
  if (typeof cell !== "number")
    return new EcoError("#VALUE!", message("notANumber", spec.name, cell));
  if (!Number.isFinite(cell)) return new EcoError("#NUM!", message("notFinite", spec.name));
  const min = spec.min;
  const max = spec.kind === "number" ? spec.max : undefined;
  if (min !== undefined && max !== undefined && (cell < min || cell > max)) {
    return new EcoError("#NUM!", message("between", spec.name, min, max, cell));
  }
  if (min !== undefined && cell < min)
    return new EcoError("#NUM!", message("atLeast", spec.name, min, cell));
  if (spec.kind === "number" && spec.integer && !Number.isInteger(cell)) {
    return new EcoError("#NUM!", message("wholeNumber", spec.name, cell));
  }
  return cell;
}

function coerceChoice<T extends string>(spec: ChoiceSpec<T>, cell: unknown): T | EcoError {
  if (typeof cell !== "string")
    return new EcoError(
      "#VALUE!",
      message("unknownName", spec.name, cell, Object.keys(spec.names))
    );
  return (
    lookupName(spec.names, cell) ??
    new EcoError("#VALUE!", message("unknownName", spec.name, cell, Object.keys(spec.names)))
  );
}

function coerceScenario(spec: ScenarioSpec, cell: unknown): Scenario | EcoError {
  if (typeof cell === "number") {
    if (Number.isFinite(cell) && cell >= 0 && cell <= 1) return cell;
    return new EcoError("#NUM!", message("scenarioRange", cell));
  }
  if (typeof cell === "string") {
    const named = lookupName(SCENARIO_NAMES, cell);
    if (named) return named;
  }
  const accepted = [...Object.keys(SCENARIO_NAMES), "0…1"];
  return new EcoError("#VALUE!", message("unknownName", spec.name, cell, accepted));
}

/** One cell of a broadcast argument → the value its spec yields, or the error that cell gets. */
export function coerceCell(spec: CellSpec, cell: unknown): unknown {
  const inputError = asInputError(cell);
  if (inputError) return passThrough(spec, inputError);
  if (isBlank(cell)) {
    if (spec.kind === "number") {
      if (spec.default !== undefined) return spec.default;
      return spec.required ? new EcoError("#VALUE!", message("required", spec.name)) : undefined;
    }
    return spec.default;
  }
  switch (spec.kind) {
    case "number":
      return coerceNumber(spec, cell);
    case "choice":
      return coerceChoice(spec, cell);
    case "scenario":
      return coerceScenario(spec, cell);
  }
}

/** A whole vector argument: omitted, or exactly `length` numbers in one row or one column. */
export function coerceVector(
  spec: VectorSpec,
  grid: readonly (readonly unknown[])[]
): readonly number[] | undefined | EcoError {
  const cells = grid.flat();
  if (cells.every(isBlank)) return undefined;
  const oneLine = grid.length === 1 || grid.every((row) => row.length === 1);
  if (!oneLine || cells.length !== spec.length) {
    return new EcoError(
      "#VALUE!",
      message(
        "vectorLength",
        spec.name,
        spec.length,
        spec.order[language()],
        grid.length,
        widthOf(grid)
      )
    );
  }
  const values: number[] = [];
  for (const cell of cells) {
    const v = isBlank(cell)
      ? new EcoError("#VALUE!", message("required", spec.name))
      : coerceNumber(spec, cell);
    if (v instanceof EcoError) return v;
    if (v === undefined) return new EcoError("#VALUE!", message("required", spec.name));
    values.push(v);
  }
  return values;
}

import { textIn } from "../model/language";
import type { Scenario } from "../model/scenario";
import { asInputError, EcoError, isErrorCode, type InputError } from "./errors";
import { lookupName, SCENARIO_NAMES } from "./names";
import { language, message } from "./messages";

/** The numbers an argument accepts: at least `min`, at most `max`, whole if `integer`. */
export interface NumberRange {
  readonly name: string;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/** What one argument accepts: checked in one place (coerceCell / coerceVector) for every function. */
export interface NumberSpec extends NumberRange {
  readonly kind: "number";
  readonly required: boolean;
  readonly default?: number;
}

export interface ChoiceSpec<T extends string> {
  readonly kind: "choice";
  readonly name: string;
  readonly names: Readonly<Record<string, T>>;
  readonly default: T;
  /**
   * Values that spill a table of their own (ECOSYSTEM_REVENUE's "breakdown"): allowed only when
   * the whole result is one cell; in a larger result such a cell is #VALUE!.
   */
  readonly spills?: readonly T[];
  /** A display unit: every amount is divided by the chosen value's divisor (元 1, 万 1e4, 亿 1e8). */
  readonly divides?: Readonly<Record<T, number>>;
}

/** A scenario name or position; `derive` turns each distinct one into what the model needs, once. */
export interface ScenarioSpec<D = Scenario> {
  readonly kind: "scenario";
  readonly name: string;
  readonly default: Scenario;
  readonly derive?: (scenario: Scenario) => D;
}

/** A fixed-length list of numbers (rates, per_vehicle): read whole, not broadcast. */
export interface VectorSpec<D = readonly number[]> extends NumberRange {
  readonly kind: "vector";
  readonly length: number;
  readonly order: { readonly en: string; readonly zh: string };
  readonly derive?: (list: readonly number[]) => D;
}

/**
 * A list of fixed shape (PLAN's capex 6, adoption 5 × 6, case_factors 11 × 2): read whole, never
 * broadcast. `rows` × `cols` is its shape as MODEL.md gives it (a 1-D list is 1 × n); the other
 * orientation is accepted where that is unambiguous (a row or a column; n × m for m × n, m ≠ n).
 * `derive` receives the values in the given shape, rows of numbers.
 */
export interface ListSpec<D = readonly (readonly number[])[]> extends NumberRange {
  readonly kind: "list";
  readonly rows: number;
  readonly cols: number;
  /** What the values are, in order: "years 0–5", "streams down, years across". */
  readonly order: { readonly en: string; readonly zh: string };
  readonly derive?: (rows: readonly (readonly number[])[]) => D;
}

export type CellSpec = NumberSpec | ChoiceSpec<string> | ScenarioSpec<unknown>;
/** The arguments read whole (not broadcast): a fixed-length vector or a fixed-shape list. */
export type WholeSpec = VectorSpec<unknown> | ListSpec<unknown>;
export type ArgSpec = CellSpec | WholeSpec;

type Derived<S, Otherwise> = S extends { readonly derive: (value: never) => infer D }
  ? D
  : Otherwise;

/** The value a spec yields: what the model function receives. */
export type ValueOf<S> = S extends NumberSpec
  ? S extends { required: true } | { default: number }
    ? number
    : number | undefined
  : S extends ChoiceSpec<infer T>
    ? T
    : S extends ScenarioSpec<unknown>
      ? Derived<S, Scenario>
      : S extends VectorSpec<unknown>
        ? Derived<S, readonly number[]> | undefined
        : S extends ListSpec<unknown>
          ? // A list's derive may reject the values (an EcoError is that cell's result).
            Exclude<Derived<S, readonly (readonly number[])[]>, EcoError> | undefined
          : never;

export type Values<Specs extends readonly ArgSpec[]> = {
  -readonly [K in keyof Specs]: ValueOf<Specs[K]>;
};

// Read once: the checks below run for every cell, and a sandboxed runtime's globals are slow to reach.
const isFinite = Number.isFinite;
const isInteger = Number.isInteger;
const larger = Math.max;
const NO_LOW = -Infinity;
const NO_HIGH = Infinity;

/** The widest row (a loop: spreading a 200,000-row range into Math.max overflows the stack). */
export function widthOf(grid: readonly (readonly unknown[])[]): number {
  let cols = 0;
  for (const row of grid) cols = larger(cols, row.length);
  return cols;
}

/**
 * An empty cell or an omitted argument: null, undefined (also a hole in an array) or "".
 * Text of spaces only (" ", "\t", U+3000) is text, not empty: it never falls back to a default.
 */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Excel errors passed in come back as themselves, naming the argument. A custom function can
 * return only #VALUE!, #N/A, #DIV/0!, #NUM! and #NULL!: #NAME? and #REF! (input-only codes) and
 * codes outside that list (#SPILL!, #CALC!, #BUSY!, …) become #VALUE!, whose message Excel shows.
 */
export function passThrough(spec: ArgSpec, error: InputError): EcoError {
  const returnable = isErrorCode(error.code) && error.code !== "#NAME?" && error.code !== "#REF!";
  const text = message("inputError", spec.name, error.code, error.message);
  return new EcoError(returnable ? error.code : "#VALUE!", text);
}

/**
 * A number checked against its range: NaN/±Infinity, out of range or not whole is #VALUE! with a
 * message giving the range (MODEL.md §3: Excel shows custom messages only for #VALUE! and #N/A).
 */
function checkNumber(spec: NumberRange, cell: number): number | EcoError {
  if (!isFinite(cell)) return new EcoError("#VALUE!", message("notFinite", spec.name));
  if (cell < (spec.min ?? NO_LOW) || cell > (spec.max ?? NO_HIGH))
    return new EcoError("#VALUE!", rangeMessage(spec, cell));
  if (spec.integer === true && !isInteger(cell))
    return new EcoError("#VALUE!", message("wholeNumber", spec.name, cell));
  return cell;
}

function rangeMessage({ name, min, max }: NumberRange, got: number): string {
  if (max === undefined) return message("atLeast", name, min as number, got);
  if (min === undefined) return message("atMost", name, max, got);
  return message("between", name, min, max, got);
}

function coerceNumber(spec: NumberRange, cell: unknown): number | EcoError {
  if (typeof cell !== "number")
    return new EcoError("#VALUE!", message("notANumber", spec.name, cell));
  return checkNumber(spec, cell);
}

function coerceChoice<T extends string>(spec: ChoiceSpec<T>, cell: unknown): T | EcoError {
  const named = typeof cell === "string" ? lookupName(spec.names, cell) : undefined;
  return (
    named ??
    new EcoError("#VALUE!", message("unknownName", spec.name, cell, Object.keys(spec.names)))
  );
}

function coerceScenario(spec: ScenarioSpec<unknown>, cell: unknown): Scenario | EcoError {
  if (typeof cell === "number") {
    if (cell >= 0 && cell <= 1) return cell;
    return new EcoError("#VALUE!", message("scenarioRange", cell));
  }
  const named = typeof cell === "string" ? lookupName(SCENARIO_NAMES, cell) : undefined;
  const accepted = [...Object.keys(SCENARIO_NAMES), "0…1"];
  return named ?? new EcoError("#VALUE!", message("unknownName", spec.name, cell, accepted));
}

/**
 * One cell of a broadcast argument → the value its spec yields (derived where the spec says so),
 * or the error that cell gets. The one coercion routine of every cell argument.
 */
export function coerceCell(spec: CellSpec, cell: unknown): unknown {
  const inputError = asInputError(cell);
  if (inputError) return passThrough(spec, inputError);
  switch (spec.kind) {
    case "number":
      if (!isBlank(cell)) return coerceNumber(spec, cell);
      if (spec.default !== undefined) return spec.default;
      return spec.required ? new EcoError("#VALUE!", message("required", spec.name)) : undefined;
    case "choice":
      return isBlank(cell) ? spec.default : coerceChoice(spec, cell);
    case "scenario": {
      const scenario = isBlank(cell) ? spec.default : coerceScenario(spec, cell);
      return scenario instanceof EcoError || spec.derive === undefined
        ? scenario
        : spec.derive(scenario);
    }
  }
}

/**
 * A whole vector argument: omitted (every cell empty), or exactly `length` numbers in one row or
 * one column. An error value anywhere in it comes back first (the first in reading order), even
 * when the list also has the wrong length: the error is the cause to fix.
 */
export function coerceVector(
  spec: VectorSpec<unknown>,
  grid: readonly (readonly unknown[])[]
): unknown {
  const cells: unknown[] = [];
  for (const row of grid) for (let j = 0; j < row.length; j++) cells.push(row[j]);
  if (cells.every(isBlank)) return undefined;
  for (const cell of cells) {
    const inputError = asInputError(cell);
    if (inputError) return passThrough(spec, inputError);
  }
  const oneLine = grid.length === 1 || grid.every((row) => row.length === 1);
  if (!oneLine || cells.length !== spec.length) {
    return new EcoError(
      "#VALUE!",
      message(
        "vectorLength",
        spec.name,
        spec.length,
        textIn(spec.order, language()),
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
    values.push(v);
  }
  return spec.derive === undefined ? values : spec.derive(values);
}

/**
 * A whole list argument of fixed shape (ListSpec): omitted (every cell empty), or exactly its
 * shape in either unambiguous orientation, every cell a number in range. As for vectors, an error
 * value anywhere in it comes back first (the first in reading order), whatever the list's shape.
 */
export function coerceList(
  spec: ListSpec<unknown>,
  grid: readonly (readonly unknown[])[]
): unknown {
  const rows = grid.length;
  const cols = widthOf(grid);
  let blank = true;
  for (const row of grid)
    // Stryker disable next-line EqualityOperator: equivalent (row[length] is undefined: blank, no error)
    for (let j = 0; j < row.length; j++) {
      const inputError = asInputError(row[j]);
      if (inputError) return passThrough(spec, inputError);
      if (!isBlank(row[j])) blank = false;
    }
  if (blank) return undefined;
  const given = rows === spec.rows && cols === spec.cols;
  // Stryker disable next-line ConditionalExpression: equivalent while no list is square (rows ≠ cols)
  const turned = !given && rows === spec.cols && cols === spec.rows;
  if (!given && !turned) {
    const got = rows === 1 || cols === 1 ? rows * cols : ([rows, cols] as const);
    return new EcoError(
      "#VALUE!",
      message("listShape", spec.name, spec.rows, spec.cols, textIn(spec.order, language()), got)
    );
  }
  const values: number[][] = [];
  for (let i = 0; i < spec.rows; i++) {
    const out: number[] = [];
    for (let j = 0; j < spec.cols; j++) {
      // Stryker disable next-line OptionalChaining: equivalent (the shape was checked above)
      const cell = turned ? grid[j]?.[i] : grid[i]?.[j];
      const v = isBlank(cell)
        ? new EcoError("#VALUE!", message("required", spec.name))
        : coerceNumber(spec, cell);
      if (v instanceof EcoError) return v;
      out.push(v);
    }
    values.push(out);
  }
  // Stryker disable next-line ConditionalExpression: equivalent while every list derives its value
  return spec.derive === undefined ? values : spec.derive(values);
}

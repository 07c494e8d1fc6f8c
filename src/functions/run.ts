import { product, type Amount } from "../model/arithmetic";
import { toGrid, Varying, type ExcelArg } from "./argument";
import { EcoError } from "./errors";
import { fixedError, message } from "./messages";
import {
  coerceCell,
  coerceList,
  coerceVector,
  widthOf,
  type ArgSpec,
  type NumberSpec,
  type Values,
} from "./spec";

export type { ExcelArg } from "./argument";
export type OutCell = number | string | EcoError;

/** A table a single call spills (ECOSYSTEM_REVENUE's breakdown). */
export class Table {
  constructor(readonly rows: OutCell[][]) {}
}

export type CellResult = number | string | EcoError | Table;

/**
 * What a cell's arguments after the first give. Every ECO function is linear in its first
 * argument (fleet, users, margin), so mostly an amount: in 元 per unit of the first argument (a
 * double, or Scaled where a double cannot hold it: model/arithmetic.ts), and the cell is
 * first × amount ÷ the unit's divisor. Otherwise the cell itself, from the first argument and the
 * divisor (the multiple, which ignores both; the breakdown table).
 */
export type PerFirst = Amount | ((first: number, divisor: number) => CellResult);

/** The most arguments a function has (DATA_ASSET_VALUE's six). */
export const MAX_ARGS = 6;

/**
 * A number result as Excel gets it: ±Infinity and NaN (a value beyond a double) are #NUM!, and
 * −0 is 0 (Excel has no negative zero; a cell showing "-0" would puzzle anyone).
 */
export function finite(value: number): number | EcoError {
  // value − value is 0 for every finite number and NaN otherwise (no global lookup per cell);
  // adding 0 turns −0 into 0 and leaves every other number as it is.
  return value - value === 0 ? value + 0 : fixedError("resultNotFinite");
}

type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer R] ? R : never;
type Divides = Readonly<Record<string, number>>;
type CellOf = (first: number, divisor: number) => CellResult;

const NO_ROW: readonly unknown[] = [];
// Read once (see argument.ts): a sandboxed runtime's globals are slow to reach.
const ArrayOf = Array;
const Float64ArrayOf = Float64Array;
const Uint8ArrayOf = Uint8Array;
const larger = Math.max;

/**
 * Coerces every argument by its spec, broadcasts the cell arguments against each other (Excel's
 * rule: a 1-row or 1-column argument stretches; where a longer one has no partner, #N/A), and fills
 * each result cell with first × per(other arguments) ÷ unit. The first bad argument of a cell, in
 * argument order, is that cell's result; its neighbours still compute.
 *
 * Everything is read as seldom as it changes: a single value or a vector once per call, a column
 * once per result row, rows and 2-D ranges once per cell; `per` once per result column unless
 * the other arguments vary down (a fleet column against a scenario row: once per scenario).
 */
export function evaluate<const Specs extends readonly [NumberSpec, ...ArgSpec[]]>(
  specs: Specs,
  args: readonly ExcelArg[],
  per: (...rest: Tail<Values<Specs>>) => PerFirst
): OutCell[][] {
  const n = specs.length;
  if (n > MAX_ARGS) throw new Error(`at most ${MAX_ARGS} arguments`);
  const perOf = per as unknown as (...rest: unknown[]) => PerFirst;

  // Stryker disable next-line ArrayDeclaration: equivalent (a fixed shape for speed; every slot is written before it is read)
  const values: unknown[] = [undefined, undefined, undefined, undefined, undefined, undefined];
  let constantError: EcoError | undefined; // the first argument whose single value is an error
  // Only arguments before that one can win a cell: columns (one value per result row) are read
  // per row, rows and 2-D ranges per cell. The ones after it still shape the result.
  const perRow: Varying[] = [];
  const perCell: Varying[] = [];
  let rows = 1;
  let cols = 1;
  let spills: readonly unknown[] | undefined; // values that spill a table (breakdown)
  let spillAt = 0;
  let divides: Divides | undefined; // the unit's divisors
  let unitAt = -1;
  for (let k = 0; k < n; k++) {
    const spec = specs[k] as ArgSpec;
    const grid = toGrid(args[k] ?? null);
    // Stryker disable next-line ConditionalExpression: equivalent (only a choice has `spills`)
    if (spec.kind === "choice" && spec.spills !== undefined) {
      spills = spec.spills;
      spillAt = k;
    }
    // Stryker disable next-line ConditionalExpression: equivalent (only a choice has `divides`)
    if (spec.kind === "choice" && spec.divides !== undefined) {
      divides = spec.divides;
      unitAt = k;
    }
    const width = widthOf(grid);
    // Stryker disable next-line ConditionalExpression,StringLiteral: the "list" half is equivalent while no function run here takes a list (PLAN and SIMULATE use each.ts)
    const whole = spec.kind === "vector" || spec.kind === "list";
    if (!whole && (grid.length > 1 || width > 1)) {
      rows = larger(rows, grid.length);
      cols = larger(cols, width);
      if (constantError === undefined)
        (width === 1 ? perRow : perCell).push(new Varying(k, spec, grid));
      continue;
    }
    const value =
      spec.kind === "vector"
        ? coerceVector(spec, grid)
        : // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, as above
          spec.kind === "list"
          ? coerceList(spec, grid)
          : coerceCell(spec, (grid[0] as readonly unknown[])[0]);
    values[k] = value;
    if (constantError === undefined && value instanceof EcoError) constantError = value;
  }
  const single = rows === 1 && cols === 1;
  if (single) spills = undefined; // a single cell may spill its table
  const spillError = fixedError("breakdownNeedsScalars");
  const tooLarge = fixedError("resultNotFinite");
  const unit = perRow.find((a) => a.index === unitAt) ?? perCell.find((a) => a.index === unitAt);
  // (A unit that is an error never divides: every cell is that error or an earlier one.)
  let divisor = divides === undefined ? 1 : (divides[values[unitAt] as string] as number);

  // `per` depends on the arguments other than the first and the unit: unless those vary down,
  // it is kept per column; if they vary only down, per row; else it is computed per cell.
  const rest = [...perRow, ...perCell].filter((a) => a.index > 0 && a !== unit);
  const byColumn = rest.every((a) => a.rows === 1);
  const byRow = !byColumn && rest.every((a) => a.cols === 1);
  const byCell = !byColumn && !byRow;
  const { known, perNumber, perFunction, numbers, others } = scratchFor(cols);
  const cellRows = new ArrayOf<readonly unknown[]>(perCell.length);
  const out = new ArrayOf<OutCell[]>(rows);
  for (let i = 0; i < rows; i++) {
    // This row's first bad column argument, if any: it wins unless a cell's earlier argument is bad.
    let rowLimit = n;
    let rowError: EcoError | Varying | undefined = constantError; // a Varying: no partner here
    for (const a of perRow) {
      const r = a.values[i];
      const v = r === undefined || r.length === 0 ? a : r[0];
      if (v === a || v instanceof EcoError) {
        rowLimit = a.index;
        rowError = v as EcoError | Varying;
        break;
      }
      values[a.index] = v;
    }
    for (let t = 0; t < perCell.length; t++) {
      const a = perCell[t] as Varying;
      cellRows[t] = (a.rows === 1 ? a.values[0] : a.values[i]) ?? NO_ROW;
    }
    if (byRow) known[0] = 0;

    let mixed = false; // whether this row holds anything but numbers
    for (let j = 0; j < cols; j++) {
      let bad: EcoError | Varying | undefined = rowError;
      for (let t = 0; t < perCell.length; t++) {
        const a = perCell[t] as Varying;
        if (a.index > rowLimit) break;
        const r = cellRows[t] as readonly unknown[];
        const v = j < r.length ? r[j] : a;
        if (v === a || v instanceof EcoError) {
          bad = v as EcoError | Varying;
          break;
        }
        values[a.index] = v;
      }
      if (bad === undefined && spills?.includes(values[spillAt]) === true) bad = spillError;
      if (bad !== undefined) {
        others[j] =
          bad instanceof EcoError
            ? bad
            : new EcoError("#N/A", message("noPartner", bad.spec.name, i + 1, j + 1));
        mixed = true;
        continue;
      }

      const slot = byColumn ? j : 0;
      if (byCell || known[slot] === 0) {
        const p = perOf(values[1], values[2], values[3], values[4], values[5]);
        if (typeof p === "number") {
          perNumber[slot] = p;
          known[slot] = 1;
        } else {
          // A Scaled amount (rare: beyond a double) goes the way of a function of the cell.
          perFunction[slot] = typeof p === "function" ? p : (f, d) => product(f, p, d);
          known[slot] = 2;
        }
      }
      if (unit !== undefined) divisor = (divides as Divides)[values[unitAt] as string] as number;
      const first = values[0] as number;
      if (known[slot] === 1) {
        const v = product(first, perNumber[slot] as number, divisor);
        if (v - v === 0)
          numbers[j] = v + 0; // finite (−0 made 0), stored as a plain double
        else {
          others[j] = tooLarge;
          mixed = true;
        }
        continue;
      }
      const result = (perFunction[slot] as CellOf)(first, divisor);
      if (result instanceof Table) {
        if (single) return result.rows;
        throw new Error("a table fills only a single-cell result: give its argument `spills`");
      }
      others[j] = typeof result === "number" ? finite(result) : result;
      mixed = true;
    }
    out[i] = mixed ? mixedRow(numbers, others, cols) : numberRow(numbers, cols);
  }
  return out;
}

/**
 * Per column: `per` as a plain double (a generic array would box it on every read) or a function,
 * and `known` (0 not yet, 1 a number, 2 a function). Each result row is gathered in `numbers` and
 * `others` (numbers apart), then copied into the result row.
 */
interface Scratch {
  readonly size: number;
  readonly known: Uint8Array;
  readonly perNumber: Float64Array;
  readonly perFunction: (CellOf | undefined)[];
  readonly numbers: Float64Array;
  readonly others: (OutCell | undefined)[];
}

function newScratch(size: number): Scratch {
  return {
    size,
    known: new Uint8ArrayOf(size),
    perNumber: new Float64ArrayOf(size),
    perFunction: new ArrayOf<CellOf | undefined>(size),
    numbers: new Float64ArrayOf(size),
    others: new ArrayOf<OutCell | undefined>(size),
  };
}

/**
 * Reused from call to call (a custom function runs to its end before the next one starts), so a
 * single-cell call allocates little more than its result; cleared for the columns a call uses.
 */
let scratch = newScratch(64);

function scratchFor(cols: number): Scratch {
  // Reuse is for speed: a fresh scratch every call, or clearing one slot more, changes no answer.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
  if (cols > scratch.size) scratch = newScratch(cols);
  const { known, others } = scratch;
  // Stryker disable next-line EqualityOperator: equivalent, see above
  for (let j = 0; j < cols; j++) {
    known[j] = 0;
    others[j] = undefined;
  }
  return scratch;
}

const numberRows = new WeakSet<readonly OutCell[]>();
/** Rows shorter than this are cheaper for the boundary to look through than to mark. */
export const MARK_ROWS_FROM = 64;

/**
 * Whether `row` is one evaluate built from numbers alone: the boundary (excel.ts) need not look
 * at its cells (reading a million numbers back one by one would box each of them).
 */
export function isNumberRow(row: readonly OutCell[]): boolean {
  return numberRows.has(row);
}

/**
 * A result row of numbers only. Its own allocation site: V8 learns from each site what its arrays
 * hold, and a row that once held an error would make every later row box each number.
 */
function numberRow(numbers: Float64Array, cols: number): OutCell[] {
  const row: OutCell[] = new ArrayOf<OutCell>(cols);
  for (let j = 0; j < cols; j++) row[j] = numbers[j] as number;
  if (cols >= MARK_ROWS_FROM) numberRows.add(row);
  return row;
}

/** A result row with errors or text (taken from `others`, which is cleared for the next row). */
function mixedRow(numbers: Float64Array, others: (OutCell | undefined)[], cols: number): OutCell[] {
  const row: OutCell[] = new ArrayOf<OutCell>(cols);
  for (let j = 0; j < cols; j++) {
    const other = others[j];
    row[j] = other === undefined ? (numbers[j] as number) : other;
    others[j] = undefined;
  }
  return row;
}

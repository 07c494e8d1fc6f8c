import { EcoError } from "./errors";
import { message } from "./messages";
import {
  coerceCell,
  coerceVector,
  widthOf,
  type ArgSpec,
  type CellSpec,
  type Values,
} from "./spec";

/** A value as Excel passes it: a scalar, a 2-D array (a range or array constant), or null when omitted. */
export type ExcelArg = unknown;
export type Grid = readonly (readonly unknown[])[];
export type OutCell = number | string | EcoError;

/** A table a single call spills (ECOSYSTEM_REVENUE's breakdown). */
export class Table {
  constructor(readonly rows: OutCell[][]) {}
}

export type CellResult = number | string | EcoError | Table;

export function toGrid(arg: ExcelArg): Grid {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [[null]];
  if (!arg.every(Array.isArray)) return [arg];
  const grid = arg as Grid;
  return grid.every((row) => row.length === 0) ? [[null]] : grid;
}

/** Excel's broadcasting: a 1-row/1-column argument stretches; a longer dimension elsewhere leaves #N/A. */
export function broadcastShape(grids: readonly Grid[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.length);
    cols = Math.max(cols, widthOf(g));
  }
  return { rows, cols };
}

function finite(result: CellResult): CellResult {
  if (typeof result === "number" && !Number.isFinite(result))
    return new EcoError("#NUM!", message("resultNotFinite"));
  return result;
}

/** An argument coerced cell by cell once, with how it stretches across the result. */
interface Coerced {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly rows: number;
  readonly cols: number;
}

function coerceGrid(spec: CellSpec, grid: Grid): Coerced {
  return {
    name: spec.name,
    values: grid.map((row) => row.map((cell) => coerceCell(spec, cell))),
    rows: grid.length,
    cols: widthOf(grid),
  };
}

const NO_PARTNER = Symbol("no partner");

function pickCell(arg: Coerced, i: number, j: number): unknown {
  const row = arg.values[arg.rows === 1 ? 0 : i];
  if (row === undefined) return NO_PARTNER;
  const c = arg.cols === 1 ? 0 : j;
  return c < row.length ? row[c] : NO_PARTNER;
}

/**
 * Coerces every argument by its spec, broadcasts the cell arguments against each other, and calls
 * `compute` once per result cell. The first bad argument of a cell (in argument order) is that
 * cell's result; its neighbours still compute.
 */
export function evaluate<const Specs extends readonly ArgSpec[]>(
  specs: Specs,
  args: readonly ExcelArg[],
  compute: (...values: Values<Specs>) => CellResult
): OutCell[][] {
  const grids = specs.map((_, k) => toGrid(args[k] ?? null));
  const coerced = specs.map((spec: ArgSpec, k): Coerced => {
    const grid = grids[k] ?? [[null]];
    if (spec.kind !== "vector") return coerceGrid(spec, grid);
    return { name: spec.name, values: [[coerceVector(spec, grid)]], rows: 1, cols: 1 };
  });
  const { rows, cols } = broadcastShape(
    specs.flatMap((s, k) => (s.kind === "vector" ? [] : [grids[k] ?? [[null]]]))
  );

  // A single-cell argument (and a whole vector) has the same value in every result cell: read it
  // once, and only walk the arguments that vary from cell to cell.
  const values: unknown[] = new Array(specs.length);
  const varying: number[] = [];
  let constantError: { readonly index: number; readonly error: EcoError } | undefined;
  coerced.forEach((arg, k) => {
    if (arg.rows > 1 || arg.cols > 1) {
      varying.push(k);
      return;
    }
    const value = arg.values[0]?.[0];
    if (value instanceof EcoError) constantError ??= { index: k, error: value };
    values[k] = value;
  });

  const out: OutCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: OutCell[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const result = computeCell(coerced, varying, constantError, values, i, j, compute);
      if (result instanceof Table) {
        if (rows === 1 && cols === 1) return result.rows;
        row[j] = new EcoError("#VALUE!", message("breakdownNeedsScalars"));
      } else {
        row[j] = result;
      }
    }
    out.push(row);
  }
  return out;
}

/** One result cell: the first bad argument in argument order wins, as in Excel. */
function computeCell<Args extends readonly unknown[]>(
  coerced: readonly Coerced[],
  varying: readonly number[],
  constantError: { readonly index: number; readonly error: EcoError } | undefined,
  values: unknown[],
  i: number,
  j: number,
  compute: (...values: Args) => CellResult
): CellResult {
  for (const k of varying) {
    if (constantError && k > constantError.index) return constantError.error;
    const arg = coerced[k] as Coerced;
    const value = pickCell(arg, i, j);
    if (value === NO_PARTNER)
      return new EcoError("#N/A", message("noPartner", arg.name, i + 1, j + 1));
    if (value instanceof EcoError) return value;
    values[k] = value;
  }
  if (constantError) return constantError.error;
  return finite(compute(...(values as unknown as Args)));
}

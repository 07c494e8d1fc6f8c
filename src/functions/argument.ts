import { EcoError } from "./errors";
import { UNQUOTED_TEXT } from "./messages";
import { coerceCell, widthOf, type CellSpec } from "./spec";

/** A value as Excel passes it: a scalar, a 2-D array (a range or array constant), or null when omitted. */
export type ExcelArg = unknown;
export type Grid = readonly (readonly unknown[])[];

const OMITTED: Grid = [[null]];

/** Distinct values one argument remembers (texts, error values, bad numbers: each kind apart). */
export const CACHE_LIMIT = 4096;

// Read once: every call uses it, and in a sandboxed runtime (a vm context, as the tests and the
// bench load the bundle) each global lookup costs more than the work around it.
const isArray = Array.isArray;

/** Any argument as rows of cells: a scalar is 1×1, a flat array one row, an empty array omitted. */
export function toGrid(arg: ExcelArg): Grid {
  if (arg === null || arg === undefined) return OMITTED; // the same grid for every omitted argument
  if (!isArray(arg)) return [[arg]];
  if (!arg.every(isArray)) return [arg];
  const grid = arg as Grid;
  return grid.every((row) => row.length === 0) ? OMITTED : grid;
}

/**
 * An argument that varies across the result (a range of more than one cell), coerced once: each
 * cell by the one routine of spec.ts, and each distinct text, error value or bad number only once
 * (a grid of the same few labels or #N/A builds each message once, and every cell holding it
 * shares one error). A row of valid numbers is used as it is, not copied.
 */
export class Varying {
  readonly rows: number;
  readonly cols: number;
  /** The coerced cells, row by row; a row may be shorter than `cols` (a jagged range). */
  readonly values: readonly (readonly unknown[])[];
  private readonly byText = new Map<string, unknown>();
  private readonly byNumber = new Map<number, unknown>();
  /** Error values by code, then by message (Excel passes each cell's error as its own object). */
  private readonly byError = new Map<unknown, Map<unknown, unknown>>();
  /** What every text past the first CACHE_LIMIT different ones gives (see UNQUOTED_TEXT). */
  private otherText: unknown;

  constructor(
    /** The argument's position: the first bad argument of a cell, in this order, is its result. */
    readonly index: number,
    readonly spec: CellSpec,
    grid: Grid
  ) {
    this.rows = grid.length;
    this.cols = widthOf(grid);
    this.values = grid.map((row) => this.coerceRow(row));
  }

  private coerceRow(row: readonly unknown[]): readonly unknown[] {
    const n = row.length;
    let out: unknown[] | undefined;
    for (let j = 0; j < n; j++) {
      const cell = row[j]; // a hole in a sparse array reads as undefined: an empty cell
      const value = this.coerce(cell);
      if (out === undefined) {
        if (value === cell) continue;
        out = row.slice(); // the whole row at once: growing a copy cell by cell would copy it over and over
      }
      out[j] = value;
    }
    return out ?? row;
  }

  private coerce(cell: unknown): unknown {
    if (typeof cell === "number") {
      const value = coerceCell(this.spec, cell);
      return value instanceof EcoError ? this.once(this.byNumber, cell, cell, value) : value;
    }
    if (typeof cell === "string") {
      if (this.byText.size < CACHE_LIMIT || this.byText.has(cell))
        return this.once(this.byText, cell);
      return (this.otherText ??= coerceCell(this.spec, UNQUOTED_TEXT));
    }
    if (typeof cell === "object" && cell !== null && "code" in cell) {
      // The same code and message give the same result: keyed on what coerceCell reads.
      const { code, message } = cell as { code: unknown; message?: unknown };
      let byMessage = this.byError.get(code);
      if (byMessage === undefined) this.byError.set(code, (byMessage = new Map()));
      return this.once(byMessage, message, cell);
    }
    return coerceCell(this.spec, cell);
  }

  /**
   * The cached result for `key`, coercing `cell` (or the result already known) the first time. A
   * cache stops growing at CACHE_LIMIT values: a grid of all-different texts gains nothing from
   * it and would only hold millions of entries.
   */
  private once<K>(cache: Map<K, unknown>, key: K, cell: unknown = key, known?: EcoError): unknown {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit;
    const value = known ?? coerceCell(this.spec, cell);
    if (cache.size < CACHE_LIMIT) cache.set(key, value);
    return value;
  }
}

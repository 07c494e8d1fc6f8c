import { EcoError } from "./errors";
import { coerceCell, widthOf, type CellSpec } from "./spec";

/** A value as Excel passes it: a scalar, a 2-D array (a range or array constant), or null when omitted. */
export type ExcelArg = unknown;
export type Grid = readonly (readonly unknown[])[];

const OMITTED: Grid = [[null]];

/**
 * Distinct values one argument remembers (texts, error values, bad numbers: each kind apart).
 * Past it a value is coerced anew, exactly as the first time: the memo saves work, it never
 * decides an answer.
 */
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
  private readonly byText = new Memo<string, unknown>(CACHE_LIMIT);
  private readonly byNumber = new Memo<number, unknown>(CACHE_LIMIT);
  /** Error values by code, then by message (Excel passes each cell's error as its own object). */
  private readonly byError = new Memo<unknown, Memo<unknown, unknown>>(CACHE_LIMIT);

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

  /** coerceCell(spec, cell), remembered per distinct value while there is room (see Memo). */
  private coerce(cell: unknown): unknown {
    if (typeof cell === "number") {
      const value = coerceCell(this.spec, cell);
      // Stryker disable next-line ConditionalExpression: equivalent (remembering a number changes no answer)
      if (!(value instanceof EcoError)) return value;
      return this.byNumber.peek(cell) ?? this.byNumber.add(cell, value);
    }
    if (typeof cell === "string")
      return this.byText.peek(cell) ?? this.byText.add(cell, coerceCell(this.spec, cell));
    if (typeof cell === "object" && cell !== null && "code" in cell) {
      // The same code and message give the same result: keyed on what coerceCell reads.
      const { code, message } = cell as { code: unknown; message?: unknown };
      const byMessage =
        this.byError.peek(code) ?? this.byError.add(code, new Memo<unknown, unknown>(CACHE_LIMIT));
      return byMessage.peek(message) ?? byMessage.add(message, coerceCell(this.spec, cell));
    }
    return coerceCell(this.spec, cell);
  }
}

/**
 * A map that keeps at most `limit` entries: past that, new keys are not remembered (a grid of
 * all-different values gains nothing from a cache and would only fill memory). It only forgets:
 * whoever misses recomputes the value, so what a key gives never depends on what came before.
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  get full(): boolean {
    return this.map.size >= this.limit;
  }

  /** The value kept for `key`; undefined if none (a kept undefined reads as none). */
  peek(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Keeps `value` for `key` while there is room, and returns it. */
  add(key: K, value: V): V {
    if (!this.full) this.map.set(key, value);
    return value;
  }
}

/**
 * evaluateEach (src/functions/each.ts), the broadcast engine of ECO.PLAN and ECO.SIMULATE, on
 * small functions of its own: how a whole vector is read, how cell arguments broadcast and where
 * a shorter one has no partner, which error a cell shows, and when a table may spill. The
 * expectations are Excel's array rules as MODEL.md §10 states them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateEach } from "../../src/functions/each";
import { EcoError } from "../../src/functions/errors";
import { setLanguage } from "../../src/functions/messages";
import { Table, type OutCell } from "../../src/functions/run";
import type { ChoiceSpec, NumberSpec, VectorSpec } from "../../src/functions/spec";

beforeAll(() => setLanguage("en-US"));
afterAll(() => setLanguage("en-US"));

const x = { kind: "number", name: "x", required: true } as const satisfies NumberSpec;
const y = { kind: "number", name: "y", required: false, default: 10 } as const satisfies NumberSpec;
const output = {
  kind: "choice",
  name: "output",
  names: { value: "value", table: "table" },
  default: "value",
  spills: ["table"],
} as const satisfies ChoiceSpec<"value" | "table">;
const rates = {
  kind: "vector",
  name: "rates",
  length: 3,
  order: { en: "a, b, c", zh: "甲、乙、丙" },
} as const satisfies VectorSpec;

const add = [x, y] as const;
const sum = (a: number, b: number): number => a + b;

/** The error a cell holds: its code and message. */
function errorOf(cell: OutCell | undefined): { code: string; message: string } {
  expect(cell).toBeInstanceOf(EcoError);
  const e = cell as EcoError;
  return { code: e.code, message: e.message };
}

describe("evaluateEach: cells", () => {
  it("single values give one cell; an omitted argument takes its default", () => {
    expect(evaluateEach(add, [[[2]], [[3]]], sum)).toEqual([[5]]);
    expect(evaluateEach(add, [[[2]], null], sum)).toEqual([[12]]);
    expect(evaluateEach(add, [[[2]]], sum)).toEqual([[12]]);
  });

  it("a column against a row gives the grid of every pair, as Excel's arithmetic does", () => {
    expect(evaluateEach(add, [[[1], [2]], [[10, 20, 30]]], sum)).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
    expect(evaluateEach(add, [[[1, 2]], [[5]]], sum)).toEqual([[6, 7]]);
    expect(evaluateEach(add, [[[5]], [[1], [2]]], sum)).toEqual([[6], [7]]);
  });

  it("where a longer argument has no partner, #N/A naming the shorter one and the cell", () => {
    const down = evaluateEach(
      add,
      [
        [[1], [2], [3]],
        [[10], [20]],
      ],
      sum
    );
    expect(down.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(down[0]![0]).toBe(11);
    expect(down[1]![0]).toBe(22);
    expect(errorOf(down[2]![0])).toEqual({
      code: "#N/A",
      message: "no value at row 3, column 1 in a shorter argument (y): array sizes differ",
    });
    const across = evaluateEach(add, [[[1, 2, 3]], [[10, 20]]], sum);
    expect(across[0]!.slice(0, 2)).toEqual([11, 22]);
    expect(errorOf(across[0]![2]).message).toBe(
      "no value at row 1, column 3 in a shorter argument (y): array sizes differ"
    );
    // A jagged range: the second row is one cell short.
    const jagged = evaluateEach(add, [[[1, 2], [3]], [[10]]], sum);
    expect(jagged[0]).toEqual([11, 12]);
    expect(jagged[1]![0]).toBe(13);
    expect(errorOf(jagged[1]![1]).message).toContain("(x)");
  });

  it("a cell's result is its first bad argument in argument order; its neighbours compute", () => {
    const grid = evaluateEach(
      add,
      [
        [["one"], [1], [2]],
        [["two"], ["two"], [5]],
      ],
      sum
    );
    expect(errorOf(grid[0]![0]).message).toContain("x");
    expect(errorOf(grid[0]![0]).message).not.toContain("y");
    expect(errorOf(grid[1]![0]).message).toContain("y");
    expect(grid[2]![0]).toBe(7);
    const scalarLater = evaluateEach(add, [[["one"], [1]], [["two"]]], sum);
    expect(errorOf(scalarLater[0]![0]).message).toContain("x");
    expect(errorOf(scalarLater[1]![0]).message).toContain("y");
  });

  it("a number too large to represent is #NUM!; a text result is itself", () => {
    const big = evaluateEach(add, [[[1e308]], [[1e308]]], sum);
    expect(errorOf(big[0]![0])).toEqual({
      code: "#NUM!",
      message: "the result is too large to represent",
    });
    expect(evaluateEach(add, [[[1], [2]], null], (a) => (a > 1 ? "big" : -0))).toEqual([
      [0],
      ["big"],
    ]);
    expect(Object.is(evaluateEach(add, [[[1]], null], () => -0)[0]![0], 0)).toBe(true);
  });
});

describe("evaluateEach: vectors, read whole", () => {
  const weighted = [x, rates] as const;
  const dot = (a: number, r: readonly number[] | undefined): number =>
    a * (r ?? [0]).reduce((s, v) => s + v, 0);

  it("a row or a column of the vector's length is one argument, not a range to broadcast", () => {
    expect(evaluateEach(weighted, [[[2]], [[1, 2, 3]]], dot)).toEqual([[12]]);
    expect(evaluateEach(weighted, [[[2]], [[1], [2], [3]]], dot)).toEqual([[12]]);
    expect(evaluateEach(weighted, [[[1], [2]], [[1, 2, 3]]], dot)).toEqual([[6], [12]]);
  });

  it("a vector of the wrong length is the cell's error, naming it", () => {
    const r = evaluateEach(weighted, [[[2]], [[1, 2]]], dot);
    expect(errorOf(r[0]![0]).code).toBe("#VALUE!");
    expect(errorOf(r[0]![0]).message).toContain("rates");
  });
});

describe("evaluateEach: tables", () => {
  const table = (a: number, o: "value" | "table"): number | Table =>
    o === "table" ? new Table([["label", a]]) : a;

  it("a spilling choice in a one-cell result spills its table", () => {
    expect(evaluateEach([x, output] as const, [[[5]], [["table"]]], table)).toEqual([["label", 5]]);
    expect(evaluateEach([output, x] as const, [[["table"]], [[5]]], (o, a) => table(a, o))).toEqual(
      [["label", 5]]
    );
  });

  it("in a larger result each cell is #VALUE! naming the choice; other choices compute", () => {
    const grid = evaluateEach([x, output] as const, [[[1], [2]], [["table"]]], table);
    for (const r of grid)
      expect(errorOf(r[0])).toEqual({
        code: "#VALUE!",
        message:
          'output "table" spills a table, so every argument but the lists must be a single value',
      });
    const first = evaluateEach([output, x] as const, [[["table"], ["value"]], [[3]]], (o, a) =>
      table(a, o)
    );
    expect(errorOf(first[0]![0]).message).toContain('output "table"');
    expect(first[1]![0]).toBe(3);
    expect(evaluateEach([x, output] as const, [[[1], [2]], [["value"]]], table)).toEqual([
      [1],
      [2],
    ]);
  });

  it("an earlier bad argument is the cell's result before the spill", () => {
    const grid = evaluateEach([x, output] as const, [[["one"], [2]], [["table"]]], table);
    expect(errorOf(grid[0]![0]).message).toContain("x");
    expect(errorOf(grid[0]![0]).message).not.toContain("spills");
    expect(errorOf(grid[1]![0]).message).toContain("spills");
  });

  it("a table from a function with no spilling argument fills only a one-cell result", () => {
    const tableOf = (a: number): Table => new Table([[a, a]]);
    expect(evaluateEach([x] as const, [[[4]]], tableOf)).toEqual([[4, 4]]);
    expect(() => evaluateEach([x] as const, [[[1], [2]]], tableOf)).toThrow(
      "a table fills only a single-cell result"
    );
  });
});

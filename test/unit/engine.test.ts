/**
 * The broadcasting engine (src/functions/run.ts, argument.ts, spec.ts) on its own terms: Excel's
 * shape rules at their boundaries, the first bad argument of a cell in argument order whichever
 * way each argument varies (once per call, per row, per cell), what is computed once, and the
 * guards a definition can trip.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CACHE_LIMIT, Memo, toGrid, Varying } from "../../src/functions/argument";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import { EcoError, asInputError, isErrorCode } from "../../src/functions/errors";
import { fixedError, setLanguage } from "../../src/functions/messages";
import {
  evaluate,
  finite,
  isNumberRow,
  MARK_ROWS_FROM,
  MAX_ARGS,
  Table,
} from "../../src/functions/run";
import {
  coerceCell,
  coerceVector,
  isBlank,
  widthOf,
  type ArgSpec,
  type CellSpec,
  type NumberSpec,
} from "../../src/functions/spec";
import { expectError, only } from "../support/cells";

afterEach(() => setLanguage("en-US"));

const N = (name: string, extra: Partial<NumberSpec> = {}): NumberSpec => ({
  kind: "number",
  name,
  required: true,
  ...extra,
});
const codes = (cells: unknown[][]) =>
  cells.map((r) => r.map((c) => (c instanceof EcoError ? c.code : typeof c)));

describe("shapes (Excel's broadcasting)", () => {
  it("a 1-row argument stretches down, a 1-column argument across", () => {
    const out = userAssetValueCells([[1], [2], [3]], [[0.5, 1]], 10, 1);
    expect(out).toEqual([
      [5, 10],
      [10, 20],
      [15, 30],
    ]);
  });
  it("same shapes go cell by cell; a 1×1 range is a single value", () => {
    expect(userAssetValueCells([[1, 2]], [[0.5, 1]], [[10]], 1)).toEqual([[5, 20]]);
  });
  it("a row of 2 against a row of 3: #N/A in column 3 only", () => {
    const out = userAssetValueCells([[1, 2, 3]], [[1, 1]], 10, 1);
    expect(out[0]!.slice(0, 2)).toEqual([10, 20]);
    expectError(
      out[0]![2],
      "#N/A",
      "no value at row 1, column 3 in a shorter argument (activity_rate): array sizes differ"
    );
  });
  it("a column of 2 against a column of 3: #N/A in row 3 only, naming the shorter argument", () => {
    const out = userAssetValueCells([[1], [2], [3]], 1, [[10], [20]], 1);
    expect(out.map((r) => r[0])).toEqual([10, 40, expect.any(EcoError)]);
    expectError(out[2]![0], "#N/A", /row 3, column 1 .*\(ltv\)/);
  });
  it("a 2-D range against a longer 2-D range: #N/A outside the smaller one", () => {
    const out = userAssetValueCells(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      1,
      1
    );
    expect(codes(out)).toEqual([
      ["number", "number", "#N/A"],
      ["number", "number", "#N/A"],
      ["#N/A", "#N/A", "#N/A"],
    ]);
  });
  it("jagged rows: the widest row sets the width; a short row has no partner there", () => {
    const out = userAssetValueCells([[1, 2], [3]], 1, 1, 1);
    expect(codes(out)).toEqual([
      ["number", "number"],
      ["number", "#N/A"],
    ]);
    expectError(out[1]![1], "#N/A", /\(users\)/);
    const column = userAssetValueCells([[1], []], 1, 1, 1); // a column with an empty second row
    expect(codes(column)).toEqual([["number"], ["#N/A"]]);
  });
  it("a 1-row 2-D argument against a 1-column one makes the full grid", () => {
    const out = ltvCells([[100], [200]], [[0, 0.5]], 0);
    expect(out).toEqual([
      [100, 200],
      [200, 400],
    ]);
  });
  it("toGrid: every omitted argument is the same empty grid; a mixed array is one row", () => {
    expect(toGrid(null)).toBe(toGrid(undefined));
    expect(toGrid([])).toBe(toGrid(null));
    expect(toGrid([[1], 2])).toEqual([[[1], 2]]);
  });
  it("toGrid: a scalar is 1×1, a flat array one row, empty arrays omitted", () => {
    expect(toGrid(5)).toEqual([[5]]);
    expect(toGrid([1, 2])).toEqual([[1, 2]]);
    expect(toGrid([])).toEqual([[null]]);
    expect(toGrid([[]])).toEqual([[null]]);
    expect(toGrid([[], []])).toEqual([[null]]);
    expect(toGrid(null)).toEqual([[null]]);
    expect(toGrid(undefined)).toEqual([[null]]);
    expect(toGrid([[1], []])).toEqual([[1], []]);
    expect(widthOf([[1], [1, 2, 3], []])).toBe(3);
    expect(widthOf([])).toBe(0);
  });
  it("a flat array is one row", () => {
    expect(userAssetValueCells([1, 2, 3], 1, 1, 1)).toEqual([[1, 2, 3]]);
  });
});

describe("the first bad argument of a cell wins, in argument order", () => {
  // USER_ASSET_VALUE(users, activity_rate, ltv, repurchase_rate, unit)
  it("single values: the earliest bad one", () => {
    expectError(only(userAssetValueCells("x", 2, -1, 5, "千")), "#VALUE!", /^users/);
    expectError(only(userAssetValueCells(1, 2, -1, 5, "千")), "#VALUE!", /^activity_rate/);
    expectError(only(userAssetValueCells(1, 1, -1, 5, "千")), "#VALUE!", /^ltv/);
    expectError(only(userAssetValueCells(1, 1, 1, 5, "千")), "#VALUE!", /^repurchase_rate/);
    expectError(only(userAssetValueCells(1, 1, 1, 1, "千")), "#VALUE!", /^unit/);
  });
  it("a bad column (read per row) before a bad single value", () => {
    const out = userAssetValueCells([[1], ["x"]], 1, 1, 1, "千");
    expectError(out[0]![0], "#VALUE!", /^unit/);
    expectError(out[1]![0], "#VALUE!", /^users/);
  });
  it("a bad single value before a bad column: the single value everywhere", () => {
    const out = userAssetValueCells(1, 2, [[1], [-1]], 1);
    expectError(out[0]![0], "#VALUE!", /^activity_rate/);
    expectError(out[1]![0], "#VALUE!", /^activity_rate/);
  });
  it("a bad row cell (read per cell) before a bad column", () => {
    const out = userAssetValueCells([[1, "x"]], 1, [[1], [-1]], 1);
    expect(out[0]![0]).toBe(1);
    expectError(out[0]![1], "#VALUE!", /^users/);
    expectError(out[1]![0], "#VALUE!", /^ltv/);
    expectError(out[1]![1], "#VALUE!", /^users/);
  });
  it("a bad column before a bad row cell", () => {
    const out = userAssetValueCells([[1], ["x"]], 1, [[1, -1]], 1);
    expect(out[0]![0]).toBe(1);
    expectError(out[0]![1], "#VALUE!", /^ltv/);
    expectError(out[1]![0], "#VALUE!", /^users/);
    expectError(out[1]![1], "#VALUE!", /^users/);
  });
  it("two bad columns: the earlier one", () => {
    const out = userAssetValueCells([[1], ["x"]], [[2], [2]], 1, 1);
    expectError(out[0]![0], "#VALUE!", /^activity_rate/);
    expectError(out[1]![0], "#VALUE!", /^users/);
  });
  it("two bad row cells: the earlier one", () => {
    const out = userAssetValueCells([[1, "x"]], [[2, 2]], 1, 1);
    expectError(out[0]![0], "#VALUE!", /^activity_rate/);
    expectError(out[0]![1], "#VALUE!", /^users/);
  });
  it("a missing partner counts as that argument's error, in its place", () => {
    // users has 3 rows, activity_rate 2: row 3's activity_rate is missing (#N/A), but users' own
    // error comes first where users is bad, and ltv's comes after.
    const out = userAssetValueCells([[1], [2], ["x"]], [[1], [1]], -1, 1);
    expectError(out[0]![0], "#VALUE!", /^ltv/);
    expectError(out[2]![0], "#VALUE!", /^users/);
    const missing = userAssetValueCells([[1], [2], [3]], [[1], [1]], -1, 1);
    expectError(missing[2]![0], "#N/A", /\(activity_rate\)/);
    const rowMissing = userAssetValueCells([[1, 2, 3]], [[1, 1]], 1, [[0.5, "x", 0.5]]);
    expect(rowMissing[0]![0]).toBe(0.5);
    expectError(rowMissing[0]![1], "#VALUE!", /^repurchase_rate/);
    expectError(rowMissing[0]![2], "#N/A", /\(activity_rate\)/);
  });
  it("a later argument's missing partner does not hide an earlier argument's error", () => {
    const out = userAssetValueCells([["x", 1, 1]], 1, [[1, 1]], 1);
    expectError(out[0]![0], "#VALUE!", /^users/);
    expectError(out[0]![2], "#N/A", /\(ltv\)/);
  });
  it("an argument after a bad single value is never looked at, even where it has no partner", () => {
    const out = userAssetValueCells([[1, 2, 3]], 5, [[1, 1]], 1);
    expect(out[0]!.map((c) => (c as EcoError).message)).toEqual(
      Array(3).fill("activity_rate must be between 0 and 1; got 5")
    );
  });
  it("the same text in many cells is one shared error; different texts are different errors", () => {
    const out = dataAssetValueCells([
      ["n/a", "n/a", "TBD"],
      ["n/a", 5, "TBD"],
    ]);
    expect(out[0]![0]).toBe(out[0]![1]);
    expect(out[0]![0]).toBe(out[1]![0]);
    expect(out[0]![2]).toBe(out[1]![2]);
    expect(out[0]![0]).not.toBe(out[0]![2]);
    expectError(out[0]![2], "#VALUE!", 'fleet must be a number, not text "TBD"');
    expect(out[1]![1]).toBeCloseTo(5 * 765, 9);
  });
  it("the same error value passed in many cells is one shared error, per code and message", () => {
    const out = dataAssetValueCells([
      [
        { code: "#N/A" },
        { code: "#N/A" },
        { code: "#N/A", message: "lookup" },
        { code: "#DIV/0!" },
      ],
    ]);
    expect(out[0]![0]).toBe(out[0]![1]);
    expect(out[0]![0]).not.toBe(out[0]![2]);
    expectError(out[0]![2], "#N/A", "fleet holds the error #N/A (lookup)");
    expectError(out[0]![3], "#DIV/0!");
    const bad = dataAssetValueCells([[-1, -1, -2]]);
    expect(bad[0]![0]).toBe(bad[0]![1]);
    expectError(bad[0]![2], "#VALUE!", "fleet must be ≥ 0; got -2");
  });
  it("a memo never changes an answer: past CACHE_LIMIT different texts, a valid name still works", () => {
    // Issue 18: DATA_ASSET_VALUE(100000, {"x0";…;"x4095";"high"}) gave #VALUE! for "high".
    const names = Array.from({ length: CACHE_LIMIT }, (_, k) => [`x${k}`]);
    const out = dataAssetValueCells(100_000, [...names, ["high"], ["低"], ["x0"]]);
    expect(out).toHaveLength(CACHE_LIMIT + 3);
    expect(out[CACHE_LIMIT]![0]).toBe(only(dataAssetValueCells(100_000, "high")));
    expect(out[CACHE_LIMIT + 1]![0]).toBe(only(dataAssetValueCells(100_000, "低")));
    expect(out[CACHE_LIMIT + 2]![0]).toBe(out[0]![0]); // a text seen before keeps its answer
  });
  it("a memo never changes an answer: every cell of an argument is what coerceCell gives it alone", () => {
    // Texts, bad numbers and error values, each kind well past the memo's limit, repeated.
    const count = CACHE_LIMIT + 50;
    const texts = Array.from({ length: count }, (_, k) => `t${k}`);
    const numbers = Array.from({ length: count }, (_, k) => -1 - k);
    const errors = Array.from({ length: count }, (_, k) => ({ code: "#N/A", message: `m${k}` }));
    const codesToo = Array.from({ length: count }, (_, k) => ({ code: `#E${k}!` }));
    const specs: CellSpec[] = [
      N("fleet", { min: 0 }),
      { kind: "choice", name: "unit", names: { 万: "wan", yi: "yi" }, default: "wan" },
      { kind: "scenario", name: "scenario", default: "mid" },
    ];
    for (const spec of specs) {
      for (const cells of [texts, numbers, errors, codesToo]) {
        const row = [...cells, "万", "YI", " mid ", 0.5, 7, ...cells.slice(0, 3)];
        const { values } = new Varying(0, spec, [row]);
        const coerced = values[0]!;
        expect(coerced).toHaveLength(row.length);
        row.forEach((cell, j) => expect(coerced[j]).toEqual(coerceCell(spec, cell)));
      }
    }
  });
  it("other values in a range (TRUE, objects) are coerced one by one", () => {
    const out = dataAssetValueCells([[true, {}, 1]]);
    expectError(out[0]![0], "#VALUE!", "fleet must be a number, not TRUE");
    expectError(
      out[0]![1],
      "#VALUE!",
      "fleet must be a number, not a value that is not a number or text"
    );
    expect(typeof out[0]![2]).toBe("number");
  });
});

describe("computed once: per distinct value, per column, per call", () => {
  /** A unit argument: "b" divides the result by 10. */
  const unit = {
    kind: "choice",
    name: "unit",
    names: { a: "a", b: "b" },
    default: "a",
    divides: { a: 1, b: 10 },
  } as const;
  const specs = [N("x"), N("y"), N("z", { required: false, default: 1 })] as const;
  it("per is called once for a constant set of other arguments", () => {
    const per = vi.fn((y?: number, z?: number) => (y ?? NaN) * (z ?? NaN));
    const out = evaluate(specs, [[[1], [2], [3]], 2, 5], per);
    expect(out).toEqual([[10], [20], [30]]);
    expect(per).toHaveBeenCalledTimes(1);
  });
  it("once per column when the others vary across only", () => {
    const per = vi.fn((y?: number, z?: number) => (y ?? NaN) * (z ?? NaN));
    const out = evaluate(specs, [[[1], [2], [3]], [[1, 2]], 1], per);
    expect(out).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(per).toHaveBeenCalledTimes(2);
  });
  it("once per row when the others vary down only", () => {
    const per = vi.fn((y?: number, z?: number) => (y ?? NaN) * (z ?? NaN));
    const out = evaluate(specs, [[[1, 10]], [[1], [2], [3]], 1], per);
    expect(out).toEqual([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    expect(per).toHaveBeenCalledTimes(3);
  });
  it("per cell when they vary both ways", () => {
    const per = vi.fn((y?: number, z?: number) => (y ?? NaN) * (z ?? NaN));
    const out = evaluate(specs, [1, [[1, 2]], [[1], [3]]], per);
    expect(out).toEqual([
      [1, 2],
      [3, 6],
    ]);
    expect(per).toHaveBeenCalledTimes(4);
  });
  it("a unit that varies does not make per vary: it only divides", () => {
    const withUnit = [N("x"), N("y"), unit] as const;
    const per = vi.fn((y?: number) => y ?? NaN);
    expect(evaluate(withUnit, [[[1], [2]], 5, [["a"], ["b"]]], per)).toEqual([[5], [1]]);
    expect(per).toHaveBeenCalledTimes(1);
  });
  it("the unit is found wherever it stands among the arguments", () => {
    const other = { kind: "choice", name: "c", names: { p: "p" }, default: "p" } as const;
    const specs = [N("x"), unit, other] as const;
    expect(evaluate(specs, [50, "b", "p"], () => 2)).toEqual([[10]]);
    expect(evaluate(specs, [[[50, 60]], [["a", "b"]], "p"], () => 2)).toEqual([[100, 12]]);
  });
  it("Memo keeps at most its limit, and returns what it is given", () => {
    const m = new Memo<number, string>(2);
    expect(m.add(1, "a")).toBe("a");
    expect(m.full).toBe(false);
    m.add(2, "b");
    expect(m.full).toBe(true);
    expect(m.add(3, "c")).toBe("c");
    expect(m.size).toBe(2);
    expect([m.peek(1), m.peek(2), m.peek(3)]).toEqual(["a", "b", undefined]);
  });
  it("not at all for cells that are errors", () => {
    const per = vi.fn(() => 1);
    evaluate(specs, [[["a", "b"]], 1, 1], per);
    expect(per).not.toHaveBeenCalled();
  });
  it("a scenario's rates are derived once per distinct scenario cell, not per result cell", async () => {
    const dataAssets = await import("../../src/model/dataAssets");
    const spy = vi.spyOn(dataAssets, "dataRates");
    const before = spy.mock.calls.length;
    dataAssetValueCells([[1], [2], [3], [4]], [[0.1, 0.2, "high"]]);
    // Named scenarios were derived when the module loaded; the two numbers once each (ESM
    // bindings may bypass the spy, so only an upper bound is asserted).
    expect(spy.mock.calls.length - before).toBeLessThanOrEqual(2);
    spy.mockRestore();
  });
});

describe("numbers out", () => {
  it("finite(): ±Infinity and NaN are #NUM!; −0 is 0; others unchanged", () => {
    expectError(finite(Infinity), "#NUM!", "the result is too large to represent");
    expectError(finite(-Infinity), "#NUM!");
    expectError(finite(NaN), "#NUM!");
    expect(Object.is(finite(-0), 0)).toBe(true);
    expect(finite(-2.5)).toBe(-2.5);
    expect(finite(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
  });
  it("a value beyond a double in one cell of a row leaves its neighbours' numbers", () => {
    const out = dataAssetValueCells([[1, 1e308, 2]]);
    expect(out[0]![0]).toBeCloseTo(765, 9);
    expectError(out[0]![1], "#NUM!");
    expect(out[0]![2]).toBeCloseTo(1530, 9);
  });
  it("long rows of numbers only are marked so the boundary can skip them; rows with an error are not", () => {
    const fleets = Array.from({ length: MARK_ROWS_FROM }, (_, k) => k);
    const out = dataAssetValueCells([fleets, ["x", ...fleets.slice(1)]]);
    expect(isNumberRow(out[0]!)).toBe(true);
    expect(isNumberRow(out[1]!)).toBe(false);
    expect(isNumberRow([1, 2])).toBe(false);
    // A short row is cheaper to look through than to mark.
    const short = dataAssetValueCells([fleets.slice(1)]);
    expect(short[0]).toHaveLength(MARK_ROWS_FROM - 1);
    expect(isNumberRow(short[0]!)).toBe(false);
  });
  it("a unit that varies across the result divides each cell by its own divisor", () => {
    expect(ecosystemRevenueCells(500_000, "baas", null, [["元", "万", "亿"]])).toEqual([
      [1_500_000_000, 150_000, 15],
    ]);
  });
});

describe("tables and guards", () => {
  it("the breakdown table needs a single-cell result; in a grid each cell says so, without building the table", () => {
    const out = ecosystemRevenueCells([[1, 2]], "breakdown");
    expectError(
      out[0]![0],
      "#VALUE!",
      'stream "breakdown" spills a table, so fleet, stream and unit must be single values'
    );
    expect(out[0]![0]).toBe(out[0]![1]);
    // An earlier argument's error still comes first.
    const first = ecosystemRevenueCells([["x", 2]], "breakdown");
    expectError(first[0]![0], "#VALUE!", /^fleet/);
    // "breakdown" in a stream row next to other streams.
    const mixed = ecosystemRevenueCells(500_000, [["breakdown", "baas"]], null, "亿");
    expectError(mixed[0]![0], "#VALUE!", /breakdown/);
    expect(mixed[0]![1]).toBe(15);
  });
  it("a definition whose table could land in a grid is refused (internal error, not a silent table)", () => {
    const specs = [N("x"), N("y")] as const;
    expect(() => evaluate(specs, [[[1, 2]], 1], () => () => new Table([[1]]))).toThrow(
      /single-cell result/
    );
    expect(evaluate(specs, [1, 1], () => () => new Table([[1, 2]]))).toEqual([[1, 2]]);
  });
  it("a call that fails half-way leaves nothing behind for the next call", () => {
    const specs = [N("x"), N("y")] as const;
    const failing = () => (x: number) =>
      x === 1 ? new EcoError("#N/A", "first") : new Table([[1]]);
    expect(() => evaluate(specs, [[[1, 2]], 1], failing)).toThrow(/single-cell result/);
    const next = evaluate(specs, [[[1, 2]], 1], () => (x: number) => (x === 2 ? "text" : x));
    expect(next).toEqual([[1, "text"]]);
  });
  it("a cell computed by a function (the multiple) goes through the same checks", () => {
    const specs = [N("x"), N("y")] as const;
    const out = evaluate(
      specs,
      [[[1, 2, 3]], 1],
      () => (x) => (x === 1 ? Infinity : x === 2 ? "text" : -0)
    );
    expectError(out[0]![0], "#NUM!");
    expect(out[0]![1]).toBe("text");
    expect(Object.is(out[0]![2], 0)).toBe(true);
  });
  it("at most MAX_ARGS (6) arguments", () => {
    expect(MAX_ARGS).toBe(6);
    const seven = Array.from({ length: 7 }, (_, k) => N(`a${k}`)) as unknown as readonly [
      NumberSpec,
      ...ArgSpec[],
    ];
    expect(() => evaluate(seven, [], () => 1)).toThrow(/at most 6 arguments/);
    const six = Array.from({ length: 6 }, (_, k) =>
      N(`a${k}`, { required: false, default: k + 1 })
    ) as unknown as readonly [NumberSpec, ...ArgSpec[]];
    expect(
      evaluate(six, [], (...rest: unknown[]) => (rest as number[]).reduce((a, b) => a * b, 1))
    ).toEqual([[720]]);
  });
});

describe("spec.ts rules", () => {
  it("blank is only null, undefined and the empty string", () => {
    expect([null, undefined, ""].map(isBlank)).toEqual([true, true, true]);
    expect([" ", "\t", "\u3000", 0, false, "x"].map(isBlank)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it("a number spec: required, default, optional; min, max, integer", () => {
    expectError(coerceCell(N("a"), null) as EcoError, "#VALUE!", "a is required");
    expect(coerceCell(N("a", { required: false }), null)).toBeUndefined();
    expect(coerceCell(N("a", { required: false, default: 7 }), "")).toBe(7);
    expect(coerceCell(N("a", { min: 0 }), 0)).toBe(0);
    expectError(
      coerceCell(N("a", { min: 0 }), -1e-300) as EcoError,
      "#VALUE!",
      "a must be ≥ 0; got -1e-300"
    );
    expect(coerceCell(N("a", { min: 0, max: 1 }), 1)).toBe(1);
    expectError(
      coerceCell(N("a", { min: 0, max: 1 }), 1 + 2 ** -52) as EcoError,
      "#VALUE!",
      /between 0 and 1/
    );
    expect(coerceCell(N("a", { min: 1, integer: true }), 3)).toBe(3);
    expectError(
      coerceCell(N("a", { min: 1, integer: true }), 3.5) as EcoError,
      "#VALUE!",
      "a must be a whole number; got 3.5"
    );
    expect(coerceCell(N("a", { max: 1 }), -5)).toBe(-5); // a max alone bounds nothing below
    expect(coerceCell(N("a"), -1e308)).toBe(-1e308);
  });
  it("a number spec with only a maximum says so", () => {
    expectError(coerceCell(N("a", { max: 1 }), 2) as EcoError, "#VALUE!", "a must be ≤ 1; got 2");
    setLanguage("zh-CN");
    expectError(coerceCell(N("a", { max: 1 }), 2) as EcoError, "#VALUE!", "a 必须 ≤ 1，当前为 2");
  });
  it("the boundaries themselves are accepted: 0 vehicles, rates of 0 and 1, 1 year, a discount of 0", () => {
    expect(only(ecosystemRevenueCells(0))).toBe(0);
    expect(only(userAssetValueCells(10, 0, 100, 1))).toBe(0);
    expect(only(userAssetValueCells(10, 1, 100, 1))).toBe(1000);
    expect(only(ltvCells(1000, 1, 0, 1))).toBe(1000);
    expect(only(dataAssetValueCells(1, 0, "usedcar", 1))).toBe(500);
    expect(only(dataAssetValueCells(1, 1, "usedcar", 0))).toBe(0);
  });
  it("a scenario: a name, a position in [0, 1], or the message listing both", () => {
    const plain = { kind: "scenario", name: "s", default: "mid" } as const;
    expect(coerceCell(plain, " HIGH ")).toBe("high");
    expect(coerceCell(plain, 0.25)).toBe(0.25);
    expect(coerceCell(plain, null)).toBe("mid");
    expectError(
      coerceCell(plain, "best") as EcoError,
      "#VALUE!",
      's does not accept text "best"; use one of: low, mid, high, 低, 中, 高, 0…1'
    );
    const derive = vi.fn((x: unknown) => ({ x }));
    const derived = { ...plain, derive };
    expect(coerceCell(derived, "low")).toEqual({ x: "low" });
    expectError(coerceCell(derived, 2) as EcoError, "#VALUE!", /between 0 \(low\) and 1 \(high\)/);
    expect(derive).toHaveBeenCalledTimes(1);
  });
  it("a value that is neither number nor text is named, never printed, in Chinese too", () => {
    setLanguage("zh-CN");
    expectError(
      coerceCell(N("a"), {}) as EcoError,
      "#VALUE!",
      "a 必须是数字，不能是非数字也非文本的值"
    );
    expectError(coerceCell(N("a"), false) as EcoError, "#VALUE!", "a 必须是数字，不能是FALSE");
  });
  it("a vector: omitted, an error first, then shape, then each cell", () => {
    const v = {
      kind: "vector",
      name: "v",
      length: 2,
      min: 0,
      order: { en: "a, b", zh: "甲、乙" },
    } as const;
    expect(coerceVector(v, [[null, ""]])).toBeUndefined();
    expect(coerceVector(v, [[1], [2]])).toEqual([1, 2]);
    expect(coerceVector(v, [[1, 2]])).toEqual([1, 2]);
    expectError(
      coerceVector(v, [[1, 2, 3]]) as EcoError,
      "#VALUE!",
      "v needs 2 values in one row or column (a, b); got 3"
    );
    expectError(coerceVector(v, [[1], [2, 3]]) as EcoError, "#VALUE!", "got a 2×2 block");
    expectError(coerceVector(v, [[1, null]]) as EcoError, "#VALUE!", "v is required");
    expectError(
      coerceVector(v, [[1, { code: "#N/A" }, 5]]) as EcoError,
      "#N/A",
      "v holds the error #N/A"
    );
    setLanguage("zh-CN");
    expectError(
      coerceVector(v, [[1, 2, 3]]) as EcoError,
      "#VALUE!",
      "v 需要一行或一列共 2 个数值（甲、乙），当前为 3 个"
    );
  });
  it("Varying coerces a hole as an empty cell and keeps a valid row uncopied", () => {
    const row = [1, 2, 3];
    const arg = new Varying(0, N("a"), [row]);
    expect(arg.values[0]).toBe(row);
    // eslint-disable-next-line no-sparse-arrays
    const holey = new Varying(0, N("a"), [[1, , 3]]);
    expectError(holey.values[0]![1] as EcoError, "#VALUE!", "a is required");
    expect([holey.rows, holey.cols, holey.index]).toEqual([1, 3, 0]);
  });
  it("errors: codes the functions return or pass through; any #-code passed in is kept", () => {
    expect(
      ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!", "#NULL!", "#NAME?", "#REF!"].every(isErrorCode)
    ).toBe(true);
    expect(["#SPILL!", "VALUE", 7, null].some(isErrorCode)).toBe(false);
    expect(asInputError({ code: "#SPILL!" })).toEqual({ code: "#SPILL!", message: "" });
    expect(asInputError({ code: "#N/A", message: 5 })).toEqual({ code: "#N/A", message: "" });
    expect(asInputError({ code: "N/A" })).toBeUndefined();
    expect(asInputError({ code: 5 })).toBeUndefined();
    expect(asInputError(null)).toBeUndefined();
    expect(asInputError("#N/A")).toBeUndefined();
    const e = new EcoError("#NUM!", "m");
    expect(asInputError(e)).toBe(e);
  });
  it("fixedError: one error per message and language, with its code", () => {
    const a = fixedError("resultNotFinite");
    expect(fixedError("resultNotFinite")).toBe(a);
    expect(a.code).toBe("#NUM!");
    expect(a.message).toBe("the result is too large to represent");
    setLanguage("zh-CN");
    const zh = fixedError("resultNotFinite");
    expect(zh).not.toBe(a);
    expect(zh.message).toBe("计算结果超出可表示的范围");
    expect(fixedError("multipleNeedsTraditional").code).toBe("#DIV/0!");
    expect(fixedError("breakdownNeedsScalars").code).toBe("#VALUE!");
  });
});

/**
 * Issue 11: a cell holding only whitespace is text, not an empty cell (MODEL.md §3). Wherever a
 * number or a name is expected it is #VALUE! naming the argument; it never falls back to a
 * default. Only null/undefined (omitted, or an empty cell) and "" mean "omitted".
 * Every argument of all four functions, as a single value and inside a range.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import { setLanguage } from "../../src/functions/messages";
import type { OutCell } from "../../src/functions/run";
import { expectError, only } from "../support/cells";

afterEach(() => setLanguage("en-US"));

type Cells = (...args: unknown[]) => OutCell[][];
const FUNCTIONS: Readonly<
  Record<string, { cells: Cells; valid: readonly unknown[]; args: readonly string[] }>
> = {
  DATA_ASSET_VALUE: {
    cells: dataAssetValueCells,
    valid: [100000, "mid", "all", 0.2, [[150, 500, 200, 100]], "万"],
    args: ["fleet", "scenario", "buyer", "used_car_rate", "rates", "unit"],
  },
  USER_ASSET_VALUE: {
    cells: userAssetValueCells,
    valid: [1000, 0.5, 100, 0.5, "元"],
    args: ["users", "activity_rate", "ltv", "repurchase_rate", "unit"],
  },
  ECOSYSTEM_REVENUE: {
    cells: ecosystemRevenueCells,
    valid: [500000, "ecosystem", [[1000, 3000, 600, 300, 400, 200]], "亿"],
    args: ["fleet", "stream", "per_vehicle", "unit"],
  },
  LTV: {
    cells: ltvCells,
    valid: [1000, 0.8, 0.1, 5, "yuan"],
    args: ["annual_margin", "retention_rate", "discount_rate", "years", "unit"],
  },
};

/** A space, a tab, the full-width (ideographic) space U+3000, a no-break space, a line break, mixes. */
const WHITESPACE = [" ", "   ", "\t", "\u3000", "\u00a0", "\n", " \t\u3000 "];
const LISTS = new Set(["rates", "per_vehicle"]);

const CASES = Object.entries(FUNCTIONS).flatMap(([fn, f]) =>
  f.args.flatMap((arg, pos) =>
    WHITESPACE.map((ws) => ({ fn, f, arg, pos, ws, label: `${fn} ${arg} = ${JSON.stringify(ws)}` }))
  )
);

function withArg(valid: readonly unknown[], pos: number, value: unknown): unknown[] {
  const args = [...valid];
  args[pos] = value;
  return args;
}

describe("whitespace is text, never omitted", () => {
  it.each(CASES)("$label as a single value → #VALUE! naming $arg", ({ f, arg, pos, ws }) => {
    const cell = only(f.cells(...withArg(f.valid, pos, ws)));
    // A list given as a single cell has the wrong length; every other argument says what it holds.
    expectError(
      cell,
      "#VALUE!",
      LISTS.has(arg) ? new RegExp(`${arg} needs`) : new RegExp(`^${arg} .*only spaces`)
    );
  });

  it.each(CASES.filter((c) => !LISTS.has(c.arg)))(
    "$label inside a range → #VALUE! in that cell alone",
    ({ f, arg, pos, ws }) => {
      const out = f.cells(...withArg(f.valid, pos, [[f.valid[pos], ws]]));
      expect(out).toHaveLength(1);
      expect(typeof out[0]![0]).toBe("number");
      expectError(out[0]![1], "#VALUE!", new RegExp(`^${arg} .*only spaces`));
    }
  );

  it.each(CASES.filter((c) => LISTS.has(c.arg)))(
    "$label in one cell of the list, and in every cell → #VALUE! naming $arg",
    ({ f, arg, pos, ws }) => {
      const list = (f.valid[pos] as number[][])[0]!;
      const one = [list.map((v, i) => (i === 2 ? ws : v))];
      const all = [list.map(() => ws)];
      expectError(
        only(f.cells(...withArg(f.valid, pos, one))),
        "#VALUE!",
        `${arg} must be a number, not text that is only spaces`
      );
      expectError(
        only(f.cells(...withArg(f.valid, pos, all))),
        "#VALUE!",
        `${arg} must be a number, not text that is only spaces`
      );
    }
  );

  it('the audit\'s case: LTV(1000, 0.8, 0.1, " ") is #VALUE!, not the no-limit value', () => {
    expectError(
      only(ltvCells(1000, 0.8, 0.1, " ")),
      "#VALUE!",
      "years must be a number, not text that is only spaces"
    );
    expectError(
      only(dataAssetValueCells(100000, "\u3000")),
      "#VALUE!",
      /^scenario does not accept text that is only spaces; use one of: low, mid, high/
    );
    expectError(
      only(dataAssetValueCells(100000, null, null, "\t")),
      "#VALUE!",
      "used_car_rate must be a number, not text that is only spaces"
    );
    expectError(
      only(dataAssetValueCells(100000, null, null, null, null, " ")),
      "#VALUE!",
      /^unit does not accept text that is only spaces/
    );
  });

  it("says so in Chinese too", () => {
    setLanguage("zh-CN");
    expectError(
      only(ltvCells(1000, 0.8, 0.1, "\u3000")),
      "#VALUE!",
      "years 必须是数字，不能是只含空格的文本"
    );
    expectError(only(ecosystemRevenueCells(1, "\t")), "#VALUE!", /^stream 不接受只含空格的文本/);
  });
});

describe('only null, undefined and "" mean omitted', () => {
  it.each([null, undefined, ""])("%j in every optional argument gives the default", (blank) => {
    expect(only(dataAssetValueCells(100000, blank, blank, blank, blank, blank))).toBe(
      only(dataAssetValueCells(100000))
    );
    expect(only(ecosystemRevenueCells(500000, blank, blank, blank))).toBe(2_250_000_000);
    expect(only(ltvCells(1000, 0.8, 0.1, blank, blank))).toBe(only(ltvCells(1000, 0.8, 0.1)));
    expect(only(userAssetValueCells(1_000_000, 0.8, 20_000, 0.5, blank))).toBe(8_000_000_000);
  });
  it("a list of empty cells is an omitted list", () => {
    expect(only(dataAssetValueCells(100000, null, null, null, [[null, "", null, ""]]))).toBe(
      only(dataAssetValueCells(100000))
    );
    expect(
      only(ecosystemRevenueCells(500000, null, [[null], [""], [null], [""], [null], [""]]))
    ).toBe(2_250_000_000);
  });
  it("names keep ignoring the spaces around them", () => {
    expect(
      only(dataAssetValueCells(100000, " high ", "\tinsurance\u3000", null, null, " 万 "))
    ).toBe(3000);
  });
});

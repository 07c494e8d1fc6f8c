/**
 * The boundary to Excel (src/functions/excel.ts) and the custom functions themselves
 * (src/functions/functions.ts), against a fake CustomFunctions runtime: each of our error codes
 * becomes the right CustomFunctions.ErrorCode, a 1×1 error is thrown, an array keeps its errors in
 * their cells, one CustomFunctions.Error serves every cell holding the same error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EcoError, type ErrorCode } from "../../src/functions/errors";
import { setLanguage } from "../../src/functions/messages";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
// The runtime's enum values are the cell texts (CustomFunctions.ErrorCode.invalidValue = "#VALUE!").
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

const FakeClass = FakeError as unknown as typeof CustomFunctions.Error;
const globals = globalThis as Record<string, unknown>;
beforeAll(() => {
  globals["CustomFunctions"] = { Error: FakeError, ErrorCode };
});
afterAll(() => {
  delete globals["CustomFunctions"];
  delete globals["Office"];
});
afterEach(() => setLanguage("en-US"));

const excel = () => import("../../src/functions/excel");
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
};

describe("toExcelError: our codes → CustomFunctions.ErrorCode", () => {
  it.each<[ErrorCode, string]>([
    ["#VALUE!", "#VALUE!"],
    ["#NUM!", "#NUM!"],
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["#NULL!", "#NULL!"],
    // Input-only codes: a custom function can't return them.
    ["#NAME?", "#VALUE!"],
    ["#REF!", "#VALUE!"],
  ])("%s → %s, with the message", async (code, expected) => {
    const { toExcelError } = await excel();
    const e = toExcelError(new EcoError(code, `message for ${code}`), FakeClass);
    expect(e).toBeInstanceOf(FakeError);
    expect(e.code).toBe(expected);
    expect(e.message).toBe(`message for ${code}`);
  });

  it("builds one Excel error per EcoError, and a new one for another runtime's Error class", async () => {
    const { toExcelError } = await excel();
    const e = new EcoError("#N/A", "x");
    const a = toExcelError(e, FakeClass);
    expect(toExcelError(e, FakeClass)).toBe(a);
    class Other extends FakeError {}
    const b = toExcelError(e, Other as unknown as typeof CustomFunctions.Error);
    expect(b).toBeInstanceOf(Other);
    expect(b).not.toBe(a);
    expect(toExcelError(e, Other as unknown as typeof CustomFunctions.Error)).toBe(b);
  });
});

describe("toExcel: the boundary", () => {
  it("a 1×1 error is thrown as a CustomFunctions.Error", async () => {
    const { toExcel } = await excel();
    const e = thrown(() => toExcel(() => [[new EcoError("#N/A", "no partner")]]));
    expect(e).toBeInstanceOf(FakeError);
    expect((e as FakeError).code).toBe("#N/A");
    expect((e as FakeError).message).toBe("no partner");
  });
  it("a 1×1 number or text is returned as it is", async () => {
    const { toExcel } = await excel();
    expect(toExcel(() => [[42]])).toEqual([[42]]);
    expect(toExcel(() => [["label"]])).toEqual([["label"]]);
  });
  it("an array keeps each error in its cell, converted in place, one Excel error per EcoError", async () => {
    const { toExcel } = await excel();
    const shared = new EcoError("#VALUE!", "fleet must be a number");
    const grid = [
      [1, shared, "t"],
      [shared, new EcoError("#DIV/0!", "d"), 2],
    ];
    const out = toExcel(() => grid);
    expect(out).toBe(grid as unknown);
    expect(out[0]![0]).toBe(1);
    expect(out[0]![2]).toBe("t");
    expect(out[0]![1]).toBeInstanceOf(FakeError);
    expect(out[1]![0]).toBe(out[0]![1]);
    expect((out[1]![1] as FakeError).code).toBe("#DIV/0!");
    expect(out[1]![2]).toBe(2);
  });
  it("a single-row or single-column result with an error is an array, not a throw", async () => {
    const { toExcel } = await excel();
    const row = toExcel(() => [[new EcoError("#N/A", "a"), 1]]);
    expect((row[0]![0] as FakeError).code).toBe("#N/A");
    const column = toExcel(() => [[new EcoError("#N/A", "a")], [1]]);
    expect((column[0]![0] as FakeError).code).toBe("#N/A");
  });
  it("anything thrown inside becomes #VALUE! 'internal error', never a raw exception", async () => {
    const { toExcel } = await excel();
    const e = thrown(() =>
      toExcel(() => {
        throw new Error("boom");
      })
    );
    expect((e as FakeError).code).toBe("#VALUE!");
    expect((e as FakeError).message).toBe("internal error: boom");
    const s = thrown(() =>
      toExcel(() => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw "text";
      })
    );
    expect((s as FakeError).message).toBe("internal error: text");
  });
});

describe("the custom functions (functions.ts) through the fake runtime", () => {
  it("compute, spill and throw like Excel's runtime expects", async () => {
    const f = await import("../../src/functions/functions");
    expect(f.dataAssetValue([[100000]])[0]![0]).toBeCloseTo(76_500_000, 6);
    expect(f.userAssetValue([[1_000_000]], [[0.8]], [[20_000]], [[0.5]], [["亿"]])).toEqual([[80]]);
    expect(f.ecosystemRevenue([[500_000]], [["baas"]], undefined, [["亿"]])).toEqual([[15]]);
    expect(f.ltv([[1000]], [[0]], [[0.1]], [[3]])).toEqual([[1000]]);
    const e = thrown(() => f.dataAssetValue([[-1]]));
    expect((e as FakeError).code).toBe("#VALUE!");
    expect((e as FakeError).message).toBe("fleet must be ≥ 0; got -1");
    const grid = f.ecosystemRevenue([[1], [2]], [["breakdown"]]);
    expect((grid[1]![0] as FakeError).code).toBe("#VALUE!");
    expect(f.ecosystemRevenue([[500_000]], [["breakdown"]], undefined, [["亿"]])).toHaveLength(9);
  });

  it("stay in English when Office gives no context or no language", async () => {
    vi.resetModules();
    globals["Office"] = { onReady: (callback: () => void) => (callback(), Promise.resolve({})) };
    const f = await import("../../src/functions/functions");
    const e = thrown(() => f.ltv([[1]], [[2]], [[0]]));
    expect((e as FakeError).message).toBe("retention_rate must be between 0 and 1; got 2");
    const { setLanguage: set, language } = await import("../../src/functions/messages");
    set(undefined);
    expect(language()).toBe("en-US");
    set("ZH-tw");
    expect(language()).toBe("zh-CN");
    delete globals["Office"];
    vi.resetModules();
  });

  it("follow Office's display language once Office is ready", async () => {
    vi.resetModules();
    globals["Office"] = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve({});
      },
      context: { displayLanguage: "zh-CN" },
    };
    const f = await import("../../src/functions/functions");
    const e = thrown(() => f.ltv([[1]], [[2]], [[0]]));
    expect((e as FakeError).message).toBe("retention_rate 必须在 0 到 1 之间，当前为 2");
    delete globals["Office"];
    vi.resetModules();
  });
});

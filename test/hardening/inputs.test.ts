import { beforeAll, describe, expect, it } from "vitest";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  planCells,
  simulateCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import { EcoError } from "../../src/functions/errors";
import { setLanguage } from "../../src/functions/messages";
import type { Language } from "../../src/model/language";
import type { OutCell } from "../../src/functions/run";
import { StubError } from "../bundle/sandbox";
import { bundle, type Bundle } from "./bundle";
import { BAD_INPUTS, says, type BadInput, type FunctionId } from "./cases";

const CELLS: Readonly<Record<FunctionId, (...args: unknown[]) => OutCell[][]>> = {
  DATA_ASSET_VALUE: dataAssetValueCells,
  USER_ASSET_VALUE: userAssetValueCells,
  ECOSYSTEM_REVENUE: ecosystemRevenueCells,
  LTV: ltvCells,
  PLAN: planCells,
  SIMULATE: simulateCells,
};

const CJK = /[\u4e00-\u9fff]/;
const LANGS: readonly Language[] = ["en-US", "zh-CN"];
const words = (c: BadInput, lang: Language): readonly string[] =>
  lang === "zh-CN" ? c.says.zh : c.says.en;

const ROWS = LANGS.flatMap((lang) =>
  BAD_INPUTS.map((c) => ({ ...c, lang, label: `[${lang}] ${c.name} → ${c.code}` }))
);

describe("bad inputs (MODEL.md §3)", () => {
  it(`has at least 200 distinct cases (${BAD_INPUTS.length}), each with a unique name`, () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  it.each(ROWS)("$label", (c) => {
    setLanguage(c.lang);
    try {
      const out = CELLS[c.fn](...c.args);
      const [rows, cols] = c.shape ?? [1, 1];
      expect(out.map((r) => r.length)).toEqual(Array<number>(rows).fill(cols));
      const [i, j] = c.at ?? [0, 0];
      const cell = out[i]?.[j];
      expect(cell).toBeInstanceOf(EcoError);
      const e = cell as EcoError;
      expect(e.code).toBe(c.code);
      for (const w of words(c, c.lang)) expect(e.message).toContain(w);
      // Chinese messages must be Chinese wherever the expected words are (see BUG 6 for passed-in errors).
      if (c.lang === "zh-CN" && c.says.zh.some((w) => CJK.test(w))) expect(e.message).toMatch(CJK);
      for (const [r, k] of c.ok ?? [])
        expect(typeof out[r]?.[k], `cell ${r},${k} should still compute`).toMatch(/number|string/);
    } finally {
      setLanguage("en-US");
    }
  });
});

// A sample through the built bundle: the boundary (excel.ts) must turn each EcoError into a
// CustomFunctions.Error — thrown for a 1×1 result, in its cell for an array — in both languages.
describe("bad inputs through the built bundle (dist/functions.js)", () => {
  const bundles = new Map<Language, Bundle>();
  beforeAll(() => {
    for (const lang of LANGS) bundles.set(lang, bundle(lang));
  });
  // Every 6th case: a spread over functions, arguments and kinds, plus every array-shaped case.
  const SAMPLE = BAD_INPUTS.filter((c, k) => k % 6 === 0 || c.shape !== undefined);
  const SAMPLE_ROWS = LANGS.flatMap((lang) =>
    SAMPLE.map((c) => ({ ...c, lang, label: `[${lang}] ${c.name}` }))
  );

  it(`samples ${SAMPLE.length} cases`, () => expect(SAMPLE.length).toBeGreaterThan(40));

  it.each(SAMPLE_ROWS)("$label", (c) => {
    const b = bundles.get(c.lang);
    if (!b) throw new Error("bundle not loaded");
    const result = b.call(c.fn, c.args);
    let error: unknown;
    if (c.shape === undefined) {
      // 1×1: thrown, so Excel shows the message in the cell's tooltip.
      expect(result).toBeInstanceOf(StubError);
      error = result;
    } else {
      expect(Array.isArray(result)).toBe(true);
      const grid = result as unknown[][];
      const [i, j] = c.at ?? [0, 0];
      error = grid[i]?.[j];
      for (const [r, k] of c.ok ?? []) expect(grid[r]?.[k]).not.toBeInstanceOf(StubError);
    }
    expect(error).toBeInstanceOf(StubError);
    const e = error as StubError;
    expect(e.code).toBe(c.code);
    for (const w of words(c, c.lang)) expect(e.message).toContain(w);
  });
});

// Regressions: bugs this suite found in the functions (each fixed; each test failed before its fix).
describe("fixed bugs stay fixed", () => {
  it("BUG 1: ECOSYSTEM_REVENUE breakdown with fleet 1e306 gives #NUM! (overflow) in the overflowing rows, not #DIV/0!", () => {
    const t = ecosystemRevenueCells(1e306, "breakdown");
    const cell = t[0]?.[1];
    expect(cell).toBeInstanceOf(EcoError);
    expect((cell as EcoError).code).toBe("#NUM!");
    expect((cell as EcoError).message).toContain("too large");
  });

  it("BUG 2: a 200,000-row fleet column (e.g. A1:A200000) computes instead of an internal error", () => {
    const fleet = Array.from({ length: 200_000 }, (_, i) => [i]);
    const out = dataAssetValueCells(fleet);
    expect(out).toHaveLength(200_000);
    expect(out[199_999]?.[0]).toBeCloseTo(199_999 * 765, 3);
  });

  it("BUG 3: the #N/A of a size clash names the shorter argument (MODEL.md §3: messages name the argument)", () => {
    const out = dataAssetValueCells([[1], [2], [3]], [["low"], ["high"]]);
    const e = out[2]?.[0] as EcoError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain(says.noPartner(3, 1).en[0] ?? "");
    expect(e.message).toContain("scenario");
  });

  it("BUG 4: an error passed in with its own message still names the argument", () => {
    const e = dataAssetValueCells({ code: "#N/A", message: "lookup failed" })[0]?.[0] as EcoError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("fleet");
  });

  it("BUG 6: in Chinese, the message of an error passed in is Chinese (it is 'fleet:#DIV/0!')", () => {
    setLanguage("zh-CN");
    try {
      const e = dataAssetValueCells({ code: "#DIV/0!" })[0]?.[0] as EcoError;
      expect(e.message).toContain("fleet");
      expect(e.message).toMatch(CJK);
    } finally {
      setLanguage("en-US");
    }
  });

  it("BUG 7: an Excel error the functions don't list (#SPILL!, #CALC!, #BUSY!) passed in is named, not shown as [object Object]", () => {
    const e = dataAssetValueCells({ code: "#SPILL!" })[0]?.[0] as EcoError;
    expect(e.message).toContain("fleet");
    expect(e.message).not.toContain("[object Object]");
  });

  it("BUG 5: fleet = [[]] (an empty matrix) is 'fleet is required', like [] and [[null]]", () => {
    const e = dataAssetValueCells([[]])[0]?.[0] as EcoError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("fleet is required");
  });
});

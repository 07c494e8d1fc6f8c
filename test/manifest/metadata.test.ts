import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFINITIONS } from "../../src/functions/definitions";
import type { ArgSpec } from "../../src/functions/spec";
import {
  DIST,
  loadBundle,
  readMetadata,
  type FunctionMetadata,
  type Registered,
} from "../bundle/sandbox";

// dist/functions.json (generated from the JSDoc) and dist/functions.zh-CN.json (written by
// scripts/webpack/localized-metadata-plugin.js) must describe the same functions, and both must
// match the code: the functions the built bundle registers and the argument specs in definitions.ts.
const CJK = /[\u4e00-\u9fff]/;
/** Custom-functions naming rule (learn.microsoft.com "Custom functions naming and localization"): a
 * name uses Unicode letters, underscores and periods, starts with a letter and has ≥ 3 characters. */
const FUNCTION_NAME = /^\p{L}[\p{L}_.]{2,}$/u;
const FUNCTION_ID = /^[A-Z][A-Z0-9_.]{2,}$/;

let en: FunctionMetadata[];
let zh: FunctionMetadata[];
let registered: Registered;
beforeAll(() => {
  en = readMetadata("functions.json").functions;
  zh = readMetadata("functions.zh-CN.json").functions;
  registered = loadBundle();
});

/** The zh-CN help link is the same page, opened in Chinese. */
const helpPage = (url: string | undefined): string | undefined => url?.replace("?lang=zh-CN#", "#");

const shape = (f: FunctionMetadata) => ({
  id: f.id,
  name: f.name,
  helpUrl: helpPage(f.helpUrl),
  result: f.result,
  parameters: f.parameters.map((p) => ({
    type: p.type,
    dimensionality: p.dimensionality,
    optional: p.optional ?? false,
  })),
});

const isOptional = (s: ArgSpec): boolean => s.kind !== "number" || !s.required;

describe("functions.json and functions.zh-CN.json", () => {
  it("declare the same function ids in the same order", () => {
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
    expect(en.length).toBe(6);
  });

  it("declare the same parameters (count, order, type, dimensionality, optional), result and helpUrl", () => {
    expect(zh.map(shape)).toEqual(en.map(shape));
    for (const f of zh) expect(f.helpUrl).toMatch(/help\.html\?lang=zh-CN#/);
    for (const f of en) expect(f.helpUrl).not.toMatch(/lang=/);
  });

  it("match the functions the built bundle registers, with the same number of arguments", () => {
    expect([...registered.keys()].sort()).toEqual(en.map((f) => f.id).sort());
    for (const f of en) expect(registered.get(f.id)?.length, f.id).toBe(f.parameters.length);
  });

  it("match the argument specs in src/functions/definitions.ts (names, order, which are optional)", () => {
    expect(en.map((f) => f.id).sort()).toEqual(Object.keys(DEFINITIONS).sort());
    for (const f of en) {
      const specs =
        (DEFINITIONS as Record<string, { specs: readonly ArgSpec[] }>)[f.id]?.specs ?? [];
      expect(
        f.parameters.map((p) => p.name),
        f.id
      ).toEqual(specs.map((s) => s.name));
      expect(
        f.parameters.map((p) => p.optional ?? false),
        f.id
      ).toEqual(specs.map(isOptional));
    }
  });

  it("use ids and English names that follow the naming rule", () => {
    for (const f of en) {
      expect(f.id).toMatch(FUNCTION_ID);
      expect(f.name).toBe(f.id);
    }
  });

  it("keep every function's name identical in both languages: the id, as Chinese Excel keeps SUM (office-js #891)", () => {
    expect(zh.map((f) => [f.id, f.name])).toEqual(en.map((f) => [f.id, f.id]));
    for (const f of zh) {
      expect(f.name, f.id).toMatch(FUNCTION_NAME);
      expect(f.name, f.id).not.toMatch(CJK);
    }
    expect(zh.map((f) => f.name)).toEqual([
      "DATA_ASSET_VALUE",
      "USER_ASSET_VALUE",
      "ECOSYSTEM_REVENUE",
      "LTV",
      "PLAN",
      "SIMULATE",
    ]);
  });

  it("write every formula in a Chinese description with the English function names", () => {
    const ids = new Set(en.map((f) => f.id));
    for (const f of zh) {
      for (const m of f.description.matchAll(/=ECO\.([^(\s]+)\(/gu))
        expect(ids, f.id).toContain(m[1]);
    }
    expect(zh.some((f) => f.description.includes("=ECO."))).toBe(true);
  });

  it("give every function and parameter a Chinese description (and a Chinese parameter label)", () => {
    for (const f of zh) {
      expect(f.description, f.id).toMatch(CJK);
      for (const p of f.parameters) {
        expect(p.description ?? "", `${f.id}.${p.name}`).toMatch(CJK);
        expect(p.name, `${f.id} parameter`).toMatch(CJK);
      }
      expect(new Set(f.parameters.map((p) => p.name)).size, f.id).toBe(f.parameters.length);
    }
  });

  it("keep the English descriptions English (no stray translation)", () => {
    for (const f of en)
      expect(f.description.startsWith("=") || /^[A-Za-z"]/.test(f.description), f.id).toBe(true);
  });
});

// Excel refuses a whole call when one cell of an argument holds an error unless the metadata
// says allowErrorForDataTypeAny (a top-level property: it lets every parameter typed "any" take
// errors; learn.microsoft.com "Manually create JSON metadata for custom functions", and "Input
// errors" in "Handle and return errors"). Without it, the per-cell pass-through of MODEL.md §3
// never runs in Excel. The JSDoc cannot say it, so the build adds it (scripts/webpack/metadata-options.js).
describe("errors passed in reach the functions (allowErrorForDataTypeAny)", () => {
  const raw = (
    file: string
  ): { allowErrorForDataTypeAny?: unknown; functions: FunctionMetadata[] } =>
    JSON.parse(readFileSync(join(DIST, file), "utf8")) as {
      allowErrorForDataTypeAny?: unknown;
      functions: FunctionMetadata[];
    };

  it.each(["functions.json", "functions.zh-CN.json"])("%s sets it to true", (file) => {
    expect(raw(file).allowErrorForDataTypeAny).toBe(true);
  });

  it("every parameter is typed any, so the flag covers each one", () => {
    for (const file of ["functions.json", "functions.zh-CN.json"])
      for (const f of raw(file).functions)
        for (const p of f.parameters) expect(p.type, `${file} ${f.id}.${p.name}`).toBe("any");
  });

  it("the build refuses a parameter the flag would not cover (typed number)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { withFileOptions } = require("../../scripts/webpack/metadata-options.js") as {
      withFileOptions: (m: unknown) => unknown;
    };
    const typed = structuredClone(raw("functions.json"));
    typed.functions[0]!.parameters[0]!.type = "number";
    expect(() => withFileOptions(typed)).toThrow(/DATA_ASSET_VALUE\.fleet is not/);
  });
});

describe("the localization step (scripts/webpack/localized-metadata-plugin.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { localize } = require("../../scripts/webpack/localized-metadata-plugin.js") as {
    localize: (metadata: unknown, translations: unknown) => { functions: FunctionMetadata[] };
  };
  const translations = JSON.parse(
    readFileSync(join(__dirname, "../../src/functions/metadata.zh-CN.json"), "utf8")
  ) as { functions: Record<string, { name?: string }> };

  it("reproduces dist/functions.zh-CN.json from dist/functions.json", () => {
    const built = localize({ functions: en }, translations).functions;
    expect(built.map((f) => [f.id, f.name, f.description])).toEqual(
      zh.map((f) => [f.id, f.name, f.description])
    );
  });

  it("refuses a translation that renames a function", () => {
    const renamed = structuredClone(translations);
    renamed.functions["LTV"]!.name = "生命周期价值";
    expect(() => localize({ functions: en }, renamed)).toThrow(/LTV: function names stay "LTV"/);
  });
});

/**
 * ECO function cells: the evaluator calls the add-in's own implementation with the arguments
 * Excel passes, and caches what Excel would show. The evaluator stays out of the add-in's bundles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ERROR_CODES, EcoError } from "../../../src/functions/errors";
import { toExcelError } from "../../../src/functions/excel";
import { excelArgument, shownError } from "../../../src/workbook/calc/eco";
import {
  evaluateSheets,
  WORKBOOK_FUNCTIONS,
  type SheetCells,
} from "../../../src/workbook/calc/workbook";
import { ERR, Matrix } from "../../../src/workbook/calc/values";
import {
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  planCase,
  planResults,
  simulate,
  type PlanSettings,
} from "../../../src/model";
import { EDITIONS, resolveLayout } from "../../../src/workbook";
import { evaluateWorkbook } from "../../../src/workbook/calc/workbook";
import { buildAddressBook } from "../../../src/workbook/layout/addresses";
import { PLAN_TEXT } from "../../../src/model/words";

const ROOT = resolve(__dirname, "../../..");

function eco(formula: string, extra: SheetCells["cells"] = []): unknown {
  const sheet: SheetCells = { name: "S", cells: [{ address: "A1", formula }, ...extra] };
  return evaluateSheets([sheet], WORKBOOK_FUNCTIONS).values.get("S")?.get("A1");
}

describe("ECO function cells", () => {
  it("cache the add-in's results for the seed's examples", () => {
    // MODEL.md §2 / the functions' docs: 10万 vehicles → 7,650万; 1,000,000 users → 80亿; 50万 → 22.5亿.
    expect(eco("ECO.DATA_ASSET_VALUE(100000)")).toBe(76_500_000);
    expect(eco('ECO.USER_ASSET_VALUE(1000000,0.8,20000,0.5,"亿")')).toBe(80);
    expect(eco("ECO.ECOSYSTEM_REVENUE(B1)", [{ address: "B1", value: 500_000 }])).toBe(
      2_250_000_000
    );
    expect(
      eco('ECO.DATA_ASSET_VALUE(100000,"中","全部",,B1:B4)', [
        { address: "B1", value: 150 },
        { address: "B2", value: 500 },
        { address: "B3", value: 200 },
        { address: "B4", value: 100 },
      ])
    ).toBe(100_000 * (150 + 500 * (9 / 65) + 200 + 100));
  });

  it("cache the error Excel shows for a bad argument", () => {
    expect(eco("ECO.USER_ASSET_VALUE(-1,0.5,100,0.5)")).toEqual({ error: "#VALUE!" });
    expect(eco("ECO.DATA_ASSET_VALUE(1E+308,,,,{1E+20,0,0,0})")).toEqual({ error: "#NUM!" });
    expect(eco('ECO.DATA_ASSET_VALUE("many")')).toEqual({ error: "#VALUE!" });
    expect(eco("ECO.DATA_ASSET_VALUE(1/0)")).toEqual({ error: "#DIV/0!" });
    expect(eco("ECO.DATA_ASSET_VALUE(#NAME?)")).toEqual({ error: "#VALUE!" });
  });

  it("refuse a formula that spills, and an argument count the function does not take", () => {
    expect(() => eco('ECO.ECOSYSTEM_REVENUE(100,"breakdown")')).toThrow(/one cell per ECO formula/);
    expect(() => eco("ECO.USER_ASSET_VALUE(1,1,1)")).toThrow(/takes 4–5 arguments/);
    expect(() => eco("ECO.NOPE(1)")).toThrow(/ECO.NOPE is not implemented/);
  });

  it("pass arguments as Excel does: 2-D arrays, null for left out and empty, errors as error objects", () => {
    expect(excelArgument(undefined)).toBeNull();
    expect(excelArgument(5)).toEqual([[5]]);
    expect(excelArgument(new Matrix(2, 1, [null, ERR.na]))).toEqual([
      [null],
      [{ code: "#N/A", message: "" }],
    ]);
  });

  describe("error codes", () => {
    const g = globalThis as { CustomFunctions?: unknown };
    afterEach(() => delete g.CustomFunctions);
    it("map as the add-in's own boundary maps them (src/functions/excel.ts)", () => {
      const ErrorCode = {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
      };
      const ErrorClass = class {
        constructor(readonly code: string) {}
      };
      g.CustomFunctions = { ErrorCode, Error: ErrorClass };
      for (const code of ERROR_CODES) {
        const e = new EcoError(code, "m");
        expect(shownError(e).code, code).toBe(
          (
            toExcelError(e, ErrorClass as unknown as typeof CustomFunctions.Error) as unknown as {
              code: string;
            }
          ).code
        );
      }
    });
  });
});

/** Files a module imports, followed through relative imports. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:import|export)[^"']*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g
    )) {
      const spec = m[1] ?? m[2] ?? "";
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, "index.ts"), base].find((p) => {
        try {
          return readFileSync(p) !== undefined;
        } catch {
          return false;
        }
      });
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe("the add-in's bundles", () => {
  const entries = ["src/taskpane/index.ts", "src/functions/functions.ts", "src/help/help.ts"];

  it.each(entries)("%s does not import the formula evaluator", (entry) => {
    const files = [...importGraph(join(ROOT, entry))].map((f) => f.slice(ROOT.length + 1));
    if (entry === "src/taskpane/index.ts") {
      // The pane reaches the workbook's contract (types and paths), never its layout: it reads
      // the contract the build wrote beside each template.
      expect(files).toContain("src/workbook/contract.ts");
      expect(files.filter((f) => f.startsWith("src/workbook/layout/"))).toEqual([]);
    }
    expect(
      files.filter((f) => f.startsWith("src/workbook/calc/") || f === "src/workbook/generate.ts")
    ).toEqual([]);
  });

  it("built bundles hold none of the evaluator's code", () => {
    const bundles = readdirSync(join(ROOT, "dist")).filter((f) => f.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    for (const b of bundles) {
      const text = readFileSync(join(ROOT, "dist", b), "utf8");
      expect(text.includes("formula evaluator:"), b).toBe(false);
      expect(text.includes("outside SUMPRODUCT"), b).toBe(false);
    }
  });
});

describe.each(EDITIONS)("the %s ECO functions sheet's PLAN and SIMULATE cells", (edition) => {
  const text = (t: { zh: string; en: string }): string => (edition === "zh-CN" ? t.zh : t.en);
  const book = buildAddressBook();
  const row = (key: string): number => {
    const place = book.rows.get(`addin.${key}`);
    if (!place) throw new Error(`no addin.${key}`);
    return place.row;
  };

  it.each([
    ["the default inputs", DEFAULT_PLAN_SETTINGS],
    ["another fleet and scenario", { ...DEFAULT_PLAN_SETTINGS, fleet: 250_000, scenario: "high" }],
  ] as const)(
    "cache the add-in model's own results at %s: planResults() and simulate()",
    (_, settings: PlanSettings) => {
      const layout = resolveLayout(edition, settings);
      const sheet = layout.sheets.find((s) => s.key === "addin");
      if (!sheet) throw new Error("no ECO functions sheet");
      const values = evaluateWorkbook(layout).values.get(sheet.name);
      const c = planCase(settings, DEFAULT_PLAN_ASSUMPTIONS);
      const r = planResults(c);
      const sim = simulate(c, 1000);
      const payback =
        r.paybackYear === "n/a"
          ? text(PLAN_TEXT.notApplicable)
          : r.paybackYear === "notWithinPlan"
            ? text(PLAN_TEXT.notRecovered)
            : r.paybackYear;
      const expected: [string, RegExp, number | string][] = [
        ["planNpv", /^ECO\.PLAN\(/, r.npv],
        ["planNpvInc", /^ECO\.PLAN\(/, r.npvIncremental],
        ["planPayback", /^ECO\.PLAN\(/, payback],
        ["simP50", /^ECO\.SIMULATE\(/, sim.npvP50],
        ["simProbD", /^ECO\.SIMULATE\(/, sim.probD],
      ];
      const formulaAt = (address: string): string | undefined =>
        sheet.cells.find((x) => x.address === address)?.formula;
      for (const [key, call, value] of expected) {
        const n = row(key);
        expect(formulaAt(`D${n}`), key).toMatch(call);
        // The ECO cell is the model's own number; the native cell agrees to the checks' 1e-9.
        expect(values?.get(`D${n}`), key).toBe(value);
        const native = values?.get(`C${n}`);
        if (typeof value === "number" && typeof native === "number")
          expect(Math.abs(native - value), key).toBeLessThanOrEqual(1e-9 * Math.abs(value));
        else expect(native, key).toBe(value);
        expect(values?.get(`E${n}`), key).toBe(text({ zh: "一致", en: "OK" }));
      }
    }
  );
});

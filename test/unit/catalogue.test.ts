/**
 * The catalogue of the plan's inputs (src/model/plan/catalogue.ts, issue 23) is the one source of
 * ECO.PLAN's and ECO.SIMULATE's arguments: their order, specs, Excel's argument help in both
 * languages (the JSDoc of src/functions/functions.ts, which the metadata plugin reads, and
 * src/functions/metadata.zh-CN.json) must say what the catalogue says.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PLAN_SETTINGS,
  DRIVERS,
  PLAN_INPUTS,
  PLAN_INPUT_ARGUMENTS,
  type PlanInput,
} from "../../src/model";
import { PLAN_ARGUMENTS, SIMULATE_ARGUMENTS } from "../../src/functions/plan";
import { PLAN_INPUT_SPECS } from "../../src/functions/planArguments";
import { DEFINITIONS } from "../../src/functions/definitions";
import type { ArgSpec } from "../../src/functions/spec";

const root = resolve(__dirname, "../..");
const source = readFileSync(resolve(root, "src/functions/functions.ts"), "utf8");
const zh = JSON.parse(readFileSync(resolve(root, "src/functions/metadata.zh-CN.json"), "utf8")) as {
  functions: Record<string, { parameters: { name: string; label: string; description: string }[] }>;
};
const rows = PLAN_INPUTS as Readonly<Record<string, PlanInput>>;

/** One custom function's JSDoc @params, its parameter list and what it passes on, from the source. */
function declared(id: string): {
  params: { name: string; doc: string }[];
  signature: string[];
  passed: string[];
} {
  const start = source.indexOf(` * @customfunction ${id}\n`);
  const end = source.indexOf("\n}\n", start);
  const block = source.slice(start, end);
  const params = [...block.matchAll(/^ \* @param \[?(\w+)\]? (.*)$/gm)].map((m) => ({
    name: m[1]!,
    doc: m[2]!,
  }));
  const sig = /export function \w+\(([^)]*)\)/.exec(block)![1]!;
  const signature = [...sig.matchAll(/(\w+)\??: unknown\[\]\[\]/g)].map((m) => m[1]!);
  const list = /limited\(DEFINITIONS\.\w+, \[([^\]]*)\]\)/.exec(block)![1]!;
  const passed = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return { params, signature, passed };
}

describe("the catalogue of the plan's inputs", () => {
  it("one row per input: settings keys and workbook names unique, every settings field catalogued", () => {
    const keys = PLAN_INPUT_ARGUMENTS.map((a) => rows[a]!.settingsKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(DEFAULT_PLAN_SETTINGS).sort());
    const names = PLAN_INPUT_ARGUMENTS.map((a) => rows[a]!.workbookName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^In_[A-Za-z]+$/);
  });

  it("holds §11's new inputs under MODEL.md's names and shapes", () => {
    const byName = new Map<string, PlanInput>(
      PLAN_INPUT_ARGUMENTS.map((a) => [rows[a]!.workbookName, rows[a]!])
    );
    for (const name of [
      "In_ResultToday",
      "In_ResultTargetSQ",
      "In_Margin",
      "In_UsedCarRate",
      "In_Correlation",
      "In_TerminalGrowth",
    ])
      expect(byName.get(name)?.spec.kind, name).toBe("number");
    expect(byName.get("In_DataPrices")?.spec).toMatchObject({ kind: "list", rows: 4, cols: 3 });
    expect(byName.get("In_StreamRevenue")?.spec).toMatchObject({ kind: "list", rows: 5, cols: 1 });
    expect(byName.get("In_ServiceCost")?.spec).toMatchObject({ override: true });
    expect(byName.get("In_NetworkCost")?.spec).toMatchObject({ override: true });
  });

  it("every row has a unit, a source, a label and a doc in both languages; every driver moves an input", () => {
    for (const a of PLAN_INPUT_ARGUMENTS) {
      const row = rows[a]!;
      for (const text of [row.unit, row.label, row.doc]) {
        expect(text.zh.trim(), a).not.toBe("");
        expect(text.en.trim(), a).not.toBe("");
      }
      // The words differ by language (a unit such as 元 may not).
      for (const text of [row.label, row.doc]) expect(text.zh, a).not.toBe(text.en);
      expect(row.source, a).toMatch(/^(S\d+(–S\d+)?|analyst)$/);
      if (row.driver !== null) expect(DRIVERS, a).toContain(row.driver);
    }
    const moved = new Set(PLAN_INPUT_ARGUMENTS.map((a) => rows[a]!.driver));
    for (const d of DRIVERS) expect(moved.has(d), d).toBe(true);
  });
});

describe("ECO.PLAN and ECO.SIMULATE follow the catalogue", () => {
  for (const [id, order] of [
    ["PLAN", PLAN_ARGUMENTS],
    ["SIMULATE", SIMULATE_ARGUMENTS],
  ] as const) {
    it(`${id}: every input the catalogue gives it, once, in the order of its specs, the appended after unit`, () => {
      const takes = PLAN_INPUT_ARGUMENTS.filter((a) =>
        (rows[a]!.functions as readonly string[]).includes(id)
      );
      expect(order.filter((a) => a in PLAN_INPUTS).sort()).toEqual([...takes].sort());
      expect(new Set(order).size).toBe(order.length);
      expect(DEFINITIONS[id].specs.map((s) => s.name)).toEqual([...order]);
      // §11.10: the fourth edition's arguments come after unit, so saved formulas keep working.
      const unit = order.indexOf("unit");
      expect(order.slice(unit + 1).every((a) => a !== "fleet" && a in PLAN_INPUTS)).toBe(true);
    });

    it(`${id}: the JSDoc, the parameters and the arguments passed on are the specs' order; each doc is the catalogue's`, () => {
      const d = declared(id);
      expect(d.params.map((p) => p.name)).toEqual([...order]);
      expect(d.signature).toEqual([...order]);
      expect(d.passed).toEqual([...order]);
      for (const p of d.params) if (rows[p.name]) expect(p.doc, p.name).toBe(rows[p.name]!.doc.en);
    });

    it(`${id}: the Chinese metadata's labels and descriptions are the catalogue's`, () => {
      const params = zh.functions[id]!.parameters;
      expect(params.map((p) => p.name)).toEqual([...order]);
      for (const p of params)
        if (rows[p.name]) {
          expect(p.label, p.name).toBe(rows[p.name]!.label.zh);
          expect(p.description, p.name).toBe(rows[p.name]!.doc.zh);
        }
    });
  }

  it("the functions' defaults and ranges are the catalogue's (an override's default: the story's value)", () => {
    for (const [name, spec] of Object.entries(PLAN_INPUT_SPECS) as [string, ArgSpec][]) {
      const row = rows[name]!;
      expect(spec.name).toBe(name);
      if (spec.kind === "number" && row.spec.kind === "number") {
        expect(spec.min, name).toBe(row.spec.min);
        expect(spec.max, name).toBe(row.spec.max);
        if (!("required" in row.spec && row.spec.required))
          expect(spec.default, name).toBe(
            row.functionDefault ?? DEFAULT_PLAN_SETTINGS[row.settingsKey]
          );
      }
      if (spec.kind === "list" && row.spec.kind === "list")
        expect([spec.rows, spec.cols, spec.min, spec.max], name).toEqual([
          row.spec.rows,
          row.spec.cols,
          row.spec.min,
          row.spec.max,
        ]);
    }
    expect(PLAN_INPUT_SPECS.service_cost.default).toBe(800);
    expect(PLAN_INPUT_SPECS.network_cost.default).toBe(20_000_000);
    expect(PLAN_INPUT_SPECS.used_car_rate.default).toBeCloseTo(9 / 65, 15);
    expect(PLAN_INPUT_SPECS.correlation).toMatchObject({ min: 0, max: 1, default: 0.5 });
  });
});

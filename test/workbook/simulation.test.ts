/**
 * The simulation sheet (MODEL.md §9, issue 16) against the TypeScript model and LibreOffice: both
 * editions at several input sets are generated, recalculated by LibreOffice (an engine we did not
 * write), and every simulation output must equal the model's simulate() to 1e-9 (probabilities
 * exactly), cached and recalculated, with Check_All TRUE. Structural tests: the same formula in
 * every trial row of a column, u from the primes' row, no volatile functions.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_PLAN_ASSUMPTIONS,
  DEFAULT_PLAN_SETTINGS,
  DRIVER_PRIMES,
  planCase,
  presetSettings,
  simulate,
  type PlanSettings,
  type SimulationSummary,
} from "../../src/model";
import { shapeOf } from "../../src/workbook/calc/formulaShapes";
import { EDITIONS, resolveLayout, type Edition } from "../../src/workbook";
import { workbookBuffer } from "../../src/workbook/generate";
import type { ResolvedWorkbook } from "../../src/workbook/layout/resolved";
import { LAST_TRIAL_ROW, paramRow, SIM_GEOMETRY } from "../../src/workbook/layout/simulation";
import { relativeError } from "./expected";
import { recalculate } from "./libreoffice";
import { readValues, valueAt, type SheetValues } from "./xlsxValues";

const at = (s: Partial<PlanSettings>): PlanSettings => ({ ...DEFAULT_PLAN_SETTINGS, ...s });

const INPUT_SETS: readonly { readonly id: string; readonly settings: PlanSettings }[] = [
  // In_Scenario must not move the simulation: the story at the high case.
  { id: "story-high", settings: at({ scenario: "high" }) },
  { id: "mature", settings: presetSettings({ preset: "mature", scenario: "mid" }) },
  {
    id: "costs-wide-degenerate",
    settings: at({
      fleet: 200_000,
      ecoOpex: 100_000_000,
      capex: [300_000_000, 200_000_000, 0, 0, 0, 0],
      caseFactors: {
        ...DEFAULT_PLAN_SETTINGS.caseFactors,
        targetFleet: [0.5, 1.5],
        discountRate: [1, 1],
      },
    }),
  },
];

const OUTPUTS: readonly [string, keyof SimulationSummary][] = [
  ["Out_NPV_P10", "npvP10"],
  ["Out_NPV_P50", "npvP50"],
  ["Out_NPV_P90", "npvP90"],
  ["Out_Prob_D", "probD"],
  ["Out_Prob_IncrementalPositive", "probIncrementalPositive"],
];

interface Run {
  readonly edition: Edition;
  readonly id: string;
  readonly layout: ResolvedWorkbook;
  readonly model: SimulationSummary;
  cached?: Map<string, SheetValues>;
  lo?: Map<string, SheetValues>;
}

const runs: Run[] = EDITIONS.flatMap((edition) =>
  INPUT_SETS.map(({ id, settings }) => ({
    edition,
    id,
    layout: resolveLayout(edition, settings),
    model: simulate(planCase(settings, DEFAULT_PLAN_ASSUMPTIONS)),
  }))
);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-sim-"));
  mkdirSync(join(dir, "in"));
  const files: string[] = [];
  for (const r of runs) {
    const path = join(dir, "in", `${r.edition}-${r.id}.xlsx`);
    writeFileSync(path, await workbookBuffer(r.layout, { charts: false }));
    files.push(path);
  }
  // One LibreOffice run per edition keeps each run well inside its time limit on a busy machine.
  const outputs: string[] = [];
  for (const edition of EDITIONS) {
    const mine = files.filter((_, i) => runs[i]?.edition === edition);
    outputs.push(...(await recalculate(mine, join(dir, `out-${edition}`))));
  }
  for (const [i, r] of runs.entries()) {
    r.cached = await readValues(files[i] ?? "");
    r.lo = await readValues(outputs[i] ?? "");
  }
}, 900_000);

function named(r: Run, values: Map<string, SheetValues> | undefined, name: string): unknown {
  const n = r.layout.names.find((x) => x.name === name);
  if (!n || !values) throw new Error(`no ${name}`);
  return valueAt(values, n.sheet, n.address);
}

describe.each(runs.map((r) => [`${r.edition} ${r.id}`, r] as const))("simulation, %s", (_, r) => {
  it.each(OUTPUTS)(
    "%s equals the model's simulate(), cached and recalculated by LibreOffice",
    (name, key) => {
      const expected = r.model[key];
      for (const values of [r.cached, r.lo]) {
        const v = named(r, values, name);
        expect(typeof v).toBe("number");
        if (key.startsWith("prob")) expect(v).toBe(expected);
        else expect(relativeError(v as number, expected)).toBeLessThanOrEqual(1e-9);
      }
    }
  );

  it("Check_All is TRUE in LibreOffice's recalculation", () => {
    expect(named(r, r.lo, "Check_All")).toBe(true);
    expect(named(r, r.cached, "Check_All")).toBe(true);
  });
});

describe("the simulation sheet's formulas", () => {
  const layout = resolveLayout("en-US");
  const sim = layout.sheets.find((s) => s.key === "sim");
  if (!sim) throw new Error("no simulation sheet");
  const byAddress = new Map(sim.cells.map((c) => [c.address, c]));
  const columns = [
    ...new Set(
      sim.cells
        .filter(
          (c) =>
            /\d+$/.test(c.address) &&
            Number(/\d+$/.exec(c.address)?.[0]) === SIM_GEOMETRY.firstTrial
        )
        .map((c) => c.address.replace(/\d+$/, ""))
    ),
  ];

  it("has 1,000 trial rows, each column holding one formula copied down", () => {
    expect(columns.length).toBeGreaterThanOrEqual(1 + 11 + 11 + 18);
    for (const col of columns) {
      const first = byAddress.get(`${col}${SIM_GEOMETRY.firstTrial}`);
      expect(first?.formula, col).toBeDefined();
      const key = shapeOf(first?.formula ?? "", SIM_GEOMETRY.firstTrial).key;
      for (let r = SIM_GEOMETRY.firstTrial; r <= LAST_TRIAL_ROW; r++)
        expect(shapeOf(byAddress.get(`${col}${r}`)?.formula ?? "", r).key, `${col}${r}`).toBe(key);
    }
    expect(LAST_TRIAL_ROW - SIM_GEOMETRY.firstTrial + 1).toBe(1000);
  });

  it("computes u as MOD(i*SQRT(q),1) with q read from the primes' row, not typed into formulas", () => {
    SIM_GEOMETRY.uColumns.forEach((col, j) => {
      expect(byAddress.get(`${col}${paramRow("q")}`)?.value).toBe(DRIVER_PRIMES[j]);
      const f = byAddress.get(`${col}${SIM_GEOMETRY.firstTrial}`)?.formula ?? "";
      expect(f).toBe(`MOD($A${SIM_GEOMETRY.firstTrial}*SQRT(${col}$${paramRow("q")}),1)`);
    });
  });

  it("uses native, non-volatile functions only", () => {
    for (const s of layout.sheets)
      for (const c of s.cells)
        expect(c.formula ?? "", `${s.name}!${c.address}`).not.toMatch(
          /\b(RAND|RANDBETWEEN|RANDARRAY|NOW|TODAY|OFFSET|INDIRECT|TABLE)\(/i
        );
  });
});

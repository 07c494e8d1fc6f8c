/**
 * The simulation sheet (MODEL.md §9, §11.4, issues 16 and 25) against the TypeScript model and
 * LibreOffice: both editions at three input sets are generated, and each file is also given
 * In_Correlation 0 and 1 by typing into the cell (editCells.ts, as a user would); every file is
 * recalculated by LibreOffice (an engine we did not write), and every simulation output must equal
 * the model's simulate() at that ρ to 1e-9 (probabilities exactly), with Check_All TRUE; the
 * generated file's cached values too (ρ = 0.5, the default). Structural tests: the same formula in
 * every trial row of a column, the draws from the primes' row, at most 20,000 formula cells, no
 * volatile functions.
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
import {
  LAST_TRIAL_ROW,
  paramRow,
  SIM_GEOMETRY,
  SIM_OUTPUT_KEYS,
  summaryRow,
} from "../../src/workbook/layout/simulation";
import { withCellValues } from "./editCells";
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
  ["Out_NPVIncremental_P10", "npvIncrementalP10"],
  ["Out_NPVIncremental_P50", "npvIncrementalP50"],
  ["Out_NPVIncremental_P90", "npvIncrementalP90"],
  ["Out_NPV_Mean", "npvMean"],
];

/** ρ: the default (generated) and the two ends (typed into In_Correlation). */
const CORRELATIONS = [0.5, 0, 1] as const;

interface Run {
  readonly edition: Edition;
  readonly id: string;
  readonly correlation: number;
  readonly layout: ResolvedWorkbook;
  readonly model: SimulationSummary;
  cached?: Map<string, SheetValues>;
  lo?: Map<string, SheetValues>;
}

const runs: Run[] = EDITIONS.flatMap((edition) =>
  INPUT_SETS.flatMap(({ id, settings }) => {
    const layout = resolveLayout(edition, settings);
    return CORRELATIONS.map((correlation) => ({
      edition,
      id,
      correlation,
      layout,
      model: simulate(planCase(settings, DEFAULT_PLAN_ASSUMPTIONS), 1000, correlation),
    }));
  })
);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-sim-"));
  mkdirSync(join(dir, "in"));
  const files: string[] = [];
  const generated = new Map<ResolvedWorkbook, Buffer>();
  for (const r of runs) {
    const path = join(dir, "in", `${r.edition}-${r.id}-rho${r.correlation}.xlsx`);
    let file = generated.get(r.layout);
    if (!file) generated.set(r.layout, (file = await workbookBuffer(r.layout, { charts: false })));
    const rho = r.layout.names.find((n) => n.name === "In_Correlation");
    if (!rho) throw new Error("no In_Correlation");
    if (r.correlation !== 0.5)
      file = await withCellValues(file, [
        { sheet: rho.sheet, address: rho.address.replace(/\$/g, ""), value: r.correlation },
      ]);
    writeFileSync(path, file);
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

const label = (r: Run): string => `${r.edition} ${r.id} ρ = ${r.correlation}`;
/** The generated file's cached values are the model's at ρ = 0.5; a typed ρ leaves them stale. */
const checked = (r: Run): (Map<string, SheetValues> | undefined)[] =>
  r.correlation === 0.5 ? [r.cached, r.lo] : [r.lo];

describe.each(runs.map((r) => [label(r), r] as const))("simulation, %s", (_, r) => {
  it.each(OUTPUTS)(
    "%s equals the model's simulate() at ρ, recalculated by LibreOffice (and cached at ρ = 0.5)",
    (name, key) => {
      const expected = r.model[key];
      for (const values of checked(r)) {
        const v = named(r, values, name);
        expect(typeof v).toBe("number");
        if (key.startsWith("prob")) expect(v).toBe(expected);
        else expect(relativeError(v as number, expected)).toBeLessThanOrEqual(1e-9);
      }
    }
  );

  it("In_Correlation is the run's ρ, and Check_All is TRUE in LibreOffice's recalculation", () => {
    expect(named(r, r.lo, "In_Correlation")).toBe(r.correlation);
    expect(named(r, r.lo, "Check_All")).toBe(true);
    if (r.correlation === 0.5) expect(named(r, r.cached, "Check_All")).toBe(true);
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

  it("has 1,000 trial rows, each column holding one formula copied down; i is typed", () => {
    // z₀, k1…k11 and the outputs the results read
    expect(columns).toHaveLength(1 + 1 + 11 + SIM_OUTPUT_KEYS.length);
    for (const col of columns) {
      if (col === "A") continue;
      const first = byAddress.get(`${col}${SIM_GEOMETRY.firstTrial}`);
      expect(first?.formula, col).toBeDefined();
      const key = shapeOf(first?.formula ?? "", SIM_GEOMETRY.firstTrial).key;
      for (let r = SIM_GEOMETRY.firstTrial; r <= LAST_TRIAL_ROW; r++)
        expect(shapeOf(byAddress.get(`${col}${r}`)?.formula ?? "", r).key, `${col}${r}`).toBe(key);
    }
    for (let r = SIM_GEOMETRY.firstTrial; r <= LAST_TRIAL_ROW; r++)
      expect(byAddress.get(`A${r}`)?.value, `A${r}`).toBe(r - SIM_GEOMETRY.firstTrial + 1);
    expect(LAST_TRIAL_ROW - SIM_GEOMETRY.firstTrial + 1).toBe(1000);
  });

  it("holds at most 20,000 formula cells (MODEL.md §11.4: keep the sheet light)", () => {
    const formulas = sim.cells.filter((c) => c.formula !== undefined).length;
    expect(formulas).toBeLessThanOrEqual(20_000);
    expect(formulas).toBeGreaterThan(19 * 1000);
  });

  it("draws z₀ from the prime 37 and each driver's z from its prime, read from the primes' row", () => {
    const r = SIM_GEOMETRY.firstTrial;
    const q = paramRow("q");
    const common = SIM_GEOMETRY.commonColumn;
    expect(byAddress.get(`${common}${q}`)?.value).toBe(37);
    expect(byAddress.get(`${common}${r}`)?.formula).toBe(
      `NORMSINV(MOD($A${r}*SQRT(${common}$${q}),1))`
    );
    SIM_GEOMETRY.factorColumns.forEach((col, j) => {
      expect(byAddress.get(`${col}${q}`)?.value).toBe(DRIVER_PRIMES[j]);
      const f = byAddress.get(`${col}${r}`)?.formula ?? "";
      const u = `MOD($A${r}*SQRT(${col}$${q}),1)`;
      expect(f).toContain(u);
      const [a, b] = [summaryRow("weightCommon"), summaryRow("weightOwn")];
      if (j < 10) expect(f).toContain(`NORMSDIST($C$${a}*$${common}${r}+$C$${b}*NORMSINV(${u}))`);
      else expect(f, "the discount rate is drawn on its own").not.toContain("NORMS");
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

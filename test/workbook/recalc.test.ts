/**
 * The generated workbook recalculated by LibreOffice (an engine we did not write) agrees with the
 * TypeScript model. Inputs are typed into the file's cells (test/workbook/editCells.ts) through
 * the workbook's named input ranges (the same writes the task pane makes) before recalculation,
 * so an edited file carries the default inputs' cached results (stale for the edited ones); LibreOffice recalculates every
 * formula on load with this profile, and a test below shows the values read back are its own.
 * One LibreOffice start for all cases.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_PLAN_SETTINGS,
  linearRamp,
  perStream,
  presetSettings,
  type PlanSettings,
  type ScenarioName,
} from "../../src/model";
import { EDITIONS, resolveLayout, templateContract, type Edition } from "../../src/workbook";
import { INPUT_NAMES } from "../../src/workbook/contract";
import { inputWrites, type CellValue } from "../../src/workbook/contract-inputs";
import { cellAddress, parseCell } from "../../src/workbook/charts/refs";
import { sharedWorkbook } from "../support/workbooks";
import { withCellValues, type CellEdit } from "./editCells";
import { buildAddressBook, YEAR_COLUMNS } from "../../src/workbook/layout/addresses";
import { sheetName } from "../../src/workbook/layout/formula";
import {
  expectedOutputs,
  modelResults,
  relativeError,
  tolerance,
  type Overrides,
  storyAt,
} from "./expected";
import { recalculate } from "./libreoffice";
import { errorCells, readValues, valueAt, type SheetValues } from "./xlsxValues";

const FLEETS = [0, 100_000, 500_000, 1_000_000, 2_345_678];
const SCENARIOS: readonly ScenarioName[] = ["low", "mid", "high"];
const at = storyAt;

interface Variant {
  readonly name: string;
  readonly settings: PlanSettings;
  readonly overrides?: Overrides;
  /** Check_All is meant to fail (and only the named check). */
  readonly failingCheck?: string;
}

/** Beyond the fleet × scenario grid: role changes, every new input, the story, the edge cases. */
const VARIANTS: readonly Variant[] = [
  // the role moves off D (target fleet, margin per vehicle, stream margins)
  {
    name: "role0",
    settings: at({ fleet: 200_000, targetFleet: 400_000, streamMargin: perStream(() => 0) }),
    overrides: { unitMargin: 1_300 },
  },
  { name: "role1", settings: at({ fleet: 200_000, targetFleet: 300_000 }) },
  {
    name: "role2",
    settings: at({ fleet: 200_000, targetFleet: 300_000 }),
    overrides: { unitMargin: -200 },
  },
  // the seed's story (S17), written into the default file through the named inputs
  { name: "story", settings: presetSettings({ preset: "story", scenario: "mid" }) },
  // every new input at once: CAGR, costs, capex, uneven ramps, stream margins, discount rate
  {
    name: "ramps",
    settings: at({
      fleet: 200_000,
      scenario: "high",
      targetFleet: 1_500_000,
      fleetPath: "cagr",
      networkCost: 300_000_000,
      ecoOpex: 120_000_000,
      capex: [500_000_000, 300_000_000, 100_000_000, 0, 50_000_000, 0],
      dataCoverage: [0.1, 0.25, 0.4, 0.7, 0.85, 0.9],
      adoption: {
        baas: [0, 0.05, 0.15, 0.3, 0.45, 0.6],
        charging: linearRamp(0.2, 0.8),
        insurance: [0.1, 0.1, 0.2, 0.2, 0.3, 0.3],
        lifestyle: linearRamp(0, 0.5),
        usedcar: [0, 0, 0, 0.5, 0.5, 1],
      },
      streamMargin: { baas: 0.08, charging: 0.25, insurance: 0.9, lifestyle: 0.35, usedcar: 0.3 },
      discountRate: 0.085,
    }),
  },
  // CAGR asked for with no vehicles today: the check fails and the plan runs linear
  { name: "cagr0", settings: at({ fleet: 0, fleetPath: "cagr" }), failingCheck: "cagrStart" },
  // a loss on every vehicle: never positive, D unreachable
  { name: "losing", settings: at({ fleet: 300_000 }), overrides: { unitMargin: -3_000 } },
  // exact ties and near-ties (issue 18): no margin on any stream and no data sold, so drivers
  // 1, 6, 7, 8, 9 and 10 all swing 0, and the fleet's odd target leaves last-bit noise elsewhere
  {
    name: "ties",
    settings: at({
      targetFleet: 123_456,
      streamMargin: perStream(() => 0),
      dataCoverage: [0, 0, 0, 0, 0, 0],
    }),
  },
  {
    name: "ties-zero-rate",
    settings: at({ fleet: 150_000, dataCoverage: [0, 0, 0, 0, 0, 0], discountRate: 0 }),
    // d = 0 does not exceed the terminal growth g = 0: no valuation (MODEL.md §11.6)
    failingCheck: "growth",
  },
  // year-5 contribution one yuan either side of each threshold (the story's V_5 is 15.65亿)
  ...[0, 500_000_000, 1_000_000_000].flatMap((threshold) =>
    [1, -1].map((side) => ({
      name: `edge-${threshold}-${side > 0 ? "above" : "below"}`,
      settings: at({ ecoOpex: 1_565_000_000 - threshold - side }),
    }))
  ),
  // MODEL.md §8's investment example: IRR ≈ 68.62 %, payback year 3
  {
    name: "invest",
    settings: at({ ecoOpex: 100_000_000, capex: [300_000_000, 200_000_000, 0, 0, 0, 0] }),
  },
  // an investment never paid back within the plan
  { name: "no-payback", settings: at({ capex: [9_000_000_000, 0, 0, 0, 0, 0] }) },
  // flows that change sign three times: no unique IRR (n/a), payback after the second shortfall
  {
    name: "no-irr",
    settings: at({ capex: [100_000_000, 0, 0, 2_000_000_000, 0, 0] }),
  },
  // the idealised §6 inputs
  { name: "mature", settings: presetSettings({ preset: "mature", scenario: "mid" }) },
];

interface Case {
  readonly id: string;
  readonly edition: Edition;
  readonly settings: PlanSettings;
  readonly overrides: Overrides;
  /** Generated with these settings (as `npm run workbook -- --preset` does), not edited. */
  readonly generated: boolean;
  readonly failingCheck?: string;
  output?: Map<string, SheetValues>;
  /** The values cached in the file handed to LibreOffice. */
  input?: Map<string, SheetValues>;
}

const cases: Case[] = [];
for (const edition of EDITIONS) {
  const tag = edition.slice(0, 2);
  const add = (id: string, settings: PlanSettings, more: Partial<Case> = {}): void => {
    cases.push({ id: `${tag}-${id}`, edition, settings, overrides: {}, generated: false, ...more });
  };
  add("default", DEFAULT_PLAN_SETTINGS, { generated: true });
  add("story-generated", presetSettings({ preset: "story", scenario: "low" }), { generated: true });
  add("mature-generated", presetSettings({ preset: "mature", scenario: "high" }), {
    generated: true,
  });
  for (const fleet of FLEETS)
    for (const scenario of SCENARIOS) add(`${fleet}-${scenario}`, at({ fleet, scenario }));
  for (const v of VARIANTS)
    add(v.name, v.settings, {
      overrides: v.overrides ?? {},
      ...(v.failingCheck ? { failingCheck: v.failingCheck } : {}),
    });
}

/** The inputs' layout of each edition (resolved once: the edits only look cells up in it). */
const layouts = new Map<Edition, ReturnType<typeof resolveLayout>>();
function layoutOf(edition: Edition): ReturnType<typeof resolveLayout> {
  let layout = layouts.get(edition);
  if (!layout) layouts.set(edition, (layout = resolveLayout(edition)));
  return layout;
}

/** The default file with the case's inputs typed into their cells (the pane's writes). */
async function editedCopy(source: Buffer, c: Case): Promise<Buffer> {
  const edits: CellEdit[] = [];
  for (const write of inputWrites(c.settings, templateContract(c.edition))) {
    const [first = ""] = write.ref.address.split(":");
    const origin = parseCell(first);
    write.values.forEach((row, r) =>
      row.forEach((value, col) =>
        edits.push({
          sheet: write.ref.sheet,
          address: cellAddress({ col: origin.col + col, row: origin.row + r }),
          value,
        })
      )
    );
  }
  for (const [key, value] of Object.entries(c.overrides)) {
    const cell = layoutOf(c.edition).inputCells.find((x) => x.key === key && x.column === "value");
    if (!cell || typeof value !== "number") throw new Error(`no input ${key}`);
    edits.push({ sheet: cell.sheet, address: cell.address, value });
  }
  return withCellValues(source, edits);
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-recalc-"));
  mkdirSync(join(dir, "in"));
  const base = new Map<Edition, Buffer>();
  for (const edition of EDITIONS) base.set(edition, await sharedWorkbook({ edition }));
  const files: string[] = [];
  for (const c of cases) {
    const source = base.get(c.edition);
    if (!source) throw new Error("no base workbook");
    const path = join(dir, "in", `${c.id}.xlsx`);
    const file = c.generated
      ? await sharedWorkbook({ edition: c.edition, ...c.settings })
      : await editedCopy(source, c);
    writeFileSync(path, file);
    files.push(path);
  }
  // In batches: one soffice start per batch stays well inside its time limit on a busy machine.
  const outputs: string[] = [];
  for (let i = 0; i < files.length; i += 12)
    outputs.push(...(await recalculate(files.slice(i, i + 12), join(dir, "out"))));
  for (const [i, c] of cases.entries()) {
    c.output = await readValues(outputs[i] ?? "");
    c.input = await readValues(files[i] ?? "");
  }
}, 1_800_000);

const book = buildAddressBook();
const rowOf = (key: string): number => {
  const place = book.rows.get(key);
  if (!place) throw new Error(`no row ${key}`);
  return place.row;
};

function expectNumber(actual: unknown, want: number, what: string, name = what): void {
  expect(typeof actual, `${what} is a number (${String(actual)})`).toBe("number");
  expect(
    relativeError(actual as number, want),
    `${what}: ${String(actual)} vs ${want}`
  ).toBeLessThanOrEqual(tolerance(name, want));
}

describe.each(cases.map((c) => [c.id, c] as const))("LibreOffice recalculation %s", (_, c) => {
  const values = (): Map<string, SheetValues> => {
    if (!c.output) throw new Error("not recalculated");
    return c.output;
  };

  it("reproduces every named output of the model (relative error ≤ 1e-9)", () => {
    const contract = templateContract(c.edition);
    const expected = expectedOutputs(
      c.edition,
      c.settings,
      c.overrides,
      c.failingCheck === undefined
    );
    for (const [name, want] of Object.entries(expected)) {
      const ref = contract.names[name as keyof typeof expected];
      const actual = valueAt(values(), ref.sheet, ref.address);
      if (typeof want === "number") expectNumber(actual, want, name, name);
      else expect(actual, name).toBe(want);
    }
  });

  it("holds every named input as written, cell by cell", () => {
    const contract = templateContract(c.edition);
    // Every named input the pane writes; In_CaseFactors is not written (no preset sets it, and
    // driver 1's factors are formulas): its values are compared with the model's in the cases.
    // The fourth edition's new inputs (In_ResultToday, …) are no preset's: the pane leaves them.
    const names = [...INPUT_NAMES];
    const writes = inputWrites(c.settings, contract);
    expect(writes.map((w) => w.name)).toEqual(names);
    for (const w of writes) {
      const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)/.exec(w.ref.address) ?? [];
      w.values.forEach((row, r) =>
        row.forEach((want: CellValue, col) => {
          const address = `${String.fromCharCode(letters.charCodeAt(0) + col)}${Number(digits) + r}`;
          const actual = valueAt(values(), w.ref.sheet, address);
          // LibreOffice stores 15 significant digits: 0.32000000000000006 comes back as 0.32
          if (typeof want === "number")
            expect(
              relativeError(actual as number, want),
              `${w.name} ${address}`
            ).toBeLessThanOrEqual(1e-14);
          // a blank override ("" written) reads back as an empty cell
          else expect(actual ?? "", `${w.name} ${address}`).toBe(want);
        })
      );
    }
  });

  it("matches the model year by year (fleet, P, D, E, G, V) and in the sorted tornado", () => {
    const r = modelResults(c.settings, c.overrides);
    const plan = sheetName("plan", c.edition);
    const rows = {
      fleet: "fleet",
      profit: "profit",
      data: "data",
      ecoRevenue: "ecoRevenue",
      ecoMargin: "ecoMargin",
      value: "ecoValue",
    } as const;
    for (const [field, key] of Object.entries(rows)) {
      r.years.forEach((y, t) => {
        const want = y[field as keyof typeof rows];
        const actual = valueAt(values(), plan, `${YEAR_COLUMNS[t]}${rowOf(`plan.${key}`)}`);
        if (want === 0)
          expect(Math.abs(actual as number), `${key} year ${t}`).toBeLessThanOrEqual(1e-6);
        else expectNumber(actual, want, `${key} year ${t}`);
      });
    }
    const analysis = sheetName("analysis", c.edition);
    const labels = new Map(
      r.tornado.map((bar, i) => [
        valueAt(values(), analysis, `A${rowOf(`analysis.t${i + 1}`)}`),
        bar.driver,
      ])
    );
    expect(labels.size).toBe(11);
    r.tornadoSorted.forEach((bar, i) => {
      const row = rowOf(`analysis.sorted${i + 1}`);
      const swing = valueAt(values(), analysis, `F${row}`) as number;
      // the incremental swing ranks the tornado (MODEL.md §11.5); a driver that moves plan and
      // status quo alike swings 0 up to last-bit noise of 10^9-元 terms (the model's 1e-7 元
      // against LibreOffice's 0): near zero, amounts compare to expected.ts's floor of 0.1 元
      if (Math.abs(bar.incrementalSwing) < 1)
        expect(Math.abs(swing - bar.incrementalSwing), `sorted swing ${i + 1}`).toBeLessThanOrEqual(
          0.1
        );
      else expectNumber(swing, bar.incrementalSwing, `sorted swing ${i + 1}`, "Swing");
      // ranked on whole yuan, ties by driver number, in both: the same complete order
      expect(labels.get(valueAt(values(), analysis, `A${row}`)), `sorted ${i + 1}`).toBe(
        bar.driver
      );
    });
  });

  it("passes every check but the one meant to fail", () => {
    const checks = sheetName("checks", c.edition);
    const failing = [...(values().get(checks) ?? new Map())]
      .filter(([address, v]) => address.startsWith("C") && v === false)
      .map(([address]) => address);
    const expected = [c.failingCheck, c.failingCheck ? "all" : undefined]
      .filter((k): k is string => k !== undefined)
      .map((k) => `C${rowOf(`checks.${k}`)}`);
    expect(failing.sort()).toEqual(expected.sort());
  });

  it("has no error value except in the ECO function cells, which report the add-in as not loaded", () => {
    const contract = templateContract(c.edition);
    const allowed = new Set(
      (contract.ecoFormulas ?? []).map((f) => `${f.ref.sheet}!${f.ref.address}`)
    );
    const errors = errorCells(values()).map((e) => e.split(":")[0] ?? "");
    expect(errors.filter((e) => !allowed.has(e))).toEqual([]);
    expect(errors.length).toBe(allowed.size);
    const notLoaded = c.edition === "zh-CN" ? "未加载加载项" : "add-in not loaded";
    for (const f of contract.ecoFormulas ?? []) {
      const status = valueAt(values(), f.ref.sheet, f.ref.address.replace(/^D/, "E"));
      expect(status).toBe(notLoaded);
    }
  });
});

const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === "number" && typeof b === "number" ? relativeError(a, b) <= 1e-6 : a === b;

/** The named outputs whose value at a case's inputs differs from the default inputs'. */
function changedOutputs(c: Case): string[] {
  const before: Record<string, unknown> = expectedOutputs(c.edition, DEFAULT_PLAN_SETTINGS);
  const after: Record<string, unknown> = expectedOutputs(
    c.edition,
    c.settings,
    c.overrides,
    c.failingCheck === undefined
  );
  return Object.keys(after).filter((n) => !sameValue(before[n], after[n]));
}

/** Edited cases whose edits change some named output: their files carry stale cached results. */
const stale = cases.filter((c) => !c.generated && changedOutputs(c).length > 0);

describe.each(stale.map((c) => [c.id, c] as const))("LibreOffice's own values %s", (_, c) => {
  it("every named output the edit changes was cached at its old value and reads back recalculated", () => {
    const contract = templateContract(c.edition);
    const before: Record<string, unknown> = expectedOutputs(c.edition, DEFAULT_PLAN_SETTINGS);
    const after: Record<string, unknown> = expectedOutputs(
      c.edition,
      c.settings,
      c.overrides,
      c.failingCheck === undefined
    );
    const changed = changedOutputs(c);
    expect(changed.length).toBeGreaterThan(0);
    for (const name of changed) {
      const ref = contract.names[name as keyof typeof contract.names];
      const cached = valueAt(c.input ?? new Map(), ref.sheet, ref.address);
      const recalculated = valueAt(c.output ?? new Map(), ref.sheet, ref.address);
      expect(sameValue(cached, before[name]), `${name} cached ${String(cached)}`).toBe(true);
      expect(
        sameValue(recalculated, after[name]),
        `${name} recalculated ${String(recalculated)}`
      ).toBe(true);
    }
  });
});

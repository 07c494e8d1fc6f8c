/**
 * The generated workbook recalculated by LibreOffice (an engine we did not write) agrees with the
 * TypeScript model. Inputs are changed with ExcelJS before recalculation, so the files carry the
 * cached results of the default inputs (stale for the edited ones); LibreOffice recalculates every
 * formula on load with this profile, and a test below shows the values read back are its own.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED, type ScenarioName } from "../../src/model";
import { EDITIONS, resolveLayout, scenarioLabels, templateContract, WORKBOOK_NAMES, type Edition } from "../../src/workbook";
import { writeWorkbook } from "../../src/workbook/generate";
import { expectedOutputs, relativeError, type Overrides } from "./expected";
import { recalculate } from "./libreoffice";
import { errorCells, readValues, valueAt, type SheetValues } from "./xlsxValues";

const FLEETS = [0, 100_000, 500_000, 1_000_000, 2_345_678];
const SCENARIOS: readonly ScenarioName[] = ["low", "mid", "high"];
/** Cases that move the year-5 role off D: (target fleet, EV margin, ecosystem margin rate). */
const ROLE_CASES: readonly Overrides[] = [
  { targetFleet: 400_000, evMargin: 1_300, ecoMarginRate: 0 },
  { targetFleet: 300_000 },
  { targetFleet: 300_000, evMargin: -200 },
];

interface Case {
  readonly id: string;
  readonly edition: Edition;
  readonly fleet: number;
  readonly scenario: ScenarioName;
  readonly overrides: Overrides;
  /** The untouched file as generated, not edited with ExcelJS. */
  readonly pristine: boolean;
  output?: Map<string, SheetValues>;
  /** The values cached in the file handed to LibreOffice. */
  input?: Map<string, SheetValues>;
}

const cases: Case[] = [];
for (const edition of EDITIONS) {
  const tag = edition.slice(0, 2);
  cases.push({ id: `${tag}-default`, edition, fleet: SEED.economicsFleet.value, scenario: "mid", overrides: {}, pristine: true });
  for (const fleet of FLEETS) for (const scenario of SCENARIOS) cases.push({ id: `${tag}-${fleet}-${scenario}`, edition, fleet, scenario, overrides: {}, pristine: false });
  ROLE_CASES.forEach((overrides, i) => cases.push({ id: `${tag}-role${i}`, edition, fleet: 200_000, scenario: "mid", overrides, pristine: false }));
}

async function editedCopy(source: Buffer, c: Case): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(source as unknown as ArrayBuffer);
  const layout = resolveLayout(c.edition);
  const contract = templateContract(c.edition);
  const set = (sheet: string, address: string, value: number | string): void => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(address).value = value;
  };
  set(contract.names.In_Fleet.sheet, contract.names.In_Fleet.address, c.fleet);
  set(contract.names.In_Scenario.sheet, contract.names.In_Scenario.address, scenarioLabels(c.edition)[c.scenario]);
  for (const [key, value] of Object.entries(c.overrides)) {
    const cell = layout.inputCells.find((x) => x.key === key && x.column === "value");
    if (!cell || typeof value !== "number") throw new Error(`no input ${key}`);
    set(cell.sheet, cell.address, value);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-recalc-"));
  mkdirSync(join(dir, "in"));
  const base = new Map<Edition, Buffer>();
  for (const edition of EDITIONS) base.set(edition, await writeWorkbook({ edition }));
  const files: string[] = [];
  for (const c of cases) {
    const source = base.get(c.edition);
    if (!source) throw new Error("no base workbook");
    const path = join(dir, "in", `${c.id}.xlsx`);
    writeFileSync(path, c.pristine ? source : await editedCopy(source, c));
    files.push(path);
  }
  const outputs = await recalculate(files, join(dir, "out"));
  for (const [i, c] of cases.entries()) {
    c.output = await readValues(outputs[i] ?? "");
    c.input = await readValues(files[i] ?? "");
  }
}, 300_000);

describe.each(cases.map((c) => [c.id, c] as const))("LibreOffice recalculation %s", (_, c) => {
  it("reproduces every named output of the model (relative error ≤ 1e-9)", () => {
    const values = c.output;
    if (!values) throw new Error("not recalculated");
    const contract = templateContract(c.edition);
    const expected = expectedOutputs(c.edition, c.fleet, c.scenario, c.overrides);
    for (const name of WORKBOOK_NAMES) {
      const ref = contract.names[name];
      const actual = valueAt(values, ref.sheet, ref.address);
      const want = expected[name];
      if (typeof want === "number") {
        expect(typeof actual, `${name} is a number`).toBe("number");
        expect(relativeError(actual as number, want), `${name}: ${String(actual)} vs ${want}`).toBeLessThanOrEqual(1e-9);
      } else {
        expect(actual, name).toBe(want);
      }
    }
  });

  it("has no error value except in the ECO function cells, which report the add-in as not loaded", () => {
    const values = c.output;
    if (!values) throw new Error("not recalculated");
    const contract = templateContract(c.edition);
    const allowed = new Set((contract.ecoFormulas ?? []).map((f) => `${f.ref.sheet}!${f.ref.address}`));
    const errors = errorCells(values).map((e) => e.split(":")[0] ?? "");
    expect(errors.filter((e) => !allowed.has(e))).toEqual([]);
    expect(errors.length).toBe(allowed.size);
    const notLoaded = c.edition === "zh-CN" ? "未加载加载项" : "add-in not loaded";
    for (const f of contract.ecoFormulas ?? []) {
      const status = valueAt(values, f.ref.sheet, f.ref.address.replace(/^D/, "E"));
      expect(status).toBe(notLoaded);
    }
  });
});

const sameValue = (a: unknown, b: unknown): boolean => (typeof a === "number" && typeof b === "number" ? relativeError(a, b) <= 1e-9 : a === b);

/** Cases whose edits change some named output: their files carry the default inputs' (now stale) cached results. */
const stale = cases.filter((c) => {
  const before = expectedOutputs(c.edition, SEED.economicsFleet.value, "mid");
  const after = expectedOutputs(c.edition, c.fleet, c.scenario, c.overrides);
  return !c.pristine && WORKBOOK_NAMES.some((n) => !sameValue(before[n], after[n]));
});

describe.each(stale.map((c) => [c.id, c] as const))("LibreOffice's own values %s", (_, c) => {
  it("every named output the edit changes was cached in the file at its old value and reads back recalculated", () => {
    const contract = templateContract(c.edition);
    const before = expectedOutputs(c.edition, SEED.economicsFleet.value, "mid");
    const after = expectedOutputs(c.edition, c.fleet, c.scenario, c.overrides);
    // Inputs hold the edited value itself; the outputs are formulas with a cached result.
    const changed = WORKBOOK_NAMES.filter((n) => !n.startsWith("In_") && !sameValue(before[n], after[n]));
    expect(changed.length).toBeGreaterThan(0);
    for (const name of changed) {
      const ref = contract.names[name];
      const cached = valueAt(c.input ?? new Map(), ref.sheet, ref.address);
      const recalculated = valueAt(c.output ?? new Map(), ref.sheet, ref.address);
      expect(sameValue(cached, before[name]), `${name} cached ${String(cached)}`).toBe(true);
      expect(sameValue(recalculated, after[name]), `${name} recalculated ${String(recalculated)}`).toBe(true);
    }
  });
});

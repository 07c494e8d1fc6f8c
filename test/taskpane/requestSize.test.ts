/**
 * Issue 25: Excel on the web refuses a request or a response over 5 MB, and the pane keeps every
 * one it sends while inserting at 1 MB or less. The real planning workbook (every cell of the
 * layout, fake-excel/template.ts layoutTemplate) is inserted into a workbook twice, in both
 * editions: the second insertion finds every template sheet's name taken and re-points the
 * formulas that name them. The fake host records each sync's payloads (state.traffic).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { InsertFailure, insertPlanningWorkbook, type InsertDeps } from "../../src/taskpane/insert";
import { repairNameErrors } from "../../src/taskpane/check/repair";
import { templateContract } from "../../src/workbook";
import { EDITIONS, type Edition } from "../../src/workbook/contract";
import { writeWorkbook } from "../../src/workbook/generate";
import { EXCEL_ON_THE_WEB, excelUpTo } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import {
  createState,
  fingerprint,
  type FakeState,
  type Traffic,
} from "../fixtures/fake-excel/state";
import { layoutTemplate, referencedSheets } from "../fixtures/fake-excel/template";

/** The template's bytes as the pane sends them (insertWorksheetsFromBase64 carries them). */
const base64s = new Map<Edition, Promise<string>>();
function templateBase64(edition: Edition): Promise<string> {
  let found = base64s.get(edition);
  if (found === undefined)
    base64s.set(
      edition,
      (found = writeWorkbook({ edition, charts: false }).then((b) => b.toString("base64")))
    );
  return found;
}

/** Issue 25's target for every request and every response. */
const TARGET_BYTES = 1_000_000;

const largest = (traffic: readonly Traffic[], side: "sent" | "received"): number =>
  Math.max(0, ...traffic.map((t) => t[side]));

/** The traffic of the insertion that starts at request `from` (state.requests before it). */
function trafficSince(state: FakeState, from: number): Traffic[] {
  return (state.traffic ?? []).filter((t) => t.request > from);
}

describe.each(EDITIONS)("the %s insertion's Excel requests", (edition: Edition) => {
  it("stay at 1 MB or less each way, in a first and a second insertion", async () => {
    const contract = templateContract(edition);
    const base64 = await templateBase64(edition);
    const state = createState(["Sheet1"], layoutTemplate(edition));
    const deps: InsertDeps = {
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
      loadTemplate: () => Promise.resolve(base64),
    };
    const request = { contract, inputs: DEFAULT_PLAN_SETTINGS };

    const first = await insertPlanningWorkbook(request, deps);
    expect(first.sheets.map((s) => s.actual)).toEqual(contract.sheetNames);
    const firstTraffic = trafficSince(state, 0);
    const afterFirst = state.requests ?? 0;

    const second = await insertPlanningWorkbook(request, deps);
    expect(second.sheets.map((s) => s.actual)).toEqual(contract.sheetNames.map((n) => `${n} (2)`));
    const secondTraffic = trafficSince(state, afterFirst);

    for (const [which, traffic] of [
      ["first", firstTraffic],
      ["second", secondTraffic],
    ] as const) {
      expect(largest(traffic, "sent"), `${which} insertion: largest request`).toBeLessThanOrEqual(
        TARGET_BYTES
      );
      expect(
        largest(traffic, "received"),
        `${which} insertion: largest response`
      ).toBeLessThanOrEqual(TARGET_BYTES);
    }
    // The template itself went in (its base64 is most of the insertion's largest request).
    expect(largest(firstTraffic, "sent")).toBeGreaterThanOrEqual(base64.length);

    // The second insertion's sheets read only each other, never the first insertion's.
    const ours = new Set(second.sheets.map((s) => s.id));
    const names = new Set(second.sheets.map((s) => s.actual));
    let crossSheet = 0;
    for (const sheet of state.sheets.filter((s) => ours.has(s.id)))
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (typeof cell.formula !== "string") continue;
        for (const ref of referencedSheets(cell.formula)) {
          crossSheet += 1;
          expect(names.has(ref), `${sheet.name}!${address}: ${cell.formula}`).toBe(true);
        }
      }
    expect(crossSheet).toBeGreaterThan(10_000);
  }, 120_000);
});

/** An insertion of the real planning workbook into `userSheets`, with the template's bytes. */
async function setUpReal(edition: Edition, userSheets: string[]) {
  const contract = templateContract(edition);
  const base64 = await templateBase64(edition);
  const state = createState(userSheets, layoutTemplate(edition));
  const steps: [string, number | undefined, number | undefined][] = [];
  const deps: InsertDeps = {
    run: mockExcelRun(state),
    isSetSupported: EXCEL_ON_THE_WEB,
    loadTemplate: () => Promise.resolve(base64),
    onStep: (step, progress) => steps.push([step, progress?.done, progress?.total]),
  };
  return { contract, state, deps, steps, request: { contract, inputs: DEFAULT_PLAN_SETTINGS } };
}

const formulaWrites = (state: FakeState): string[] =>
  state.calls.filter((c) => c.startsWith("formulas "));

describe.each(EDITIONS)("the %s insertion's re-pointing", (edition: Edition) => {
  it("reads no sheet's formulas when no name clashes", async () => {
    const { state, deps, request, steps } = await setUpReal(edition, ["Sheet1"]);
    await insertPlanningWorkbook(request, deps);
    const received = (state.traffic ?? []).reduce((sum, t) => sum + t.received, 0);
    // Names, sheet ids, the ECO cells read back and the key results: a few KB, no sheet.
    expect(received).toBeLessThan(20_000);
    expect(steps.filter(([, done]) => done !== undefined)).toEqual([]);
  }, 60_000);

  it("reads and re-points only the sheets that name a sheet whose name was taken", async () => {
    const contract = templateContract(edition);
    // A sheet other sheets name, but not the simulation (the case rows sheet).
    const simulation = contract.names.Out_NPV_P10.sheet;
    const taken = contract.sheetNames.find(
      (name) =>
        !contract.sheetFormulas[simulation]!.refersTo.includes(name) &&
        Object.entries(contract.sheetFormulas).some(
          ([sheet, f]) => sheet !== name && f.refersTo.includes(name)
        )
    )!;
    const { state, deps, request } = await setUpReal(edition, ["Sheet1", taken]);
    const outcome = await insertPlanningWorkbook(request, deps);
    const naming = Object.entries(contract.sheetFormulas)
      .filter(([, f]) => f.refersTo.includes(taken))
      .map(([sheet]) => sheet);
    const ecoSheets = new Set((contract.ecoFormulas ?? []).map((f) => f.ref.sheet));
    const written = new Set(formulaWrites(state).map((c) => c.slice(9).split("!")[0]));
    const actual = (template: string) =>
      outcome.sheets.find((s) => s.template === template)!.actual;
    expect([...written].sort()).toEqual([...new Set([...naming, ...ecoSheets].map(actual))].sort());
    expect(written).not.toContain(actual(simulation));
    // The simulation was not read: all that came back is far less than its formulas (4.5 MB).
    const received = (state.traffic ?? []).reduce((sum, t) => sum + t.received, 0);
    expect(received).toBeLessThan(1_000_000);
    // Every reference to the taken name on an inserted sheet now names the inserted copy.
    for (const sheet of state.sheets.filter((s) => outcome.sheets.some((o) => o.id === s.id)))
      for (const [address, cell] of Object.entries(sheet.cells))
        if (typeof cell.formula === "string")
          expect(referencedSheets(cell.formula), `${sheet.name}!${address}`).not.toContain(taken);
  }, 60_000);

  it("shows the re-pointing's progress, rolls back everything when a block fails, and keeps an edit made meanwhile", async () => {
    const { contract, state, deps, request, steps } = await setUpReal(edition, ["Sheet1"]);
    await insertPlanningWorkbook(request, deps);
    const before = fingerprint(state);
    steps.length = 0;
    // Part-way through the second insertion's re-pointing (once its fourth block has been
    // reported), Excel refuses a write.
    state.onSync = () => {
      if (steps.some(([step, done]) => step === "link" && (done ?? 0) >= 4))
        state.failAt = "formulas";
    };
    const failure = await insertPlanningWorkbook(request, deps).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InsertFailure);
    expect((failure as InsertFailure).step).toBe("link");
    expect((failure as InsertFailure).rollback.complete).toBe(true);
    state.failAt = undefined;
    state.onSync = undefined;
    expect(fingerprint(state)).toBe(before);
    // The step said how far it got, block by block, in order.
    const blocks = steps.filter(([step, done]) => step === "link" && done !== undefined);
    expect(blocks.length).toBeGreaterThan(3);
    blocks.forEach(([, done, total], i) => {
      expect(done).toBe(i + 1);
      expect(total).toBe(blocks[0]![2]);
    });

    // Again, and a co-author types into the inserted simulation sheet's last row while the
    // first blocks are re-pointed: the block with their cell is read after it, and it is kept.
    const simulation = contract.names.Out_NPV_P10.sheet;
    let edited = "";
    state.onSync = () => {
      const sheet = state.sheets.find((s) => s.name === `${simulation} (2)`);
      if (sheet === undefined || edited !== "" || formulaWrites(state).length < 100) return;
      const last = Object.keys(sheet.cells).at(-1)!;
      sheet.cells[last] = { formula: "their note", value: "their note" };
      edited = last;
    };
    await insertPlanningWorkbook(request, deps);
    expect(edited).not.toBe("");
    const sheet = state.sheets.find((s) => s.name === `${simulation} (2)`)!;
    expect(sheet.cells[edited]).toEqual({ formula: "their note", value: "their note" });
  }, 120_000);
});

describe.each(EDITIONS)("Repair #NAME? over the %s planning workbook", (edition: Edition) => {
  it.each([
    ["without ExcelApi 1.9 (used ranges in blocks)", excelUpTo("1.8"), "usedRange"],
    ["with getSpecialCells", EXCEL_ON_THE_WEB, "specialCells"],
  ] as const)(
    "keeps every request and response at 1 MB or less, %s",
    async (_how, isSetSupported, method) => {
      const { contract, state, deps, request } = await setUpReal(edition, ["Sheet1"]);
      await insertPlanningWorkbook(request, deps);
      // Excel did not bind the ECO cells: each shows #NAME?.
      for (const { ref } of contract.ecoFormulas ?? []) {
        const cell = state.sheets.find((s) => s.name === ref.sheet)!.cells[ref.address]!;
        cell.value = "#NAME?";
      }
      const from = state.requests ?? 0;
      const report = await repairNameErrors({ run: deps.run, isSetSupported });
      expect(report.failed).toBeUndefined();
      expect(report.method).toBe(method);
      expect(report.found).toBe((contract.ecoFormulas ?? []).length);
      const traffic = trafficSince(state, from);
      expect(largest(traffic, "sent")).toBeLessThanOrEqual(TARGET_BYTES);
      expect(largest(traffic, "received")).toBeLessThanOrEqual(TARGET_BYTES);
    },
    60_000
  );
});

/**
 * Issue 25: Excel on the web refuses a request or a response over 5 MB, and the pane keeps every
 * one it sends while inserting at 1 MB or less. The real planning workbook (every cell of the
 * layout, fake-excel/template.ts layoutTemplate) is inserted into a workbook twice, in both
 * editions: the second insertion finds every template sheet's name taken and re-points the
 * formulas that name them. The fake host records each sync's payloads (state.traffic).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { insertPlanningWorkbook, type InsertDeps } from "../../src/taskpane/insert";
import { templateContract } from "../../src/workbook";
import { EDITIONS, type Edition } from "../../src/workbook/contract";
import { writeWorkbook } from "../../src/workbook/generate";
import { EXCEL_ON_THE_WEB } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { createState, type FakeState, type Traffic } from "../fixtures/fake-excel/state";
import { layoutTemplate, referencedSheets } from "../fixtures/fake-excel/template";

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
    // The template's bytes as the pane sends them (insertWorksheetsFromBase64 carries them).
    const base64 = (await writeWorkbook({ edition, charts: false })).toString("base64");
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

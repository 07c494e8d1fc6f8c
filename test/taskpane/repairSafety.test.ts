/**
 * Issue 18: Repair #NAME? never destroys what it did not create.
 * - An edit that lands between the repair's read and its write survives, and is reported.
 * - A user's own protected sheet is never unprotected, whatever its name ("Inputs", "假设",
 *   "Dashboard" are the planning workbook's sheet names); only sheets that carry the insertion's
 *   mark are, and where the mark cannot be read (no ExcelApi 1.12) none is.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { repairNameErrors } from "../../src/taskpane/check/repair";
import { checkMessages } from "../../src/taskpane/check/messages";
import { repairLines } from "../../src/taskpane/check/report";
import { insertPlanningWorkbook } from "../../src/taskpane/insert";
import { MARK_KEY } from "../../src/taskpane/sheetMark";
import { EXCEL_ON_THE_WEB, excelUpTo } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { createState, type FakeCalculator, type FakeState } from "../fixtures/fake-excel/state";
import { fakeTemplate, fixtureContract } from "../fixtures/fake-excel/template";

/** Excel with ECO loaded, for the one formula these tests use. */
const calculate: FakeCalculator = (formula) =>
  formula === "=ECO.LTV(1000,0.8,0.1)"
    ? 2256.198347107438
    : formula.startsWith("=")
      ? "#NAME?"
      : undefined;

const stuck = { formula: "=_xldudf_ECO_LTV(1000,0.8,0.1)", value: "#NAME?" };

describe("an edit between the repair's read and its write", () => {
  function book(): FakeState {
    const state = createState(["Sheet1"], { sheets: [], names: [] });
    state.calculate = calculate;
    state.sheets[0]!.cells["B3"] = { ...stuck };
    state.sheets[0]!.cells["B4"] = { ...stuck };
    return state;
  }
  const typed = { formula: 42, value: 42 };

  it("survives when it lands before the request that writes", async () => {
    const state = book();
    // Requests: 1 lists the sheets, 2 finds the #NAME? cells, 3 writes. The user types 42 into
    // B3 after the cells were found, before the writing request reads them again.
    state.onSync = (request, sync) => {
      if (request === 3 && sync === 1) state.sheets[0]!.cells["B3"] = { ...typed };
    };
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
    });
    expect(state.calls.filter((c) => c.startsWith("getSpecialCells"))).toHaveLength(1);
    expect(state.sheets[0]!.cells["B3"]).toEqual(typed);
    expect(state.sheets[0]!.cells["B4"]).toEqual({
      formula: "=ECO.LTV(1000,0.8,0.1)",
      value: 2256.198347107438,
    });
    expect(report.found).toBe(2);
    expect(report.fixed.map((c) => c.check.address)).toEqual(["Sheet1!B4"]);
    expect(report.changed).toEqual(["Sheet1!B3"]);
    expect(state.calls.filter((c) => c.startsWith("formulas "))).toEqual([
      'formulas Sheet1!B4 [["=ECO.LTV(1000,0.8,0.1)"]]',
    ]);
    expect(repairLines(report, "en-US")).toContain(
      "1 cell was changed after the repair read it; skipped, keeping the change. If #NAME? still shows, repair again."
    );
    expect(repairLines(report, "zh-CN")).toContain("– Sheet1!B3");
  });

  it("is put back when it lands in the round trip between the re-read and the write", async () => {
    const state = book();
    // Request 3, sync 2 carries the write: the edit arrives just before Excel applies it.
    state.onSync = (request, sync) => {
      if (request === 3 && sync === 2) state.sheets[0]!.cells["B3"] = { ...typed };
    };
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
    });
    expect(state.sheets[0]!.cells["B3"]).toEqual(typed);
    expect(report.changed).toEqual(["Sheet1!B3"]);
    expect(report.fixed.map((c) => c.check.address)).toEqual(["Sheet1!B4"]);
    expect(report.stillName).toEqual([]);
  });
});

describe("a user's protected sheet with a planning workbook's name", () => {
  const USERS = ["Inputs", "假设", "Dashboard"];
  const protection = { protected: true, password: null, options: { allowFormatCells: true } };

  function book(): FakeState {
    const state = createState([...USERS, "假设 (2)"], { sheets: [], names: [] });
    state.calculate = calculate;
    for (const sheet of state.sheets) {
      sheet.cells["A1"] = { formula: "mine", value: "mine" };
      sheet.cells["B2"] = { ...stuck };
      sheet.protection = { ...protection, options: { ...protection.options } };
    }
    // The planning workbook's inputs sheet, inserted beside the user's: it carries the mark.
    state.sheets[3]!.customProperties = { [MARK_KEY]: "假设" };
    return state;
  }

  it.each([
    ["Excel on the web", EXCEL_ON_THE_WEB],
    ["desktop Excel (no isPasswordProtected)", excelUpTo("1.17")],
  ])("is left alone: never unprotected, its cells unchanged (%s)", async (_, has) => {
    const state = book();
    const before = JSON.stringify(state.sheets.slice(0, 3));
    const report = await repairNameErrors({ run: mockExcelRun(state), isSetSupported: has });
    expect(JSON.stringify(state.sheets.slice(0, 3))).toBe(before);
    expect(state.calls.filter((c) => c.startsWith("protection."))).toEqual([
      "protection.unprotect 假设 (2)",
      'protection.protect 假设 (2) {"allowFormatCells":true}',
    ]);
    expect(report.skipped).toEqual(
      USERS.map((sheet) => ({ sheet, reason: "notProvablyOurs", cells: [`${sheet}!B2`] }))
    );
    expect(report.fixed.map((c) => c.check.address)).toEqual(["假设 (2)!B2"]);
    expect(report.reprotected).toEqual(["假设 (2)"]);
    expect(state.sheets[3]!.protection).toEqual(protection);
    expect(repairLines(report, "zh-CN")).toContain(
      "工作表“假设”受保护，且无法证明是插入的规划工作簿的工作表，已跳过（1 个公式），其保护未被改动。如需修复，请先自行取消保护再修复。"
    );
  });

  it("where the mark cannot be read (no ExcelApi 1.12), no protected sheet is unprotected", async () => {
    const state = book();
    const before = JSON.stringify(state.sheets);
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: excelUpTo("1.11"),
    });
    expect(JSON.stringify(state.sheets)).toBe(before);
    expect(state.calls.filter((c) => c.startsWith("protection."))).toEqual([]);
    expect(report.skipped.map((s) => [s.sheet, s.reason])).toEqual(
      [...USERS, "假设 (2)"].map((sheet) => [sheet, "notProvablyOurs"])
    );
  });
});

describe("the insertion's mark", () => {
  it("is written on every sheet the insertion adds, naming its template sheet", async () => {
    const contract = fixtureContract("zh-CN");
    const state = createState(["Sheet1", contract.inputsSheet], fakeTemplate(contract));
    await insertPlanningWorkbook(
      { contract, inputs: { ...DEFAULT_PLAN_SETTINGS } },
      {
        run: mockExcelRun(state),
        loadTemplate: async () => "UEsDBBQ",
        isSetSupported: EXCEL_ON_THE_WEB,
      }
    );
    expect(state.sheets[1]!.customProperties).toBeUndefined();
    expect(state.sheets.slice(2).map((s) => [s.name, s.customProperties])).toEqual(
      contract.sheetNames.map((n) => [
        n === contract.inputsSheet ? `${n} (2)` : n,
        { [MARK_KEY]: n },
      ])
    );
  });
});

describe("a reply Excel never sends", () => {
  const protection = { protected: true, password: null, options: { allowFormatCells: true } };

  /** One planning sheet, protected as the template protects it, with a stuck ECO formula. */
  function book(): FakeState {
    const state = createState(["Sheet1", "假设"], { sheets: [], names: [] });
    state.calculate = calculate;
    const planning = state.sheets[1]!;
    planning.cells["B2"] = { ...stuck };
    planning.protection = { ...protection, options: { ...protection.options } };
    planning.customProperties = { [MARK_KEY]: "假设" };
    return state;
  }

  // Requests: 1 lists the sheets, 2 finds the #NAME? cells, 3 unprotects the planning sheet.
  const unprotectReplyLost = (request: number, sync: number) => request === 3 && sync === 1;

  it("after unprotect(): the protection is read back, put back and reported", async () => {
    const state = book();
    state.dropReply = unprotectReplyLost;
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
    });
    // Excel did unprotect the sheet; the pane never heard. It is protected again, as it was.
    expect(state.calls.filter((c) => c.startsWith("protection."))).toEqual([
      "protection.unprotect 假设",
      'protection.protect 假设 {"allowFormatCells":true}',
    ]);
    expect(state.sheets[1]!.protection).toEqual(protection);
    expect(report.skipped.map((s) => [s.sheet, s.reason])).toEqual([["假设", "unprotectFailed"]]);
    expect(report.reprotected).toEqual(["假设"]);
    expect(report.reprotectFailed).toEqual([]);
    expect(state.sheets[1]!.cells["B2"]).toEqual(stuck);
  });

  it("after unprotect(), when the protection cannot be put back: the user is told", async () => {
    const state = book();
    state.dropReply = unprotectReplyLost;
    state.failAt = "protect";
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
    });
    expect(state.sheets[1]!.protection?.protected).toBe(false);
    expect(report.reprotectFailed).toEqual(["假设"]);
    expect(report.reprotected).toEqual([]);
    for (const lang of ["zh-CN", "en-US"] as const)
      expect(repairLines(report, lang)).toContain(
        checkMessages(lang).repair.reprotectFailed(["假设"])
      );
  });

  it("after protect(): the second try finds the sheet protected and reports it put back", async () => {
    const state = book();
    // Requests: 3 unprotects, 4 writes, 5 protects again (its reply lost), 6 reads it back.
    state.dropReply = (request, sync) => request === 5 && sync === 2;
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
    });
    expect(state.sheets[1]!.protection).toEqual(protection);
    expect(report.fixed.map((c) => c.check.address)).toEqual(["假设!B2"]);
    expect(report.reprotected).toEqual(["假设"]);
    expect(report.reprotectFailed).toEqual([]);
  });

  it("a password refusal leaves the protection as it was, with nothing to report about it", async () => {
    const state = book();
    state.sheets[1]!.protection = { ...protection, password: "pw" };
    const report = await repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: excelUpTo("1.17"),
    });
    expect(state.sheets[1]!.protection).toEqual({ ...protection, password: "pw" });
    expect(report.skipped.map((s) => [s.sheet, s.reason])).toEqual([["假设", "password"]]);
    expect(report.reprotected).toEqual([]);
    expect(report.reprotectFailed).toEqual([]);
  });
});

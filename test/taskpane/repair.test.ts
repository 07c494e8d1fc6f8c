/**
 * Repair #NAME? against the office-addin-mock fake Excel: a workbook with ECO formulas stuck at
 * #NAME? on an unprotected user sheet, on planning sheets protected without a password (one of
 * them renamed by an insertion), on a user sheet protected with a password and on a protected
 * user sheet; next to them, cells the repair must not touch. The fake calculates re-entered
 * formulas with the functions' own code, as Excel with ECO loaded would.
 */
import { describe, expect, it } from "vitest";
import { repairNameErrors, type RepairDeps } from "../../src/taskpane/check/repair";
import { repairLines } from "../../src/taskpane/check/report";
import type { ExcelRun } from "../../src/taskpane/excelRun";
import { MARK_KEY } from "../../src/taskpane/sheetMark";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import {
  createState,
  type FakeCalculator,
  type FakeCell,
  type FakeState,
  type FakeValue,
} from "../fixtures/fake-excel/state";
import { evaluateExample } from "../support/formula";

/** The mark the insertion puts on the sheets it inserts (src/taskpane/sheetMark.ts). */
const MARKED = { [MARK_KEY]: "ECO函数" };
const TEMPLATE_PROTECTION = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowFormatCells: false,
  allowEditObjects: false,
  selectionMode: "Normal",
};

/**
 * Excel with ECO loaded: a typed ECO call calculates (inside IF(1>0,…) too, the one wrapper the
 * tests use); the stored spelling or any unknown name stays #NAME?.
 */
const excelWithEco: FakeCalculator = (formula) => {
  if (/_xldudf_|SUMM\(/.test(formula)) return "#NAME?";
  const call = /^=ECO\.[A-Z_]+\(.*\)$/.test(formula)
    ? formula
    : /ECO\.[A-Z_]+\([^()]*\)/.exec(formula)?.[0];
  if (call === undefined) return undefined;
  const grid = evaluateExample(call.startsWith("=") ? call : `=${call}`).map((row) =>
    row.map((cell): FakeValue => (typeof cell === "object" ? "#VALUE!" : cell))
  );
  return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid;
};
const excelWithoutEco: FakeCalculator = () => "#NAME?";

const nameError = (formula: string): FakeCell => ({ formula, value: "#NAME?" });

function workbook(calculate: FakeCalculator = excelWithEco): FakeState {
  const state = createState(["Sheet1", "ECO函数", "ECO函数 (2)", "Budget", "Notes"], {
    sheets: [],
    names: [],
  });
  state.calculate = calculate;
  const [user, eco, ecoCopy, budget, notes] = state.sheets;
  Object.assign(user!.cells, {
    A1: { formula: "Fleet", value: "Fleet" },
    A2: { formula: 100000, value: 100000 },
    B3: nameError("=ECO.LTV(1000,0.8,0.1)"),
    B4: { formula: "=ECO.LTV(1000,0.8,0.1,3)", value: 2256.198347107438 }, // bound: untouched
    B5: nameError("=SUMM(A2)"), // a #NAME? that is not ECO's: untouched
    B6: { formula: '=ECO.LTV("x")', value: "#VALUE!" }, // an ECO error that is not #NAME?
    C1: {
      formula: "=ECO.LTV(1,0.8,0.1) is how you call it",
      value: "=ECO.LTV(1,0.8,0.1) is how you call it",
    },
    C7: nameError('=IF(1>0,_xldudf_ECO_DATA_ASSET_VALUE(100000),"")'),
  });
  Object.assign(eco!.cells, {
    B2: { formula: "ECO 函数核对", value: "ECO 函数核对" },
    D5: nameError("=_xldudf_ECO_DATA_ASSET_VALUE(100000)"),
    D6: nameError('=_xldudf_ECO_ECOSYSTEM_REVENUE(500000,"倍数")'),
    D10: nameError('=[2]!_xldudf_ECO_ECOSYSTEM_REVENUE(500000,"明细",,"亿")'), // spills 9×2 once bound
    E5: { formula: '=IF(ISERROR(D5),"未加载加载项","一致")', value: "未加载加载项" },
  });
  eco!.protection = { protected: true, password: null, options: { ...TEMPLATE_PROTECTION } };
  eco!.customProperties = { ...MARKED };
  Object.assign(ecoCopy!.cells, {
    D5: nameError("=ECO.USER_ASSET_VALUE(1000000,0.8,20000,0.5)"),
  });
  ecoCopy!.customProperties = { ...MARKED };
  ecoCopy!.protection = {
    protected: true,
    password: null,
    options: { ...TEMPLATE_PROTECTION, allowFormatCells: true },
  };
  Object.assign(budget!.cells, { A1: nameError("=ECO.LTV(500,0.9,0.08)") });
  budget!.protection = { protected: true, password: "s3cret", options: { allowSort: true } };
  Object.assign(notes!.cells, { A1: nameError("=ECO.DATA_ASSET_VALUE(1)") });
  notes!.protection = { protected: true, password: null, options: {} };
  return state;
}

function deps(state: FakeState, overrides: Partial<RepairDeps> = {}) {
  let syncs = 0;
  const base = mockExcelRun(state);
  const run: ExcelRun = (batch) =>
    base((context) =>
      batch({
        workbook: context.workbook,
        sync: () => {
          syncs += 1;
          return context.sync();
        },
      } as Excel.RequestContext)
    );
  const d: RepairDeps = {
    run,
    isSetSupported: (set, version) =>
      (set === "ExcelApi" && ["1.1", "1.4", "1.7", "1.9", "1.12", "1.13"].includes(version)) ||
      (set === "ExcelApiOnline" && version === "1.1"),
    ...overrides,
  };
  return { deps: d, syncs: () => syncs };
}

type Snapshot = Record<string, { cells: Record<string, FakeCell>; protection: unknown }>;
const snapshot = (state: FakeState): Snapshot =>
  JSON.parse(
    JSON.stringify(
      Object.fromEntries(
        state.sheets.map((s) => [s.name, { cells: s.cells, protection: s.protection }])
      )
    )
  ) as Snapshot;

/** Every cell of `before` except `changed` ("Sheet!A1"), and no new cell outside `spill`. */
function expectUntouched(
  before: Snapshot,
  after: Snapshot,
  changed: string[],
  spill: string[] = []
) {
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const [sheet, { cells }] of Object.entries(before)) {
    for (const [address, cell] of Object.entries(cells)) {
      if (changed.includes(`${sheet}!${address}`)) continue;
      expect(JSON.stringify(after[sheet]!.cells[address]), `${sheet}!${address}`).toBe(
        JSON.stringify(cell)
      );
    }
    const added = Object.keys(after[sheet]!.cells).filter((a) => !(a in cells));
    expect(
      added.filter((a) => !spill.includes(`${sheet}!${a}`)),
      sheet
    ).toEqual([]);
  }
}

const breakdownSpill = ["D", "E"].flatMap((col) =>
  Array.from({ length: 9 }, (_, i) => `ECO函数!${col}${10 + i}`).filter((a) => a !== "ECO函数!D10")
);

describe("repairNameErrors", () => {
  it.each([
    ["getSpecialCells (ExcelApi 1.9)", {}, "specialCells"],
    [
      "used ranges in blocks (no ExcelApi 1.9)",
      {
        isSetSupported: (set: string, v: string) =>
          set === "ExcelApi" && v !== "1.9" && v !== "1.13",
        blockRows: 3,
      },
      "usedRange",
    ],
  ] as const)(
    "re-enters ECO #NAME? formulas, lifts and restores password-free planning protection, skips the rest (%s)",
    async (_, overrides, method) => {
      const state = workbook();
      const before = snapshot(state);
      const { deps: d } = deps(state, overrides);
      const report = await repairNameErrors(d);

      expect(report.method).toBe(method);
      expect(report.found).toBe(8);
      expect(report.fixed.map((c) => [c.check.address, c.check.written, c.check.state])).toEqual([
        ["Sheet1!B3", "=ECO.LTV(1000,0.8,0.1)", "bound"],
        ["Sheet1!C7", '=IF(1>0,ECO.DATA_ASSET_VALUE(100000),"")', "bound"],
        ["ECO函数!D5", "=ECO.DATA_ASSET_VALUE(100000)", "bound"],
        ["ECO函数!D6", '=ECO.ECOSYSTEM_REVENUE(500000,"倍数")', "bound"],
        ["ECO函数!D10", '=ECO.ECOSYSTEM_REVENUE(500000,"明细",,"亿")', "bound"],
        ["ECO函数 (2)!D5", "=ECO.USER_ASSET_VALUE(1000000,0.8,20000,0.5)", "bound"],
      ]);
      expect(report.stillName).toEqual([]);
      // Where Excel tells (ExcelApiOnline 1.1), the password is named; elsewhere a protected user
      // sheet is skipped unopened, because trying unprotect() on it could lift its protection.
      expect(report.skipped).toEqual([
        {
          sheet: "Budget",
          reason: method === "specialCells" ? "password" : "notProvablyOurs",
          cells: ["Budget!A1"],
        },
        { sheet: "Notes", reason: "notProvablyOurs", cells: ["Notes!A1"] },
      ]);
      expect(report.reprotected).toEqual(["ECO函数", "ECO函数 (2)"]);
      expect(report.reprotectFailed).toEqual([]);

      // The re-entered cells calculate now (the fake computes with the functions' own code).
      const eco = state.sheets.find((s) => s.name === "ECO函数")!;
      expect(eco.cells["D5"]?.value).toBe(76_500_000);
      expect(eco.cells["D6"]?.value).toBe(4.5);
      expect(eco.cells["D10"]?.formula).toBe('=ECO.ECOSYSTEM_REVENUE(500000,"明细",,"亿")');
      expect(eco.cells["E18"]?.value).toBe(4.5); // the breakdown's last row: the multiple
      // Protection back, with the same options, no password; only the two planning sheets lifted.
      const after = snapshot(state);
      for (const sheet of ["ECO函数", "ECO函数 (2)", "Budget", "Notes"])
        expect(after[sheet]!.protection, sheet).toEqual(before[sheet]!.protection);
      expect(
        state.calls.filter((c) => c.startsWith("protection.")).map((c) => c.replace(/ \{.*$/, ""))
      ).toEqual([
        "protection.unprotect ECO函数",
        "protection.protect ECO函数",
        "protection.unprotect ECO函数 (2)",
        "protection.protect ECO函数 (2)",
      ]);
      // Nothing else changed: every other cell byte-identical; new cells only in the spill.
      expectUntouched(
        before,
        after,
        ["Sheet1!B3", "Sheet1!C7", "ECO函数!D5", "ECO函数!D6", "ECO函数!D10", "ECO函数 (2)!D5"],
        breakdownSpill
      );
      expect(
        state.calls.filter((c) => c.startsWith("formulas ") || c.startsWith("values "))
      ).toHaveLength(6);
    }
  );

  it("on desktop (no isPasswordProtected) finds the password when unprotect() without one is refused", async () => {
    const state = workbook();
    // A planning sheet the user protected again, with a password.
    state.sheets[1]!.protection = {
      protected: true,
      password: "pw",
      options: { ...TEMPLATE_PROTECTION },
    };
    const before = snapshot(state);
    const { deps: d } = deps(state, {
      isSetSupported: (set) => set === "ExcelApi",
    });
    const report = await repairNameErrors(d);
    expect(report.skipped.map((s) => [s.sheet, s.reason, s.cells.length])).toEqual([
      ["ECO函数", "password", 3],
      ["Budget", "notProvablyOurs", 1],
      ["Notes", "notProvablyOurs", 1],
    ]);
    expect(report.reprotected).toEqual(["ECO函数 (2)"]);
    const after = snapshot(state);
    expect(after["ECO函数"]).toEqual(before["ECO函数"]);
    expect(after["Budget"]).toEqual(before["Budget"]);
  });

  it("reports what is still #NAME? after re-entry when ECO is not loaded, and restores protection", async () => {
    const state = workbook(excelWithoutEco);
    const before = snapshot(state);
    const { deps: d } = deps(state);
    const report = await repairNameErrors(d);
    expect(report.fixed).toEqual([]);
    expect(report.stillName.map((c) => [c.check.address, c.check.state])).toEqual([
      ["Sheet1!B3", "notBound"],
      ["Sheet1!C7", "notBound"],
      ["ECO函数!D5", "notBound"],
      ["ECO函数!D6", "notBound"],
      ["ECO函数!D10", "notBound"],
      ["ECO函数 (2)!D5", "notBound"],
    ]);
    expect(report.reprotected).toEqual(["ECO函数", "ECO函数 (2)"]);
    const after = snapshot(state);
    for (const sheet of ["ECO函数", "ECO函数 (2)"])
      expect(after[sheet]!.protection).toEqual(before[sheet]!.protection);
    const lines = repairLines(report, "en-US");
    expect(lines[0]).toBe(
      "✗ 6 ECO formulas still show #NAME? after re-entry: the ECO functions are not loaded in this Excel. Close and reopen the task pane, or sideload the manifest again, then repair again."
    );
    expect(repairLines(report, "zh-CN")).toContain(
      "工作表“Budget”受密码保护，已跳过（1 个公式）。请输入密码取消保护后再修复。"
    );
  });

  it("says there is nothing to repair, touching nothing, in a workbook without stuck ECO formulas", async () => {
    const state = createState(["Sheet1"], { sheets: [], names: [] });
    state.sheets[0]!.cells["A1"] = { formula: "=SUMM(1)", value: "#NAME?" };
    const before = snapshot(state);
    const { deps: d } = deps(state);
    const report = await repairNameErrors(d);
    expect(report.found).toBe(0);
    expect(repairLines(report, "zh-CN")).toEqual(["✓ 没有找到显示 #NAME? 的 ECO 公式。"]);
    expect(snapshot(state)).toEqual(before);
    expect(state.calls.filter((c) => !c.startsWith("getSpecialCells"))).toEqual([]);
  });

  it("reads a large sheet in a fixed number of syncs, not cell by cell", async () => {
    for (const rows of [50, 3000]) {
      const state = createState(["Big"], { sheets: [], names: [] });
      state.calculate = excelWithEco;
      for (let r = 1; r <= rows; r++) {
        state.sheets[0]!.cells[`A${r}`] = { formula: r, value: r };
        state.sheets[0]!.cells[`B${r}`] =
          r % 10 === 0
            ? nameError(`=ECO.LTV(A${r},0.8,0.1)`.replace(`A${r}`, String(r)))
            : { formula: `=A${r}*2`, value: r * 2 };
      }
      const { deps: d, syncs } = deps(state);
      const report = await repairNameErrors(d);
      expect(report.fixed).toHaveLength(rows / 10);
      expect(syncs(), `${rows} rows`).toBeLessThanOrEqual(6);
    }
  });
});

/**
 * The self-test against the office-addin-mock fake Excel. The fake "calculates" each formula the
 * way Excel with ECO loaded would: with the custom functions' own code (test/support/formula.ts),
 * while the self-test compares with the model. Tests then break that Excel in the ways a
 * workshop machine breaks: a wrong result, #NAME?, a slow calculation, a failure half-way, a
 * sheet already called ECO_SELFTEST.
 */
import { describe, expect, it } from "vitest";
import { checkMessages } from "../../src/taskpane/check/messages";
import { lineText, selfTestText } from "../../src/taskpane/check/report";
import {
  API_NEEDS,
  runSelfTest,
  TEMPLATE_PATHS,
  type CheckLine,
  type SelfTestDeps,
} from "../../src/taskpane/check/selfTest";
import { LANGUAGES } from "../../src/model/language";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import {
  createState,
  fingerprint,
  type FakeCalculator,
  type FakeState,
  type FakeValue,
} from "../fixtures/fake-excel/state";
import { evaluateExample } from "../support/formula";

/** Excel with ECO loaded: the functions' own code computes each formula. */
const excelWithEco: FakeCalculator = (formula) => {
  const grid = evaluateExample(formula).map((row) =>
    row.map((cell): FakeValue => (typeof cell === "object" ? "#VALUE!" : cell))
  );
  return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid;
};

/** Requirement-set versions compare part by part: 1.9 < 1.13. */
function atMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [c = 0, d = 0] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

function setUp(userSheets = ["Sheet1", "销售预测"], calculate: FakeCalculator = excelWithEco) {
  const state = createState(userSheets, { sheets: [], names: [] });
  state.sheets[0]!.cells["B2"] = { value: 0.07, formula: 0.07 };
  state.sheets[0]!.cells["C2"] = { value: 7, formula: "=B2*100" };
  state.activeSheetId = state.sheets[1]!.id;
  state.calculate = calculate;
  const fetched: string[] = [];
  const sleeps: number[] = [];
  const deps: SelfTestDeps = {
    run: mockExcelRun(state),
    fetchFile: async (url) => {
      fetched.push(url);
      return { ok: true, status: 200, arrayBuffer: async () => ZIP.buffer.slice(0) };
    },
    isSetSupported: (set, version) =>
      (set === "ExcelApi" && atMost(version, "1.17")) ||
      (set === "CustomFunctionsRuntime" && atMost(version, "1.4")) ||
      (set === "SharedRuntime" && version === "1.1"),
    version: "1.0.0",
    hostUrl: "https://training.example.com/eco/",
    office: { platform: "PC", version: "16.0.17928.20114" },
    now: () => new Date(2026, 2, 8, 9, 41),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
  return { state, deps, fetched, sleeps };
}

const of = <K extends CheckLine["kind"]>(lines: readonly CheckLine[], kind: K) =>
  lines.filter((l): l is Extract<CheckLine, { kind: K }> => l.kind === kind);

/** Everything but the temporary sheet's traces: the user's sheets, names, active sheet. */
function userWorkbook(state: FakeState): string {
  return JSON.stringify({ book: fingerprint(state), active: state.activeSheetId });
}

describe("runSelfTest", () => {
  it("passes in an Excel where ECO calculates, and leaves the workbook as it was", async () => {
    const { state, deps, fetched } = setUp();
    const before = userWorkbook(state);
    const report = await runSelfTest(deps);

    expect(report.lines.filter((l) => !l.ok)).toEqual([]);
    const functions = of(report.lines, "function");
    expect(functions.map((l) => l.state)).toEqual(Array(7).fill("ok"));
    // The formulas Excel saw, with the seed's figures as the model computes them.
    expect(functions.map((l) => [l.formula, l.expected])).toEqual([
      ["=ECO.DATA_ASSET_VALUE(100000)", [76_500_000]],
      ['=ECO.USER_ASSET_VALUE(1000000,0.8,20000,0.5,"亿")', [80]],
      ['=ECO.ECOSYSTEM_REVENUE(500000,"倍数")', [4.5]],
      ["=ECO.LTV(1000,0.8,0.1,3)", [expect.closeTo(2256.198, 3)]],
      ["=ECO.ECOSYSTEM_REVENUE({100000;500000})", [450_000_000, 2_250_000_000]],
      // MODEL.md §8: the story's incremental NPV 2,598,162,969 元; §11.4: its P50 2,172,719,632 元.
      ['=ECO.PLAN(100000,,,,,,,,,,,,,,"增量净现值","亿")', [expect.closeTo(25.98162969, 8)]],
      ['=ECO.SIMULATE(100000,,,,,,,,,,,,,,"p50")', [expect.closeTo(2_172_719_632, -1)]],
    ]);
    expect(of(report.lines, "cleanup")).toEqual([
      { kind: "cleanup", ok: true, sheet: "ECO_SELFTEST" },
    ]);
    expect(state.calls).toContain("worksheets.add ECO_SELFTEST");
    expect(state.calls).toContain("worksheet.delete ECO_SELFTEST");
    expect(userWorkbook(state)).toBe(before);
    // APIs and templates.
    expect(of(report.lines, "api").map((l) => [l.set, l.version, l.ok])).toEqual(
      API_NEEDS.map((n) => [n.set, n.version, true])
    );
    expect(fetched.sort()).toEqual([...TEMPLATE_PATHS].sort());
    expect(of(report.lines, "template").map((l) => [l.url, l.ok, l.bytes])).toEqual(
      TEMPLATE_PATHS.map((p) => [`https://training.example.com/eco/${p}`, true, ZIP.length])
    );
  });

  it("reports a function that returns a wrong value, with what it got and what it should be", async () => {
    const { state, deps } = setUp(undefined, (formula) => {
      const right = excelWithEco(formula);
      return formula.startsWith("=ECO.LTV(") && typeof right === "number" ? right * 1.01 : right;
    });
    const before = userWorkbook(state);
    const report = await runSelfTest(deps);
    expect(report.ok).toBe(false);
    const ltv = of(report.lines, "function").find((l) => l.formula.startsWith("=ECO.LTV("))!;
    expect(ltv.state).toBe("wrongValue");
    expect(ltv.actual[0]).toBeCloseTo(ltv.expected[0]! * 1.01, 6);
    expect(of(report.lines, "function").filter((l) => l.ok)).toHaveLength(6);
    expect(lineText(ltv, "en-US")).toMatch(
      /^✗ =ECO\.LTV\(1000,0\.8,0\.1,3\) wrong result: got 2,278\.76\d*, expected 2,256\.19\d*$/
    );
    expect(lineText(ltv, "zh-CN")).toMatch(/结果不对：得到 2,278\.76\d*，应为 2,256\.19\d*/);
    expect(userWorkbook(state)).toBe(before);
  });

  it("tells #NAME? (functions not bound) apart, and still removes the sheet", async () => {
    const { state, deps } = setUp(undefined, () => "#NAME?");
    const before = userWorkbook(state);
    const report = await runSelfTest(deps);
    expect(of(report.lines, "function").map((l) => l.state)).toEqual(Array(7).fill("notBound"));
    expect(lineText(of(report.lines, "function")[0]!, "zh-CN")).toContain("显示 #NAME?");
    expect(of(report.lines, "cleanup")[0]?.ok).toBe(true);
    expect(userWorkbook(state)).toBe(before);
  });

  it("waits while Excel calculates (#BUSY!), then compares", async () => {
    let busyReads = 0;
    const { state, deps, sleeps } = setUp(undefined, (formula) => {
      const right = excelWithEco(formula);
      return Array.isArray(right) ? right.map((r) => r.map(() => "#BUSY!")) : "#BUSY!";
    });
    const calculateLater = {
      ...deps,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        busyReads += 1;
        if (busyReads === 3) {
          // Excel finishes: every formula on the temporary sheet gets its value.
          const sheet = state.sheets.find((s) => s.name === "ECO_SELFTEST")!;
          for (const [address, cell] of Object.entries(sheet.cells)) {
            if (typeof cell.formula !== "string" || !cell.formula.startsWith("=")) continue;
            const v = excelWithEco(cell.formula);
            if (Array.isArray(v)) {
              const row = Number(address.slice(1));
              v.forEach(
                (r, i) =>
                  (sheet.cells[`A${row + i}`] = {
                    formula: i === 0 ? cell.formula : r[0]!,
                    value: r[0]!,
                  })
              );
            } else cell.value = v!;
          }
        }
      },
    };
    const report = await runSelfTest(calculateLater);
    expect(sleeps).toEqual([250, 250, 250]);
    expect(of(report.lines, "function").every((l) => l.state === "ok")).toBe(true);
  });

  it("gives up waiting after the timeout and says the function is still calculating", async () => {
    const { deps, sleeps } = setUp(undefined, () => "#BUSY!");
    const report = await runSelfTest({ ...deps, timeoutMs: 1000, pollMs: 250 });
    expect(sleeps).toEqual([250, 250, 250, 250]);
    expect(of(report.lines, "function").map((l) => l.state)).toEqual(Array(7).fill("pending"));
    expect(lineText(of(report.lines, "function")[0]!, "en-US")).toMatch(/still calculating/);
  });

  it("removes the temporary sheet after a failure half-way (writing the formulas)", async () => {
    const { state, deps } = setUp();
    const before = userWorkbook(state);
    state.failAt = "formulas";
    const report = await runSelfTest(deps);
    expect(state.calls).toContain("worksheets.add ECO_SELFTEST");
    expect(of(report.lines, "function")).toEqual([]);
    expect(of(report.lines, "functionsFailed")).toEqual([
      expect.objectContaining({ ok: false, problem: "unknown" }),
    ]);
    expect(of(report.lines, "cleanup")).toEqual([
      { kind: "cleanup", ok: true, sheet: "ECO_SELFTEST" },
    ]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "销售预测"]);
    expect(userWorkbook(state)).toBe(before);
    // The templates and APIs are still checked.
    expect(of(report.lines, "template").every((l) => l.ok)).toBe(true);
  });

  it("removes the temporary sheet when Excel fails right after adding it", async () => {
    const { state, deps } = setUp();
    const before = userWorkbook(state);
    state.failAt = "addSheet";
    const report = await runSelfTest(deps);
    expect(of(report.lines, "functionsFailed")).toHaveLength(1);
    expect(of(report.lines, "cleanup")[0]?.ok).toBe(true);
    expect(userWorkbook(state)).toBe(before);
  });

  it("says so when the temporary sheet cannot be removed", async () => {
    const { state, deps } = setUp();
    const run = deps.run;
    let runs = 0;
    const report = await runSelfTest({
      ...deps,
      run: (batch) => {
        runs += 1;
        if (runs >= 3) state.failAt = "rollback"; // deleteSheet fails from the cleanup on
        return run(batch);
      },
    });
    const cleanup = of(report.lines, "cleanup")[0]!;
    expect(cleanup.ok).toBe(false);
    expect(cleanup.sheet).toBe("ECO_SELFTEST");
    expect(report.ok).toBe(false);
    expect(lineText(cleanup, "zh-CN")).toBe(
      "✗ 临时工作表“ECO_SELFTEST”未能删除，请右键单击该工作表标签并选择“删除”"
    );
  });

  it("picks another name when a sheet is called ECO_SELFTEST already, and leaves that sheet alone", async () => {
    const { state, deps } = setUp(["Sheet1", "ECO_SELFTEST", "eco_selftest_2"]);
    state.sheets[1]!.cells["A1"] = { value: "mine", formula: "mine" };
    state.sheets[1]!.cells["A2"] = { value: 3, formula: "=1+2" };
    const before = userWorkbook(state);
    const report = await runSelfTest(deps);
    expect(report.ok).toBe(true);
    expect(state.calls).toContain("worksheets.add ECO_SELFTEST_3");
    expect(of(report.lines, "cleanup")[0]).toEqual({
      kind: "cleanup",
      ok: true,
      sheet: "ECO_SELFTEST_3",
    });
    expect(state.calls.filter((c) => c.startsWith("worksheet.delete"))).toEqual([
      "worksheet.delete ECO_SELFTEST_3",
    ]);
    expect(
      state.calls.filter((c) => c.startsWith("formulas ") && !c.includes("ECO_SELFTEST_3!"))
    ).toEqual([]);
    expect(userWorkbook(state)).toBe(before);
  });

  it("reports a template that does not download, and an Excel without ExcelApi 1.13", async () => {
    const { deps } = setUp();
    const report = await runSelfTest({
      ...deps,
      isSetSupported: (set, version) => !(set === "ExcelApi" && !atMost(version, "1.12")),
      fetchFile: async (url) =>
        url.includes("en-US")
          ? { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }
          : {
              ok: true,
              status: 200,
              arrayBuffer: async () => new TextEncoder().encode("<html>sign in</html>").buffer,
            },
    });
    const templates = of(report.lines, "template");
    expect(templates.map((l) => [l.ok, l.problem])).toEqual([
      [false, "notXlsx"],
      [false, "http"],
    ]);
    expect(lineText(templates[1]!, "en-US")).toBe(
      "✗ Template eco-planning-en-US.xlsx does not download: the server answered HTTP 404. Open https://training.example.com/eco/templates/eco-planning-en-US.xlsx in a browser to check."
    );
    const insert = of(report.lines, "api").find((l) => l.purpose === "insert")!;
    expect(insert.ok).toBe(false);
    expect(lineText(insert, "zh-CN")).toBe(
      "✗ ExcelApi 1.13 不可用（插入规划工作簿）：此 Excel 不能插入工作簿，请使用独立的 .xlsx 工作簿"
    );
  });
});

describe("the report a facilitator reads", () => {
  it.each(LANGUAGES)("has a header and one ✓/✗ line per check (%s)", async (lang) => {
    const { deps } = setUp(undefined, (formula) =>
      formula.startsWith("=ECO.DATA_ASSET_VALUE(") ? "#NAME?" : excelWithEco(formula)
    );
    const report = await runSelfTest(deps);
    const text = selfTestText(report, lang).split("\n");
    const t = checkMessages(lang).report;
    expect(text.slice(0, 7)).toEqual([
      t.title,
      t.version("1.0.0"),
      t.host("https://training.example.com/eco/"),
      t.office("PC", "16.0.17928.20114"),
      t.date("2026-03-08 09:41"),
      t.summary(report.lines.length - 1, report.lines.length),
      "",
    ]);
    const lines = text.slice(7);
    expect(lines).toHaveLength(report.lines.length);
    expect(lines.filter((l) => l.startsWith("✗"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("✓"))).toHaveLength(report.lines.length - 1);
    expect(lines[0]).toContain("=ECO.DATA_ASSET_VALUE(100000)");
    expect(lines[0]).toContain("#NAME?");
    if (lang === "zh-CN") {
      // Chinese prose uses full-width punctuation: no ASCII mark touches a Chinese character.
      expect(text.join("\n")).not.toMatch(/[\u4e00-\u9fff][:;,()?]|[:;,()?][\u4e00-\u9fff]/u);
      expect(text[1]).toBe("加载项版本：1.0.0");
    } else {
      expect(text[1]).toBe("Add-in version: 1.0.0");
    }
  });
});

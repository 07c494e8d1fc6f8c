/**
 * After the pane writes an ECO formula it reads the cell back and says whether Excel bound it:
 * the function reference's "write to selected cell" and the insertion's ECO step (which also
 * copes with a template sheet that arrives protected).
 */
import { describe, expect, it } from "vitest";
import { bindingState } from "../../src/taskpane/check/binding";
import { writeEcoFormulas } from "../../src/taskpane/check/ecoRewrite";
import { checkMessages } from "../../src/taskpane/check/messages";
import { writeFormulaChecked } from "../../src/taskpane/functionRef";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { createState, type FakeCalculator } from "../fixtures/fake-excel/state";

describe("bindingState", () => {
  const f = '=ECO.DATA_ASSET_VALUE(100000,"高")';
  it.each([
    [f, 76_500_000, "bound"],
    [f, "#VALUE!", "bound"], // the function ran and returned its own error
    [f, "#BUSY!", "pending"],
    [f, "#GETTING_DATA", "pending"],
    [f, "#NAME?", "notBound"],
    ['=_xldudf_ECO_DATA_ASSET_VALUE(100000,"高")', "#NAME?", "notBound"],
    ['=_xldudf_ECO_DATA_ASSET_VALUE(100000,"高")', 0, "rewritten"],
    ['=[1]!_xldudf_ECO_DATA_ASSET_VALUE(100000,"高")', 0, "rewritten"],
    ["=100000", 100000, "rewritten"],
    ['=eco.data_asset_value(100000,"高")', 76_500_000, "bound"],
  ] as const)("%s with value %s → %s", (readBack, value, state) => {
    expect(bindingState(f, readBack, value)).toBe(state);
  });
});

describe("the function reference writes to the selected cell and checks it", () => {
  const setUp = (calculate: FakeCalculator) => {
    const state = createState(["Sheet1"], { sheets: [], names: [] });
    state.calculate = calculate;
    return { state, run: mockExcelRun(state) };
  };

  it("reports a bound formula", async () => {
    const { state, run } = setUp(() => 3666.6666666666665);
    const check = await writeFormulaChecked(run, "=ECO.LTV(1000,0.8,0.1)");
    expect(check).toEqual({
      address: "Sheet1!B2",
      written: "=ECO.LTV(1000,0.8,0.1)",
      readBack: "=ECO.LTV(1000,0.8,0.1)",
      value: 3666.6666666666665,
      state: "bound",
    });
    expect(state.sheets[0]!.cells["B2"]?.formula).toBe("=ECO.LTV(1000,0.8,0.1)");
    expect(checkMessages("en-US").binding(check)).toBe(
      "✓ Excel recognised the ECO formula in Sheet1!B2."
    );
  });

  it("says plainly when Excel did not bind it (#NAME?)", async () => {
    const { run } = setUp(() => "#NAME?");
    const check = await writeFormulaChecked(run, "=ECO.LTV(1000,0.8,0.1)");
    expect(check.state).toBe("notBound");
    expect(checkMessages("zh-CN").binding(check)).toBe(
      "✗ Sheet1!B2 显示 #NAME?：此 Excel 没有识别 ECO 函数。请关闭再打开任务窗格后用“检查 › 修复 #NAME?”，或重新旁加载清单。"
    );
  });
});

describe("the insertion's ECO step (writeEcoFormulas)", () => {
  const OPTIONS = { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" };

  async function write(protectedSheet: boolean, calculate: FakeCalculator) {
    const state = createState(["Sheet1", "ECO函数"], { sheets: [], names: [] });
    const eco = state.sheets[1]!;
    eco.cells["D5"] = { formula: "=_xldudf_ECO_LTV(1000,0.8,0.1)", value: "#NAME?" };
    eco.cells["C5"] = { formula: "=1000/(1-0.8/1.1)", value: 3666.6666666666665 };
    if (protectedSheet) eco.protection = { protected: true, password: null, options: { ...OPTIONS } };
    state.calculate = calculate;
    const checks = await mockExcelRun(state)((context) =>
      writeEcoFormulas(context, [
        {
          sheet: context.workbook.worksheets.getItem("ECO函数"),
          address: "D5",
          formula: "=ECO.LTV(1000,0.8,0.1)",
        },
      ])
    );
    return { state, eco, checks };
  }

  it("writes and reads back on an unprotected sheet, touching protection not at all", async () => {
    const { state, eco, checks } = await write(false, () => 3666.6666666666665);
    expect(checks.map((c) => [c.address, c.state])).toEqual([["ECO函数!D5", "bound"]]);
    expect(eco.cells["D5"]).toEqual({ formula: "=ECO.LTV(1000,0.8,0.1)", value: 3666.6666666666665 });
    expect(state.calls.filter((c) => c.startsWith("protection."))).toEqual([]);
  });

  it("lifts a password-free protection for the write and puts it back with the same options", async () => {
    const { state, eco, checks } = await write(true, () => "#NAME?");
    expect(checks.map((c) => [c.address, c.state])).toEqual([["ECO函数!D5", "notBound"]]);
    expect(eco.cells["D5"]?.formula).toBe("=ECO.LTV(1000,0.8,0.1)");
    expect(eco.cells["C5"]).toEqual({ formula: "=1000/(1-0.8/1.1)", value: 3666.6666666666665 });
    expect(eco.protection).toEqual({ protected: true, password: null, options: OPTIONS });
    expect(state.calls.filter((c) => c.startsWith("protection.")).map((c) => c.split(" {")[0])).toEqual([
      "protection.unprotect ECO函数",
      "protection.protect ECO函数",
    ]);
  });
});

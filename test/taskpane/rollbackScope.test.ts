/**
 * Issue 18: a failed insertion's rollback removes only what the insertion added. A co-author
 * (Excel on the web) or the user adds a sheet and a name while the insertion runs, and changes a
 * name the insertion wrote; then the insertion fails. The rollback must leave all three alone, and
 * the report (in the pane, both languages) must list what was removed and what was left alone,
 * without claiming the workbook is exactly as it was.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { InsertFailure, insertPlanningWorkbook } from "../../src/taskpane/insert";
import { messages } from "../../src/taskpane/messages";
import { rollbackLines } from "../../src/taskpane/rollbackText";
import { EDITIONS, templateContract } from "../../src/workbook";
import { EXCEL_ON_THE_WEB } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { addSheet, createState, type FakeSheet } from "../fixtures/fake-excel/state";
import { fakeTemplate } from "../fixtures/fake-excel/template";

describe.each(EDITIONS)("a failed insertion's rollback (%s)", (edition) => {
  const contract = templateContract(edition);

  async function failWithCoauthor(coauthor: (state: ReturnType<typeof createState>) => void) {
    const state = createState(["Sheet1"], fakeTemplate(contract), [
      { name: "MyRate", formula: "=Sheet1!$B$2" },
    ]);
    state.sheets[0]!.cells["B2"] = { value: 0.07, formula: 0.07 };
    const userSheet = JSON.stringify(state.sheets[0]);
    const failure = await insertPlanningWorkbook(
      { contract, inputs: { ...DEFAULT_PLAN_SETTINGS } },
      {
        run: mockExcelRun(state),
        loadTemplate: async () => "UEsDBBQ",
        isSetSupported: EXCEL_ON_THE_WEB,
        onStep: (step) => {
          // Between two of the insertion's requests' syncs: someone else works in the workbook.
          if (step === "inputs") coauthor(state);
          if (step === "charts") state.failAt = "charts";
        },
      }
    ).catch((e: unknown) => e);
    state.failAt = undefined;
    expect(failure).toBeInstanceOf(InsertFailure);
    expect(JSON.stringify(state.sheets[0])).toBe(userSheet);
    return { state, rollback: (failure as InsertFailure).rollback };
  }

  it("keeps a sheet and a name a co-author added mid-insertion, with their data", async () => {
    let theirs: FakeSheet | undefined;
    const { state, rollback } = await failWithCoauthor((s) => {
      theirs = addSheet(s, "Q3 draft", { A1: { value: "their notes", formula: "their notes" } });
      s.names.push({ name: "TheirRate", formula: "='Q3 draft'!$A$1" });
    });
    // Their sheet and name are there, untouched; none of the insertion's sheets or names are.
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Q3 draft"]);
    expect(state.sheets[1]).toEqual(theirs);
    expect(state.sheets[1]!.cells["A1"]?.value).toBe("their notes");
    expect(state.names).toEqual([
      { name: "MyRate", formula: "=Sheet1!$B$2" },
      { name: "TheirRate", formula: "='Q3 draft'!$A$1" },
    ]);
    // The report is true: ours removed, theirs left alone, nothing left over.
    expect(rollback.complete).toBe(true);
    expect(rollback.leftovers).toEqual([]);
    expect(rollback.leftAlone).toEqual([
      { kind: "name", name: "TheirRate", reason: "notAdded" },
      { kind: "sheet", name: "Q3 draft", reason: "notAdded" },
    ]);
    expect(rollback.removed.filter((r) => r.kind === "sheet").map((r) => r.name)).toEqual(
      contract.sheetNames
    );
    expect(rollback.removed.filter((r) => r.kind === "name").map((r) => r.name)).toEqual(
      Object.keys(contract.names)
    );
    // In the pane: never "exactly as it was" while someone else's sheet is there.
    const zh = rollbackLines(rollback, messages("zh-CN").insert);
    const en = rollbackLines(rollback, messages("en-US").insert);
    expect(zh).not.toContain(messages("zh-CN").insert.rolledBack);
    expect(en).not.toContain(messages("en-US").insert.rolledBack);
    expect(zh[0]).toBe("已撤销本次插入添加的全部内容。");
    expect(
      zh.some((l) => l.includes("“Q3 draft”") && l.includes("TheirRate") && l.includes("原样保留"))
    ).toBe(true);
    expect(
      en.some(
        (l) => l.startsWith("Left alone:") && l.includes('"Q3 draft"') && l.includes("TheirRate")
      )
    ).toBe(true);
    for (const sheet of contract.sheetNames) {
      expect(
        zh.some((l) => l.startsWith("已删除") && l.includes(`“${sheet}”`)),
        sheet
      ).toBe(true);
      expect(
        en.some((l) => l.startsWith("Removed") && l.includes(`"${sheet}"`)),
        sheet
      ).toBe(true);
    }
  });

  it("leaves a name the insertion wrote as someone changed it since, and says so", async () => {
    const { state, rollback } = await failWithCoauthor((s) => {
      const fleet = s.names.find((n) => n.name === "In_Fleet")!;
      fleet.formula = "=Sheet1!$B$2";
    });
    expect(state.names).toEqual([
      { name: "MyRate", formula: "=Sheet1!$B$2" },
      { name: "In_Fleet", formula: "=Sheet1!$B$2" },
    ]);
    expect(rollback.leftAlone).toEqual([
      { kind: "name", name: "In_Fleet", reason: "changedSince" },
    ]);
    expect(rollback.removed.map((r) => r.name)).not.toContain("In_Fleet");
    const en = rollbackLines(rollback, messages("en-US").insert);
    expect(en).toContain(
      "Left alone: name In_Fleet, changed by someone since the insertion wrote it."
    );
  });

  it("says everything is as it was only when nothing else appeared", async () => {
    const { state, rollback } = await failWithCoauthor(() => undefined);
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(rollback.leftAlone).toEqual([]);
    expect(rollbackLines(rollback, messages(edition).insert)[0]).toBe(
      messages(edition).insert.rolledBack
    );
  });
});

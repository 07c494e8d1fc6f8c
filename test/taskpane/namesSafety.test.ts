/**
 * Issue 27: what the insertion and its rollback write into workbook names.
 * - Desktop Excel reports NamedItem.formula in the user's language (office-js #2834: "=SUMME(A;B)"
 *   for "=SUM(A,B)") while the setter takes English. Every name formula the pane writes is its
 *   contract's, never one it read from Excel; a user's name Excel changed is left and reported.
 * - A co-author's edit to a user's name, anywhere between the pane's snapshot and the rollback, is
 *   never reverted, and a rollback says it left it.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import {
  InsertFailure,
  insertPlanningWorkbook,
  type InsertDeps,
  type InsertOutcome,
} from "../../src/taskpane/insert";
import { messages, type InsertStep } from "../../src/taskpane/messages";
import { rollbackLines } from "../../src/taskpane/rollbackText";
import { nameFormula } from "../../src/taskpane/sheetRefs";
import { EDITIONS, templateContract } from "../../src/workbook";
import { EXCEL_ON_THE_WEB } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { createState, type FakeName, type FakeState } from "../fixtures/fake-excel/state";
import { fakeTemplate } from "../fixtures/fake-excel/template";

/** German Excel's reading of a formula: function names and separators in German. */
const german = (formula: string): string =>
  formula
    .replace(/\bSUM\(/g, "SUMME(")
    .replace(/\bTRUE\b/g, "WAHR")
    .replace(/,/g, ";");

const USER_NAMES: readonly FakeName[] = [
  { name: "MyRate", formula: "=Sheet1!$B$2" },
  { name: "MyTotal", formula: "=SUM(Sheet1!$B$2,Sheet1!$C$2)" },
  { name: "MyFlag", formula: "=TRUE" },
];

describe.each(EDITIONS)("workbook names an insertion writes (%s)", (edition) => {
  const contract = templateContract(edition);
  /** The formula the contract gives each of the model's names (no sheet renamed here). */
  const ours = new Map(
    Object.entries(contract.names).map(([name, ref]) => [name, nameFormula(ref.sheet, ref.address)])
  );

  function book(): FakeState {
    const state = createState(["Sheet1"], fakeTemplate(contract), [...USER_NAMES]);
    state.sheets[0]!.cells["B2"] = { value: 0.07, formula: 0.07 };
    state.sheets[0]!.cells["C2"] = { value: 7, formula: 7 };
    return state;
  }

  function insert(state: FakeState, onStep?: (step: InsertStep) => void) {
    const deps: InsertDeps = {
      run: mockExcelRun(state),
      loadTemplate: async () => "UEsDBBQ",
      isSetSupported: EXCEL_ON_THE_WEB,
      ...(onStep ? { onStep } : {}),
    };
    return insertPlanningWorkbook({ contract, inputs: { ...DEFAULT_PLAN_SETTINGS } }, deps);
  }

  async function insertFailing(state: FakeState, onStep: (step: InsertStep) => void) {
    const failure = await insert(state, onStep).catch((e: unknown) => e);
    state.failAt = undefined;
    expect(failure).toBeInstanceOf(InsertFailure);
    return (failure as InsertFailure).rollback;
  }

  /** Every name formula the pane wrote, as [name, formula]. */
  const nameWrites = (state: FakeState): [string, string][] =>
    state.calls
      .filter((c) => c.startsWith("name.formula "))
      .map((c) => {
        const [, name = "", ...formula] = c.split(" ");
        return [name, formula.join(" ")];
      });

  const user = (state: FakeState, name: string) => state.names.find((n) => n.name === name);

  /** Excel, inserting the sheets, breaks one of the user's names. */
  const excelBreaksMyTotal = (state: FakeState): void => {
    state.onInsert = () => {
      user(state, "MyTotal")!.formula = "=SUM(#REF!,Sheet1!$C$2)";
    };
  };

  describe("when Excel reads names back localized (#2834)", () => {
    it("writes only the contract's formulas, and leaves a user's name Excel changed as it is, saying so", async () => {
      const state = book();
      state.readNameFormula = german;
      excelBreaksMyTotal(state);

      const outcome: InsertOutcome = await insert(state);

      const writes = nameWrites(state);
      // The template's names come in as #REF! and are pointed at the inserted cells.
      expect(writes.length).toBeGreaterThan(0);
      for (const [name, formula] of writes) expect(formula, name).toBe(ours.get(name));
      expect(user(state, "MyTotal")?.formula).toBe("=SUM(#REF!,Sheet1!$C$2)");
      expect(user(state, "MyRate")?.formula).toBe("=Sheet1!$B$2");
      expect(user(state, "MyFlag")?.formula).toBe("=TRUE");
      expect(outcome.namesChangedByExcel).toEqual(["MyTotal"]);
      expect(messages("zh-CN").insert.namesChangedNote(["MyTotal"])).toContain("MyTotal");
      expect(messages("en-US").insert.namesChangedNote(["MyTotal"])).toMatch(
        /^Excel changed your name MyTotal while inserting the sheets\./
      );
    });

    it("a rollback writes no name back, and says which of the user's names Excel changed", async () => {
      const state = book();
      state.readNameFormula = german;
      excelBreaksMyTotal(state);

      // Fails while writing the ECO formulas, before the names are linked.
      const rollback = await insertFailing(state, (step) => {
        if (step === "link") state.failAt = "formulas";
      });

      expect(nameWrites(state)).toEqual([]);
      expect(user(state, "MyTotal")?.formula).toBe("=SUM(#REF!,Sheet1!$C$2)");
      expect(state.names.map((n) => n.name)).toEqual(USER_NAMES.map((n) => n.name));
      expect(rollback.leftAlone).toEqual([
        { kind: "name", name: "MyTotal", reason: "changedByExcel" },
      ]);
      // Not "complete": the user's name is not as it was.
      expect(rollback.complete).toBe(false);
      const zh = rollbackLines(rollback, messages("zh-CN").insert);
      const en = rollbackLines(rollback, messages("en-US").insert);
      expect(zh).not.toContain(messages("zh-CN").insert.rolledBackOwn);
      expect(zh.some((l) => l.startsWith("Excel 在插入工作表时改动了您的名称 MyTotal"))).toBe(true);
      expect(en).toContain(
        "Excel changed your name MyTotal while inserting the sheets. Excel reports a name's formula in your display language, so ECO cannot write the old one back exactly and left it as it is: check what it refers to."
      );
    });
  });

  it("a rollback that fails itself never asks the user to delete one of their own names", async () => {
    const state = book();
    excelBreaksMyTotal(state);
    const rollback = await insertFailing(state, (step) => {
      if (step === "charts") state.failAt = "charts";
      // The rollback's request fails too.
      if (step === "charts")
        state.onSync = (request) => {
          if (request === 3) state.failAt = "rollback";
        };
    });
    expect(rollback.complete).toBe(false);
    expect(rollback.leftovers).toContain(contract.sheetNames[0]);
    expect(rollback.leftovers).toContain("In_Fleet");
    for (const { name } of USER_NAMES) expect(rollback.leftovers).not.toContain(name);
  });

  describe("a co-author's edit to a user's name", () => {
    const theirs = "=Sheet1!$C$2";
    /** Request 1 is the snapshot; request 2's first sync carries the insertion. */
    const beforeInsertion = (state: FakeState): void => {
      state.onSync = (request, sync) => {
        if (request === 2 && sync === 1) user(state, "MyRate")!.formula = theirs;
      };
    };

    it("between the snapshot and the insertion: kept when the insertion succeeds", async () => {
      const state = book();
      beforeInsertion(state);
      const outcome = await insert(state);
      expect(user(state, "MyRate")?.formula).toBe(theirs);
      expect(nameWrites(state).filter(([name]) => name === "MyRate")).toEqual([]);
      expect(outcome.namesChangedByExcel).toEqual([]);
    });

    it("between the snapshot and the insertion: kept by the rollback, and reported", async () => {
      const state = book();
      beforeInsertion(state);
      const rollback = await insertFailing(state, (step) => {
        if (step === "charts") state.failAt = "charts";
      });
      expect(user(state, "MyRate")?.formula).toBe(theirs);
      expect(nameWrites(state).filter(([name]) => name === "MyRate")).toEqual([]);
      expect(rollback.leftAlone).toEqual([
        { kind: "name", name: "MyRate", reason: "changedByOthers" },
      ]);
      expect(rollback.complete).toBe(true);
      expect(rollbackLines(rollback, messages("en-US").insert)).toEqual([
        messages("en-US").insert.rolledBackOwn,
        expect.stringMatching(/^Removed what this insertion added: /),
        "Left alone: name MyRate, changed by someone else (or you) while the insertion ran, not by the insertion.",
      ]);
      expect(rollbackLines(rollback, messages("zh-CN").insert)).toContain(
        "名称 MyRate在插入期间被别人（或您）修改过，不是本次插入的改动，已原样保留。"
      );
    });

    it("after the insertion wrote its names: kept by the rollback, and reported", async () => {
      const state = book();
      const rollback = await insertFailing(state, (step) => {
        if (step === "inputs") user(state, "MyRate")!.formula = theirs;
        if (step === "charts") state.failAt = "charts";
      });
      expect(user(state, "MyRate")?.formula).toBe(theirs);
      expect(rollback.leftAlone).toEqual([
        { kind: "name", name: "MyRate", reason: "changedByOthers" },
      ]);
    });
  });
});

/**
 * The Check section's wiring, without a browser: the operations the view calls (check/live.ts)
 * bound to a fake Excel, Office and network through the same one-at-a-time queue index.ts uses;
 * the queue itself; the "copy report" fallbacks; and the report pieces the view shows.
 */
import { excelUpTo } from "../fixtures/fake-excel/apiSets";
import { afterEach, describe, expect, it, vi } from "vitest";
import { repairInExcel, runSelfTestInExcel } from "../../src/taskpane/check/live";
import type { RepairReport } from "../../src/taskpane/check/repair";
import {
  checkReportText,
  repairItems,
  repairLines,
  repairOutcome,
  selfTestText,
  withoutMark,
} from "../../src/taskpane/check/report";
import { serial } from "../../src/taskpane/serial";
import { VERSION } from "../../src/version";
import { copyText, type ReportBox } from "../../src/taskpane/view/copyText";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import {
  createState,
  fingerprint,
  type FakeCalculator,
  type FakeValue,
} from "../fixtures/fake-excel/state";
import { evaluateExample } from "../support/formula";

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

const excelWithEco: FakeCalculator = (formula) => {
  if (!/^=ECO\.[A-Z_]+\(/.test(formula)) return "#NAME?";
  const grid = evaluateExample(formula).map((row) =>
    row.map((cell): FakeValue => (typeof cell === "object" ? "#VALUE!" : cell))
  );
  return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid;
};

/** The globals check/live.ts reads, over a fake workbook: Excel.run, Office.context, fetch. */
function inExcel(calculate: FakeCalculator = excelWithEco) {
  const state = createState(["Sheet1", "Budget"], { sheets: [], names: [] });
  state.calculate = calculate;
  const fetched: string[] = [];
  vi.stubGlobal("Excel", { run: mockExcelRun(state) });
  vi.stubGlobal("Office", {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          excelUpTo("1.13")(set, version) ||
          (set === "CustomFunctionsRuntime" && version === "1.2") ||
          (set === "SharedRuntime" && version === "1.1"),
      },
      diagnostics: { platform: "OfficeOnline", version: "16.0.19000.10000" },
    },
  });
  vi.stubGlobal("window", { location: { href: "https://training.example.com/eco/taskpane.html" } });
  vi.stubGlobal("fetch", async (url: string) => {
    fetched.push(url);
    return { ok: true, status: 200, arrayBuffer: async () => ZIP.buffer.slice(0) };
  });
  return { state, fetched };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the Check operations as the pane calls them (check/live.ts through serial)", () => {
  it("runs the self-test against this Excel, its host and its version, leaving nothing behind", async () => {
    const { state, fetched } = inExcel();
    const before = fingerprint(state);
    const report = await serial()(runSelfTestInExcel);
    expect(report.ok).toBe(true);
    expect(report.version).toBe(VERSION);
    expect(report.hostUrl).toBe("https://training.example.com/eco/");
    expect(report.office).toEqual({ platform: "OfficeOnline", version: "16.0.19000.10000" });
    expect(fetched.sort()).toEqual([
      "templates/eco-planning-en-US.xlsx",
      "templates/eco-planning-zh-CN.xlsx",
    ]);
    expect(fingerprint(state)).toBe(before);
    const text = selfTestText(report, "en-US");
    expect(text).toContain(`Add-in version: ${VERSION}`);
    expect(text).toContain("Add-in host: https://training.example.com/eco/");
  });

  it("a double click queues a second self-test behind the first; neither leaves a sheet", async () => {
    const { state } = inExcel();
    const before = fingerprint(state);
    const queue = serial();
    const [first, second] = await Promise.all([
      queue(runSelfTestInExcel),
      queue(runSelfTestInExcel),
    ]);
    expect(first.ok && second.ok).toBe(true);
    // One at a time: the second added its sheet after the first deleted its own.
    expect(state.calls.filter((c) => /^(worksheets.add|worksheet.delete) /.test(c))).toEqual([
      "worksheets.add ECO_SELFTEST",
      "worksheet.delete ECO_SELFTEST",
      "worksheets.add ECO_SELFTEST",
      "worksheet.delete ECO_SELFTEST",
    ]);
    expect(fingerprint(state)).toBe(before);
  });

  it("repairs #NAME? through Office's requirement check and Excel.run", async () => {
    const { state } = inExcel();
    const budget = state.sheets[1]!;
    budget.cells["B2"] = { formula: "=_xldudf_ECO_LTV(1000,0.8,0.1)", value: "#NAME?" };
    budget.cells["B3"] = { formula: "=SUMM(1)", value: "#NAME?" };
    const report = await serial()(repairInExcel);
    expect(report.method).toBe("specialCells");
    expect(report.fixed.map((c) => [c.check.address, c.check.readBack])).toEqual([
      ["Budget!B2", "=ECO.LTV(1000,0.8,0.1)"],
    ]);
    expect(budget.cells["B3"]).toEqual({ formula: "=SUMM(1)", value: "#NAME?" });
    expect(repairLines(report, "en-US")).toEqual([
      "✓ Repaired 1 ECO formula; Excel calculates it now.",
      "✓ Budget!B2",
    ]);
  });
});

describe("serial", () => {
  it("starts each operation when the one before has settled, failed or not", async () => {
    const queue = serial();
    const events: string[] = [];
    const step =
      (name: string, fail = false) =>
      async () => {
        events.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 5));
        events.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue(step("a", true)),
      queue(step("b")),
      queue(step("c")),
    ]);
    expect(events).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
  });
});

describe("copyText", () => {
  const box = (): ReportBox & { selected: boolean; focused: boolean } => {
    const b = {
      value: "",
      hidden: true,
      scrollTop: 40,
      selected: false,
      focused: false,
      focus() {
        b.focused = true;
      },
      select() {
        b.selected = true;
      },
    };
    return b;
  };

  it("uses the clipboard when it takes the text, and leaves the box alone", async () => {
    const written: string[] = [];
    const b = box();
    const way = await copyText("report", b, {
      writeText: async (text) => void written.push(text),
      execCopy: () => {
        throw new Error("not called");
      },
    });
    expect(way).toBe("clipboard");
    expect(written).toEqual(["report"]);
    expect(b).toMatchObject({ value: "", hidden: true, selected: false });
  });

  it.each([
    ["refused", () => Promise.reject(new DOMException("denied", "NotAllowedError"))],
    ["silent", () => new Promise<void>(() => undefined)],
    ["missing", undefined],
  ] as const)("falls back to the selected text when the clipboard is %s", async (_, writeText) => {
    const b = box();
    let copiedSelection = "";
    const way = await copyText("report text", b, {
      writeText,
      execCopy: () => {
        copiedSelection = b.selected ? b.value : "";
        return true;
      },
      waitMs: 20,
    });
    expect(way).toBe("selection");
    expect(copiedSelection).toBe("report text");
    expect(b).toMatchObject({ hidden: false, focused: true, selected: true });
  });

  it("leaves the text selected for Ctrl+C when copying is refused altogether", async () => {
    for (const execCopy of [
      () => false,
      () => {
        throw new Error("SecurityError");
      },
    ]) {
      const b = box();
      const way = await copyText("report", b, { writeText: undefined, execCopy });
      expect(way).toBe("manual");
      expect(b).toMatchObject({ value: "report", hidden: false, focused: true, selected: true });
    }
  });
});

describe("the report pieces the view shows", () => {
  const repair = (over: Partial<RepairReport>): RepairReport => ({
    found: 0,
    fixed: [],
    stillName: [],
    skipped: [],
    changed: [],
    reprotected: [],
    reprotectFailed: [],
    method: "specialCells",
    ...over,
  });
  const cell = (address: string, state: "bound" | "notBound") => ({
    sheet: address.split("!")[0]!,
    check: { address, written: "=ECO.LTV(1,0.5,0.1)", readBack: "", value: 1, state },
  });

  it("gives each repair sentence its tone and cells, and the bar its outcome", () => {
    const report = repair({
      found: 4,
      fixed: [cell("Sheet1!B3", "bound"), cell("Sheet1!B4", "bound")],
      stillName: [cell("计算!D5", "notBound")],
      skipped: [{ sheet: "Budget", reason: "password", cells: ["Budget!A1"] }],
      reprotected: ["计算"],
    });
    const items = repairItems(report, "zh-CN");
    expect(items.map((i) => [i.tone, i.cells])).toEqual([
      ["ok", ["Sheet1!B3", "Sheet1!B4"]],
      ["fail", ["计算!D5"]],
      ["warn", ["Budget!A1"]],
      ["info", []],
    ]);
    expect(withoutMark(items[0]!.line)).toBe("已修复 2 个 ECO 公式，Excel 现在能计算它们。");
    expect(repairOutcome(report)).toBe("problems");
    expect(repairOutcome(repair({ found: 1, fixed: [cell("A!A1", "bound")] }))).toBe("done");
    expect(repairOutcome(repair({}))).toBe("done");
    expect(repairOutcome(repair({ failed: "CellEditMode" }))).toBe("failed");
    // The text report keeps one line per cell, as before.
    expect(repairLines(report, "en-US").slice(0, 3)).toEqual([
      "✓ Repaired 2 ECO formulas; Excel calculates them now.",
      "✓ Sheet1!B3",
      "✓ Sheet1!B4",
    ]);
  });

  it("copies the self-test and, when one ran, the repair as one text", async () => {
    inExcel();
    const selfTest = await runSelfTestInExcel();
    const fixed = repair({ found: 1, fixed: [cell("Sheet1!B3", "bound")] });
    expect(checkReportText(selfTest, null, "zh-CN")).toBe(selfTestText(selfTest, "zh-CN"));
    expect(checkReportText(selfTest, fixed, "zh-CN").split("\n").slice(-4)).toEqual([
      "",
      "修复 #NAME?",
      "✓ 已修复 1 个 ECO 公式，Excel 现在能计算它们。",
      "✓ Sheet1!B3",
    ]);
  });
});

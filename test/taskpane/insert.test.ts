import { beforeEach, describe, expect, it } from "vitest";
import { PRESETS, presetFleet, type PresetChoice } from "../../src/model/presets";
import type { ScenarioName } from "../../src/model/scenario";
import {
  InsertFailure,
  insertPlanningWorkbook,
  TemplateDownloadError,
  type InsertDeps,
} from "../../src/taskpane/insert";
import { INSERT_STEPS, type InsertStep } from "../../src/taskpane/messages";

import {
  EDITIONS,
  WORKBOOK_NAMES,
  type Edition,
  type TemplateContract,
} from "../../src/workbook/contract";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import {
  createState,
  fingerprint,
  type FailPoint,
  type FakeState,
} from "../fixtures/fake-excel/state";
import { expectedChart, fakeTemplate, fixtureContract } from "../fixtures/fake-excel/template";
import { templateContract } from "../../src/workbook";

const TEMPLATE_BASE64 = "UEsDBBQAAAAI"; // "PK…": the fake does not parse it

function setUp(
  edition: Edition,
  userSheets: readonly string[] = ["Sheet1", "销售预测"],
  userNames = [{ name: "MyRate", formula: "=Sheet1!$B$2" }]
) {
  const contract = contract0(edition);
  const state = createState(userSheets, fakeTemplate(contract), userNames);
  state.sheets[0]!.cells["B2"] = { value: 0.07, formula: 0.07 };
  state.sheets[0]!.cells["C2"] = { value: 7, formula: "=B2*100" };
  const steps: InsertStep[] = [];
  const deps: InsertDeps = {
    run: mockExcelRun(state),
    loadTemplate: async (path) => {
      expect(path).toBe(contract.templatePath);
      return TEMPLATE_BASE64;
    },
    onStep: (step) => steps.push(step),
  };
  return { contract, state, deps, steps };
}

function userPart(state: FakeState, userIds: readonly string[]): string {
  return JSON.stringify(state.sheets.filter((s) => userIds.includes(s.id)));
}

/** Every sheet a formula names, bare or quoted. */
function referencedSheets(formula: string): string[] {
  const refs: string[] = [];
  for (const m of formula
    .replace(/"(?:[^"]|"")*"/g, '""')
    .matchAll(/'((?:[^']|'')+)'!|([^\s'!=*+\-/&(),<>]+)!/gu)) {
    refs.push((m[1] ?? m[2] ?? "").replace(/''/g, "'"));
  }
  return refs;
}

const request = (contract: TemplateContract, fleet = 100_000, scenario: ScenarioName = "mid") => ({
  contract,
  fleet,
  scenario,
});

// Every case runs on a stand-in contract (sheet names with spaces, few sheets) and on the real
// planning workbook's contract (templateContract), in both editions.
const CONTRACTS = { "stand-in": fixtureContract, "planning workbook": templateContract } as const;
type ContractSource = keyof typeof CONTRACTS;
let source: ContractSource = "stand-in";

describe.each(
  EDITIONS.flatMap((e) => (Object.keys(CONTRACTS) as ContractSource[]).map((c) => [e, c] as const))
)("insertPlanningWorkbook (%s, %s contract)", (edition, contractSource) => {
  beforeEach(() => {
    source = contractSource;
  });

  it("inserts into a clean workbook: sheets, names, inputs, charts, dashboard, results", async () => {
    const { contract, state, deps, steps } = setUp(edition);
    const userIds = state.sheets.map((s) => s.id);
    const userBefore = userPart(state, userIds);

    const outcome = await insertPlanningWorkbook(request(contract, 500_000, "high"), deps);

    expect(steps).toEqual([...INSERT_STEPS]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "销售预测", ...contract.sheetNames]);
    expect(outcome.sheets.map((s) => s.actual)).toEqual(contract.sheetNames);
    expect(userPart(state, userIds)).toBe(userBefore);
    expect(outcome.shadowedNames).toEqual([]);
    // Names: the user's stays, the model's ten point at the inserted cells (not #REF!).
    expect(state.names.find((n) => n.name === "MyRate")?.formula).toBe("=Sheet1!$B$2");
    for (const name of WORKBOOK_NAMES) {
      const ref = contract.names[name];
      const formula = state.names.find((n) => n.name === name)?.formula;
      expect(formula, name).toBe(`='${ref.sheet}'!$${ref.address.replace(/(\d+)/, "$$$1")}`);
    }
    const inputs = state.sheets.find((s) => s.name === contract.inputsSheet)!;
    expect(inputs.cells[contract.names.In_Fleet.address]?.value).toBe(500_000);
    expect(inputs.cells[contract.names.In_Scenario.address]?.value).toBe(
      contract.scenarioLabels.high
    );
    const dashboard = state.sheets.find((s) => s.name === contract.dashboardSheet)!;
    expect(dashboard.charts).toEqual(contract.charts.map((c) => expectedChart(c, c.data.sheet)));
    expect(state.activeSheetId).toBe(dashboard.id);
    expect(outcome.dashboard).toBe(contract.dashboardSheet);
    expect(outcome.results).toEqual({
      dataAssetValue: 76_500_000,
      ecosystemRevenue: 450_000_000,
      ecosystemMultiple: 4.5,
      marginGap: 208_000_000,
      year5Role: edition === "zh-CN" ? "D 价值引擎" : "D Value engine",
      checkAll: true,
    });
  });

  it("leaves the user's same-named sheets and names alone and points the model at its own sheets", async () => {
    const names = [
      { name: "In_Fleet", formula: "=Sheet1!$B$2" },
      { name: "Check_All", formula: "=TRUE" },
    ];
    const { contract, state, deps } = setUp(
      edition,
      ["Sheet1", ...contract0(edition).sheetNames],
      names
    );
    // The user's sheets carry their own content in the cells the template uses.
    for (const sheet of state.sheets)
      sheet.cells["C3"] = { value: "user data", formula: "user data" };
    const userIds = state.sheets.map((s) => s.id);
    const userBefore = userPart(state, userIds);

    const outcome = await insertPlanningWorkbook(request(contract, 1_000_000, "low"), deps);

    expect(userPart(state, userIds)).toBe(userBefore);
    const inserted = state.sheets.filter((s) => !userIds.includes(s.id));
    expect(inserted.map((s) => s.name)).toEqual(contract.sheetNames.map((n) => `${n} (2)`));
    expect(new Set(state.sheets.map((s) => s.name.toLowerCase())).size).toBe(state.sheets.length);
    expect(outcome.sheets.map((s) => [s.template, s.actual])).toEqual(
      contract.sheetNames.map((n) => [n, `${n} (2)`])
    );
    // Every formula on an inserted sheet reads inserted sheets only.
    const insertedNames = new Set(inserted.map((s) => s.name));
    let crossSheet = 0;
    for (const sheet of inserted) {
      for (const cell of Object.values(sheet.cells)) {
        if (typeof cell.formula !== "string") continue;
        for (const ref of referencedSheets(cell.formula)) {
          crossSheet += 1;
          expect(insertedNames.has(ref), `${sheet.name}: ${cell.formula}`).toBe(true);
        }
      }
    }
    expect(crossSheet).toBeGreaterThan(0);
    // The user's names are unchanged; the model shadows them with sheet-scoped names.
    expect(state.names.find((n) => n.name === "In_Fleet")?.formula).toBe("=Sheet1!$B$2");
    expect(state.names.find((n) => n.name === "Check_All")?.formula).toBe("=TRUE");
    expect(outcome.shadowedNames).toEqual(["In_Fleet", "Check_All"]);
    const fleetTarget = `='${contract.names.In_Fleet.sheet} (2)'!$${contract.names.In_Fleet.address.replace(/(\d+)/, "$$$1")}`;
    for (const sheet of inserted) {
      expect(sheet.names.find((n) => n.name === "In_Fleet")?.formula).toBe(fleetTarget);
    }
    // The other names did not exist: workbook-level, on the inserted sheets.
    const gap = contract.names.Out_MarginGap;
    expect(state.names.find((n) => n.name === "Out_MarginGap")?.formula).toBe(
      `='${gap.sheet} (2)'!$${gap.address.replace(/(\d+)/, "$$$1")}`
    );
    // Inputs went to the inserted inputs sheet, charts to the inserted dashboard.
    const inputs = state.sheets.find((s) => s.name === `${contract.inputsSheet} (2)`)!;
    expect(inputs.cells[contract.names.In_Fleet.address]?.value).toBe(1_000_000);
    expect(inputs.cells[contract.names.In_Scenario.address]?.value).toBe(
      contract.scenarioLabels.low
    );
    expect(
      state.sheets.find((s) => s.name === `${contract.dashboardSheet} (2)`)!.charts
    ).toHaveLength(contract.charts.length);
    expect(outcome.dashboard).toBe(`${contract.dashboardSheet} (2)`);
  });

  it.each<FailPoint>(["insert", "insertAfterSheets", "names", "inputs", "charts", "results"])(
    "rolls back completely when Excel fails at %s",
    async (failAt) => {
      const names = [{ name: "Out_MarginGap", formula: "=Sheet1!$C$2" }];
      const { contract, state, deps } = setUp(
        edition,
        ["Sheet1", contract0(edition).dashboardSheet],
        names
      );
      const before = fingerprint(state);
      state.failAt = failAt;

      const failure = await insertPlanningWorkbook(request(contract), deps).catch(
        (e: unknown) => e
      );

      expect(failure).toBeInstanceOf(InsertFailure);
      const f = failure as InsertFailure;
      expect(f.kind).toBe("unknown");
      expect(f.rollback).toEqual({ complete: true, leftovers: [] });
      expect(f.detail).toContain(failAt);
      state.failAt = undefined;
      expect(fingerprint(state)).toBe(before);
    }
  );

  it("reports what it could not undo when the rollback fails too", async () => {
    const { contract, state, deps } = setUp(edition);
    deps.onStep; // the steps are not asserted here
    let charts = 0;
    const failing: InsertDeps = {
      ...deps,
      onStep: (step) => {
        if (step === "charts") charts += 1;
        if (step === "charts") state.failAt = "charts";
      },
    };
    const run = failing.run;
    let runs = 0;
    const failure = await insertPlanningWorkbook(request(contract), {
      ...failing,
      run: (batch) => {
        runs += 1;
        if (runs === 3) state.failAt = "rollback";
        return run(batch);
      },
    }).catch((e: unknown) => e);
    expect(charts).toBe(1);
    expect(failure).toBeInstanceOf(InsertFailure);
    expect((failure as InsertFailure).rollback.complete).toBe(false);
  });

  it.each(
    [...(Object.keys(PRESETS) as (keyof typeof PRESETS)[]), "custom" as const].flatMap((preset) =>
      (["low", "mid", "high"] as const).map((scenario) => [preset, scenario] as const)
    )
  )("writes preset %s with scenario %s into the inputs sheet", async (preset, scenario) => {
    const { contract, state, deps } = setUp(edition);
    const choice: PresetChoice = { preset, scenario, customFleet: 123_456 };
    await insertPlanningWorkbook(request(contract, presetFleet(choice), scenario), deps);
    const inputs = state.sheets.find((s) => s.name === contract.inputsSheet)!;
    const expected = preset === "custom" ? 123_456 : PRESETS[preset].fleet;
    expect(inputs.cells[contract.names.In_Fleet.address]?.value).toBe(expected);
    expect(inputs.cells[contract.names.In_Scenario.address]?.value).toBe(
      contract.scenarioLabels[scenario]
    );
    expect(state.calls.filter((c) => c.startsWith("values "))).toEqual([
      `values ${contract.inputsSheet}!${contract.names.In_Fleet.address} [[${expected}]]`,
      `values ${contract.inputsSheet}!${contract.names.In_Scenario.address} [["${contract.scenarioLabels[scenario]}"]]`,
    ]);
  });

  it("refuses a bad custom fleet before touching the workbook", async () => {
    const { contract, state, deps } = setUp(edition);
    for (const fleet of [NaN, 0, -5, 1.5, 200_000_000]) {
      const failure = await insertPlanningWorkbook(request(contract, fleet), deps).catch(
        (e: unknown) => e
      );
      expect((failure as InsertFailure).kind).toBe("badFleet");
    }
    expect(state.calls).toEqual([]);
  });

  it("explains a failed template download and leaves the workbook alone", async () => {
    const { contract, state, deps } = setUp(edition);
    const before = fingerprint(state);
    const failure = await insertPlanningWorkbook(request(contract), {
      ...deps,
      loadTemplate: () => Promise.reject(new TemplateDownloadError("HTTP 404")),
    }).catch((e: unknown) => e);
    expect((failure as InsertFailure).kind).toBe("templateDownload");
    expect((failure as InsertFailure).step).toBe("template");
    expect(fingerprint(state)).toBe(before);
  });
});

function contract0(edition: Edition): TemplateContract {
  return CONTRACTS[source](edition);
}

describe("the office-addin-mock fake", () => {
  it("throws when a property is read without load and sync, as Excel would", async () => {
    const state = createState(["Sheet1"], fakeTemplate(fixtureContract("en-US")));
    const run = mockExcelRun(state);
    await expect(
      run(async (context) => context.workbook.worksheets.getItem("Sheet1").name)
    ).rejects.toThrow(/not loaded/);
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.load("name");
        return sheet.name;
      })
    ).rejects.toThrow(/sync/);
  });
});

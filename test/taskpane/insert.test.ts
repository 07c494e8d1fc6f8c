import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { PRESETS, presetSettings, type PresetChoice } from "../../src/model/presets";
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
  INPUT_NAMES,
  WORKBOOK_NAMES,
  type Edition,
  type SheetRef,
  type TemplateContract,
} from "../../src/workbook/contract";
import { cellsOf, parseAddress } from "../fixtures/fake-excel/state";
import { EXCEL_ON_THE_WEB } from "../fixtures/fake-excel/apiSets";
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
    isSetSupported: EXCEL_ON_THE_WEB,
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
  inputs: { ...DEFAULT_PLAN_SETTINGS, fleet, scenario },
});

/** The values in a named range of the inserted inputs sheet, as rows. */
function gridAt(state: FakeState, sheet: string, ref: SheetRef): unknown[][] {
  const target = state.sheets.find((s) => s.name === sheet)!;
  return cellsOf(parseAddress(ref.address)).map((row) => row.map((a) => target.cells[a]?.value));
}

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
    // Names: the user's stays, the model's point at the inserted cells and ranges (not #REF!).
    expect(state.names.find((n) => n.name === "MyRate")?.formula).toBe("=Sheet1!$B$2");
    for (const name of WORKBOOK_NAMES) {
      const ref = contract.names[name];
      const formula = state.names.find((n) => n.name === name)?.formula;
      const absolute = ref.address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      expect(formula, name).toBe(`='${ref.sheet}'!${absolute}`);
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
      year5RoleStatusQuo: edition === "zh-CN" ? "A 成本中心" : "A Cost centre",
      year5ValueStatusQuo: -100_000_000,
      year5Role: edition === "zh-CN" ? "D 价值引擎" : "D Value engine",
      year5Value: 1_565_000_000,
      npv: 2_338_623_668,
      npvIncremental: 2_598_162_969,
      valueIncremental: 12_936_502_998,
      paybackYear: "notApplicable",
      breakevenYear: 1,
      fleetForD: 643_533.1,
      probD: 0.826,
      npvP10P90: [1_186_130_989, 3_319_202_936],
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
      expect(f.detail).toContain(failAt);
      state.failAt = undefined;
      // The sheets and names the template brings (the user's dashboard name taken, so " (2)").
      const sheets = contract.sheetNames.map((n) =>
        n === contract.dashboardSheet ? `${n} (2)` : n
      );
      const added = Object.keys(contract.names).filter((n) => n !== "Out_MarginGap");
      if (failAt === "insertAfterSheets") {
        // Excel failed before it returned the new sheets' ids: nothing can be proved to be the
        // insertion's, so nothing is deleted, and the report says so (not "complete").
        expect(inAnyOrder(f.rollback)).toEqual(
          inAnyOrder({
            complete: false,
            removed: [],
            leftAlone: [
              ...added.map((name) => ({ kind: "name", name, reason: "unknownOrigin" })),
              ...sheets.map((name) => ({ kind: "sheet", name, reason: "unknownOrigin" })),
            ],
            leftovers: [],
          })
        );
        return;
      }
      expect(inAnyOrder(f.rollback)).toEqual(
        inAnyOrder({
          complete: true,
          removed:
            failAt === "insert"
              ? []
              : [
                  ...sheets.map((name) => ({ kind: "sheet", name })),
                  ...added.map((name) => ({ kind: "name", name })),
                ],
          leftAlone: [],
          leftovers: [],
        })
      );
      expect(fingerprint(state)).toBe(before);
    }
  );

  it("keeps the insertion when Excel refuses to show the dashboard (activate() on Mac, #2625)", async () => {
    const { contract, state, deps } = setUp(edition);
    const userActive = state.activeSheetId;
    const clean = setUp(edition);
    const expected = await insertPlanningWorkbook(request(contract), clean.deps);
    state.failAt = "activate";

    const outcome = await insertPlanningWorkbook(request(contract), deps);

    // Everything is in, as in an insertion where activate() works; only the dashboard is not shown.
    expect(state.calls.filter((c) => c.startsWith("worksheet.delete"))).toEqual([]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "销售预测", ...contract.sheetNames]);
    expect(fingerprint(state)).toBe(fingerprint(clean.state));
    expect(outcome.dashboardOpened).toBe(false);
    expect(expected.dashboardOpened).toBe(true);
    expect(outcome.results).toEqual(expected.results);
    expect(outcome.sheets).toEqual(expected.sheets);
    expect(state.activeSheetId).toBe(userActive);
    // activate() went in a request of its own, after the one that read the results.
    expect(state.requests).toBe(3);
  });

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
  )("writes every input of preset %s with scenario %s, in one batch", async (preset, scenario) => {
    const { contract, state, deps } = setUp(edition);
    const choice: PresetChoice = { preset, scenario, customFleet: 123_456 };
    const inputs = presetSettings(choice);
    await insertPlanningWorkbook({ contract, inputs }, deps);
    const sheet = contract.inputsSheet;
    const expected = preset === "custom" ? 123_456 : PRESETS[preset].fleet;
    expect(gridAt(state, sheet, contract.names.In_Fleet)).toEqual([[expected]]);
    expect(gridAt(state, sheet, contract.names.In_Scenario)).toEqual([
      [contract.scenarioLabels[scenario]],
    ]);
    expect(gridAt(state, sheet, contract.names.In_FleetPath)).toEqual([
      [contract.fleetPathLabels.linear],
    ]);
    // One write per named input, each with a grid of its range's shape, all before one sync.
    const writes = state.calls.filter((c) => c.startsWith("values "));
    expect(writes.map((w) => w.split(" ")[1])).toEqual(
      INPUT_NAMES.map((n) => `${contract.names[n].sheet}!${contract.names[n].address}`)
    );
    // Every preset but the mature ecosystem is the story (MODEL.md §8): the network calibrated to
    // S17/S18 (N = 2,000万, c = 800 元 per vehicle), coverage and all five streams 0 % → 100 %.
    // In_ServiceCost and In_NetworkCost are overrides (MODEL.md §11.1): at the story's own fleets
    // they stay blank and the workbook calibrates c and N from the facts; at another fleet the
    // story's costs are typed, so the preset means what it meant.
    const story = preset !== "mature";
    const calibrated = story && expected === DEFAULT_PLAN_SETTINGS.fleet;
    const ramp = [0, 0.2, 0.4, 0.6, 0.8, 1];
    expect(gridAt(state, sheet, contract.names.In_NetworkCost)).toEqual([
      [calibrated ? "" : story ? 20_000_000 : 0],
    ]);
    expect(gridAt(state, sheet, contract.names.In_ServiceCost)).toEqual([
      [calibrated ? "" : story ? 800 : 0],
    ]);
    expect(gridAt(state, sheet, contract.names.In_DataCoverage)).toEqual([
      story ? ramp : [1, 1, 1, 1, 1, 1],
    ]);
    expect(gridAt(state, sheet, contract.names.In_Adoption)).toEqual(
      Array.from({ length: 5 }, () => (story ? ramp : [1, 1, 1, 1, 1, 1]))
    );
    expect(gridAt(state, sheet, contract.names.In_StreamMargin)).toEqual([
      [0.2],
      [0.2],
      [0.2],
      [0.2],
      [0.2],
    ]);
    expect(gridAt(state, sheet, contract.names.In_Capex)).toEqual([[0, 0, 0, 0, 0, 0]]);
    expect(gridAt(state, sheet, contract.names.In_TargetFleet)).toEqual([[1_000_000]]);
    expect(gridAt(state, sheet, contract.names.In_EcoOpex)).toEqual([[0]]);
    expect(gridAt(state, sheet, contract.names.In_DiscountRate)).toEqual([[0.1]]);
  });

  it("writes a CAGR path and the multi-cell inputs of any shape the contract gives", async () => {
    const { contract, state, deps } = setUp(edition);
    const inputs = {
      ...DEFAULT_PLAN_SETTINGS,
      fleetPath: "cagr" as const,
      capex: [6, 5, 4, 3, 2, 1] as const,
      adoption: {
        baas: [0.1, 0, 0, 0, 0, 0],
        charging: [0, 0.2, 0, 0, 0, 0],
        insurance: [0, 0, 0.3, 0, 0, 0],
        lifestyle: [0, 0, 0, 0.4, 0, 0],
        usedcar: [0, 0, 0, 0, 0, 0.5],
      } as const,
      streamMargin: { baas: 0.01, charging: 0.02, insurance: 0.03, lifestyle: 0.04, usedcar: 0.05 },
    };
    await insertPlanningWorkbook({ contract, inputs }, deps);
    const sheet = contract.inputsSheet;
    expect(gridAt(state, sheet, contract.names.In_FleetPath)).toEqual([
      [contract.fleetPathLabels.cagr],
    ]);
    expect(gridAt(state, sheet, contract.names.In_Capex)).toEqual([[6, 5, 4, 3, 2, 1]]);
    expect(gridAt(state, sheet, contract.names.In_Adoption)).toEqual([
      [0.1, 0, 0, 0, 0, 0],
      [0, 0.2, 0, 0, 0, 0],
      [0, 0, 0.3, 0, 0, 0],
      [0, 0, 0, 0.4, 0, 0],
      [0, 0, 0, 0, 0, 0.5],
    ]);
    expect(gridAt(state, sheet, contract.names.In_StreamMargin)).toEqual([
      [0.01],
      [0.02],
      [0.03],
      [0.04],
      [0.05],
    ]);
  });

  it("reads the payback in either edition's words, or as a year", async () => {
    for (const [text, want] of [
      ["规划期内未收回", "notWithinPlan"],
      ["not within plan", "notWithinPlan"],
      ["n/a", "notApplicable"],
      ["不适用", "notApplicable"],
      [3, 3],
    ] as const) {
      const { contract, state, deps } = setUp(edition);
      const ref = contract.names.Out_PaybackYear;
      const model = state.template.sheets.find((s) => s.name === ref.sheet)!;
      model.values = { ...model.values, [ref.address]: text };
      const outcome = await insertPlanningWorkbook(request(contract), deps);
      expect(outcome.results.paybackYear, String(text)).toBe(want);
    }
  });

  it("reads the plan's text answers: not within plan, unreachable", async () => {
    const { contract, state, deps } = setUp(edition);
    const model = state.template.sheets.find((s) => s.name === contract.names.Out_NPV.sheet)!;
    model.values = {
      ...model.values,
      [contract.names.Out_BreakevenYear.address]: "规划期内未达到",
      [contract.names.Out_FleetForD.address]: "unreachable",
      [contract.names.Out_NPV.address]: "#VALUE!",
    };
    const outcome = await insertPlanningWorkbook(request(contract), deps);
    expect(outcome.results.breakevenYear).toBe("notWithinPlan");
    expect(outcome.results.fleetForD).toBe("unreachable");
    expect(outcome.results.npv).toBeNull();
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

/** A rollback report with its lists sorted: the order follows the workbook's, not the test's. */
function inAnyOrder<T extends object>(report: T): T {
  const key = (x: unknown): string => JSON.stringify(x);
  return Object.fromEntries(
    Object.entries(report).map(([k, v]) => [
      k,
      Array.isArray(v) ? [...(v as unknown[])].sort((a, b) => key(a).localeCompare(key(b))) : v,
    ])
  ) as T;
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

/**
 * The templates protect every sheet without a password and the inserted sheets arrive protected
 * (the fake host keeps the template's protection through insertWorksheetsFromBase64 and, as Excel
 * does, refuses writes to locked cells and new charts on a protected sheet). The insertion lifts
 * that protection on the sheets it inserted, only there, for the steps that need it, and puts it
 * back with the same options, also when it fails.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { InsertFailure, insertPlanningWorkbook, type InsertDeps } from "../../src/taskpane/insert";
import { templateContract } from "../../src/workbook";
import { EDITIONS, type Edition, type TemplateContract } from "../../src/workbook/contract";
import { EXCEL_ON_THE_WEB } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import {
  createState,
  fingerprint,
  type FailPoint,
  type FakeProtection,
  type FakeState,
} from "../fixtures/fake-excel/state";
import {
  fakeTemplate,
  fixtureContract,
  TEMPLATE_PROTECTION,
} from "../fixtures/fake-excel/template";

const AS_TEMPLATE: FakeProtection = {
  protected: true,
  password: null,
  options: { ...TEMPLATE_PROTECTION },
};
const USER_LOCKED: FakeProtection = {
  protected: true,
  password: "pw",
  options: { allowSort: true },
};
const USER_OPEN: FakeProtection = { protected: true, password: null, options: {} };

function setUp(contract: TemplateContract, userSheets: readonly string[]) {
  const state = createState(userSheets, fakeTemplate(contract));
  const deps: InsertDeps = {
    run: mockExcelRun(state),
    loadTemplate: async () => "UEsDBBQ",
    isSetSupported: EXCEL_ON_THE_WEB,
  };
  return { state, deps };
}

const request = (contract: TemplateContract) => ({
  contract,
  inputs: { ...DEFAULT_PLAN_SETTINGS, fleet: 250_000 },
});

/** Sheet name → protection, for the sheets not in `userIds`. */
const insertedProtection = (state: FakeState, userIds: readonly string[]) =>
  Object.fromEntries(
    state.sheets.filter((s) => !userIds.includes(s.id)).map((s) => [s.name, s.protection])
  );

const protectionCalls = (state: FakeState): string[] =>
  state.calls.filter((c) => c.startsWith("protection.")).map((c) => c.replace(/ \{.*$/, ""));

const CONTRACTS = { "stand-in": fixtureContract, "planning workbook": templateContract } as const;

describe.each(
  EDITIONS.flatMap((e) =>
    (Object.keys(CONTRACTS) as (keyof typeof CONTRACTS)[]).map((c) => [e, c] as const)
  )
)("insertion with protected template sheets (%s, %s contract)", (edition: Edition, source) => {
  const contractOf = (): TemplateContract => CONTRACTS[source](edition);

  it("succeeds after a sheet-name clash and leaves every inserted sheet protected as before", async () => {
    const contract = contractOf();
    // The user has sheets of every template name; two of them are protected by the user.
    const { state, deps } = setUp(contract, ["Sheet1", ...contract.sheetNames]);
    const userIds = state.sheets.map((s) => s.id);
    state.sheets[1]!.protection = { ...USER_LOCKED };
    state.sheets[2]!.protection = { ...USER_OPEN };
    const userBefore = JSON.stringify(state.sheets.slice(0, userIds.length));

    const outcome = await insertPlanningWorkbook(request(contract), deps);

    expect(outcome.sheets.map((s) => s.actual)).toEqual(contract.sheetNames.map((n) => `${n} (2)`));
    expect(JSON.stringify(state.sheets.slice(0, userIds.length))).toBe(userBefore);
    const after = insertedProtection(state, userIds);
    expect(Object.keys(after)).toHaveLength(contract.sheetNames.length);
    for (const [sheet, protection] of Object.entries(after))
      expect(protection, sheet).toEqual(AS_TEMPLATE);
    // The retarget step did rewrite locked formula cells, and the charts are there.
    expect(state.calls.some((c) => /^formulas .* \(2\)!/.test(c))).toBe(true);
    const charts = state.sheets.filter((s) => !userIds.includes(s.id)).flatMap((s) => s.charts);
    expect(charts).toHaveLength(contract.charts.length);
    // Protection was lifted and put back on the inserted sheets only: once each, in that order,
    // around the writes and charts, before the results are read.
    const inserted = contract.sheetNames.map((n) => `${n} (2)`);
    expect(protectionCalls(state)).toEqual([
      ...inserted.map((n) => `protection.unprotect ${n}`),
      ...inserted.map((n) => `protection.protect ${n}`),
    ]);
    const at = (prefix: string) => state.calls.findIndex((c) => c.startsWith(prefix));
    const lastIndex = (prefix: string) =>
      state.calls.length - 1 - [...state.calls].reverse().findIndex((c) => c.startsWith(prefix));
    expect(lastIndex("protection.unprotect")).toBeLessThan(at("formulas "));
    expect(lastIndex("charts.add")).toBeLessThan(at("protection.protect"));
    expect(lastIndex("protection.protect")).toBeLessThan(at("activate"));
  });

  it.each<FailPoint>(["formulas", "inputs", "charts", "protect"])(
    "rolls back completely when Excel fails at %s while the protection is lifted",
    async (failAt) => {
      const contract = contractOf();
      const { state, deps } = setUp(contract, ["Sheet1", contract.dashboardSheet]);
      state.sheets[1]!.protection = { ...USER_OPEN };
      const before = JSON.stringify({ book: fingerprint(state), sheets: state.sheets });
      state.failAt = failAt;
      const failure = await insertPlanningWorkbook(request(contract), deps).catch(
        (e: unknown) => e
      );
      expect(failure).toBeInstanceOf(InsertFailure);
      const { rollback } = failure as InsertFailure;
      expect(rollback.complete).toBe(true);
      expect(rollback.leftAlone).toEqual([]);
      expect(rollback.leftovers).toEqual([]);
      expect(rollback.removed.filter((r) => r.kind === "sheet")).toHaveLength(
        contract.sheetNames.length
      );
      state.failAt = undefined;
      expect(JSON.stringify({ book: fingerprint(state), sheets: state.sheets })).toBe(before);
    }
  );

  it("protects again the inserted sheets a failed rollback leaves behind", async () => {
    const contract = contractOf();
    const { state, deps } = setUp(contract, ["Sheet1"]);
    const userIds = state.sheets.map((s) => s.id);
    let runs = 0;
    const failure = await insertPlanningWorkbook(request(contract), {
      loadTemplate: deps.loadTemplate,
      isSetSupported: EXCEL_ON_THE_WEB,
      onStep: (step) => {
        if (step === "charts") state.failAt = "charts"; // fails while the protection is lifted
      },
      run: (batch) => {
        runs += 1;
        if (runs === 3) state.failAt = "rollback"; // and the rollback cannot delete the sheets
        return deps.run(batch);
      },
    }).catch((e: unknown) => e);
    expect((failure as InsertFailure).rollback.complete).toBe(false);
    const left = insertedProtection(state, userIds);
    expect(Object.keys(left)).toHaveLength(contract.sheetNames.length);
    for (const [sheet, protection] of Object.entries(left))
      expect(protection, sheet).toEqual(AS_TEMPLATE);
  });
});

describe("a template sheet protected with a password", () => {
  it("is never unprotected: the insertion is refused and rolled back", async () => {
    const contract = fixtureContract("en-US");
    const template = fakeTemplate(contract);
    const dashboard = template.sheets.find((s) => s.name === contract.dashboardSheet)!;
    dashboard.protection = { protected: true, password: "secret", options: {} };
    const state = createState(["Sheet1"], template);
    const before = fingerprint(state);
    const failure = await insertPlanningWorkbook(request(contract), {
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
      loadTemplate: async () => "UEsDBBQ",
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InsertFailure);
    expect((failure as InsertFailure).kind).toBe("protected");
    expect((failure as InsertFailure).step).toBe("charts");
    expect((failure as InsertFailure).rollback.complete).toBe(true);
    expect(fingerprint(state)).toBe(before);
    // It was tried without a password (refused), never with one, and nothing else was lifted
    // past the sheets that allow it.
    expect(state.calls).toContain(`protection.unprotect ${contract.dashboardSheet}`);
  });
});

describe("a template sheet protected with a password, before others", () => {
  it("stays as it is while the sheets after it are lifted and put back", async () => {
    const contract = fixtureContract("zh-CN");
    const template = fakeTemplate(contract);
    const inputs = template.sheets.find((s) => s.name === contract.inputsSheet)!;
    const locked: FakeProtection = { protected: true, password: "secret", options: {} };
    inputs.protection = { ...locked };
    const state = createState(["Sheet1"], template);
    const outcome = await insertPlanningWorkbook(request(contract), {
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
      loadTemplate: async () => "UEsDBBQ",
    });
    // Its input cells are unlocked, so the insertion needs nothing from it and succeeds.
    expect(outcome.sheets.map((s) => s.actual)).toEqual(contract.sheetNames);
    const byName = Object.fromEntries(state.sheets.map((s) => [s.name, s.protection]));
    for (const name of contract.sheetNames)
      expect(byName[name], name).toEqual(name === contract.inputsSheet ? locked : AS_TEMPLATE);
    const charts = state.sheets.flatMap((s) => s.charts);
    expect(charts).toHaveLength(contract.charts.length);
    const others = contract.sheetNames.filter((n) => n !== contract.inputsSheet);
    expect(protectionCalls(state).filter((c) => c.startsWith("protection.protect"))).toEqual(
      others.map((n) => `protection.protect ${n}`)
    );
  });
});

describe("the fake host refuses what Excel refuses on a protected sheet", () => {
  it("locked cells and charts, but not the unlocked input cells", async () => {
    const contract = fixtureContract("zh-CN");
    const state = createState(["Sheet1"], fakeTemplate(contract));
    const run = mockExcelRun(state);
    await run(async (context) => {
      context.workbook.insertWorksheetsFromBase64("UEsDBBQ", { positionType: "End" });
      await context.sync();
    });
    const fleet = contract.names.In_Fleet;
    const write = (sheet: string, address: string, value: unknown) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
        await context.sync();
      });
    await expect(write(fleet.sheet, fleet.address, 123)).resolves.toBeUndefined();
    await expect(write(fleet.sheet, "A1", "x")).rejects.toThrow(/protected sheet/);
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(contract.dashboardSheet);
        sheet.charts.add("ColumnClustered", sheet.getRange("C5:C9"), "Columns");
        await context.sync();
      })
    ).rejects.toThrow(/protected sheet/);
  });
});

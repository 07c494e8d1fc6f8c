/**
 * Development beside production (issue 27): the pane of each build writes its ECO calls in the
 * namespace of the add-in it belongs to, a build-time fact (webpack's DefinePlugin gives
 * __ECO_NAMESPACE__ from scripts/webpack/identity.js; Vitest's define does the same, and each case
 * here sets it as that build would and loads the pane afresh). The fake Excel plays an install
 * with only that add-in: a formula that calls another namespace shows #NAME?, as in Excel.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../../src/model";
import { EDITIONS, templateContract } from "../../src/workbook";
import { ecoCalls, storedFormula } from "../../src/workbook/ecoCalls";
import identity from "../../src/identity.json";
import { EXCEL_ON_THE_WEB } from "../fixtures/fake-excel/apiSets";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { createState, type FakeCalculator, type FakeValue } from "../fixtures/fake-excel/state";
import { fakeTemplate } from "../fixtures/fake-excel/template";
import { evaluateExample } from "../support/formula";
import { LANGUAGES } from "../../src/model/language";

const BUILDS = [
  ["development (npm start)", identity.development.namespace],
  ["release (npm run package)", identity.release.namespace],
] as const;

/** The pane as the build with `namespace` bundles it: its modules loaded afresh. */
async function paneBuiltFor(namespace: string) {
  vi.stubGlobal("__ECO_NAMESPACE__", namespace);
  vi.resetModules();
  return {
    insert: await import("../../src/taskpane/insert"),
    selfTest: await import("../../src/taskpane/check/selfTest"),
    repair: await import("../../src/taskpane/check/repair"),
    functionRef: await import("../../src/taskpane/functionRef"),
    messages: await import("../../src/taskpane/messages"),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/**
 * Excel with only the add-in of `namespace` installed: a formula whose ECO calls are all typed in
 * it calculates (a literal-argument call with the functions' own code, otherwise 1), any other
 * ECO call (the other namespace, or a stored `_xldudf_` name) is #NAME?.
 */
function excelWithOnly(namespace: string): FakeCalculator {
  return (formula) => {
    const calls = ecoCalls(formula);
    if (calls.length === 0) return undefined;
    if (calls.some((c) => c.stored || c.namespace !== namespace)) return "#NAME?";
    if (!formula.startsWith(`=${namespace}.`) || /!/.test(formula)) return 1;
    const grid = evaluateExample(`=ECO.${formula.slice(namespace.length + 2)}`).map((row) =>
      row.map((cell): FakeValue => (typeof cell === "object" ? "#VALUE!" : cell))
    );
    return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid;
  };
}

describe.each(BUILDS)("the %s build's pane", (_, namespace) => {
  it.each(EDITIONS)(
    "inserting the %s workbook re-points the template's ECO formulas to its namespace, and Excel binds them",
    async (edition) => {
      const { insert } = await paneBuiltFor(namespace);
      const contract = templateContract(edition);
      const template = fakeTemplate(contract);
      // The template stores its ECO cells as the release's (generate.ts): _xldudf_ECO_X(.
      for (const { ref, formula } of contract.ecoFormulas ?? []) {
        const sheet = template.sheets.find((s) => s.name === ref.sheet)!;
        sheet.cells[ref.address] = storedFormula(formula);
        expect(sheet.cells[ref.address]).toMatch(/_xldudf_ECO_/);
      }
      const state = createState(["Sheet1"], template);
      state.calculate = excelWithOnly(namespace);
      const outcome = await insert.insertPlanningWorkbook(
        { contract, inputs: { ...DEFAULT_PLAN_SETTINGS, fleet: 100_000, scenario: "mid" } },
        {
          run: mockExcelRun(state),
          isSetSupported: EXCEL_ON_THE_WEB,
          loadTemplate: async () => "UEsDBBQAAAAI",
        }
      );

      const eco = contract.ecoFormulas ?? [];
      expect(eco.length).toBeGreaterThan(0);
      expect(outcome.ecoBinding).toHaveLength(eco.length);
      for (const { ref, formula } of eco) {
        const cell = state.sheets.find((s) => s.name === ref.sheet)!.cells[ref.address];
        const written = String(cell?.formula);
        const where = `${ref.sheet}!${ref.address}`;
        expect(written, where).toMatch(new RegExp(`^=(?:.*[^A-Za-z_.])?${namespace}\\.`));
        // Every call of the template's formula, in the same order, now in this namespace.
        expect(
          ecoCalls(written).map((c) => `${c.namespace}.${c.id}`),
          where
        ).toEqual(ecoCalls(formula).map((c) => `${namespace}.${c.id}`));
        expect(cell?.value, where).not.toBe("#NAME?");
      }
      expect(outcome.ecoBinding.map((c) => c.state)).toEqual(eco.map(() => "bound"));
    }
  );

  it("self-tests its own namespace's functions, and they pass in an Excel with only this add-in", async () => {
    const { selfTest } = await paneBuiltFor(namespace);
    const state = createState(["Sheet1"], { sheets: [], names: [] });
    state.calculate = excelWithOnly(namespace);
    const report = await selfTest.runSelfTest({
      run: mockExcelRun(state),
      fetchFile: async () => ({
        ok: true,
        status: 200,
        arrayBuffer: async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04]).buffer,
      }),
      isSetSupported: EXCEL_ON_THE_WEB,
      version: "1.0.0",
      hostUrl: "https://localhost:3000/",
      office: { platform: "OfficeOnline", version: "16.0" },
      now: () => new Date(2026, 11, 7),
      sleep: async () => {},
    });
    const functions = report.lines.flatMap((l) => (l.kind === "function" ? [l] : []));
    expect(functions.length).toBeGreaterThan(0);
    for (const line of functions) {
      expect(line.formula).toMatch(new RegExp(`^=${namespace}\\.[A-Z_]+\\(`));
      expect(line.ok, line.formula).toBe(true);
    }
  });

  it("repairs a #NAME? ECO formula of either namespace and spelling into its own, which binds", async () => {
    const { repair } = await paneBuiltFor(namespace);
    const other = BUILDS.map(([, ns]) => ns).find((ns) => ns !== namespace)!;
    const state = createState(["Sheet1"], { sheets: [], names: [] });
    state.calculate = excelWithOnly(namespace);
    Object.assign(state.sheets[0]!.cells, {
      B2: { formula: `=${other}.LTV(1000,0.8,0.1)`, value: "#NAME?" },
      B3: { formula: `=_xldudf_${other}_LTV(1000,0.8,0.1,3)`, value: "#NAME?" },
      B4: { formula: `=_xldudf_${namespace}_LTV(500,0.9,0.08)`, value: "#NAME?" },
    });
    const report = await repair.repairNameErrors({
      run: mockExcelRun(state),
      isSetSupported: EXCEL_ON_THE_WEB,
    });
    expect(report.found).toBe(3);
    expect(report.fixed.map((c) => [c.check.address, c.check.written, c.check.state])).toEqual([
      ["Sheet1!B2", `=${namespace}.LTV(1000,0.8,0.1)`, "bound"],
      ["Sheet1!B3", `=${namespace}.LTV(1000,0.8,0.1,3)`, "bound"],
      ["Sheet1!B4", `=${namespace}.LTV(500,0.9,0.08)`, "bound"],
    ]);
    expect(state.sheets[0]!.cells["B3"]?.value).toBeCloseTo(2256.198, 3);
  });

  it("names its functions, shows the calls in their descriptions and writes their examples in its namespace, and says to type it", async () => {
    const { functionRef, messages } = await paneBuiltFor(namespace);
    const entries = functionRef.parseMetadata({
      functions: [
        {
          id: "LTV",
          name: "LTV",
          description: '=ECO.LTV(1000,0.8,0.1) gives 3,666.67; "ECO.LTV(" in quotes stays',
          parameters: [{ name: "years", description: "As in =ECODEV.LTV(1,0.8,0.1,3)." }],
        },
      ],
    });
    const ltv = entries.find((e) => e.id === "LTV")!;
    expect(ltv.description).toBe(
      `=${namespace}.LTV(1000,0.8,0.1) gives 3,666.67; "ECO.LTV(" in quotes stays`
    );
    expect(ltv.parameters[0]?.description).toBe(`As in =${namespace}.LTV(1,0.8,0.1,3).`);
    for (const entry of entries) {
      expect(entry.name).toBe(`${namespace}.${entry.id}`);
      for (const example of entry.examples)
        expect(ecoCalls(example.formula).map((c) => c.namespace)).toEqual([namespace]);
    }
    for (const lang of LANGUAGES)
      expect(messages.messages(lang).functions.intro).toContain(`=${namespace}. `);
  });
});

describe("a build whose namespace is not an ECO add-in's", () => {
  it("fails when the pane loads, naming the namespace", async () => {
    await expect(paneBuiltFor("FOO")).rejects.toThrow(/namespace "FOO" is not one of ECO, ECODEV/);
  });
});

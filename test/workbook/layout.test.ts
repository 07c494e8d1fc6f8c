/** The layout description and the written file agree: sheets, names, inputs, protection, formulas. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { EDITIONS, resolveLayout, templateContract, WORKBOOK_NAMES } from "../../src/workbook";
import { storedFormula } from "../../src/workbook/ecoCalls";
import { sharedWorkbook } from "../support/workbooks";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe.each(EDITIONS)("layout vs file, %s", (edition) => {
  it("has the layout's sheets, names, input cells and formulas", async () => {
    const layout = resolveLayout(edition);
    const contract = templateContract(edition);
    const wb = await load(await sharedWorkbook({ edition }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(contract.sheetNames);
    expect(contract.sheetNames).toContain(contract.inputsSheet);
    expect(contract.sheetNames).toContain(contract.dashboardSheet);
    for (const name of WORKBOOK_NAMES) {
      const ref = contract.names[name];
      const ranges = wb.definedNames.getRanges(name).ranges;
      expect(
        ranges.map((r) => r.replace(/'/g, "").replace(/\$/g, "")),
        name
      ).toEqual([`${ref.sheet}!${ref.address}`]);
    }
    for (const input of layout.inputCells) {
      const cell = wb.getWorksheet(input.sheet)?.getCell(input.address);
      expect(cell?.value ?? null, `${input.key} ${input.column}`).toEqual(input.value);
      expect(cell?.protection?.locked, `${input.key} unlocked`).toBe(false);
    }
    for (const sheet of layout.sheets) {
      const ws = wb.getWorksheet(sheet.name);
      expect(ws, sheet.name).toBeDefined();
      for (const c of sheet.cells.filter((x) => x.formula !== undefined)) {
        const cell = ws?.getCell(c.address);
        // ECO calls are stored as Excel stores custom functions (_xldudf_ECO_…, generate.ts).
        expect(cell?.formula, `${sheet.name}!${c.address}`).toBe(storedFormula(c.formula!));
        expect(cell?.protection?.locked, `${sheet.name}!${c.address} locked`).not.toBe(false);
      }
    }
    const scenario = wb
      .getWorksheet(contract.names.In_Scenario.sheet)
      ?.getCell(contract.names.In_Scenario.address);
    const labels = Object.values(contract.scenarioLabels);
    expect(scenario?.dataValidation?.type).toBe("list");
    expect(scenario?.dataValidation?.formulae?.[0]).toBe(`"${labels.join(",")}"`);
  });

  it("writes formulas with sheet-qualified references, no defined names and no hard-coded numbers", () => {
    const layout = resolveLayout(edition);
    for (const sheet of layout.sheets) {
      for (const c of sheet.cells) {
        if (c.formula === undefined) continue;
        expect(c.formula, `${sheet.name}!${c.address}`).not.toMatch(/\b(In_|Out_|Check_All)/);
        const stripped = c.formula
          .replace(/"[^"]*"/g, "")
          .replace(/'[^']*'!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, "R")
          .replace(/\$?[A-Z]{1,2}\$?\d+/g, "R")
          .replace(/ECO\.[A-Z_]+/g, "F");
        const numbers = stripped.match(/\d+(\.\d+)?/g) ?? [];
        // 0 and 1 only, as universal constants (1 + rate, 100 %), per the modelling rules.
        expect(
          numbers.filter((n) => n !== "0" && n !== "1"),
          `${sheet.name}!${c.address}: ${c.formula}`
        ).toEqual([]);
      }
    }
  });

  it("gives the multi-cell input names of MODEL.md §7 exactly their input cells, in §7's shapes", () => {
    const layout = resolveLayout(edition);
    const contract = templateContract(edition);
    const inputs = new Map(layout.inputCells.map((c) => [`${c.sheet}!${c.address}`, c] as const));
    const cellsOf = (address: string): string[][] => {
      const [a = "", b = a] = address.split(":");
      const [, c1 = "", r1 = ""] = /^([A-Z])(\d+)$/.exec(a) ?? [];
      const [, c2 = "", r2 = ""] = /^([A-Z])(\d+)$/.exec(b) ?? [];
      const rows: string[][] = [];
      for (let r = Number(r1); r <= Number(r2); r++) {
        const row: string[] = [];
        for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++)
          row.push(`${String.fromCharCode(c)}${r}`);
        rows.push(row);
      }
      return rows;
    };
    const shape = (name: keyof typeof contract.names): string[][] =>
      cellsOf(contract.names[name].address);
    const keys = (name: keyof typeof contract.names): (string | undefined)[][] =>
      shape(name).map((row) =>
        row.map((a) => inputs.get(`${contract.names[name].sheet}!${a}`)?.key)
      );
    const streams = ["Baas", "Charging", "Insurance", "Lifestyle", "UsedCar"];
    expect(keys("In_Capex")).toEqual([Array(6).fill("capex")]);
    expect(keys("In_DataCoverage")).toEqual([Array(6).fill("coverage")]);
    expect(keys("In_Adoption")).toEqual(streams.map((s) => Array(6).fill(`adoption${s}`)));
    expect(keys("In_StreamMargin")).toEqual(streams.map((s) => [`margin${s}`]));
    // timeline inputs sit under the calculation sheets' year columns, years 0…5 in order
    const capex = layout.inputCells.filter((c) => c.key === "capex");
    expect(capex.map((c) => [c.year, c.address.replace(/\d+$/, "")])).toEqual(
      [0, 1, 2, 3, 4, 5].map((y) => [y, "CDEFGH"[y]])
    );
    for (const name of [
      "In_TargetFleet",
      "In_FleetPath",
      "In_NetworkCost",
      "In_EcoOpex",
      "In_DiscountRate",
    ] as const) {
      expect(shape(name), name).toHaveLength(1);
      expect(shape(name)[0], name).toHaveLength(1);
      expect(keys(name)[0]?.[0], name).toBeDefined();
    }
    // percentages are stored as fractions
    for (const c of layout.inputCells.filter((x) => /^(coverage|adoption|margin)/.test(x.key))) {
      expect(c.value as number, c.key).toBeLessThanOrEqual(1);
    }
    expect(layout.inputCells.find((c) => c.key === "discountRate")?.value).toBe(0.1);
  });

  it("offers the fleet path as a drop-down in the edition's words", async () => {
    const contract = templateContract(edition);
    const wb = await load(await sharedWorkbook({ edition, fleetPath: "cagr" }));
    const ref = contract.names.In_FleetPath;
    const cell = wb.getWorksheet(ref.sheet)?.getCell(ref.address);
    expect(cell?.value).toBe(contract.fleetPathLabels.cagr);
    expect(cell?.dataValidation?.type).toBe("list");
    expect(cell?.dataValidation?.formulae?.[0]).toBe(
      `"${contract.fleetPathLabels.linear},${contract.fleetPathLabels.cagr}"`
    );
    expect(contract.fleetPathLabels).toEqual(
      edition === "zh-CN"
        ? { linear: "线性", cagr: "复合增长" }
        : { linear: "linear", cagr: "cagr" }
    );
  });

  it("protects every sheet without a password", async () => {
    const wb = await load(await sharedWorkbook({ edition }));
    for (const ws of wb.worksheets) {
      const p = (ws as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string } })
        .sheetProtection;
      expect(p?.sheet, ws.name).toBe(true);
      expect(p?.algorithmName, ws.name).toBeUndefined();
    }
  });
});

/** The layout description and the written file agree: sheets, names, inputs, protection, formulas. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { EDITIONS, resolveLayout, templateContract, WORKBOOK_NAMES } from "../../src/workbook";
import { storedFormula } from "../../src/workbook/ecoCalls";
import { writeWorkbook } from "../../src/workbook/generate";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe.each(EDITIONS)("layout vs file, %s", (edition) => {
  it("has the layout's sheets, names, input cells and formulas", async () => {
    const layout = resolveLayout(edition);
    const contract = templateContract(edition);
    const wb = await load(await writeWorkbook({ edition }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(contract.sheetNames);
    expect(contract.sheetNames).toContain(contract.inputsSheet);
    expect(contract.sheetNames).toContain(contract.dashboardSheet);
    for (const name of WORKBOOK_NAMES) {
      const ref = contract.names[name];
      const ranges = wb.definedNames.getRanges(name).ranges;
      expect(ranges.map((r) => r.replace(/'/g, "").replace(/\$/g, "")), name).toEqual([`${ref.sheet}!${ref.address}`]);
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
    const scenario = wb.getWorksheet(contract.names.In_Scenario.sheet)?.getCell(contract.names.In_Scenario.address);
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
        expect(numbers.filter((n) => n !== "0"), `${sheet.name}!${c.address}: ${c.formula}`).toEqual([]);
      }
    }
  });

  it("protects every sheet without a password", async () => {
    const wb = await load(await writeWorkbook({ edition }));
    for (const ws of wb.worksheets) {
      const p = (ws as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string } }).sheetProtection;
      expect(p?.sheet, ws.name).toBe(true);
      expect(p?.algorithmName, ws.name).toBeUndefined();
    }
  });
});

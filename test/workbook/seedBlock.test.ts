/**
 * The seed figures are constants, your figures are inputs (MODEL.md §11.2): the seed block on the
 * inputs sheet is locked and grey, is no input the pane writes, and no formula reads it except a
 * calibration (a row the layout marks `calibration`: c, N, the certification rate, and the check
 * that the rate reproduces S12). The calibrations do read it, so the test can see a reader.
 */
import { describe, expect, it } from "vitest";
import { EDITIONS, resolveLayout } from "../../src/workbook";
import { buildAddressBook, INPUTS_GEOMETRY } from "../../src/workbook/layout/addresses";
import { INPUT_SECTIONS } from "../../src/workbook/layout/inputs";
import { CALC_SHEETS } from "../../src/workbook/layout/sheets";
import { LOOKS } from "../../src/workbook/styles";

const book = buildAddressBook();
const seedRows = INPUT_SECTIONS.filter((s) => s.seedBlock).flatMap((s) => s.rows);
const calibrations = new Set([
  ...INPUT_SECTIONS.flatMap((s) => s.rows)
    .filter((r) => r.kind === "derived" && r.calibration === true)
    .map((r) => `in.${r.key}`),
  ...CALC_SHEETS.flatMap((sheet) =>
    sheet.sections.flatMap((s) =>
      s.rows.filter((r) => r.calibration === true).map((r) => `${sheet.key}.${r.key}`)
    )
  ),
]);

describe.each(EDITIONS)("the seed block, %s", (edition) => {
  const layout = resolveLayout(edition);
  const inputs = layout.sheets.find((s) => s.key === "inputs")!;
  const col = INPUTS_GEOMETRY.columns.value;
  const seedCells = seedRows.map((r) => `${col}${book.rows.get(`in.${r.key}`)!.row}`);
  /** The row key of a cell, from the address book (sheet key and row). */
  const keyAt = (sheet: string, address: string): string | undefined => {
    const row = Number(/\d+$/.exec(address)?.[0]);
    for (const [key, place] of book.rows)
      if (place.sheet === sheet && place.row === row) return key;
    return undefined;
  };
  const pattern = new RegExp(
    `'${inputs.name}'!\\$${col}\\$(${seedCells.map((a) => a.slice(col.length)).join("|")})(?!\\d)`
  );

  it("holds S4, S5, S8–S11's mids, S12, S17 and S18 as locked grey constants, not inputs", () => {
    expect(seedRows.map((r) => r.seed)).toEqual(
      expect.arrayContaining(["S4", "S5", "S8", "S9", "S10", "S11", "S12", "S17", "S18"])
    );
    for (const address of seedCells) {
      const cell = inputs.cells.find((c) => c.address === address);
      expect(cell?.style, address).toBe("constant");
      expect(typeof cell?.value, address).toBe("number");
      expect(cell?.formula, address).toBeUndefined();
      expect(
        layout.inputCells.some((c) => c.address === address),
        address
      ).toBe(false);
    }
    expect(LOOKS.constant.unlocked).toBeUndefined();
    expect(LOOKS.constant.fill).toBeDefined();
  });

  it("is read by the calibrations and by no other formula", () => {
    const readers: string[] = [];
    for (const sheet of layout.sheets)
      for (const c of sheet.cells) {
        if (c.formula === undefined || !pattern.test(c.formula)) continue;
        const key = keyAt(sheet.key, c.address);
        readers.push(key ?? `${sheet.key}!${c.address}`);
      }
    expect(readers.length).toBeGreaterThanOrEqual(3);
    for (const reader of readers) expect(calibrations, reader).toContain(reader);
    expect(readers).toEqual(expect.arrayContaining(["in.serviceCost", "in.usedCarRate"]));
  });
});

/**
 * The real planning workbook's formulas, inserted next to the user's same-named sheets: if Excel
 * leaves them pointing at the user's sheets, retargetFormula must point every reference at the
 * inserted copy ("假设 (2)") and change nothing else.
 */
import { describe, expect, it } from "vitest";
import { retargetFormula } from "../../src/taskpane/sheetRefs";
import { EDITIONS } from "../../src/workbook/contract";
import { templateContract } from "../../src/workbook";
import { resolveLayout } from "../../src/workbook/layout/resolve";
import { layoutTemplate } from "../fixtures/fake-excel/template";

/** Sheet names a formula refers to (quoted or bare), ignoring string literals. */
function sheetsIn(formula: string): string[] {
  const names: string[] = [];
  const literalFree = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of literalFree.matchAll(/'((?:[^']|'')+)'!|([^\s'!=*+\-/&(),<>:;{}^]+)!/gu)) {
    names.push((m[1] ?? m[2] ?? "").replace(/''/g, "'"));
  }
  return names;
}

describe.each(EDITIONS)(
  "the %s planning workbook's formulas after a sheet-name clash",
  (edition) => {
    const layout = resolveLayout(edition);
    const renamed = new Map(layout.sheets.map((s) => [s.name, `${s.name} (2)`] as const));
    const formulas = layout.sheets.flatMap((sheet) =>
      sheet.cells
        .filter((c) => typeof c.formula === "string" && sheetsIn(`=${c.formula}`).length > 0)
        .map((c) => ({ where: `${sheet.name}!${c.address}`, formula: `=${c.formula}` }))
    );

    it("has cross-sheet formulas to check", () => {
      expect(formulas.length).toBeGreaterThan(50);
    });

    it("points every reference at the inserted copies and changes nothing else", () => {
      for (const { where, formula } of formulas) {
        const moved = retargetFormula(formula, renamed);
        const targets = sheetsIn(moved);
        expect(targets.length, where).toBe(sheetsIn(formula).length);
        for (const t of targets) expect(t.endsWith(" (2)"), `${where}: ${moved}`).toBe(true);
        // Undo the rename by hand: the rest of the formula is untouched.
        let back = moved;
        for (const [from, to] of renamed) {
          back = back.split(`'${to.replace(/'/g, "''")}'!`).join(`__${from}__!`);
        }
        // The same marks on the original, outside its string literals ("#DIV/0!" is no sheet).
        const original = formula
          .split(/("(?:[^"]|"")*")/)
          .map((part, i) =>
            i % 2 === 1
              ? part
              : part.replace(
                  /'((?:[^']|'')+)'!|([^\s'!=*+\-/&(),<>:;{}^"]+)!/gu,
                  (_m, q: string | undefined, b: string | undefined) =>
                    `__${(q ?? b ?? "").replace(/''/g, "'")}__!`
                )
          )
          .join("");
        expect(back, where).toBe(original);
      }
    });
  }
);

/**
 * The pane skips a sheet whose formulas the contract says name no renamed sheet
 * (TemplateContract.sheetFormulas, src/taskpane/retarget.ts): that must be exactly where
 * retargetFormula would change nothing.
 */
describe.each(EDITIONS)("the %s contract's sheetFormulas", (edition) => {
  const layout = resolveLayout(edition);
  const contract = templateContract(edition);

  it("lists, for each sheet, exactly the sheets whose renaming changes one of its formulas", () => {
    for (const sheet of layout.sheets) {
      const formulas = sheet.cells
        .filter((c) => typeof c.formula === "string")
        .map((c) => `=${c.formula}`);
      const changedBy = layout.sheets
        .filter((target) => {
          const renamed = new Map([[target.name, `${target.name} (2)`]]);
          return formulas.some((f) => retargetFormula(f, renamed) !== f);
        })
        .map((t) => t.name);
      expect([...contract.sheetFormulas[sheet.name]!.refersTo].sort(), sheet.name).toEqual(
        changedBy.sort()
      );
    }
  });

  it("bounds every row of each sheet's formulas as Range.formulas reports them", () => {
    // fakeTemplate and layoutTemplate check each row against maxRowBytes as they build.
    expect(() => layoutTemplate(edition)).not.toThrow();
    const simulation = contract.names.Out_NPV_P10.sheet;
    expect(contract.sheetFormulas[simulation]!.maxRowBytes).toBeGreaterThan(1_000);
  });
});

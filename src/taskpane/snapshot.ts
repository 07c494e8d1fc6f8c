/**
 * The user's workbook before an insertion: sheet ids and names, workbook names and their formulas.
 * The rollback compares with it to say what appeared or changed while the insertion ran.
 */

interface SheetInfo {
  readonly id: string;
  readonly name: string;
}
export interface NameInfo {
  readonly name: string;
  readonly formula: string;
}
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly NameInfo[];
}

/** A name's formula as text (Excel reports a constant name's formula as a number or boolean). */
export function formulaText(formula: unknown): string {
  return typeof formula === "string" ? formula : String(formula);
}

/** @requires ExcelApi 1.7 */
export async function snapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  return {
    sheets: sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    names: names.items.map((item) => ({ name: item.name, formula: formulaText(item.formula) })),
  };
}

/**
 * The insertion's ECO step: the template's ECO formula cells are entered again so that Excel binds
 * them to the loaded add-in (a file stores them as `_xldudf_ECO_…`, generate.ts), in the loaded
 * add-in's namespace (the caller's formulas, ../addinNamespace.ts), then read back.
 * The template protects its sheets without a password; if Excel refuses the write because an
 * inserted sheet is protected, that sheet's protection is lifted for the write and put back with
 * the options it had.
 */
import { checkWritten, type FormulaCheck } from "./binding";
import { protectionOptions } from "./protection";

export interface EcoTarget {
  readonly sheet: Excel.Worksheet;
  readonly address: string;
  readonly formula: string;
}

const isProtectionError = (error: unknown): boolean => {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
  };
  return /accessdenied|protect/i.test(`${String(code ?? "")} ${String(message ?? "")}`);
};

/** @requires ExcelApi 1.7 */
export async function writeEcoFormulas(
  context: Excel.RequestContext,
  targets: readonly EcoTarget[]
): Promise<FormulaCheck[]> {
  if (targets.length === 0) return [];
  const write = () =>
    targets.map(({ sheet, address, formula }) => {
      const range = sheet.getRange(address);
      range.formulas = [[formula]];
      return { range, formula };
    });
  let written = write();
  try {
    await context.sync();
  } catch (error) {
    if (!isProtectionError(error)) throw error;
    const sheets = [...new Set(targets.map((t) => t.sheet))];
    const protections = sheets.map((sheet) => {
      const protection = sheet.protection;
      protection.load("protected,options");
      return protection;
    });
    await context.sync();
    const lifted = protections.filter((p) => p.protected);
    const options = lifted.map((p) => protectionOptions(p.options));
    lifted.forEach((p) => p.unprotect());
    try {
      await context.sync();
      written = write();
      await context.sync();
    } finally {
      lifted.forEach((p) => p.load("protected"));
      await context.sync();
      lifted.forEach((p, i) => {
        if (!p.protected) p.protect(options[i]);
      });
      await context.sync();
    }
  }
  return checkWritten(context, written);
}

/**
 * Sheet references inside formulas. When Excel inserts a template sheet whose name is taken it
 * renames the copy ("输入" → "输入 (2)"); a formula that still says 输入!C5 would then read the
 * user's sheet. These helpers rewrite such references so the model only reads its own sheets.
 */

/** Quotes a sheet name for a formula: 'Inputs (2)'!A1. Quoting is always allowed. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "C5" → "$C$5", "B4:G9" → "$B$4:$G$9" (an address from the template contract). */
export function absoluteAddress(address: string): string {
  return address
    .split(":")
    .map((cell) => cell.replace(/^\$?([A-Za-z]{1,3})\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** ='Inputs (2)'!$C$5 — the formula a workbook name gets. */
export function nameFormula(sheet: string, address: string): string {
  return `=${quoteSheet(sheet)}!${absoluteAddress(address)}`;
}

/**
 * A sheet reference: optional [book] prefix, then a quoted or bare sheet name, then "!".
 * Bare names stop at characters that cannot appear unquoted; string literals are skipped.
 */
const REFERENCE =
  /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|((?:\[[^\]]*\])?[^\s'"!,;:()=+\-*/&^<>{}[\]]+)!/gu;

/**
 * Rewrites every reference to a sheet in `renamed` (template name → name in this workbook,
 * compared case-insensitively as Excel does). References to a template sheet that came out as an
 * external link ('[template.xlsx]Inputs'!A1 or [1]Inputs!A1) are pointed back at this workbook.
 */
export function retargetFormula(formula: string, renamed: ReadonlyMap<string, string>): string {
  if (!formula.startsWith("=")) return formula;
  const byLower = new Map([...renamed].map(([from, to]) => [from.toLowerCase(), to] as const));
  return formula.replace(
    REFERENCE,
    (match: string, quoted: string | undefined, bare: string | undefined) => {
      const raw = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
      if (raw === undefined) return match; // a string literal
      const sheet = raw.replace(/^\[[^\]]*\]/, "");
      const target = byLower.get(sheet.toLowerCase());
      const unchanged =
        target === undefined || (target.toLowerCase() === sheet.toLowerCase() && sheet === raw);
      return unchanged ? match : `${quoteSheet(target)}!`;
    }
  );
}

/** The sheet an Excel-renamed copy came from: "输入 (2)" → "输入" when "输入" is a template sheet. */
export function templateSheetOf(
  actual: string,
  templateSheets: readonly string[]
): string | undefined {
  const lower = actual.toLowerCase();
  const exact = templateSheets.find((t) => t.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const base = /^(.*) \(\d+\)$/u.exec(actual)?.[1]?.toLowerCase();
  return templateSheets.find((t) => t.toLowerCase() === base);
}

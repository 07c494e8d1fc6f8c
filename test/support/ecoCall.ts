/**
 * Splits a formula of one ECO call with literal arguments, e.g.
 * =ECO.DATA_ASSET_VALUE({1;2},{"low","mid"},,,,"亿"), into the function's id and its arguments as
 * Excel hands them to a custom function: numbers, texts, array constants as rows of cells (";"
 * separates rows, "," columns), and null for an omitted argument. With `resolve`, an argument
 * that is a sheet-qualified reference ('Inputs'!$F$4, Inputs!F27:F32) becomes what `resolve`
 * reads there. No imports, so the browser's fake Excel host can bundle it. Returns null for
 * anything else (other functions, unresolved references, another namespace than `namespace`,
 * which is the release's, ECO, unless given: the dev build's is ECODEV).
 */
export interface EcoCall {
  readonly id: string;
  readonly args: unknown[];
}

/** Reads a reference: the sheet's name (unquoted) and the address without $ ("F27:F32"). */
export type Resolve = (sheet: string, address: string) => unknown[][];

const REFERENCE = /^(?:'((?:[^']|'')+)'|([^\s'!(),"]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/;

export function parseEcoCall(
  formula: string,
  resolve?: Resolve,
  namespace = "ECO"
): EcoCall | null {
  const m = new RegExp(`^=${namespace}\\.([A-Z_]+)\\((.*)\\)$`).exec(formula.trim());
  if (!m || m[1] === undefined) return null;
  const argument = (text: string): unknown => {
    const ref = REFERENCE.exec(text.trim());
    if (ref === null || resolve === undefined) return literal(text);
    const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? "");
    return resolve(sheet, (ref[3] ?? "").replace(/\$/g, ""));
  };
  try {
    return { id: m[1], args: splitTopLevel(m[2] ?? "", ",").map(argument) };
  } catch {
    return null;
  }
}

function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "{") depth++;
    else if (!quoted && ch === "}") depth--;
    if (!quoted && depth === 0 && ch === sep) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function literal(text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (t.startsWith("{")) {
    return splitTopLevel(t.slice(1, -1), ";").map((row) => splitTopLevel(row, ",").map(literal));
  }
  if (t.startsWith('"')) return t.slice(1, -1);
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`unsupported literal ${t}`);
  return n;
}

import { DEFINITIONS } from "../../src/functions/definitions";
import type { OutCell } from "../../src/functions/run";

/** Evaluates a documented example such as =ECO.DATA_ASSET_VALUE({1;2},{"low","mid"},,,,"亿"). */
export function evaluateExample(formula: string): OutCell[][] {
  const m = /^=ECO\.([A-Z_]+)\((.*)\)$/.exec(formula.trim());
  if (!m) throw new Error(`not an ECO formula: ${formula}`);
  const id = m[1] as keyof typeof DEFINITIONS;
  const def = DEFINITIONS[id];
  if (!def) throw new Error(`unknown function ${id}`);
  return def.cells(...splitTopLevel(m[2] ?? "", ",").map(literal));
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
    // Excel array constant: ";" separates rows, "," columns.
    return splitTopLevel(t.slice(1, -1), ";").map((row) => splitTopLevel(row, ",").map(literal));
  }
  if (t.startsWith('"')) return t.slice(1, -1);
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`unsupported literal ${t}`);
  return n;
}

/**
 * ECO function calls inside formula text, in the two spellings Excel uses:
 * - typed: `ECO.DATA_ASSET_VALUE(` — what a user types and what Range.formulas takes and returns
 *   for a bound custom function;
 * - stored: `_xldudf_ECO_DATA_ASSET_VALUE(` — how Excel writes a JavaScript custom function into
 *   an .xlsx (namespace and id joined by "_" behind the `_xldudf_` prefix), and how it shows one
 *   it could not bind (office-js #5611, #4487), sometimes behind an add-in file prefix such as
 *   `[2]!` or `Book.xla!` (office-js #2568, #3872).
 * Each in either namespace an ECO add-in has (src/identity.json): the release's, ECO, which the
 * templates, the standalone files and the documentation use, and the development add-in's,
 * ECODEV (npm start), which can be sideloaded beside it. A pane recognises both and writes the
 * namespace of the add-in that runs it (../taskpane/addinNamespace.ts).
 * Text inside string literals is never touched. Function names are the same in every locale
 * (src/functions/metadata.zh-CN.json), so these are the only spellings.
 */
import { FUNCTION_IDS, type FunctionId } from "../functions/examples";
import identity from "../identity.json";

/** The release's namespace: the one the templates and the standalone workbooks are written in. */
export const ECO_NAMESPACE: string = identity.release.namespace;
/** Every namespace an ECO add-in is sideloaded under: the release's and the development one. */
export const ECO_NAMESPACES: readonly string[] = [
  identity.release.namespace,
  identity.development.namespace,
];
const STORED_PREFIX = "_xldudf_";

export interface EcoCall {
  readonly id: FunctionId;
  /** True for `_xldudf_ECO_X` (with or without an add-in file prefix). */
  readonly stored: boolean;
  /** The namespace as written (in the formula's case): "ECO", "ECODEV", "eco"… */
  readonly namespace: string;
  /** Where the call's name starts (including any `[2]!` prefix) and where the "(" is. */
  readonly start: number;
  readonly paren: number;
}

const IDS = FUNCTION_IDS.join("|");
/** A regular expression's alternatives for either namespace, longest first (ECODEV before ECO). */
export const NAMESPACE_PATTERN = [...ECO_NAMESPACES].sort((a, b) => b.length - a.length).join("|");
// An optional add-in file prefix ([2]!, 'C:\x\Book.xla'!, Book.xla!), then a typed or stored name,
// then "(" (Excel allows no space before it, but a user's text might have one).
const CALL = new RegExp(
  `(?:\\[[^\\]]*\\]!|'(?:[^']|'')+'!|[A-Za-z0-9_.]+\\.xla[mx]?!)?` +
    `(?:(?:(${NAMESPACE_PATTERN})\\.)|(?:${STORED_PREFIX}(${NAMESPACE_PATTERN})_))(${IDS})(\\s*)\\(`,
  "giu"
);
const STRING = /"(?:[^"]|"")*"/gu;

/** Every ECO call in `formula`, in order, outside string literals. */
export function ecoCalls(formula: string): EcoCall[] {
  const masked = formula.replace(STRING, (s) => " ".repeat(s.length));
  const calls: EcoCall[] = [];
  for (const m of masked.matchAll(CALL)) {
    const start = m.index;
    const before = start > 0 ? masked.charAt(start - 1) : "";
    // Not part of a longer name (MY.ECO.LTV, X_xldudf_…).
    if (/[\p{L}\p{N}_.]/u.test(before)) continue;
    const id = (m[3] ?? "").toUpperCase() as FunctionId;
    const stored = m[2] !== undefined;
    const namespace = (stored ? m[2] : m[1]) ?? "";
    calls.push({ id, stored, namespace, start, paren: start + m[0].length - 1 });
  }
  return calls;
}

/** True when the formula calls an ECO function in either spelling. */
export function hasEcoCall(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && ecoCalls(formula).length > 0;
}

function rewrite(formula: string, name: (id: FunctionId) => string): string {
  let out = "";
  let at = 0;
  for (const call of ecoCalls(formula)) {
    out += formula.slice(at, call.start) + name(call.id);
    at = call.paren;
  }
  return out + formula.slice(at);
}

/**
 * `_xldudf_ECO_X(` (any prefix, either namespace) and `ECO.X(`/`ECODEV.X(` → `NS.X(`: the formula
 * as a user of the add-in with `namespace` would type it.
 */
export function typedFormula(formula: string, namespace: string): string {
  return rewrite(formula, (id) => `${namespace}.${id}`);
}

/** `ECO.X(` (either namespace) → `_xldudf_ECO_X(`: the release's formula as Excel stores it in a file. */
export function storedFormula(formula: string): string {
  return rewrite(formula, (id) => `${STORED_PREFIX}${ECO_NAMESPACE}_${id}`);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

export const DIST = join(__dirname, "..", "..", "dist");

/** A stand-in for Excel's CustomFunctions runtime: records associations, builds errors. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type Registered = Map<string, (...args: unknown[]) => unknown>;

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  result: { dimensionality?: string; type?: string };
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
}

export function readMetadata(file = "functions.json"): { functions: FunctionMetadata[] } {
  return JSON.parse(readFileSync(join(DIST, file), "utf8")) as { functions: FunctionMetadata[] };
}

/** Loads dist/functions.js the way Excel's JavaScript runtime does: a plain script with CustomFunctions global. */
export function loadBundle(): Registered {
  const registered: Registered = new Map();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: StubError,
    ErrorCode: ERROR_CODE,
  };
  const context = createContext({ CustomFunctions, console });
  runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return registered;
}

/** Shapes arguments as Excel passes them per the metadata: a matrix for matrix parameters, null when omitted. */
export function excelArgs(meta: FunctionMetadata, args: readonly unknown[]): unknown[] {
  return meta.parameters.map((p, i) => {
    const a = i < args.length ? args[i] : undefined;
    if (a === undefined || a === null) return null;
    if (p.dimensionality === "matrix") return Array.isArray(a) ? a : [[a]];
    return a;
  });
}

/** Calls like Excel: a thrown StubError becomes the cell's error. */
export function call(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    return e;
  }
}

/**
 * The self-test a participant runs in their own Excel: do the ECO functions calculate here, does
 * this Excel have the API versions the pane needs, do the templates download from the add-in's
 * host. Everything Excel-, network- and clock-facing comes in as a parameter, so the logic runs
 * against office-addin-mock in tests.
 *
 * The function check writes known formulas into a temporary sheet with a name nobody uses, reads
 * the values back (waiting while Excel still calculates), compares them with the model, and
 * deletes the sheet again in a finally path: nothing stays behind, even when a step fails. The
 * sheet that was active stays active.
 */
import type { ExcelRun } from "../excelRun";
import { describeError } from "../insert";
import { bindingState, isPending } from "./binding";
import { functionCases, matches, type FunctionCase } from "./cases";

/** The requirement sets the pane uses and what for. */
export const API_NEEDS = [
  // insertWorksheetsFromBase64 (insert the planning workbook)
  { set: "ExcelApi", version: "1.13", purpose: "insert" },
  // Range.getSpecialCellsOrNullObject (Repair #NAME? finds formulas without reading every cell)
  { set: "ExcelApi", version: "1.9", purpose: "repair" },
  // the manifest's requirements: custom functions in the task pane's shared runtime
  { set: "CustomFunctionsRuntime", version: "1.2", purpose: "functions" },
  { set: "SharedRuntime", version: "1.1", purpose: "sharedRuntime" },
] as const;
export type ApiPurpose = (typeof API_NEEDS)[number]["purpose"];

export const TEMPLATE_PATHS = [
  "templates/eco-planning-zh-CN.xlsx",
  "templates/eco-planning-en-US.xlsx",
] as const;

/** The temporary sheet's name, or with _2, _3, … when a sheet of that name exists. */
export const TEMP_SHEET = "ECO_SELFTEST";

export type FunctionState =
  "ok" | "wrongValue" | "notBound" | "rewritten" | "pending" | "error" | "notRun";

export type CheckLine =
  | {
      readonly kind: "function";
      readonly ok: boolean;
      readonly state: FunctionState;
      readonly formula: string;
      readonly expected: readonly number[];
      readonly actual: readonly (string | number | boolean | null)[];
      readonly readBack: string;
    }
  | {
      /** The function check could not run at all (e.g. the workbook's structure is protected). */
      readonly kind: "functionsFailed";
      readonly ok: false;
      readonly problem: "structureProtected" | "editMode" | "unknown";
      readonly detail: string;
    }
  | {
      readonly kind: "cleanup";
      readonly ok: boolean;
      readonly sheet: string;
      readonly detail?: string;
    }
  | {
      readonly kind: "api";
      readonly ok: boolean;
      readonly set: string;
      readonly version: string;
      readonly purpose: ApiPurpose;
    }
  | {
      readonly kind: "template";
      readonly ok: boolean;
      readonly path: string;
      readonly url: string;
      readonly bytes: number;
      readonly problem?: "http" | "network" | "empty" | "notXlsx";
      readonly detail?: string;
    };

export interface OfficeInfo {
  /** Office.context.diagnostics.platform, e.g. "PC", "OfficeOnline", "Mac". */
  readonly platform: string;
  /** Office.context.diagnostics.version, e.g. "16.0.17928.20114". */
  readonly version: string;
}

export interface SelfTestReport {
  readonly at: Date;
  readonly version: string;
  readonly hostUrl: string;
  readonly office: OfficeInfo | null;
  readonly lines: readonly CheckLine[];
  readonly ok: boolean;
}

export type FetchFile = (url: string) => Promise<Pick<Response, "ok" | "status" | "arrayBuffer">>;

export interface SelfTestDeps {
  readonly run: ExcelRun;
  readonly fetchFile: FetchFile;
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** The add-in's version (package.json). */
  readonly version: string;
  /** Where the pane was loaded from, e.g. https://training.example.com/eco/ (no query). */
  readonly hostUrl: string;
  readonly office: OfficeInfo | null;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** How long to wait for Excel to finish calculating (default 15 s), and how often to look. */
  readonly timeoutMs?: number;
  readonly pollMs?: number;
}

export async function runSelfTest(deps: SelfTestDeps): Promise<SelfTestReport> {
  const at = deps.now();
  const apis = API_NEEDS.map(({ set, version, purpose }): CheckLine => ({
    kind: "api",
    ok: safeIsSetSupported(deps, set, version),
    set,
    version,
    purpose,
  }));
  const [functions, templates] = await Promise.all([
    functionLines(deps),
    Promise.all(TEMPLATE_PATHS.map((path) => templateLine(deps, path))),
  ]);
  const lines = [...functions, ...apis, ...templates];
  return {
    at,
    version: deps.version,
    hostUrl: deps.hostUrl,
    office: deps.office,
    lines,
    ok: lines.every((l) => l.ok),
  };
}

function safeIsSetSupported(deps: SelfTestDeps, set: string, version: string): boolean {
  try {
    return deps.isSetSupported(set, version);
  } catch {
    return false;
  }
}

// ---- the ECO functions in a temporary sheet ----

interface Placed {
  readonly test: FunctionCase;
  readonly address: string; // A1-style block, e.g. "A3:A4"
}

function place(cases: readonly FunctionCase[]): Placed[] {
  let row = 1;
  return cases.map((test) => {
    const last = row + test.expected.length - 1;
    const address = last === row ? `A${row}` : `A${row}:A${last}`;
    row = last + 1;
    return { test, address };
  });
}

export function uniqueSheetName(taken: readonly string[], base = TEMP_SHEET): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!lower.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}

interface Reading {
  readonly readBack: string;
  readonly values: readonly (string | number | boolean | null)[];
}

async function functionLines(deps: SelfTestDeps): Promise<CheckLine[]> {
  const placed = place(functionCases());
  // Set inside Excel.run callbacks, read in the finally path.
  const temp: { name: string | null; activeId: string | null } = { name: null, activeId: null };
  const lines: CheckLine[] = [];
  try {
    await deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet();
      active.load("id");
      await context.sync();
      temp.activeId = active.id;
      // Recorded before the sheet exists: if anything below fails after Excel added it, the
      // finally path still finds it by this name, which no sheet had before.
      const name = uniqueSheetName(sheets.items.map((s) => s.name));
      temp.name = name;
      const sheet = sheets.add(name);
      for (const { test, address } of placed)
        sheet.getRange(address.split(":")[0] ?? address).formulas = [[test.formula]];
      await context.sync();
    });
    const readings = await readUntilCalculated(deps, temp.name ?? "", placed);
    placed.forEach(({ test }, i) => lines.push(functionLine(test, readings[i])));
  } catch (error) {
    lines.push({
      kind: "functionsFailed",
      ok: false,
      problem: classify(error),
      detail: describeError(error),
    });
  } finally {
    if (temp.name !== null) lines.push(await removeSheet(deps.run, temp.name, temp.activeId));
  }
  return lines;
}

async function readUntilCalculated(
  deps: SelfTestDeps,
  sheetName: string,
  placed: readonly Placed[]
): Promise<Reading[]> {
  const timeout = deps.timeoutMs ?? 15_000;
  const poll = deps.pollMs ?? 250;
  for (let waited = 0; ; waited += poll) {
    const readings = await deps.run((context) => readOnce(context, sheetName, placed));
    const calculating = readings.some((r) => r.values.some(isPending));
    if (!calculating || waited >= timeout) return readings;
    await deps.sleep(poll);
  }
}

/** The placed formulas and their values, in one sync. */
async function readOnce(
  context: Excel.RequestContext,
  sheetName: string,
  placed: readonly Placed[]
): Promise<Reading[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = placed.map(({ address }) => {
    const range = sheet.getRange(address);
    range.load("formulas,values");
    return range;
  });
  await context.sync();
  return ranges.map((range): Reading => {
    const formulas = range.formulas as unknown[][];
    const values = range.values as unknown[][];
    const first: unknown = formulas[0]?.[0];
    return {
      readBack: typeof first === "string" ? first : String(first ?? ""),
      values: values.map((row) => scalar(row[0])),
    };
  });
}

function functionLine(test: FunctionCase, reading: Reading | undefined): CheckLine {
  const actual = reading?.values ?? [];
  const readBack = reading?.readBack ?? "";
  const base = { kind: "function" as const, formula: test.formula, expected: test.expected };
  if (reading === undefined) return { ...base, ok: false, state: "notRun", actual, readBack };
  const binding = bindingState(test.formula, readBack, actual[0]);
  let state: FunctionState;
  if (binding === "notBound" || binding === "rewritten") state = binding;
  else if (actual.some(isPending)) state = "pending";
  else if (actual.some((v) => typeof v === "string" && v.startsWith("#"))) state = "error";
  else state = test.expected.every((e, i) => matches(actual[i], e)) ? "ok" : "wrongValue";
  return { ...base, ok: state === "ok", state, actual, readBack };
}

/** Deletes the temporary sheet (a name no sheet had before the test) and re-activates the user's. */
async function removeSheet(
  run: ExcelRun,
  name: string,
  activeId: string | null
): Promise<CheckLine> {
  try {
    // Sheets found by listing them (ExcelApi 1.1): the self-test runs in any Excel.
    const gone = await run(async (context) => {
      const list = async () => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/id,items/name");
        await context.sync();
        return sheets.items;
      };
      const named = (sheets: Excel.Worksheet[]) =>
        sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      const sheets = await list();
      const sheet = named(sheets);
      if (sheet !== undefined) {
        const active = sheets.find((s) => s.id === activeId);
        if (active !== undefined && active.id !== sheet.id) active.activate();
        sheet.delete();
        await context.sync();
      }
      return named(await list()) === undefined;
    });
    return gone
      ? { kind: "cleanup", ok: true, sheet: name }
      : { kind: "cleanup", ok: false, sheet: name, detail: "still there after delete" };
  } catch (error) {
    return { kind: "cleanup", ok: false, sheet: name, detail: describeError(error) };
  }
}

// ---- the templates from the add-in's host ----

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": an .xlsx is a zip

async function templateLine(deps: SelfTestDeps, path: string): Promise<CheckLine> {
  const url = new URL(path, deps.hostUrl).href;
  const base = { kind: "template" as const, path, url };
  let response: Awaited<ReturnType<FetchFile>>;
  try {
    response = await deps.fetchFile(path);
  } catch (error) {
    return { ...base, ok: false, bytes: 0, problem: "network", detail: describeError(error) };
  }
  if (!response.ok)
    return { ...base, ok: false, bytes: 0, problem: "http", detail: `HTTP ${response.status}` };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length === 0) return { ...base, ok: false, bytes: 0, problem: "empty" };
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b))
    return { ...base, ok: false, bytes: bytes.length, problem: "notXlsx" };
  return { ...base, ok: true, bytes: bytes.length };
}

// ---- helpers ----

const scalar = (v: unknown): string | number | boolean | null =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;

function classify(error: unknown): "structureProtected" | "editMode" | "unknown" {
  const text = describeError(error).toLowerCase();
  if (text.includes("celleditmode") || text.includes("edit mode")) return "editMode";
  if (text.includes("protect") || text.includes("accessdenied")) return "structureProtected";
  return "unknown";
}

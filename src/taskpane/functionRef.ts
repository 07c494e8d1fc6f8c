/**
 * The function reference: metadata from the built functions(.zh-CN).json, examples from
 * examples.ts, both named in the running add-in's namespace (=ECODEV. in the dev build).
 */
import {
  EXAMPLES,
  FUNCTION_IDS,
  type FunctionExample,
  type FunctionId,
} from "../functions/examples";
import { typedFormula } from "../workbook/ecoCalls";
import { ADDIN_NAMESPACE } from "./addinNamespace";
import { checkWritten, type FormulaCheck } from "./check/binding";
import type { ExcelRun } from "./excelRun";
import type { Language } from "../model/language";

export interface FunctionParam {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}
export interface FunctionEntry {
  readonly id: FunctionId;
  /** As typed in Excel, the same in every language: ECO.DATA_ASSET_VALUE (only arguments and text are translated), ECODEV.… in the dev build. */
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly FunctionParam[];
  readonly examples: readonly FunctionExample[];
}

export function metadataPath(lang: Language): string {
  return lang === "zh-CN" ? "functions.zh-CN.json" : "functions.json";
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === "string" ? v : "");

/** Text that may name an ECO call (=ECO.LTV(…) in a description), in the running namespace. */
const shown = (v: unknown): string => typedFormula(text(v), ADDIN_NAMESPACE);

/** Parses the metadata defensively: an entry that doesn't look right falls back to its id alone. */
export function parseMetadata(json: unknown): FunctionEntry[] {
  const list =
    isRecord(json) && Array.isArray(json["functions"]) ? (json["functions"] as unknown[]) : [];
  return FUNCTION_IDS.map((id) => {
    const meta = list.find((f) => isRecord(f) && f["id"] === id);
    const params =
      isRecord(meta) && Array.isArray(meta["parameters"]) ? (meta["parameters"] as unknown[]) : [];
    return {
      id,
      name: `${ADDIN_NAMESPACE}.${text(isRecord(meta) ? meta["name"] : undefined) || id}`,
      description: isRecord(meta) ? shown(meta["description"]) : "",
      parameters: params.filter(isRecord).map((p) => ({
        name: text(p["name"]),
        description: shown(p["description"]),
        optional: p["optional"] === true,
      })),
      examples: EXAMPLES[id].map((example) => ({
        ...example,
        formula: typedFormula(example.formula, ADDIN_NAMESPACE),
      })),
    };
  });
}

export async function loadFunctionReference(
  lang: Language,
  fetchJson: (path: string) => Promise<unknown>
): Promise<FunctionEntry[]> {
  return parseMetadata(await fetchJson(metadataPath(lang)));
}

/**
 * Writes `formula` into the top-left cell of the selection, reads the cell back after a sync and
 * says whether Excel bound the ECO function (check.state; the message is
 * checkMessages(lang).binding(check)).
 */
export async function writeFormulaChecked(run: ExcelRun, formula: string): Promise<FormulaCheck> {
  return run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    await context.sync();
    const [check] = await checkWritten(context, [{ range: cell, formula }]);
    if (check === undefined) throw new Error("the written cell could not be read back");
    return check;
  });
}

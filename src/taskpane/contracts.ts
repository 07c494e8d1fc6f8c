/**
 * The template contracts as the pane gets them: fetched from beside the templates, where
 * `npm run build` writes them (scripts/build-templates.ts), never resolved from the layout here.
 * A contract that cannot be fetched, or does not hold what the insertion reads, fails the
 * insertion before anything is touched; one that loaded is kept for the next insertion.
 */
import {
  contractPath,
  WORKBOOK_NAMES,
  type Edition,
  type TemplateContract,
} from "../workbook/contract";
import { describeError, InsertFailure } from "./insert";
import { NOTHING_TO_UNDO } from "./rollback";

export type FetchJson = (path: string) => Promise<unknown>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const isText = (x: unknown): x is string => typeof x === "string" && x !== "";

/** What is wrong with `json` as the contract of `edition`, or null if nothing is. */
export function contractProblem(json: unknown, edition: Edition): string | null {
  if (!isRecord(json)) return "not a JSON object";
  if (json.edition !== edition) return `edition ${String(json.edition)}, not ${edition}`;
  const { sheetNames, names, charts, scenarioLabels, fleetPathLabels } = json;
  if (!Array.isArray(sheetNames) || !sheetNames.every(isText)) return "no sheet names";
  for (const key of ["inputsSheet", "dashboardSheet", "templatePath", "downloadPath"]) {
    if (!isText(json[key])) return `no ${key}`;
  }
  if (!isRecord(names)) return "no names";
  for (const name of WORKBOOK_NAMES) {
    const ref = names[name];
    if (!isRecord(ref) || !isText(ref.sheet) || !isText(ref.address)) return `no cell for ${name}`;
  }
  if (!isRecord(scenarioLabels) || !["low", "mid", "high"].every((k) => isText(scenarioLabels[k])))
    return "no scenario labels";
  if (!isRecord(fleetPathLabels) || !["linear", "cagr"].every((k) => isText(fleetPathLabels[k])))
    return "no fleet path labels";
  if (!Array.isArray(charts)) return "no charts";
  if (json.ecoFormulas !== undefined && !Array.isArray(json.ecoFormulas)) return "no ECO formulas";
  const { sheetFormulas } = json;
  if (!isRecord(sheetFormulas)) return "no sheet formulas";
  for (const sheet of sheetNames) {
    const facts = sheetFormulas[sheet];
    if (
      !isRecord(facts) ||
      !Array.isArray(facts.refersTo) ||
      !facts.refersTo.every((t) => isText(t) && sheetNames.includes(t)) ||
      typeof facts.maxRowBytes !== "number" ||
      !(facts.maxRowBytes >= 0)
    )
      return `no formula facts for ${sheet}`;
  }
  return null;
}

/** A loader of contracts that keeps each one that loaded (a failed load is tried again). */
export function contractLoader(
  fetchJson: FetchJson
): (edition: Edition) => Promise<TemplateContract> {
  const loaded = new Map<Edition, TemplateContract>();
  return async (edition) => {
    const known = loaded.get(edition);
    if (known !== undefined) return known;
    const path = contractPath(edition);
    let json: unknown;
    try {
      json = await fetchJson(path);
    } catch (error) {
      throw new InsertFailure(
        "templateDownload",
        "template",
        describeError(error),
        NOTHING_TO_UNDO
      );
    }
    const problem = contractProblem(json, edition);
    if (problem !== null)
      throw new InsertFailure(
        "unexpectedTemplate",
        "template",
        `${path}: ${problem}`,
        NOTHING_TO_UNDO
      );
    const contract = json as TemplateContract;
    loaded.set(edition, contract);
    return contract;
  };
}

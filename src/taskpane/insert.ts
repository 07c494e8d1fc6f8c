/**
 * Inserts the planning workbook into the open workbook. All Excel.run code of the insertion lives
 * here; Excel.run, the template download and progress reporting come in as parameters so that the
 * logic runs against office-addin-mock in unit tests.
 *
 * Safety design (see the report in README/taskpane notes):
 * - The user's workbook is snapshotted first (sheet ids and names, workbook names and formulas).
 * - Excel renames a template sheet whose name is taken ("输入" → "输入 (2)"); the sheets are found
 *   by the ids insertWorksheetsFromBase64 returns, and every formula on them that names a template
 *   sheet is pointed at the inserted copy (retarget.ts: only on sheets that can name a renamed
 *   sheet, in blocks that keep each Excel request and response under 1 MB, issue 25).
 * - Workbook names the user already has (as read in the insertion's own batch, right before the
 *   sheets go in) are never written: the model gets sheet-scoped names of the same name on each
 *   inserted sheet instead (a sheet-scoped name wins on its own sheet). Every name formula the
 *   insertion writes comes from the contract, never from what Excel reports (NamedItem.formula
 *   reads back localized, office-js #2834).
 * - The templates protect their sheets without a password, and the inserted sheets arrive
 *   protected: their protection is lifted for the steps that write locked cells or add charts
 *   and put back with the same options before the results are read (sheetProtection.ts); after a
 *   failure, inserted sheets the rollback could not remove get it back too.
 * - Every inserted sheet is marked as the planning workbook's (a worksheet custom property,
 *   sheetMark.ts), so that Repair #NAME? can prove which protected sheets are ours.
 * - What the insertion adds or changes is written down as it happens (ledger.ts): the sheet ids
 *   insertWorksheetsFromBase64 returns, the names it added, the charts it added. If any step
 *   fails, the rollback (rollback.ts) removes exactly those, unless someone changed them since; a
 *   sheet or name someone else added or changed meanwhile is left alone, and the pane lists what
 *   was removed and what was left alone.
 * - The dashboard is activated in a request of its own once the insertion succeeded: activate()
 *   can throw on Mac (office-js #2625), and then only the message says so.
 * - The whole insertion needs ExcelApi 1.13 (insertWorksheetsFromBase64 returning ids); older
 *   Excel gets the "unsupported" failure before anything is touched.
 */
import { isValidFleet } from "../model/fleet";
import type { PlanSettings } from "../model/plan/settings";
import {
  WORKBOOK_NAMES,
  type SheetRef,
  type TemplateContract,
  type WorkbookName,
} from "../workbook/contract";
import { inputWrites } from "../workbook/contract-inputs";
import { typedFormula } from "../workbook/ecoCalls";
import type { FormulaCheck } from "./check/binding";
import { writeEcoFormulas } from "./check/ecoRewrite";
import { ADDIN_NAMESPACE } from "./addinNamespace";
import { addChart } from "./charts";
import type { ExcelRun } from "./excelRun";
import type { InsertStep, ProblemKind, StepProgress } from "./messages";
import { requires, type SetCheck } from "./apiSets";
import { InsertionLedger } from "./ledger";
import { NOTHING_TO_UNDO, rollBack, type RollbackReport } from "./rollback";
import { markSheets } from "./sheetMark";
import { retargetFormulas } from "./retarget";
import { nameFormula, retargetFormula, templateSheetOf } from "./sheetRefs";
import {
  liftProtection,
  reprotectLeftovers,
  restoreProtection,
  type LiftedSheet,
} from "./sheetProtection";
import { PLAN_TEXT } from "../model/words";
import { formulaText, snapshot, type WorkbookSnapshot } from "./snapshot";

export type { RollbackReport } from "./rollback";
export type { WorkbookSnapshot } from "./snapshot";

export interface InsertRequest {
  readonly contract: TemplateContract;
  /** Every input the chosen preset sets (presetSettings), written through the named inputs. */
  readonly inputs: PlanSettings;
}

export interface InsertDeps {
  /** Excel.run, or a mock of it. */
  readonly run: ExcelRun;
  /** The template .xlsx as base64, fetched from the add-in's own origin. */
  readonly loadTemplate: (templatePath: string) => Promise<string>;
  /** Each step as it starts, and again with its progress when it takes several requests. */
  readonly onStep?: (step: InsertStep, progress?: StepProgress) => void;
  /** Office.context.requirements.isSetSupported: the insertion needs ExcelApi 1.13. */
  readonly isSetSupported: SetCheck;
}

/** What the pane shows after an insertion; null where the cell held no usable value. */
export interface KeyResults {
  readonly dataAssetValue: number | null;
  readonly ecosystemRevenue: number | null;
  readonly ecosystemMultiple: number | null;
  readonly marginGap: number | null;
  /** Out_Year5_Role_StatusQuo and Out_Year5_Value_StatusQuo (元/年): doing nothing, year 5. */
  readonly year5RoleStatusQuo: string | null;
  readonly year5ValueStatusQuo: number | null;
  readonly year5Role: string | null;
  /** Out_Year5_Value, 元/年. */
  readonly year5Value: number | null;
  /** Out_NPV, 元. */
  readonly npv: number | null;
  /** Out_NPV_Incremental, 元: what the ecosystem is worth against the status quo. */
  readonly npvIncremental: number | null;
  /**
   * Out_Value_Incremental, 元 (MODEL.md §11.6): what the ecosystem adds to the company's value,
   * pre-tax, year 5 in perpetuity; null when it is n/a (discount rate ≤ growth).
   */
  readonly valueIncremental: number | null;
  /** Out_PaybackYear: a year 0…5, nothing to pay back (n/a), or not paid back within the plan. */
  readonly paybackYear: number | "notApplicable" | "notWithinPlan" | null;
  /** Out_BreakevenYear: a year 0…5, or the plan never gets there. */
  readonly breakevenYear: number | "notWithinPlan" | null;
  /** Out_FleetForD: vehicles, or no fleet can make year-5 value reach D. */
  readonly fleetForD: number | "unreachable" | null;
  /** Out_Prob_D: the share of the simulation's trials reaching D in year 5. */
  readonly probD: number | null;
  /** Out_NPV_P10 and Out_NPV_P90, 元. */
  readonly npvP10P90: readonly [number, number] | null;
  readonly checkAll: boolean | null;
}

export interface PlacedSheet {
  readonly template: string;
  readonly actual: string;
  readonly id: string;
}

export interface InsertOutcome {
  readonly sheets: readonly PlacedSheet[];
  readonly dashboard: string;
  /**
   * Whether Excel showed the dashboard. activate() can throw on Mac after an insertion
   * (office-js #2625); it runs in a request of its own after the insertion succeeded, so a refusal
   * only means the user opens the dashboard by its tab.
   */
  readonly dashboardOpened: boolean;
  readonly results: KeyResults;
  /** Workbook names the user already had; the model uses sheet-scoped copies. */
  readonly shadowedNames: readonly WorkbookName[];
  /**
   * Names the user had that Excel changed while inserting the sheets. They are left as Excel left
   * them: Excel reports a name's formula in the user's language (office-js #2834), so the one
   * read before cannot be written back exactly.
   */
  readonly namesChangedByExcel: readonly string[];
  /** The ECO formula cells as Excel read them back after the insertion wrote them. */
  readonly ecoBinding: readonly FormulaCheck[];
}

/** A failure the pane can explain: what kind, at which step, and what rollback achieved. */
export class InsertFailure extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly step: InsertStep,
    readonly detail: string,
    readonly rollback: RollbackReport
  ) {
    super(detail);
    this.name = "InsertFailure";
  }
}

/** A problem found by this module itself (not reported by Excel). */
export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    detail: string
  ) {
    super(detail);
    this.name = "Problem";
  }
}

/** The fleet rule is shared with the workbook CLI (src/model/fleet.ts). */
export { isValidFleet, MAX_FLEET } from "../model/fleet";

export async function insertPlanningWorkbook(
  request: InsertRequest,
  deps: InsertDeps
): Promise<InsertOutcome> {
  return requires(
    deps.isSetSupported,
    "ExcelApi",
    "1.13",
    () => insertSupported(request, deps),
    () =>
      Promise.reject(new InsertFailure("unsupported", "template", "ExcelApi 1.13", NOTHING_TO_UNDO))
  );
}

/** @requires ExcelApi 1.13 */
async function insertSupported(request: InsertRequest, deps: InsertDeps): Promise<InsertOutcome> {
  let step: InsertStep = "template";
  const enter = (next: InsertStep, progress?: StepProgress): void => {
    step = next;
    deps.onStep?.(next, progress);
  };
  enter("template");
  if (!isValidFleet(request.inputs.fleet)) {
    throw new InsertFailure("badFleet", step, `fleet ${request.inputs.fleet}`, NOTHING_TO_UNDO);
  }
  let base64: string;
  let before: WorkbookSnapshot;
  try {
    base64 = await deps.loadTemplate(request.contract.templatePath);
    before = await deps.run(snapshot);
  } catch (error) {
    throw new InsertFailure(classifyError(error), step, describeError(error), NOTHING_TO_UNDO);
  }
  const ledger = new InsertionLedger(before);
  // The inserted sheets whose protection is lifted at the moment (buildModel keeps it current).
  const lifted: { sheets: readonly LiftedSheet[] } = { sheets: [] };
  let built: Omit<InsertOutcome, "dashboardOpened">;
  try {
    built = await deps.run((context) =>
      buildModel(context, request, base64, ledger, enter, lifted)
    );
  } catch (error) {
    const rollback = await rollBack(deps.run, before, ledger);
    if (!rollback.complete) await reprotectLeftovers(deps.run, lifted.sheets);
    throw new InsertFailure(classifyError(error), step, describeError(error), rollback);
  }
  const dashboardOpened = await openDashboard(
    deps.run,
    placedId(built.sheets, request.contract.dashboardSheet)
  );
  return { ...built, dashboardOpened };
}

/**
 * Shows the inserted dashboard, in a request of its own after the insertion succeeded:
 * Worksheet.activate() can throw on Mac right after an insertion (office-js #2625), and in the
 * insertion's own request that would roll the whole insertion back. False when Excel refused.
 */
async function openDashboard(run: ExcelRun, sheetId: string): Promise<boolean> {
  try {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheetId).activate();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

/** @requires ExcelApi 1.13 */
async function buildModel(
  context: Excel.RequestContext,
  request: InsertRequest,
  base64: string,
  ledger: InsertionLedger,
  enter: (step: InsertStep, progress?: StepProgress) => void,
  lifted: { sheets: readonly LiftedSheet[] }
): Promise<Omit<InsertOutcome, "dashboardOpened">> {
  const { contract } = request;
  enter("insert");
  // The names right before and right after the insertion, in its own batch: Excel applies a
  // batch's operations back to back, so a difference is the insertion's, never someone's edit.
  const prior = context.workbook.names;
  prior.load("items/name,items/formula");
  const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  ledger.namesBeforeInsertion(
    prior.items.map((n) => ({ name: n.name, formula: formulaText(n.formula) }))
  );
  const inserted = ids.value.map((id) => {
    const sheet = context.workbook.worksheets.getItem(id);
    sheet.load("id,name");
    return sheet;
  });
  await context.sync();
  ledger.sheetsInserted(inserted.map((s) => ({ id: s.id, name: s.name })));
  ledger.namesAfterInsertion(
    names.items.map((n) => ({ name: n.name, formula: formulaText(n.formula) })),
    Object.keys(contract.names)
  );
  const placed = placeSheets(inserted, contract);
  const sheetOf = (template: string): Excel.Worksheet =>
    context.workbook.worksheets.getItem(placedId(placed, template));

  enter("link");
  // Only the sheets just inserted (by the ids Excel returned); never a sheet of the user's.
  lifted.sheets = await liftProtection(
    context,
    placed.map((p) => p.id)
  );
  markSheets(
    context,
    placed.map((p) => ({ id: p.id, template: p.template }))
  );
  await retargetFormulas(context, placed, contract.sheetFormulas, (done, total) =>
    enter("link", { done, total })
  );
  // Cells with ECO functions are written again so that Excel binds them to the loaded add-in,
  // in its namespace (the template's are the release's, ECO; a dev build re-points them to
  // ECODEV), and read back: ecoBinding says whether Excel did (check/ecoRewrite.ts).
  const renamed = new Map(placed.map((p) => [p.template, p.actual] as const));
  const ecoBinding = await writeEcoFormulas(
    context,
    (contract.ecoFormulas ?? []).map(({ ref, formula }) => ({
      sheet: sheetOf(ref.sheet),
      address: ref.address,
      formula: typedFormula(retargetFormula(formula, renamed), ADDIN_NAMESPACE),
    }))
  );
  const shadowedNames = await linkNames(context, contract, placed, ledger, sheetOf);

  enter("inputs");
  // Every named input in one batch: single cells and the multi-cell ranges (In_Adoption is 5×6).
  for (const write of inputWrites(request.inputs, contract)) {
    sheetOf(write.ref.sheet).getRange(write.ref.address).values = write.values.map((row) => [
      ...row,
    ]);
  }
  await context.sync();

  enter("charts");
  for (const spec of contract.charts) {
    addChart(sheetOf, spec);
    ledger.chartAdded(placedId(placed, spec.sheet ?? spec.data.sheet), spec.id);
  }
  await context.sync();
  await restoreProtection(context, lifted.sheets);
  lifted.sheets = [];

  enter("results");
  const results = await readResults(context, contract, sheetOf);
  return {
    sheets: placed,
    dashboard: placedName(placed, contract.dashboardSheet),
    results,
    shadowedNames,
    namesChangedByExcel: [...ledger.changedNames.values()].map((n) => n.name),
    ecoBinding,
  };
}

/** Matches the inserted sheets (loaded by the ids Excel returned) to the template's sheets. */
function placeSheets(
  sheets: readonly Excel.Worksheet[],
  contract: TemplateContract
): PlacedSheet[] {
  if (sheets.length !== contract.sheetNames.length) {
    throw new Problem(
      "unexpectedTemplate",
      `expected ${contract.sheetNames.length} sheets, Excel inserted ${sheets.length}`
    );
  }
  const placed = sheets.map((sheet, index) => ({
    template: templateSheetOf(sheet.name, contract.sheetNames) ?? contract.sheetNames[index] ?? "",
    actual: sheet.name,
    id: sheet.id,
  }));
  const covered = new Set(placed.map((p) => p.template));
  const missing = contract.sheetNames.filter((name) => !covered.has(name));
  if (missing.length > 0)
    throw new Problem("unexpectedTemplate", `template sheets not found: ${missing.join(", ")}`);
  return placed;
}

function placedSheet(placed: readonly PlacedSheet[], template: string): PlacedSheet {
  const sheet = placed.find((p) => p.template === template);
  if (sheet === undefined)
    throw new Problem("unexpectedTemplate", `no inserted sheet for "${template}"`);
  return sheet;
}
const placedId = (placed: readonly PlacedSheet[], template: string): string =>
  placedSheet(placed, template).id;
const placedName = (placed: readonly PlacedSheet[], template: string): string =>
  placedSheet(placed, template).actual;

/**
 * Gives the model its names (MODEL.md §5, §7) without changing any name the user already has.
 * Every formula written comes from the contract (nameFormula), never from a name's formula as
 * Excel reports it: desktop Excel reports NamedItem.formula in the user's language (office-js
 * #2834), and the setter takes English, so a formula read and written back could change the name.
 * A name that was there before the insertion is never written; one that Excel changed while
 * inserting the sheets is reported (InsertOutcome.namesChangedByExcel).
 * @requires ExcelApi 1.13
 */
async function linkNames(
  context: Excel.RequestContext,
  contract: TemplateContract,
  placed: readonly PlacedSheet[],
  ledger: InsertionLedger,
  sheetOf: (template: string) => Excel.Worksheet
): Promise<WorkbookName[]> {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const now = new Map(names.items.map((item) => [item.name.toLowerCase(), item] as const));

  // Every workbook name this step writes and the formula, for the ledger.
  const writes: { name: string; formula: string }[] = [];
  const shadowed: WorkbookName[] = [];
  for (const name of WORKBOOK_NAMES) {
    const ref: SheetRef = contract.names[name];
    const target = sheetOf(ref.sheet).getRange(ref.address);
    const formula = nameFormula(placedName(placed, ref.sheet), ref.address);
    const existing = now.get(name.toLowerCase());
    if (ledger.hadName(name)) {
      shadowed.push(name);
      for (const sheet of placed)
        context.workbook.worksheets.getItem(sheet.id).names.add(name, target);
    } else if (existing === undefined) {
      names.add(name, target);
      writes.push({ name, formula });
    } else if (formulaText(existing.formula) !== formula) {
      existing.formula = formula;
      writes.push({ name, formula });
    }
  }
  ledger.namesWriting(writes);
  await context.sync();
  // As Excel reports them now: a later change by anyone else shows as a difference.
  const after = context.workbook.names;
  after.load("items/name,items/formula");
  await context.sync();
  ledger.namesWritten(
    after.items.map((n) => ({ name: n.name, formula: formulaText(n.formula) })),
    writes.map((w) => w.name)
  );
  return shadowed;
}

/** @requires ExcelApi 1.13 */
async function readResults(
  context: Excel.RequestContext,
  contract: TemplateContract,
  sheetOf: (template: string) => Excel.Worksheet
): Promise<KeyResults> {
  const read = (name: WorkbookName): Excel.Range => {
    const ref = contract.names[name];
    const range = sheetOf(ref.sheet).getRange(ref.address);
    range.load("values");
    return range;
  };
  const ranges = {
    dataAssetValue: read("Out_DataAssetValue"),
    ecosystemRevenue: read("Out_EcosystemRevenue"),
    ecosystemMultiple: read("Out_EcosystemMultiple"),
    marginGap: read("Out_MarginGap"),
    year5RoleStatusQuo: read("Out_Year5_Role_StatusQuo"),
    year5ValueStatusQuo: read("Out_Year5_Value_StatusQuo"),
    year5Role: read("Out_Year5_Role"),
    year5Value: read("Out_Year5_Value"),
    npv: read("Out_NPV"),
    npvIncremental: read("Out_NPV_Incremental"),
    valueIncremental: read("Out_Value_Incremental"),
    paybackYear: read("Out_PaybackYear"),
    breakevenYear: read("Out_BreakevenYear"),
    fleetForD: read("Out_FleetForD"),
    probD: read("Out_Prob_D"),
    npvP10: read("Out_NPV_P10"),
    npvP90: read("Out_NPV_P90"),
    checkAll: read("Check_All"),
  };
  await context.sync();
  return {
    dataAssetValue: asNumber(firstValue(ranges.dataAssetValue)),
    ecosystemRevenue: asNumber(firstValue(ranges.ecosystemRevenue)),
    ecosystemMultiple: asNumber(firstValue(ranges.ecosystemMultiple)),
    marginGap: asNumber(firstValue(ranges.marginGap)),
    year5RoleStatusQuo: asText(firstValue(ranges.year5RoleStatusQuo)),
    year5ValueStatusQuo: asNumber(firstValue(ranges.year5ValueStatusQuo)),
    year5Role: asText(firstValue(ranges.year5Role)),
    year5Value: asNumber(firstValue(ranges.year5Value)),
    npv: asNumber(firstValue(ranges.npv)),
    npvIncremental: asNumber(firstValue(ranges.npvIncremental)),
    valueIncremental: asNumber(firstValue(ranges.valueIncremental)),
    paybackYear: paybackOf(firstValue(ranges.paybackYear)),
    breakevenYear: numberOr(firstValue(ranges.breakevenYear), "notWithinPlan"),
    fleetForD: numberOr(firstValue(ranges.fleetForD), "unreachable"),
    probD: asNumber(firstValue(ranges.probD)),
    npvP10P90: pair(asNumber(firstValue(ranges.npvP10)), asNumber(firstValue(ranges.npvP90))),
    checkAll: asBoolean(firstValue(ranges.checkAll)),
  };
}

function pair(a: number | null, b: number | null): readonly [number, number] | null {
  return a === null || b === null ? null : [a, b];
}

/**
 * Out_PaybackYear: a year, or one of its two texts in either edition's language (不适用 / n/a:
 * nothing to pay back; otherwise not paid back within the plan).
 */
function paybackOf(value: unknown): KeyResults["paybackYear"] {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string" || value === "") return null;
  const na = Object.values(PLAN_TEXT.notApplicable) as string[];
  return na.includes(value) ? "notApplicable" : "notWithinPlan";
}

/** A number, or the plan's text answer (“not within plan”, “unreachable”) as `text`. */
function numberOr<T extends string>(value: unknown, text: T): number | T | null {
  return asNumber(value) ?? (asText(value) === null ? null : text);
}

function firstValue(range: Excel.Range): unknown {
  const values: readonly (readonly unknown[])[] = range.values;
  return values[0]?.[0];
}
const asNumber = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;
const asText = (value: unknown): string | null =>
  typeof value === "string" && !value.startsWith("#") && value !== "" ? value : null;
const asBoolean = (value: unknown): boolean | null => (typeof value === "boolean" ? value : null);

interface OfficeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** Maps an error from Excel, the network or this module to what the pane can explain. */
export function classifyError(error: unknown): ProblemKind {
  if (error instanceof Problem) return error.kind;
  if (error instanceof TemplateDownloadError) return "templateDownload";
  const { code, message } = (
    typeof error === "object" && error !== null ? error : {}
  ) as OfficeErrorLike;
  const text =
    `${typeof code === "string" ? code : ""} ${typeof message === "string" ? message : ""}`.toLowerCase();
  if (text.includes("celleditmode")) return "cellEditMode";
  if (text.includes("protect") || text.includes("accessdenied")) return "protected";
  if (text.includes("payload") || text.includes("too large") || text.includes("sizelimit"))
    return "tooLarge";
  if (text.includes("activitylimit") || text.includes("busy") || text.includes("conflict"))
    return "busy";
  return "unknown";
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as OfficeErrorLike).code;
    return typeof code === "string" && code !== error.name
      ? `${code}: ${error.message}`
      : `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** The template could not be fetched; thrown by template.ts. */
export class TemplateDownloadError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "TemplateDownloadError";
  }
}

/**
 * The task pane's wiring: waits for Office, picks the language from Office's display language,
 * checks ExcelApi 1.13 and starts the view with the Excel-facing operations.
 */
import { VERSION } from "./version";
import { templateContract } from "../workbook";
import { loadFunctionReference, writeFormulaToSelection } from "./functionRef";
import { insertPlanningWorkbook, type ExcelRun } from "./insert";
import { langFromDisplayLanguage } from "./messages";
import { loadTemplateBase64 } from "./template";
import { startView } from "./view";

const run: ExcelRun = (batch) => Excel.run(batch);

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  return json;
}

void Office.onReady((info) => {
  const root = document.getElementById("app");
  if (root === null) return;
  const inExcel = info.host === Office.HostType.Excel;
  startView(root, {
    lang: langFromDisplayLanguage(inExcel ? Office.context.displayLanguage : navigator.language),
    canInsert: inExcel && Office.context.requirements.isSetSupported("ExcelApi", "1.13"),
    version: VERSION,
    helpUrl: "help.html",
    contractFor: templateContract,
    insert: (request, onStep) =>
      insertPlanningWorkbook(request, {
        run,
        loadTemplate: (path) => loadTemplateBase64(path),
        onStep,
      }),
    loadFunctions: (lang) => loadFunctionReference(lang, fetchJson),
    writeFormula: (formula) => writeFormulaToSelection(run, formula),
  });
});

/**
 * The task pane's wiring: waits for Office, picks the language from Office's display language,
 * checks ExcelApi 1.13 and starts the view with the Excel-facing operations. Outside Excel it
 * shows how to get the add-in into Excel instead (officeHost.ts).
 */
import { languageOf } from "../model/language";
import { VERSION } from "../version";
import { repairInExcel, runSelfTestInExcel } from "./check/live";
import { contractLoader } from "./contracts";
import { loadFunctionReference, writeFormulaChecked } from "./functionRef";
import type { ExcelRun } from "./excelRun";
import { insertPlanningWorkbook } from "./insert";
import { OUTSIDE_OFFICE_WAIT_MS, watchOfficeHost } from "./officeHost";
import { serial } from "./serial";
import { loadTemplateBase64 } from "./template";
import { applyTheme } from "./theme/apply";
import { followTheme } from "./theme/follow";
import { listenForThemeEvent, readOfficePalette } from "./theme/officeTheme";
import { startView } from "./view/app";
import { showOutsideOffice } from "./view/outsideOffice";

const HELP_URL = "help.html";
const run: ExcelRun = (batch) => Excel.run(batch);

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  return json;
}

// The system's light or dark scheme from the start; Office's theme once Office is ready.
const theme = followTheme({ window, apply: (t) => applyTheme(document.documentElement, t) });

/**
 * Office.context.ui.openBrowserWindow where Office has it (OpenBrowserWindowApi 1.1: Windows, Mac
 * and iPad; not Excel on the web, where a download link works).
 */
function browserWindow(): ((url: string) => void) | null {
  const ui: Office.UI | undefined = Office.context.ui;
  if (
    !Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1") ||
    typeof ui?.openBrowserWindow !== "function"
  )
    return null;
  return (url) => ui.openBrowserWindow(url);
}

function startPane(root: HTMLElement): void {
  theme.useOffice(() => readOfficePalette(() => Office.context.officeTheme));
  listenForThemeEvent(
    Office.context.document,
    Office.EventType as unknown as Readonly<Record<string, Office.EventType | undefined>>,
    theme.refresh
  );
  // The workbook operations run one at a time, whichever section starts them (serial.ts).
  const excel = serial();
  startView(root, {
    lang: languageOf(Office.context.displayLanguage),
    canInsert: Office.context.requirements.isSetSupported("ExcelApi", "1.13"),
    version: VERSION,
    helpUrl: HELP_URL,
    contractFor: contractLoader(fetchJson),
    openInBrowser: browserWindow(),
    insert: (request, onStep) =>
      excel(() =>
        insertPlanningWorkbook(request, {
          run,
          loadTemplate: (path) => loadTemplateBase64(path),
          onStep,
          isSetSupported: (set, version) =>
            Office.context.requirements.isSetSupported(set, version),
        })
      ),
    loadFunctions: (lang) => loadFunctionReference(lang, fetchJson),
    writeFormula: (formula) => excel(() => writeFormulaChecked(run, formula)),
    selfTest: () => excel(runSelfTestInExcel),
    repair: () => excel(repairInExcel),
  });
}

const root = document.getElementById("app");
if (root !== null) {
  watchOfficeHost<{ host: Office.HostType | null }>({
    onReady: typeof Office === "undefined" ? undefined : () => Office.onReady(),
    isExcel: (info) => info.host === Office.HostType.Excel,
    waitMs: OUTSIDE_OFFICE_WAIT_MS,
    inExcel: () => startPane(root),
    outside: (reason) => showOutsideOffice(root, languageOf(navigator.language), HELP_URL, reason),
  });
}

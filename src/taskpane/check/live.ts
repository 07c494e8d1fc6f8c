/**
 * The Check section's operations bound to the real Excel, Office and network: what the view calls.
 * The logic lives in selfTest.ts and repair.ts, which take these as parameters.
 */
import type { ExcelRun } from "../excelRun";
import { VERSION } from "../../version";
import { repairNameErrors, type RepairReport } from "./repair";
import { runSelfTest, type OfficeInfo, type SelfTestReport } from "./selfTest";

const run: ExcelRun = (batch) => Excel.run(batch);

function isSetSupported(set: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(set, version);
}

/** The folder taskpane.html was served from: the add-in's host URL. */
export function hostUrl(): string {
  return new URL(".", window.location.href).href;
}

function officeInfo(): OfficeInfo | null {
  const diagnostics: Office.ContextInformation | undefined = Office.context.diagnostics;
  return diagnostics
    ? { platform: String(diagnostics.platform), version: String(diagnostics.version) }
    : null;
}

export function runSelfTestInExcel(): Promise<SelfTestReport> {
  return runSelfTest({
    run,
    fetchFile: (url) => fetch(url, { cache: "no-store" }),
    isSetSupported,
    version: VERSION,
    hostUrl: hostUrl(),
    office: officeInfo(),
    now: () => new Date(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  });
}

export function repairInExcel(): Promise<RepairReport> {
  return repairNameErrors({
    run,
    isSetSupported,
  });
}

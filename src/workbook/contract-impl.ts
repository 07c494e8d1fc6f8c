/**
 * The template contract, derived from the layout (no ExcelJS here). The build writes it as JSON
 * beside each template; the task pane reads that JSON, never this module.
 */
import {
  downloadPath,
  templatePath,
  WORKBOOK_NAMES,
  type Edition,
  type SheetRef,
  type TemplateContract,
  type WorkbookName,
} from "./contract";
import { resolveLayout } from "./layout/resolve";

export function templateContract(edition: Edition): TemplateContract {
  const wb = resolveLayout(edition);
  const sheetOf = (key: string): string => {
    const s = wb.sheets.find((x) => x.key === key);
    if (!s) throw new Error(`layout: no sheet ${key}`);
    return s.name;
  };
  const names = {} as Record<WorkbookName, SheetRef>;
  for (const n of WORKBOOK_NAMES) {
    const found = wb.names.find((x) => x.name === n);
    if (!found) throw new Error(`layout: name ${n} has no target`);
    names[n] = { sheet: found.sheet, address: found.address };
  }
  return {
    edition,
    sheetNames: wb.sheets.map((s) => s.name),
    inputsSheet: sheetOf("inputs"),
    dashboardSheet: sheetOf("dashboard"),
    names,
    scenarioLabels: wb.scenarioLabels,
    fleetPathLabels: wb.fleetPathLabels,
    charts: wb.charts,
    templatePath: templatePath(edition),
    downloadPath: downloadPath(edition),
    ecoFormulas: wb.ecoFormulas.map((f) => ({
      ref: { sheet: f.sheet, address: f.address },
      formula: f.formula,
    })),
  };
}

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
import { sheetFormulas } from "./sheetFormulas";

/**
 * The contract of one edition's template. It is the same at every call (the layout at the default
 * inputs; the cover's date is not part of it), so the layout is resolved once per edition and each
 * call gets its own copy: a caller that changes its contract changes no one else's.
 */
export function templateContract(edition: Edition): TemplateContract {
  let contract = contracts.get(edition);
  if (!contract) contracts.set(edition, (contract = contractOf(edition)));
  return copyOf(contract);
}

const contracts = new Map<Edition, TemplateContract>();

/** A deep copy of plain data (objects, arrays, strings, numbers, booleans). */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => copyOf(v)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyOf(v);
  return out as T;
}

function contractOf(edition: Edition): TemplateContract {
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
    sheetFormulas: sheetFormulas(wb.sheets),
  };
}

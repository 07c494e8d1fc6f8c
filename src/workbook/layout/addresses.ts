/** Where every keyed value lives: the first pass of resolving the layout. */
import { ADDIN } from "./addin";
import { ANALYSIS } from "./analysis";
import { CALC_SHEETS, type SheetKey } from "./sheets";
import { dashboardArea } from "./dashboard";
import { CASE_FACTOR_ROWS } from "./caseFactors";
import { CASE_GEOMETRY, CASE_VARIANTS, caseRow } from "./caseRows";
import {
  HISTOGRAM_BINS,
  LAST_TRIAL_ROW,
  PARAMETER_ROWS,
  paramRow,
  SIM_GEOMETRY,
  SUMMARY_KEYS,
  summaryRow,
} from "./simulation";
import { INPUT_SECTIONS, TIMELINE_SECTIONS } from "./inputs";

export const YEAR_COLUMNS = ["C", "D", "E", "F", "G", "H"] as const;

/** Inputs sheet geometry. */
export const INPUTS_GEOMETRY = {
  fleetRow: 4,
  scenarioRow: 5,
  headerRow: 7,
  firstRow: 8,
  columns: {
    label: "A",
    unit: "B",
    low: "C",
    mid: "D",
    high: "E",
    value: "F",
    seed: "I",
    note: "J",
  },
} as const;

/** Calculation sheets: header on row 4, sections from row 5. */
export const CALC_GEOMETRY = { headerRow: 4, firstRow: 5, valueColumn: "C" } as const;

export interface Place {
  readonly sheet: SheetKey;
  readonly row: number;
}

/** A block with its own header row: title, header, first and last row. */
export interface SectionPlace {
  readonly title: number;
  readonly header: number;
  readonly first: number;
  readonly last: number;
}

export interface AddressBook {
  /** `in.key`, `econ.key`, `plan.key`, `addin.key` → row. */
  readonly rows: ReadonlyMap<string, Place>;
  /** First and last row of the value area of each sheet. */
  readonly areas: ReadonlyMap<SheetKey, { readonly first: number; readonly last: number }>;
  /** The single-value inputs (low/mid/high/value columns), for checks over whole columns. */
  readonly inputRange: { readonly first: number; readonly last: number };
  /** Inputs with one cell per plan year (`in.capex`): always addressed with @year or ~. */
  readonly timelineKeys: ReadonlySet<string>;
  /** Blocks with their own headers: `inputs.timeline0`, `analysis.results`, … */
  readonly sections: ReadonlyMap<string, SectionPlace>;
}

export function buildAddressBook(): AddressBook {
  const rows = new Map<string, Place>();
  const areas = new Map<SheetKey, { first: number; last: number }>();
  let r = INPUTS_GEOMETRY.firstRow;
  rows.set("in.fleet", { sheet: "inputs", row: INPUTS_GEOMETRY.fleetRow });
  rows.set("in.scenario", { sheet: "inputs", row: INPUTS_GEOMETRY.scenarioRow });
  const inputFirst = r;
  for (const section of INPUT_SECTIONS) {
    r++; // section title row
    for (const row of section.rows) rows.set(`in.${row.key}`, { sheet: "inputs", row: r++ });
  }
  const inputRange = { first: inputFirst, last: r - 1 };
  const timelineKeys = new Set<string>();
  const sections = new Map<string, SectionPlace>();
  TIMELINE_SECTIONS.forEach((section, i) => {
    r++; // blank line
    const title = r++;
    const header = r++;
    const first = r;
    for (const row of section.rows) {
      rows.set(`in.${row.key}`, { sheet: "inputs", row: r++ });
      timelineKeys.add(`in.${row.key}`);
    }
    sections.set(`inputs.timeline${i}`, { title, header, first, last: r - 1 });
  });
  {
    r++; // blank line
    const title = r++;
    const header = r++;
    const first = r;
    for (const row of CASE_FACTOR_ROWS) rows.set(`in.${row.key}`, { sheet: "inputs", row: r++ });
    sections.set("inputs.factors", { title, header, first, last: r - 1 });
  }
  areas.set("inputs", { first: inputFirst, last: r - 1 });

  for (const sheet of CALC_SHEETS) {
    let row = CALC_GEOMETRY.firstRow;
    for (const section of sheet.sections) {
      row++; // section title
      for (const calc of section.rows)
        rows.set(`${sheet.key}.${calc.key}`, { sheet: sheet.key as SheetKey, row: row++ });
      row++; // blank line between sections
    }
    areas.set(sheet.key as SheetKey, { first: CALC_GEOMETRY.firstRow, last: row - 2 });
  }

  let tr = CALC_GEOMETRY.headerRow;
  for (const section of ANALYSIS.sections) {
    const title = tr++;
    const header = tr++;
    const first = tr;
    for (const row of section.rows)
      rows.set(`analysis.${row.key}`, { sheet: "analysis", row: tr++ });
    sections.set(`analysis.${section.key}`, { title, header, first, last: tr - 1 });
    tr++; // blank line
  }
  areas.set("analysis", { first: CALC_GEOMETRY.headerRow, last: tr - 2 });

  areas.set("cases", {
    first: CASE_GEOMETRY.firstRow,
    last: CASE_GEOMETRY.firstRow + CASE_VARIANTS.length - 1,
  });

  // The simulation (MODEL.md §9): its summary in the value column, the check row, the case rows.
  for (const k of SUMMARY_KEYS) rows.set(`sim.${k}`, { sheet: "sim", row: summaryRow(k) });
  rows.set("sim.checkRow", { sheet: "sim", row: SIM_GEOMETRY.checkRow });
  rows.set("sim.firstTrial", { sheet: "sim", row: SIM_GEOMETRY.firstTrial });
  rows.set("sim.lastTrial", { sheet: "sim", row: LAST_TRIAL_ROW });
  for (const p of PARAMETER_ROWS) rows.set(`sim.${p}`, { sheet: "sim", row: paramRow(p) });
  rows.set("sim.bins", { sheet: "sim", row: SIM_GEOMETRY.binHeader + 1 });
  rows.set("sim.binsEnd", { sheet: "sim", row: SIM_GEOMETRY.binHeader + HISTOGRAM_BINS });
  for (let i = 0; i < HISTOGRAM_BINS; i++)
    rows.set(`sim.bin${i}`, { sheet: "sim", row: SIM_GEOMETRY.binHeader + 1 + i });
  for (const v of CASE_VARIANTS)
    rows.set(`cases.${v.key}`, { sheet: "cases", row: caseRow(v.key) });
  areas.set("sim", { first: SIM_GEOMETRY.summaryFirst, last: LAST_TRIAL_ROW });

  let ar = CALC_GEOMETRY.firstRow;
  for (const recon of ADDIN.rows) rows.set(`addin.${recon.key}`, { sheet: "addin", row: ar++ });
  areas.set("addin", { first: CALC_GEOMETRY.firstRow, last: ar - 1 });

  // The error scan starts below the tiles: one of them shows Check_All, which depends on the scan.
  areas.set("dashboard", dashboardArea());
  return { rows, areas, inputRange, timelineKeys, sections };
}

/**
 * The planning workbook described as data. Nothing here touches ExcelJS: the generator
 * (../generate.ts) writes this description, and the tests read the same description.
 */
import type { SeedId } from "../../model";
import type { Edition, WorkbookName } from "../contract";

/** A text in both editions. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export function textIn(t: Text, edition: Edition): string {
  return edition === "zh-CN" ? t.zh : t.en;
}

/**
 * Number formats by meaning; the generator maps each to an Excel format code.
 * yuan: 元 with thousands separators; wan / yi: 元 shown in 万 / 亿 by scaling;
 * count: whole things; pct: a share; ratio: a multiple (×); text: a label.
 */
export type Fmt =
  | "yuan"
  | "wan"
  | "yi"
  | "count"
  | "countWan"
  | "pct"
  | "rate"
  | "ratio"
  | "text"
  | "year"
  | "bool"
  | "sci"
  | "dec2";

/**
 * A formula template. Tokens in braces are resolved by the layout into sheet-qualified
 * A1 references, never into defined names:
 * - `{in.key}` the value used (column G) of an input row; `{in.key.low|mid|high}` one column;
 * - `{sheet.key}` the value cell of a row on a single-column sheet;
 * - `{plan.key}` on the plan sheet: the same year column; `{plan.key@5}`: year 5;
 * - `{year}` the year number of the current plan column;
 * - `{range:in.a..b}` the value column from input a to input b;
 * - `{labels:scenario}` the low/mid/high header cells; `{role:A|B|C|D}` a role label cell;
 * - `{area:sheet}` a sheet's whole value area (for error scans).
 */
export type Formula = string;

export type InputRow =
  | {
      readonly kind: "ranged";
      readonly key: string;
      readonly label: Text;
      readonly unit: Text;
      readonly low: number;
      readonly mid: number;
      readonly high: number;
      readonly fmt: Fmt;
      readonly seed: SeedId | "";
      readonly note: Text;
    }
  | {
      readonly kind: "point";
      readonly key: string;
      readonly label: Text;
      readonly unit: Text;
      /** A number, or null for an optional input left blank. */
      readonly value: number | null;
      readonly fmt: Fmt;
      readonly seed: SeedId | "";
      readonly note: Text;
    }
  | {
      /** A value derived on the inputs sheet itself (e.g. the calibrated used-car rate). */
      readonly kind: "derived";
      readonly key: string;
      readonly label: Text;
      readonly unit: Text;
      readonly formula: Formula;
      readonly fmt: Fmt;
      readonly seed: SeedId | "";
      readonly note: Text;
    };

export interface InputSection {
  readonly title: Text;
  readonly rows: readonly InputRow[];
}

/** A calculation row: one formula (per year on the plan sheet). */
export interface CalcRow {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  readonly formula: Formula;
  readonly fmt: Fmt;
  /** output: a headline number (bold, framed); check: a TRUE/FALSE test; addin: an ECO function cell. */
  readonly style?: "calc" | "output" | "check" | "addin" | "status";
  readonly seed?: SeedId | "";
  readonly note?: Text;
  /** Whether this check counts towards Check_All (checks sheet only; default true). */
  readonly inCheckAll?: boolean;
  /** A fixed text written instead of a formula (e.g. the role labels the role test returns). */
  readonly text?: Text;
}

/** A row of the ECO-functions sheet: the native result, the ECO function, their reconciliation. */
export interface ReconRow {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  readonly native: Formula;
  /** Formula with the ECO function, e.g. `ECO.DATA_ASSET_VALUE({in.fleet},...)`; may differ by edition. */
  readonly eco: Text;
  readonly fmt: Fmt;
}

export interface CalcSection {
  readonly title: Text;
  readonly rows: readonly CalcRow[];
}

export interface CalcSheet {
  readonly key: string;
  readonly name: Text;
  readonly title: Text;
  readonly subtitle: Text;
  /** single: one value column; years: one column per plan year 0..5. */
  readonly columns: "single" | "years";
  readonly sections: readonly CalcSection[];
}

export interface ReconSheet {
  readonly key: string;
  readonly name: Text;
  readonly title: Text;
  readonly subtitle: Text;
  readonly rows: readonly ReconRow[];
}

/** Free text lines of the cover sheet: [heading?, text]. */
export interface CoverLine {
  readonly kind:
    "h1" | "h2" | "p" | "legend-input" | "legend-calc" | "legend-output" | "legend-check" | "seed";
  readonly text: Text;
  /** For seed lines: the figure id. */
  readonly id?: string;
}

export interface NameSpec {
  readonly name: WorkbookName;
  /** `in.key` or `sheet.key` or `plan.key@5`. */
  readonly target: string;
}

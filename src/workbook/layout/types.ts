/**
 * The planning workbook described as data. Nothing here touches ExcelJS: the generator
 * (../generate.ts) writes this description, and the tests read the same description.
 */
import type { Text } from "../../model/language";
import type { InputRange, PlanSettings, SeedId, Timeline } from "../../model";
import type { Edition, WorkbookName } from "../contract";

/** A text in both editions, and one edition's: the ground floor's (src/model/language.ts). */
export { textIn, type Text } from "../../model/language";

/**
 * Number formats by meaning; the generator maps each to an Excel format code (styles.ts). No
 * format carries a unit word: the row's unit cell says the unit (units.ts `displayUnit`), except
 * the dashboard's tiles, where value and unit read as one.
 * - yuan: 元 with thousands separators (inputs are always typed and shown this way);
 * - amount: 元 stored, shown in the edition's large unit by the format's scaling: 亿 with two
 *   decimals (zh-CN), CNY m with one decimal and separators (en-US);
 * - shown / shownFleet: a display row already divided by the inputs sheet's display unit
 *   (dashboard): 亿元 / CNY m, and 万辆 / vehicles;
 * - tileAmount / tileFleet: the same with the unit inside the format (dashboard tiles); the
 *   English fleet tile names its unit (vehicles) in the caption, so its value fits the tile;
 * - count: whole things; countExact: a count the model leaves exact (the fleet for D), to one
 *   decimal, so that no display rounds it down where the dashboard rounds it up;
 * - pct: a share; ratio: a multiple; rate: a small decimal; text: a label.
 */
export type Fmt =
  | "yuan"
  | "amount"
  | "count"
  | "countExact"
  | "pct"
  | "rate"
  | "ratio"
  | "text"
  | "year"
  | "bool"
  | "sci"
  | "shown"
  | "shownFleet"
  | "tileAmount"
  | "tileFleet";

/**
 * A formula template. Tokens in braces are resolved by the layout into sheet-qualified
 * A1 references, never into defined names:
 * - `{in.key}` the value used (column G) of an input row; `{in.key.low|mid|high}` one column;
 * - `{sheet.key}` the value cell of a row on a single-column sheet;
 * - `{sheet.key}` inside a multi-column row of the same sheet: the same column, relative;
 * - `{sheet.key@5}`: year 5's column; `{sheet.key@E}`: column E; `{in.key~}`: the column of the
 *   cell being written (timeline inputs on the plan, low/mid/high inputs in the scenario block);
 * - `{year}` the year number of the current plan column;
 * - `{range:in.a..b}` from a to b (same column rules), e.g. `{range:in.a@0..b@5}` a block;
 * - `{row:plan.key}` a plan row's six year cells;
 * - `{labels:scenario}` the low/mid/high header cells; `{role:A|B|C|D}` a role label cell;
 * - `{txt:id}` a fixed text of the edition; `{path:linear|cagr}` a fleet-path label;
 * - `{above:G}` column G from the section's header row down to the row above (for tie-breaks);
 * - `{col:G}` column G over the section's rows; `{sect:name:G}` column G of another section.
 */
export type Formula = string;

/** Where an input's value comes from when a preset or the command line sets it. */
export type FromSettings<T> = (settings: PlanSettings) => T;

/** The seed figure behind an input, or "analyst" for an assumption that is not from the seed. */
export type Source = SeedId | "analyst" | "";

export type InputRow =
  | {
      readonly kind: "ranged";
      readonly key: string;
      /** The numbers each of low, mid and high accepts (the checks sheet flags any other). */
      readonly accepts: InputRange;
      readonly label: Text;
      readonly unit: Text;
      readonly low: number;
      readonly mid: number;
      readonly high: number;
      readonly fmt: Fmt;
      readonly seed: Source;
      readonly note: Text;
    }
  | {
      readonly kind: "point";
      readonly key: string;
      /** The numbers the input accepts (the checks sheet flags any other value, and a blank). */
      readonly accepts: InputRange;
      /** What a blank means, for an input that may be left blank (else a blank is flagged). */
      readonly blank?: Text;
      readonly label: Text;
      readonly unit: Text;
      /** A number, or null for an optional input left blank. */
      readonly value: number | null;
      /** A value that differs by edition (the dashboard's display units); replaces `value`. */
      readonly perEdition?: Readonly<Record<Edition, number>>;
      readonly fmt: Fmt;
      readonly seed: Source;
      readonly note: Text;
      /** A preset's value; null leaves the input blank (an override, MODEL.md §11.1). */
      readonly fromSettings?: FromSettings<number | null>;
    }
  | {
      /** A seed figure in the locked, grey seed block (MODEL.md §11.2): a constant, not an input. */
      readonly kind: "constant";
      readonly key: string;
      readonly label: Text;
      readonly unit: Text;
      readonly value: number;
      readonly fmt: Fmt;
      readonly seed: Source;
      readonly note: Text;
    }
  | {
      /** A choice from a drop-down list (the fleet path). */
      readonly kind: "choice";
      readonly key: string;
      readonly label: Text;
      readonly unit: Text;
      readonly options: Readonly<Record<string, Text>>;
      readonly fromSettings: FromSettings<string>;
      readonly seed: Source;
      readonly note: Text;
    }
  | {
      /** One input per plan year, in the timeline's columns. */
      readonly kind: "timeline";
      readonly key: string;
      /** The numbers each year's cell accepts. */
      readonly accepts: InputRange;
      readonly label: Text;
      readonly unit: Text;
      readonly fromSettings: FromSettings<Timeline>;
      readonly fmt: Fmt;
      readonly seed: Source;
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
      readonly seed: Source;
      readonly note: Text;
      /** A calibration: the only formulas that may read the seed block (MODEL.md §11.2). */
      readonly calibration?: boolean;
    };

export interface InputSection {
  readonly title: Text;
  readonly rows: readonly InputRow[];
  /** A block of timeline rows with its own year header, in the calculation sheets' columns. */
  readonly timeline?: boolean;
  /** Printing starts a new page at this section (the inputs sheet prints as two pages). */
  readonly newPage?: boolean;
  /** The seed figures (MODEL.md §11.2): locked, grey constants that only calibrations read. */
  readonly seedBlock?: boolean;
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
  readonly seed?: Source;
  readonly note?: Text;
  /** Whether this check counts towards Check_All (checks sheet only; default true). */
  readonly inCheckAll?: boolean;
  /** A fixed text written instead of a formula (e.g. the role labels the role test returns). */
  readonly text?: Text;
  /**
   * A formula per edition written in the note column (checks sheet: what the check asks, or which
   * cell fails and why); `{here:C}` is the row's own value cell.
   */
  readonly message?: Text;
  /** Lines of text the message may take (its row is that much taller); default one. */
  readonly messageLines?: number;
  /** A calibration or its check: the only formulas that may read the seed block (MODEL.md §11.2). */
  readonly calibration?: boolean;
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
  /** Compared exactly (a year or a text such as "not paid back"), not to the relative tolerance. */
  readonly exact?: boolean;
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
    | "h1"
    | "h2"
    | "p"
    | "legend-input"
    | "legend-calc"
    | "legend-output"
    | "legend-check"
    | "seed"
    /** The add-in's version and the day the file was generated (modelling rule 18). */
    | "version";
  readonly text: Text;
  /** For seed lines: the figure id. */
  readonly id?: string;
}

/** A cell of a table row: a formula, or a formula with its own format and style. */
export type TableCell =
  | null
  | Formula
  | { readonly formula: Formula; readonly fmt?: Fmt; readonly style?: "calc" | "output" }
  | { readonly value: number; readonly fmt?: Fmt; readonly style: "rank" };

export interface TableRow {
  readonly key: string;
  /** A fixed label, or a formula that finds it (the sorted tornado). */
  readonly label: Text | { readonly formula: Formula };
  readonly unit: Text;
  /** From column C on. */
  readonly cells: readonly TableCell[];
  readonly fmt: Fmt;
  readonly style?: "calc" | "output";
  readonly seed?: Source;
  readonly note?: Text;
}

/** A block with its own column headers (C, D, …); item, unit, source and note as on the plan. */
export interface TableSection {
  readonly key: string;
  readonly title: Text;
  readonly headers: readonly Text[];
  /** The unit column's header when it describes only some columns (default 显示单位 / Shown in). */
  readonly unitHeader?: Text;
  readonly rows: readonly TableRow[];
  /** Each row has one formula, written across this many columns (relative references). */
  readonly across?: number;
}

export interface TableSheet {
  readonly key: string;
  readonly name: Text;
  readonly title: Text;
  readonly subtitle: Text;
  readonly sections: readonly TableSection[];
}

export interface NameSpec {
  readonly name: WorkbookName;
  /** `in.key` or `sheet.key` or `plan.key@5`. */
  readonly target: string;
}

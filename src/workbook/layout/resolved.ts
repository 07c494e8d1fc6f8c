/** The layout resolved for one edition: every cell with its address. Pure data, no ExcelJS. */
import type { ChartSpec, Edition, WorkbookName } from "../contract";
import type { Fmt } from "./types";

export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "headerNum"
  | "headerCenter"
  | "section"
  | "label"
  | "unit"
  | "seed"
  | "note"
  | "message"
  | "input"
  | "inputOptional"
  | "inputMuted"
  /** A seed figure in the seed block: grey on grey, locked (MODEL.md §11.2). */
  | "constant"
  | "calc"
  | "output"
  | "check"
  | "status"
  | "addin"
  | "text"
  | "h1"
  | "h2"
  | "p"
  | "legend-input"
  | "legend-calc"
  | "legend-output"
  | "legend-check"
  | "rank"
  | "tileCaption"
  | "tileValue"
  | "tileFlag"
  | "tileDetail"
  | "dashLabel"
  | "dashValue"
  | "dashTotal"
  | "dashUnit"
  | "role"
  | "bridgeHead"
  | "footnote"
  /** A dashboard warning line (empty when there is nothing to warn about). */
  | "warning";

export interface ResolvedCell {
  readonly address: string;
  readonly style: CellStyle;
  readonly fmt?: Fmt;
  /** A formula without the leading "=", or a constant. */
  readonly formula?: string;
  readonly value?: string | number | null;
}

export interface ResolvedSheet {
  readonly key: string;
  readonly name: string;
  readonly cells: readonly ResolvedCell[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** Rows and columns frozen above and left of the scrolling area. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly merges: readonly string[];
  readonly validations: readonly {
    readonly address: string;
    readonly list: readonly string[];
    /** The error box's title (the input's name). */
    readonly title?: string;
  }[];
  /** Ranges whose TRUE/FALSE/status values are coloured by conditional formatting. */
  readonly flagRanges: readonly string[];
  /** Last row and column letter used (print area). */
  readonly printArea: string;
  readonly tabColor: string;
  /** Print on a single page (cover, dashboard) rather than fit to width only. */
  readonly onePage?: boolean;
  /** Row heights in points, where not the default. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Cells holding a role letter (A–D), coloured by conditional formatting. */
  readonly roleRanges?: readonly string[];
  /** Section bands end where the sheet says (dashboard), instead of running across the page. */
  readonly ownBands?: boolean;
  /** Narrow page margins (the dashboard fills its page). */
  readonly narrowMargins?: boolean;
  /**
   * A fixed print scale (percent) instead of fitting to the page width: LibreOffice (and Excel)
   * keep manual page breaks at a fixed scale, where fitting to N pages tall moves them.
   */
  readonly printScale?: number;
  /** Manual page breaks: a new page starts below each of these rows. */
  readonly pageBreaks?: readonly number[];
  /** Rows repeated at the top of every printed page, e.g. "7:7". */
  readonly printTitleRows?: string;
  /**
   * A wide calculation sheet (one column per quantity) prints this many pages across at a
   * readable scale, its label column repeated on each, instead of shrinking to one page's width.
   */
  readonly printPagesWide?: number;
}

/** Row height (points) for a header row whose longest header wraps onto three lines. */
export const HEADER_3_LINES = 40;

/** Characters of column width one landscape A4 page holds at a readable (about 65 %) scale. */
const READABLE_PAGE_WIDTH = 210;

/** Pages across for a sheet this wide (at least one). */
export function pagesWide(widths: readonly number[]): number {
  return Math.max(1, Math.ceil(widths.reduce((a, b) => a + b, 0) / READABLE_PAGE_WIDTH));
}

export interface ResolvedInputCell {
  readonly key: string;
  /** "year": a timeline input, in the column of `year`. */
  readonly column: "low" | "mid" | "high" | "value" | "year";
  readonly year?: number;
  readonly sheet: string;
  readonly address: string;
  readonly value: number | string | null;
}

export interface ResolvedWorkbook {
  readonly edition: Edition;
  /** What every printed page's header and footer say: title, version, generation date. */
  readonly print?: { readonly title: string; readonly version: string; readonly date: string };
  readonly sheets: readonly ResolvedSheet[];
  readonly names: readonly {
    readonly name: WorkbookName;
    readonly sheet: string;
    readonly address: string;
  }[];
  readonly inputCells: readonly ResolvedInputCell[];
  readonly charts: readonly ChartSpec[];
  /** Cells holding ECO custom functions (they show #NAME? without the add-in). */
  readonly ecoFormulas: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly formula: string;
  }[];
  readonly scenarioLabels: Readonly<Record<"low" | "mid" | "high", string>>;
  readonly fleetPathLabels: Readonly<Record<"linear" | "cagr", string>>;
}

/** Resolving formula templates into sheet-qualified A1 references (never defined names). */
import type { Edition } from "../contract";
import { STATUS_TEXT } from "./addin";
import {
  CALC_GEOMETRY,
  INPUTS_GEOMETRY,
  YEAR_COLUMNS,
  type AddressBook,
  type SectionPlace,
} from "./addresses";
import { CASE_GEOMETRY, caseRow } from "./caseRows";
import { SIM_LAST_COLUMN } from "./simulation";
import { CHECKS, ERROR_SCAN_SHEETS } from "./checks";
import { variantColumn, type VariantColumnKey } from "./variantColumns";
import { PLAN_TEXT } from "../../model/words";
import { LAYOUT_TEXT } from "./texts";
import { PLAN_YEARS } from "./plan";
import { fleetPathLabels } from "./settings";
import { SHEET_NAMES, type SheetKey } from "./sheets";
import { textIn, type Formula } from "./types";

export interface FormulaContext {
  readonly edition: Edition;
  readonly book: AddressBook;
  /** In a multi-column row: the column of the cell being written. */
  readonly column?: string;
  /** The row being written (for `{here:…}` and `{above:…}`). */
  readonly row?: number;
  /** Keys whose rows share the current row's columns: `{key}` means the same column, relative. */
  readonly relative?: ReadonlySet<string>;
  /** The section the cell is in (for `{sect:G}` and `{above:G}`). */
  readonly section?: SectionPlace;
}

export function sheetName(key: SheetKey, edition: Edition): string {
  return textIn(SHEET_NAMES[key], edition);
}

export function qualified(key: SheetKey, edition: Edition, address: string): string {
  return `'${sheetName(key, edition).replace(/'/g, "''")}'!${address}`;
}

const abs = (col: string, row: number): string => `$${col}$${row}`;

function placeOf(book: AddressBook, key: string): { sheet: SheetKey; row: number } {
  const place = book.rows.get(key);
  if (!place) throw new Error(`layout: unknown reference {${key}}`);
  return place;
}

function valueColumn(sheet: SheetKey): string {
  if (sheet === "inputs") return INPUTS_GEOMETRY.columns.value;
  return CALC_GEOMETRY.valueColumn;
}

export function yearColumn(year: number): string {
  const col = YEAR_COLUMNS[year];
  if (col === undefined) throw new Error(`layout: no column for year ${year}`);
  return col;
}

/**
 * The address (sheet-less, absolute row) of a keyed value: "in.fleet" → "$F$4";
 * "plan.fleet@5" → year 5's column; "analysis.x@E" → column E; "in.capex~" → the column
 * being written (relative column, absolute row).
 */
export function addressOf(
  book: AddressBook,
  key: string,
  column?: string
): { sheet: SheetKey; address: string } {
  if (key.endsWith("~")) {
    if (column === undefined) throw new Error(`layout: {${key}} outside a multi-column row`);
    const place = placeOf(book, key.slice(0, -1));
    return { sheet: place.sheet, address: `${column}$${place.row}` };
  }
  const at = key.match(/^(.*)@(\d+|[A-Z]+)$/);
  if (at) {
    const place = placeOf(book, at[1] ?? "");
    const where = at[2] ?? "";
    const col = /^\d+$/.test(where) ? yearColumn(Number(where)) : where;
    return { sheet: place.sheet, address: abs(col, place.row) };
  }
  const scen = key.match(/^in\.(.+)\.(low|mid|high)$/);
  if (scen) {
    const place = placeOf(book, `in.${scen[1]}`);
    return {
      sheet: "inputs",
      address: abs(INPUTS_GEOMETRY.columns[scen[2] as "low" | "mid" | "high"], place.row),
    };
  }
  if (book.timelineKeys.has(key))
    throw new Error(`layout: {${key}} is a timeline input: say which year (@0…@5 or ~)`);
  const place = placeOf(book, key);
  return { sheet: place.sheet, address: abs(valueColumn(place.sheet), place.row) };
}

function area(book: AddressBook, sheet: SheetKey, edition: Edition, columns: string): string {
  const a = book.areas.get(sheet);
  if (!a) throw new Error(`layout: no area for ${sheet}`);
  const [from, to] = columns.split(":") as [string, string?];
  return qualified(sheet, edition, `${abs(from, a.first)}:${abs(to ?? from, a.last)}`);
}

function areaColumns(sheet: SheetKey): string {
  // The inputs sheet: low/mid/high and the value used, the years block and the case factors.
  if (sheet === "inputs" || sheet === "plan")
    return `${YEAR_COLUMNS[0]}:${YEAR_COLUMNS[YEAR_COLUMNS.length - 1]}`;
  if (sheet === "dashboard") return `B:P`;
  if (sheet === "analysis") return `A:H`;
  if (sheet === "cases") return `B:${variantColumn(CASE_GEOMETRY.firstOutput, "role5")}`;
  if (sheet === "sim") return `A:${SIM_LAST_COLUMN}`;
  return "C";
}

function sectionOf(ctx: FormulaContext, name?: string): SectionPlace {
  const section = name === undefined ? ctx.section : ctx.book.sections.get(name);
  if (!section) throw new Error(`layout: no section ${name ?? "(current)"}`);
  return section;
}

function currentRow(ctx: FormulaContext): number {
  if (ctx.row === undefined) throw new Error("layout: {here:…} outside a table row");
  return ctx.row;
}

/** A cell reference on the sheet being written, or on another sheet (qualified). */
function reference(ctx: FormulaContext, token: string): string {
  const bare = token.replace(/~$/, "");
  if (ctx.column && ctx.relative?.has(bare) && !token.includes("@")) {
    return `${ctx.column}${placeOf(ctx.book, bare).row}`;
  }
  const a = addressOf(ctx.book, token, ctx.column);
  return qualified(a.sheet, ctx.edition, a.address);
}

export function resolveFormula(template: Formula, ctx: FormulaContext): string {
  const { edition, book } = ctx;
  return template.replace(/\{([^}]+)\}/g, (_, token: string) => {
    if (token === "year") {
      if (!ctx.column) throw new Error("layout: {year} outside the plan");
      return `${ctx.column}$${CALC_GEOMETRY.headerRow}`;
    }
    if (token === "lastYear") {
      return qualified(
        "plan",
        edition,
        abs(yearColumn(PLAN_YEARS.length - 1), CALC_GEOMETRY.headerRow)
      );
    }
    if (token === "noerrors") {
      const scans = ERROR_SCAN_SHEETS.map(
        (s) => `SUMPRODUCT(--ISERROR(${area(book, s, edition, areaColumns(s))}))`
      );
      scans.push(`SUMPRODUCT(--ISERROR(${area(book, "addin", edition, "C")}))`);
      return `${scans.join("+")}=0`;
    }
    if (token === "checkcolumn") {
      const rows = CHECKS.sections
        .flatMap((x) => x.rows)
        .filter((r) => r.style === "check" && r.inCheckAll !== false)
        .map((r) => placeOf(book, `checks.${r.key}`).row);
      const col = CALC_GEOMETRY.valueColumn;
      return qualified(
        "checks",
        edition,
        `${abs(col, Math.min(...rows))}:${abs(col, Math.max(...rows))}`
      );
    }
    if (token === "allchecks") {
      return CHECKS.sections
        .flatMap((s) => s.rows)
        .filter((r) => r.style === "check" && r.inCheckAll !== false)
        .map((r) => {
          const a = addressOf(book, `checks.${r.key}`);
          return qualified(a.sheet, edition, a.address);
        })
        .join(",");
    }
    const colon = token.indexOf(":");
    const kind = colon < 0 ? token : token.slice(0, colon);
    const rest = colon < 0 ? "" : token.slice(colon + 1);
    switch (kind) {
      case "txt": {
        const text =
          rest in PLAN_TEXT
            ? PLAN_TEXT[rest as keyof typeof PLAN_TEXT]
            : rest in LAYOUT_TEXT
              ? LAYOUT_TEXT[rest as keyof typeof LAYOUT_TEXT]
              : STATUS_TEXT[rest as keyof typeof STATUS_TEXT];
        if (!text) throw new Error(`layout: no text ${rest}`);
        return `"${textIn(text, edition)}"`;
      }
      case "path":
        return `"${fleetPathLabels(edition)[rest as "linear" | "cagr"]}"`;
      case "labels":
        return qualified(
          "inputs",
          edition,
          `${abs(INPUTS_GEOMETRY.columns.low, INPUTS_GEOMETRY.headerRow)}:${abs(INPUTS_GEOMETRY.columns.high, INPUTS_GEOMETRY.headerRow)}`
        );
      case "role": {
        const a = addressOf(book, `plan.role${rest}`);
        return qualified("plan", edition, a.address);
      }
      case "range": {
        const [from = "", to = ""] = rest.split("..");
        const last = from.replace(/[^.]+$/, to);
        if (ctx.column && ctx.relative?.has(from) && ctx.relative.has(last)) {
          const a = placeOf(book, from).row;
          const b = placeOf(book, last).row;
          return `${ctx.column}${a}:${ctx.column}${b}`;
        }
        const a = addressOf(book, from, ctx.column);
        const b = addressOf(book, last, ctx.column);
        return qualified(a.sheet, edition, `${a.address}:${b.address}`);
      }
      case "row": {
        const row = rest === "plan.year" ? CALC_GEOMETRY.headerRow : placeOf(book, rest).row;
        const first = yearColumn(0);
        const last = yearColumn(YEAR_COLUMNS.length - 1);
        return qualified("plan", edition, `${abs(first, row)}:${abs(last, row)}`);
      }
      case "variant": {
        // {variant:low:V} (the year of the plan column being written), {variant:low:V@5}, {variant:sq:npv}
        const [variant = "", column = ""] = rest.split(":");
        let key = column;
        if (column === "V") {
          const year =
            ctx.column === undefined
              ? -1
              : YEAR_COLUMNS.indexOf(ctx.column as (typeof YEAR_COLUMNS)[number]);
          if (year < 0) throw new Error("layout: {variant:…:V} outside a plan column");
          key = `V${year}`;
        } else if (column.startsWith("V@")) key = `V${column.slice(2)}`;
        const col = variantColumn(CASE_GEOMETRY.firstOutput, key as VariantColumnKey);
        return qualified("cases", edition, abs(col, caseRow(variant)));
      }
      case "casecol": {
        // {casecol:V3}: one output column of the case rows, low to high (In_Scenario's order)
        const col = variantColumn(CASE_GEOMETRY.firstOutput, rest as VariantColumnKey);
        return qualified(
          "cases",
          edition,
          `${abs(col, caseRow("low"))}:${abs(col, caseRow("high"))}`
        );
      }
      case "addr":
        // {addr:in.capex@3}: the cell's address as text (inside a message's quotes), "F52"
        return addressOf(book, rest, ctx.column).address.replace(/\$/g, "");
      case "here":
        return `${rest}${currentRow(ctx)}`;
      case "above": {
        const s = sectionOf(ctx);
        return `${rest}$${s.header}:${rest}${currentRow(ctx) - 1}`;
      }
      case "sect": {
        const parts = rest.split(":");
        const col = parts[parts.length - 1] ?? "";
        const s = sectionOf(ctx, parts.length > 1 ? `analysis.${parts[0] ?? ""}` : undefined);
        return `${abs(col, s.first)}:${abs(col, s.last)}`;
      }
      case "col": {
        if (rest === "addin.status") return area(book, "addin", edition, "E");
        const column = rest.replace(/^in\./, "") as "low" | "mid" | "high";
        const col = INPUTS_GEOMETRY.columns[column];
        return qualified(
          "inputs",
          edition,
          `${abs(col, book.inputRange.first)}:${abs(col, book.inputRange.last)}`
        );
      }
      default:
        break;
    }
    return reference(ctx, token);
  });
}

export const PLAN_YEAR_LIST = PLAN_YEARS;

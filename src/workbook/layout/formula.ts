/** Resolving formula templates into sheet-qualified A1 references (never defined names). */
import type { Edition } from "../contract";
import { STATUS_TEXT } from "./addin";
import { CALC_GEOMETRY, INPUTS_GEOMETRY, YEAR_COLUMNS, type AddressBook } from "./addresses";
import { CHECKS, ERROR_SCAN_SHEETS } from "./checks";
import { PLAN, PLAN_YEARS } from "./plan";
import { SHEET_NAMES, type SheetKey } from "./sheets";
import { textIn, type Formula } from "./types";

export interface FormulaContext {
  readonly edition: Edition;
  readonly book: AddressBook;
  /** On the plan sheet: the column of the year being written. */
  readonly yearColumn?: string;
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

/** The address (sheet-less, absolute) of a keyed value, e.g. "in.fleet" → "$F$4". */
export function addressOf(book: AddressBook, key: string): { sheet: SheetKey; address: string } {
  const at = key.match(/^(.*)@(\d+)$/);
  if (at) {
    const place = placeOf(book, at[1] ?? "");
    return { sheet: place.sheet, address: abs(yearColumn(Number(at[2])), place.row) };
  }
  const scen = key.match(/^in\.(.+)\.(low|mid|high)$/);
  if (scen) {
    const place = placeOf(book, `in.${scen[1]}`);
    return {
      sheet: "inputs",
      address: abs(INPUTS_GEOMETRY.columns[scen[2] as "low" | "mid" | "high"], place.row),
    };
  }
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
  if (sheet === "plan") return `${YEAR_COLUMNS[0]}:${YEAR_COLUMNS[YEAR_COLUMNS.length - 1]}`;
  if (sheet === "dashboard") return `C:H`;
  return "C";
}

export function resolveFormula(template: Formula, ctx: FormulaContext): string {
  const { edition, book } = ctx;
  return template.replace(/\{([^}]+)\}/g, (_, token: string) => {
    if (token === "year") {
      if (!ctx.yearColumn) throw new Error("layout: {year} outside the plan");
      return `${ctx.yearColumn}$${CALC_GEOMETRY.headerRow}`;
    }
    if (token === "noerrors") {
      const scans = ERROR_SCAN_SHEETS.map(
        (s) => `SUMPRODUCT(--ISERROR(${area(book, s, edition, areaColumns(s))}))`
      );
      scans.push(`SUMPRODUCT(--ISERROR(${area(book, "addin", edition, "C")}))`);
      return `${scans.join("+")}=0`;
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
    const [kind, rest = ""] = token.split(":", 2) as [string, string?];
    switch (kind) {
      case "txt":
        return `"${textIn(STATUS_TEXT[rest as keyof typeof STATUS_TEXT], edition)}"`;
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
        const a = addressOf(book, from);
        const b = addressOf(book, from.replace(/[^.]+$/, to));
        return qualified(a.sheet, edition, `${a.address}:${b.address}`);
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
    // {plan.key} inside the plan's year columns: the same column, relative.
    if (ctx.yearColumn && token.startsWith(`${PLAN.key}.`) && !token.includes("@")) {
      return `${ctx.yearColumn}${placeOf(book, token).row}`;
    }
    const a = addressOf(book, token);
    return qualified(a.sheet, edition, a.address);
  });
}

export const PLAN_YEAR_LIST = PLAN_YEARS;

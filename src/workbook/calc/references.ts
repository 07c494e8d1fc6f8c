/** A1 addresses: "$C$4" → row and column, areas as "C4:H9" (columns: ../a1.ts). */
import { columnLetters, columnNumber, MAX_COL, MAX_ROW } from "../a1";

export { columnLetters, columnNumber, MAX_COL, MAX_ROW } from "../a1";

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** "C4", "$C$4" → { row: 4, col: 3 }; undefined when it is not an address inside the grid. */
export function parseAddress(text: string): CellAddress | undefined {
  const m = text.match(/^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/);
  if (!m) return undefined;
  const col = columnNumber(m[1] ?? "");
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return undefined;
  return { row, col };
}

export function formatAddress(a: CellAddress): string {
  return `${columnLetters(a.col)}${a.row}`;
}

/** Sheet names match without regard to case, as in Excel. */
export function sheetKey(name: string): string {
  return name.toUpperCase();
}

/** "Sheet!C4": how a cell is named in messages and dependency lists. */
export function cellId(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

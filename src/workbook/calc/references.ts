/** A1 addresses: column letters ↔ numbers, "$C$4" → row and column, areas as "C4:H9". */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

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

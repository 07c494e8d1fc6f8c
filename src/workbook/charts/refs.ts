/** A1 references: parsing, the cells a range covers, and sheet-qualified absolute references. */
import { columnLetters, columnNumber, MAX_COL, MAX_ROW } from "../a1";

export { columnLetters, columnNumber } from "../a1";

export interface CellPos {
  /** 1-based column and row. */
  readonly col: number;
  readonly row: number;
}

export interface RangePos {
  readonly from: CellPos;
  readonly to: CellPos;
}

/** "C15" or "$C$15" → { col: 3, row: 15 }; throws on anything else. */
export function parseCell(address: string): CellPos {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address);
  const col = m ? columnNumber(m[1] ?? "") : 0;
  const row = m ? Number(m[2]) : 0;
  if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW)
    throw new RangeError(`not an A1 cell address: "${address}"`);
  return { col, row };
}

/** "C15:H15" (or a single cell) → its corners, top-left first. */
export function parseRange(address: string): RangePos {
  const [a = "", b = a, extra] = address.split(":");
  if (extra !== undefined) throw new RangeError(`not an A1 range: "${address}"`);
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    from: { col: Math.min(p.col, q.col), row: Math.min(p.row, q.row) },
    to: { col: Math.max(p.col, q.col), row: Math.max(p.row, q.row) },
  };
}

export function cellAddress(pos: CellPos): string {
  return `${columnLetters(pos.col)}${pos.row}`;
}

/** The cells of a range in reading order (rows, then columns). */
export function cellsOf(address: string): string[] {
  const { from, to } = parseRange(address);
  const cells: string[] = [];
  for (let row = from.row; row <= to.row; row++)
    for (let col = from.col; col <= to.col; col++) cells.push(cellAddress({ col, row }));
  return cells;
}

/** Number of rows and columns a range covers. */
export function sizeOf(address: string): { rows: number; cols: number } {
  const { from, to } = parseRange(address);
  return { rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

/** True when the range is one row or one column. */
export function isLine(address: string): boolean {
  const { rows, cols } = sizeOf(address);
  return rows === 1 || cols === 1;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled ('Data assets', '仪表盘'). */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** 'Sheet'!$C$15:$H$15 — the form Excel writes in chart series formulas. */
export function absoluteRef(sheet: string, address: string): string {
  const { from, to } = parseRange(address);
  const abs = (p: CellPos): string => `$${columnLetters(p.col)}$${p.row}`;
  const range = from.col === to.col && from.row === to.row ? abs(from) : `${abs(from)}:${abs(to)}`;
  return `${quoteSheet(sheet)}!${range}`;
}

/** The inverse of absoluteRef (also reads bare sheet names), for checks and tests. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) throw new RangeError(`not a sheet reference: "${ref}"`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const address = (m[3] ?? "").replace(/\$/g, "");
  parseRange(address);
  return { sheet, address };
}

/**
 * Comparing values as Excel's = < > do: numbers below text below FALSE below TRUE; text without
 * regard to case; an empty cell is 0, "" or FALSE by what it is compared with. Numbers within
 * a relative 2^-48 of each other are equal, as in LibreOffice (rtl::math::approxEqual) and, for
 * the rounding noise of a calculation, Excel: 0.1 + 0.2 = 0.3 is TRUE in both.
 */
import { isError, type ExcelError, type Scalar } from "./values";

const E48 = 2 ** -48;

export function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  const d = Math.abs(a - b);
  return d < Math.abs(a) * E48 && d < Math.abs(b) * E48;
}

type Kind = 0 | 1 | 2;
const kind = (v: number | string | boolean): Kind =>
  typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;

/** The empty cell takes the type of what it is compared with. */
function fill(v: Scalar, other: Scalar): number | string | boolean | ExcelError {
  if (v !== null) return v;
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

/** Text order: case-insensitive (Excel's collation also ignores case; punctuation order may differ). */
export function compareText(a: string, b: string): -1 | 0 | 1 {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x === y ? 0 : x < y ? -1 : 1;
}

/** -1, 0 or 1, or the first operand's error. */
export function compare(a: Scalar, b: Scalar): -1 | 0 | 1 | ExcelError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const x = fill(a, b);
  const y = fill(b, a);
  if (isError(x)) return x;
  if (isError(y)) return y;
  const kx = kind(x);
  const ky = kind(y);
  if (kx !== ky) return kx < ky ? -1 : 1;
  if (typeof x === "number" && typeof y === "number") {
    if (approxEqual(x, y)) return 0;
    return x < y ? -1 : 1;
  }
  if (typeof x === "string" && typeof y === "string") return compareText(x, y);
  return x === y ? 0 : x ? 1 : -1;
}

export type ComparisonOp = "=" | "<>" | "<" | ">" | "<=" | ">=";

/** Whether a comparison's outcome (−1, 0, 1 as from `compare`) satisfies the operator. */
export function satisfies(op: ComparisonOp, c: number): boolean {
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    case ">=":
      return c >= 0;
  }
}

/**
 * Excel's operators on single values. Arithmetic converts its operands (toNumber), & converts to
 * text, comparisons follow compare(). Errors pass through, the left operand's first. A sum or
 * difference within rounding noise of zero is 0, as Excel and LibreOffice make it
 * (rtl::math::approxAdd/approxSub), so 0.3 - 0.1 - 0.2 is exactly 0. A result that is not a
 * finite number is #NUM!.
 */
import { approxEqual, compare, satisfies } from "./compare";
import { toNumber, toText } from "./coerce";
import { ERR, isError, type ExcelError, type Scalar } from "./values";

export type BinaryOperator =
  "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export function approxAdd(a: number, b: number): number {
  if (((a < 0 && b > 0) || (b < 0 && a > 0)) && approxEqual(a, -b)) return 0;
  return a + b;
}

export function approxSub(a: number, b: number): number {
  if (((a < 0 && b < 0) || (a > 0 && b > 0)) && approxEqual(a, b)) return 0;
  return a - b;
}

const finite = (n: number): number | ExcelError => (Number.isFinite(n) ? n + 0 : ERR.num);

/** x^y: 0^0 and a negative base with a fractional exponent are #NUM!, 0^-1 is #DIV/0!. */
export function power(x: number, y: number): number | ExcelError {
  if (x === 0 && y === 0) return ERR.num;
  if (x === 0 && y < 0) return ERR.div0;
  if (x < 0 && !Number.isInteger(y)) return ERR.num;
  return finite(Math.pow(x, y));
}

function arithmetic(op: "+" | "-" | "*" | "/" | "^", a: number, b: number): number | ExcelError {
  switch (op) {
    case "+":
      return finite(approxAdd(a, b));
    case "-":
      return finite(approxSub(a, b));
    case "*":
      return finite(a * b);
    case "/":
      return b === 0 ? ERR.div0 : finite(a / b);
    case "^":
      return power(a, b);
  }
}

export function binary(op: BinaryOperator, left: Scalar, right: Scalar): Scalar {
  switch (op) {
    case "&": {
      const a = toText(left);
      if (isError(a)) return a;
      const b = toText(right);
      if (isError(b)) return b;
      return a + b;
    }
    case "=":
    case "<>":
    case "<":
    case ">":
    case "<=":
    case ">=": {
      const c = compare(left, right);
      return isError(c) ? c : satisfies(op, c);
    }
    default: {
      const a = toNumber(left);
      if (isError(a)) return a;
      const b = toNumber(right);
      if (isError(b)) return b;
      return arithmetic(op, a, b);
    }
  }
}

export function negate(v: Scalar): Scalar {
  const n = toNumber(v);
  return isError(n) ? n : -n + 0;
}

/** Unary plus leaves the value as it is (=+"a" is "a"). */
export function plus(v: Scalar): Scalar {
  return v;
}

export function percent(v: Scalar): Scalar {
  const n = toNumber(v);
  return isError(n) ? n : n / 100;
}

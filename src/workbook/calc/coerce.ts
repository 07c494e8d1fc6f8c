/** Excel's conversions between numbers, text and TRUE/FALSE, as operators and functions apply them. */
import { ERR, type ExcelError, type Scalar } from "./values";

/**
 * Text that reads as a number where Excel converts it ("1" + 1): optional sign, digits with
 * optional thousands groups, decimals, exponent, and a trailing %. Dates and currency symbols
 * are not read (the workbook never does arithmetic on such text); they give #VALUE!.
 */
export function numberFromText(text: string): number | undefined {
  const m = text
    .trim()
    .match(/^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d*)?(?:[eE]([+-]?\d+))?\s*(%?)$/);
  if (!m) return undefined;
  const [, sign = "", whole = "", fraction = "", exponent, percent] = m;
  if (whole === "" && fraction.length <= 1) return undefined;
  const n = Number(`${sign}${whole.replace(/,/g, "")}${fraction}${exponent ? `e${exponent}` : ""}`);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** A value in arithmetic: empty is 0, TRUE is 1, numeric text converts, other text is #VALUE!. */
export function toNumber(v: Scalar): number | ExcelError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return numberFromText(v) ?? ERR.value;
  return v;
}

/** A value in a condition: numbers are TRUE unless 0, "TRUE"/"FALSE" read as such, empty is FALSE. */
export function toBoolean(v: Scalar): boolean | ExcelError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (typeof v === "string") {
    const upper = v.toUpperCase();
    if (upper === "TRUE") return true;
    if (upper === "FALSE") return false;
    return ERR.value;
  }
  return v;
}

/**
 * A number as text in the General format, as `&` and text functions show it: at most 15
 * significant digits, scientific notation outside 1E-9 … 1E+15 (so 1/3 & "" is 0.333333333333333).
 */
export function generalText(n: number): string {
  if (n === 0) return "0";
  const rounded = Number(n.toPrecision(15));
  const abs = Math.abs(rounded);
  if (abs >= 1e-9 && abs < 1e15) {
    const plain = String(rounded);
    if (!plain.includes("e")) return plain;
    return rounded.toFixed(20).replace(/\.?0+$/, "");
  }
  const [mantissa = "0", exponent = "0"] = rounded.toExponential(14).split("e");
  const m = mantissa.replace(/\.?0+$/, "");
  const e = Number(exponent);
  return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** A value as text: numbers in General, TRUE/FALSE in capitals, empty as "". */
export function toText(v: Scalar): string | ExcelError {
  if (typeof v === "string") return v;
  if (typeof v === "number") return generalText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return "";
  return v;
}

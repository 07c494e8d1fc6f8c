/** COUNTIF's criteria ("OK", ">"&x, "<>", 5), and text equality (MATCH(…, 0) uses it too). */
import { compare, compareText, satisfies, type ComparisonOp } from "../compare";
import { numberFromText } from "../coerce";
import { isError, type Scalar } from "../values";

/**
 * Text equal to `text`, without case (as Excel compares text). The wildcards * ? ~ that COUNTIF
 * and MATCH(…, 0) also read are not implemented (the layout uses none): a criteria or lookup text
 * holding one stops generation through `fail`, rather than counting it as plain text.
 */
export function textEquals(
  text: string,
  fail: (problem: string) => never
): (cell: string) => boolean {
  if (/[*?~]/.test(text)) fail(`wildcards (* ? ~) are not implemented: "${text}"`);
  const upper = text.toUpperCase();
  return (cell) => cell.toUpperCase() === upper;
}

type Op = ComparisonOp;

/** The test a criteria value makes of each cell. */
export function criterion(
  criteria: Scalar,
  fail: (problem: string) => never
): (cell: Scalar) => boolean {
  if (typeof criteria === "number" || typeof criteria === "boolean" || isError(criteria)) {
    return (cell) => typeof cell === typeof criteria && compareSame(cell, criteria) === 0;
  }
  if (criteria === null) return (cell) => typeof cell === "number" && cell === 0;
  const m = criteria.match(/^(<=|>=|<>|<|>|=)?([\s\S]*)$/);
  const op = (m?.[1] ?? "=") as Op;
  const operand = m?.[2] ?? "";
  const written = m?.[1] !== undefined;
  if (operand === "") {
    if (op === "=")
      return written ? (cell) => cell === null : (cell) => cell === null || cell === "";
    if (op === "<>") return (cell) => cell !== null;
  }
  const n = numberFromText(operand);
  if (n !== undefined)
    return compareBy(op, (cell) => (typeof cell === "number" ? compare(cell, n) : undefined));
  if (/^(TRUE|FALSE)$/i.test(operand)) {
    const b = operand.toUpperCase() === "TRUE";
    return compareBy(op, (cell) => (typeof cell === "boolean" ? compare(cell, b) : undefined));
  }
  if (op === "=" || op === "<>") {
    const matches = textEquals(operand, fail);
    return op === "="
      ? (cell) => typeof cell === "string" && matches(cell)
      : (cell) => !(typeof cell === "string" && matches(cell));
  }
  return compareBy(op, (cell) =>
    typeof cell === "string" ? compareText(cell, operand) : undefined
  );
}

function compareSame(a: Scalar, b: Scalar): number {
  if (isError(a) || isError(b)) return isError(a) && isError(b) && a.code === b.code ? 0 : 1;
  const c = compare(a, b);
  return isError(c) ? 1 : c;
}

/** Cells of another type never match, except that "<>" matches them. */
function compareBy(
  op: Op,
  cmp: (cell: Scalar) => number | undefined | { code: string }
): (cell: Scalar) => boolean {
  return (cell) => {
    const c = cmp(cell);
    if (typeof c !== "number") return op === "<>";
    return satisfies(op, c);
  };
}

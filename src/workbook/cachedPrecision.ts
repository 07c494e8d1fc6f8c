/**
 * The cached result a formula cell stores in the file: a number with 10 significant digits
 * instead of 17, which shrinks the file by a fifth (the simulation sheet's 40,000 results are
 * most of its bytes), with nothing a reader sees changed:
 * - every display: a number is rounded only where its format (styles.ts shownPrecision) shows
 *   at least two digits fewer than are kept, and only if no rounding boundary of the display lies
 *   within 0.01 of a shown unit of it, so the kept value and the full one show the same figure
 *   (the dropped part is at most 0.005 of a unit); a General cell keeps every digit;
 * - every comparison: the kept value is within 5e-10 relative of the full one (the tests compare
 *   cached results with LibreOffice's and the model's to 1e-9 relative); numbers that are short
 *   decimals (counts, k/1000 probabilities, rounded amounts) are kept exactly.
 * Excel and LibreOffice recalculate on open and replace them; the file's formulas are unchanged.
 */
import type { Edition } from "./contract";
import type { Fmt } from "./layout/types";
import { shownPrecision } from "./styles";

/** Significant digits kept at least. */
export const CACHED_DIGITS = 10;

/** `value` as the file caches it in a cell of format `fmt` (see above). */
export function cachedNumber(value: number, fmt: Fmt | undefined, edition: Edition): number {
  const shown = fmt === undefined ? undefined : shownPrecision(fmt, edition);
  if (shown === undefined || value === 0 || !Number.isFinite(value)) return value;
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  // Places after the decimal point the display shows, and the significant digits that makes.
  const decimals = "decimals" in shown ? shown.decimals : shown.significant - 1 - exponent;
  const digits = Math.max(CACHED_DIGITS, exponent + 1 + decimals + 2);
  if (digits > 15) return value;
  const kept = Number(value.toPrecision(digits));
  const scaled = Math.abs(value) * 10 ** decimals;
  // Too near a boundary of the shown figure (…x.5 of a unit): keep every digit.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) <= 0.01) return value;
  return kept;
}

/**
 * The one rule for a fleet (vehicles in service) that a person types: the task pane's custom fleet
 * and `npm run workbook -- --fleet` both read it here, so the two accept exactly the same text.
 *
 * A fleet is a whole number of vehicles from 1 to 100,000,000 (1亿), written in decimal digits:
 *   "250000", "250,000", "250 000", "２５００００" (full-width digits), "25万", "2.5万", "1亿",
 *   each optionally followed by "辆" (vehicles): "25万辆".
 * Groups of three digits may be separated by "," "，" or a space; "万" (×10,000) and "亿"
 * (×100,000,000) may follow, and only then may a decimal point appear, as long as the result is a
 * whole number of vehicles ("2.5万" is 25,000; "2.55555万" is refused, not rounded).
 * Refused: signs, exponents ("1e5"), other bases ("0x10", "0b11", "0o7"), decimals ("2.5"),
 * "Infinity", loosely grouped digits ("1,0,0"), and empty text. No DOM or Office imports: the pane,
 * the CLI and Node tests all load it.
 */

export const MIN_FLEET = 1;
export const MAX_FLEET = 100_000_000;

/** True for a whole number of vehicles from MIN_FLEET to MAX_FLEET. */
export function isValidFleet(fleet: number): boolean {
  return Number.isInteger(fleet) && fleet >= MIN_FLEET && fleet <= MAX_FLEET;
}

const MULTIPLIER_DIGITS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };
// Separators between groups of three digits: comma, full-width comma, and the spaces people paste
// (ASCII, no-break, thin, narrow no-break, ideographic).
const GROUP_SEPARATOR = "[,，\\u0020\\u00a0\\u2009\\u202f\\u3000]";
const DIGITS = new RegExp(`^(\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+|\\d+)$`);
const WITH_MULTIPLIER = new RegExp(
  `^(\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([万亿])$`
);

function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/．/g, ".");
}

/** The number of vehicles a text names under the rule above, or NaN when it names none. */
export function parseFleet(raw: string): number {
  // "25万辆" / "250000 辆": the unit word may follow, as people write it.
  const text = asciiDigits(raw.trim()).replace(/\s*辆$/, "");
  const plain = DIGITS.exec(text);
  if (plain?.[1] !== undefined) return Number(plain[1].replace(/\D/g, ""));
  const scaled = WITH_MULTIPLIER.exec(text);
  if (scaled?.[1] === undefined || scaled[3] === undefined) return NaN;
  const shift = MULTIPLIER_DIGITS[scaled[3]] ?? 0;
  const whole = scaled[1].replace(/\D/g, "");
  const fraction = scaled[2] ?? "";
  if (/[1-9]/.test(fraction.slice(shift))) return NaN; // a fraction of a vehicle
  return Number(whole + fraction.slice(0, shift).padEnd(shift, "0"));
}

/** The fleet a text names when it is a valid fleet, otherwise undefined. */
export function fleetFromText(raw: string): number | undefined {
  const fleet = parseFleet(raw);
  return isValidFleet(fleet) ? fleet : undefined;
}

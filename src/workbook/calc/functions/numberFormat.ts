/**
 * Number format codes as TEXT applies them, for the codes a formula in this workbook may use:
 * digits 0 and #, the thousands comma (and trailing commas that divide by 1,000), decimals, %,
 * quoted or escaped text before or after the number, and up to three sections
 * (positive;negative;zero). "General" too. Anything else (dates, fractions, exponents, text
 * inside the digits) is not read: formatNumber returns undefined and generation stops.
 */
import { generalText } from "../coerce";
import { roundHalfAway } from "./math";

interface Section {
  readonly prefix: string;
  readonly suffix: string;
  readonly integer: string;
  readonly decimals: string;
  readonly point: boolean;
  readonly grouping: boolean;
  readonly scale: number;
}

const LITERAL_CHARS = /^[ $\-+/():!^&'~{}<>=]$|^[^\p{ASCII}]$/u;

function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (code[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function parseSection(code: string): Section | undefined {
  let prefix = "";
  let suffix = "";
  let digits = "";
  let scale = 1;
  /** Where the reading is: before, inside or after the digits. */
  const at: { part: "prefix" | "digits" | "suffix" } = { part: "prefix" };
  const literal = (text: string): void => {
    if (at.part === "digits") at.part = "suffix";
    if (at.part === "prefix") prefix += text;
    else suffix += text;
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? "";
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return undefined;
      literal(code.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") {
      literal(code[i + 1] ?? "");
      i++;
    } else if ("0#.,".includes(ch)) {
      if (at.part === "suffix") return undefined;
      at.part = "digits";
      digits += ch;
    } else if (ch === "%") {
      scale *= 100;
      literal("%");
    } else if (LITERAL_CHARS.test(ch)) literal(ch);
    else return undefined;
  }
  if (!/[0#]/.test(digits)) return undefined;
  const trailing = digits.match(/,+$/)?.[0].length ?? 0;
  const body = digits.slice(0, digits.length - trailing);
  const [integer = "", decimals = "", extra] = body.split(".");
  if (extra !== undefined || /,/.test(decimals)) return undefined;
  return {
    prefix,
    suffix,
    integer: integer.replace(/,/g, ""),
    decimals,
    point: body.includes("."),
    grouping: integer.includes(","),
    scale: scale / Math.pow(1000, trailing),
  };
}

function render(x: number, s: Section): string {
  const places = s.decimals.length;
  const rounded = roundHalfAway(Math.abs(x) * s.scale, places);
  const [whole = "0", fraction = ""] = rounded.toFixed(places).split(".");
  const minWhole = (s.integer.match(/0/g) ?? []).length;
  let intText = whole === "0" && minWhole === 0 ? "" : whole.padStart(minWhole, "0");
  if (s.grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const required = (s.decimals.match(/0/g) ?? []).length;
  let frac = fraction;
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  const number = s.point ? `${intText}.${frac}` : intText;
  return `${s.prefix}${number}${s.suffix}`;
}

export function formatNumber(x: number, code: string): string | undefined {
  if (/^general$/i.test(code.trim())) return generalText(x);
  const sections = splitSections(code).map(parseSection);
  if (sections.length > 3 || sections.some((s) => s === undefined)) return undefined;
  const [pos, neg, zero] = sections as Section[];
  if (!pos) return undefined;
  if (x < 0 && neg) return render(x, neg);
  if (x === 0 && zero) return render(x, zero);
  const text = render(x, pos);
  return x < 0 ? `-${text}` : text;
}

/**
 * Long ECO formulas wrap at argument boundaries, never inside a token: in any text, each ECO
 * formula becomes a `.formula-text` span of `.formula-piece` spans that CSS keeps whole (nowrap),
 * with a <wbr> after each piece; a piece ends after "(" and after every ",". Text outside formulas
 * is left as it is. Inside a piece, after "." and "_" of a function name (not of a number), sit <wbr>s that only a
 * pane too narrow for the piece uses (CSS shows `.narrow-break` below 280 px). Copying the text
 * gives the formula unchanged.
 */
import { NAMESPACE_PATTERN } from "../../workbook/ecoCalls";
import { h } from "../dom";

// In either namespace (ECO, ECODEV).
const FORMULA_START = new RegExp(`=?(?:${NAMESPACE_PATTERN})\\.[^\\s(（]+\\(`, "g");

/** Index just past the ")" that closes the "(" before `open`, or the text's end. */
function closingParen(text: string, open: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * A piece, with narrow-pane break opportunities after "." and "_" that follow a letter (ECO.,
 * DATA_), outside quoted text; never inside a number (0.8).
 */
function formulaPiece(piece: string): HTMLElement {
  const span = h("span", { class: "formula-piece" });
  let run = "";
  let quoted = false;
  let previous = "";
  for (const c of piece) {
    run += c;
    if (c === '"') quoted = !quoted;
    const afterLetter = /[A-Za-z]/.test(previous);
    previous = c;
    if (!quoted && afterLetter && (c === "." || c === "_")) {
      span.append(run, h("wbr", { class: "narrow-break" }));
      run = "";
    }
  }
  if (run) span.append(run);
  return span;
}

function breakableFormula(formula: string): HTMLElement {
  const span = h("span", { class: "formula-text" });
  let piece = "";
  let quoted = false;
  for (const c of formula) {
    piece += c;
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === "," || c === "(")) {
      span.append(formulaPiece(piece), h("wbr"));
      piece = "";
    }
  }
  if (piece) span.append(formulaPiece(piece));
  return span;
}

export function breakableText(text: string): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const match of text.matchAll(FORMULA_START)) {
    const start = match.index;
    if (start < at) continue;
    const end = closingParen(text, start + match[0].length);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(breakableFormula(text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * Splits a formula (without its leading "=") into tokens: numbers, "text" (with "" escapes),
 * error literals, cell and range references with an optional sheet ('Quoted name'!, with ''
 * escapes, or Plain!), function names (ECO.DATA_ASSET_VALUE included), other names (TRUE,
 * FALSE), operators, parentheses, commas, and the braces and semicolons of array constants.
 * Whitespace separates tokens only: Excel's space (intersection) operator is not supported.
 */
import { FormulaError } from "./formulaError";
import { parseAddress, type CellAddress } from "./references";
import { ERROR_CODES } from "./values";

export type Token =
  | { readonly kind: "number"; readonly value: number; readonly pos: number }
  | { readonly kind: "string"; readonly value: string; readonly pos: number }
  | { readonly kind: "error"; readonly code: string; readonly pos: number }
  | {
      readonly kind: "ref";
      readonly sheet: string | undefined;
      readonly from: CellAddress;
      /** Set for a range (A1:B9). */
      readonly to: CellAddress | undefined;
      readonly pos: number;
    }
  | { readonly kind: "function"; readonly name: string; readonly pos: number }
  | { readonly kind: "name"; readonly name: string; readonly pos: number }
  | { readonly kind: "op"; readonly op: string; readonly pos: number }
  | {
      readonly kind: "punct";
      readonly char: "(" | ")" | "," | ";" | "{" | "}";
      readonly pos: number;
    };

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const CELL = /\$?[A-Za-z]{1,3}\$?\d+/y;
const IDENT = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
const NAME_CHAR = /[\p{L}\p{N}_.(!]/u;
const SPACE = /\s/;
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%"];

/** The text a sticky pattern matches at `at`, if any. */
function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

export function tokenize(formula: string): Token[] {
  return new Tokenizer(formula).run();
}

class Tokenizer {
  private readonly tokens: Token[] = [];
  private i = 0;

  constructor(private readonly formula: string) {}

  private fail(pos: number, what: string): never {
    throw new FormulaError(`${what} at position ${pos + 1} of "${this.formula}"`);
  }

  /** A cell or range at `at`, for a reference with or without a sheet. */
  private cells(at: number): { from: CellAddress; to?: CellAddress; end: number } | undefined {
    const f = this.formula;
    const first = matchAt(CELL, f, at);
    if (!first) return undefined;
    let end = at + first.length;
    const from = parseAddress(first);
    if (!from) return undefined;
    let to: CellAddress | undefined;
    if (f[end] === ":") {
      const second = matchAt(CELL, f, end + 1);
      const b = second ? parseAddress(second) : undefined;
      if (!second || !b) return this.fail(end, "a range needs a cell address after ':'");
      to = b;
      end += 1 + second.length;
    }
    if (NAME_CHAR.test(f[end] ?? "")) return undefined;
    return { from, ...(to ? { to } : {}), end };
  }

  private reference(sheet: string | undefined, at: number, pos: number): void {
    const cells = this.cells(at);
    if (!cells) this.fail(at, `expected a cell or range after the sheet name ${sheet ?? ""}`);
    this.tokens.push({ kind: "ref", sheet, from: cells.from, to: cells.to, pos });
    this.i = cells.end;
  }

  /** Text between `quote`s from `at`, a doubled quote standing for one; returns the end. */
  private quoted(at: number, quote: string, what: string): { text: string; end: number } {
    const f = this.formula;
    let j = at + 1;
    let text = "";
    for (;;) {
      const close = f.indexOf(quote, j);
      if (close < 0) return this.fail(at, `unterminated ${what}`);
      text += f.slice(j, close);
      if (f[close + 1] === quote) {
        text += quote;
        j = close + 2;
        continue;
      }
      return { text, end: close };
    }
  }

  run(): Token[] {
    const f = this.formula;
    while (this.i < f.length) {
      const i = this.i;
      const ch = f[i] ?? "";
      if (SPACE.test(ch)) {
        this.i++;
        continue;
      }
      if (ch === '"') {
        const { text, end } = this.quoted(i, '"', "text");
        this.tokens.push({ kind: "string", value: text, pos: i });
        this.i = end + 1;
        continue;
      }
      if (ch === "'") {
        const { text, end } = this.quoted(i, "'", "sheet name");
        if (f[end + 1] !== "!") this.fail(end + 1, "expected '!' after a quoted sheet name");
        this.reference(text, end + 2, i);
        continue;
      }
      if (ch === "#") {
        const head = f.slice(i, i + 8).toUpperCase();
        const code = ERROR_CODES.find((c) => head.startsWith(c));
        if (!code) this.fail(i, "unknown error literal");
        this.tokens.push({ kind: "error", code, pos: i });
        this.i += code.length;
        continue;
      }
      const number = matchAt(NUMBER, f, i);
      if (number) {
        this.tokens.push({ kind: "number", value: Number(number), pos: i });
        this.i += number.length;
        continue;
      }
      if (ch === "$" || (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z")) {
        const cells = this.cells(i);
        if (cells) {
          this.tokens.push({
            kind: "ref",
            sheet: undefined,
            from: cells.from,
            to: cells.to,
            pos: i,
          });
          this.i = cells.end;
          continue;
        }
      }
      const ident = matchAt(IDENT, f, i);
      if (ident) {
        const after = f[i + ident.length];
        if (after === "!") this.reference(ident, i + ident.length + 1, i);
        else {
          this.tokens.push({ kind: after === "(" ? "function" : "name", name: ident, pos: i });
          this.i += ident.length;
        }
        continue;
      }
      const op = OPERATORS.find((o) => f.startsWith(o, i));
      if (op) {
        this.tokens.push({ kind: "op", op, pos: i });
        this.i += op.length;
        continue;
      }
      if ("(),;{}".includes(ch)) {
        this.tokens.push({ kind: "punct", char: ch as "(" | ")" | "," | ";" | "{" | "}", pos: i });
        this.i++;
        continue;
      }
      this.fail(i, `unexpected character '${ch}'`);
    }
    return this.tokens;
  }
}

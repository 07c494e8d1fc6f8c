/**
 * Excel formula syntax → AST, with Excel's operator precedence, lowest first:
 * comparisons (= <> < > <= >=), &, + -, * /, ^, %, unary - +. Negation binds tighter than ^,
 * so -2^2 is 4 and 2^-1 is 0.5, as in Excel; every binary operator groups to the left.
 */
import type { Node } from "./ast";
import { FormulaError } from "./formulaError";
import type { BinaryOperator } from "./operators";
import { tokenize, type Token } from "./tokenizer";
import { ExcelError, Matrix, type Scalar } from "./values";

const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

const STORAGE_PREFIX = /^(_xlfn\.|_xlws\.|_xldudf_)+/i;

export function parseFormula(formula: string): Node {
  return new Parser(formula).parse();
}

/** Recursive descent over the tokens, one method per precedence level. */
class Parser {
  private readonly tokens: Token[];
  private k = 0;

  constructor(private readonly formula: string) {
    this.tokens = tokenize(formula.startsWith("=") ? formula.slice(1) : formula);
  }

  parse(): Node {
    const tree = this.binaryLevel(0);
    if (this.k < this.tokens.length) this.fail("unexpected token");
    return tree;
  }

  private peek(): Token | undefined {
    return this.tokens[this.k];
  }

  private fail(what: string): never {
    const t = this.peek();
    const where = t ? `at position ${t.pos + 1}` : "at the end";
    throw new FormulaError(`${what} ${where} of "${this.formula}"`);
  }

  private isPunct(char: string): boolean {
    const t = this.peek();
    return t?.kind === "punct" && t.char === char;
  }

  private expectPunct(char: string): void {
    if (!this.isPunct(char)) this.fail(`expected '${char}'`);
    this.k++;
  }

  private opAt(ops: readonly string[]): BinaryOperator | undefined {
    const t = this.peek();
    return t?.kind === "op" && ops.includes(t.op) ? (t.op as BinaryOperator) : undefined;
  }

  private binaryLevel(level: number): Node {
    if (level >= LEVELS.length) return this.postfix();
    const ops = LEVELS[level] ?? [];
    let left = this.binaryLevel(level + 1);
    for (let op = this.opAt(ops); op; op = this.opAt(ops)) {
      this.k++;
      left = { kind: "binary", op, left, right: this.binaryLevel(level + 1) };
    }
    return left;
  }

  private postfix(): Node {
    let node = this.prefix();
    while (this.opAt(["%"])) {
      this.k++;
      node = { kind: "percent", operand: node };
    }
    return node;
  }

  private prefix(): Node {
    const op = this.opAt(["-", "+"]);
    if (op === "-" || op === "+") {
      this.k++;
      return { kind: "unary", op, operand: this.prefix() };
    }
    return this.primary();
  }

  private constant(): Scalar {
    const t = this.peek();
    let sign = 1;
    if (t?.kind === "op" && (t.op === "-" || t.op === "+")) {
      sign = t.op === "-" ? -1 : 1;
      this.k++;
    }
    const v = this.peek();
    if (v?.kind === "number") {
      this.k++;
      return sign * v.value;
    }
    if (sign === 1 && v?.kind === "string") {
      this.k++;
      return v.value;
    }
    if (sign === 1 && v?.kind === "error") {
      this.k++;
      return ExcelError.of(v.code) ?? null;
    }
    if (sign === 1 && v?.kind === "name" && /^(TRUE|FALSE)$/i.test(v.name)) {
      this.k++;
      return v.name.toUpperCase() === "TRUE";
    }
    return this.fail("expected a constant in an array");
  }

  private arrayConstant(): Node {
    const rows: Scalar[][] = [[]];
    for (;;) {
      rows[rows.length - 1]?.push(this.constant());
      if (this.isPunct(",")) this.k++;
      else if (this.isPunct(";")) {
        this.k++;
        rows.push([]);
      } else break;
    }
    this.expectPunct("}");
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width)) this.fail("array rows of different lengths");
    return { kind: "array", value: Matrix.fromRows(rows) };
  }

  private call(name: string): Node {
    this.expectPunct("(");
    const args: (Node | null)[] = [];
    if (this.isPunct(")")) {
      this.k++;
      return { kind: "call", name, args };
    }
    for (;;) {
      args.push(this.isPunct(",") || this.isPunct(")") ? null : this.binaryLevel(0));
      if (this.isPunct(",")) {
        this.k++;
        continue;
      }
      this.expectPunct(")");
      return { kind: "call", name, args };
    }
  }

  private primary(): Node {
    const t = this.peek();
    if (!t) return this.fail("expected a value");
    this.k++;
    switch (t.kind) {
      case "number":
        return { kind: "number", value: t.value };
      case "string":
        return { kind: "string", value: t.value };
      case "error":
        return { kind: "error", code: t.code };
      case "ref": {
        const to = t.to ?? t.from;
        return {
          kind: "ref",
          sheet: t.sheet,
          top: Math.min(t.from.row, to.row),
          left: Math.min(t.from.col, to.col),
          bottom: Math.max(t.from.row, to.row),
          right: Math.max(t.from.col, to.col),
          range: t.to !== undefined,
        };
      }
      case "function":
        return this.call(t.name.replace(STORAGE_PREFIX, "").toUpperCase());
      case "name":
        if (/^(TRUE|FALSE)$/i.test(t.name))
          return { kind: "boolean", value: t.name.toUpperCase() === "TRUE" };
        this.k--;
        return this.fail(`unknown name "${t.name}" (defined names are not evaluated)`);
      case "punct":
        if (t.char === "(") {
          const inner = this.binaryLevel(0);
          this.expectPunct(")");
          return inner;
        }
        if (t.char === "{") return this.arrayConstant();
        break;
      case "op":
        break;
    }
    this.k--;
    return this.fail("unexpected token");
  }
}

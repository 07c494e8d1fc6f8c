/** Reading formulas: tokens, precedence and what the parser refuses. */
import { describe, expect, it } from "vitest";
import type { Node } from "../../../src/workbook/calc/ast";
import { FormulaError } from "../../../src/workbook/calc/formulaError";
import { parseFormula } from "../../../src/workbook/calc/parser";
import { tokenize } from "../../../src/workbook/calc/tokenizer";
import { Matrix } from "../../../src/workbook/calc/values";

/** The tree in prefix form: (^ (- 2) 2). */
function show(n: Node): string {
  switch (n.kind) {
    case "number":
      return String(n.value);
    case "string":
      return JSON.stringify(n.value);
    case "boolean":
      return n.value ? "TRUE" : "FALSE";
    case "error":
      return n.code;
    case "array":
      return `{${n.value.rows}x${n.value.cols}}`;
    case "ref":
      return `${n.sheet === undefined ? "" : `[${n.sheet}]`}R${n.top}C${n.left}${n.range ? `:R${n.bottom}C${n.right}` : ""}`;
    case "call":
      return `${n.name}(${n.args.map((a) => (a ? show(a) : "_")).join(",")})`;
    case "unary":
      return `(${n.op} ${show(n.operand)})`;
    case "percent":
      return `(% ${show(n.operand)})`;
    case "binary":
      return `(${n.op} ${show(n.left)} ${show(n.right)})`;
  }
}

const tree = (f: string): string => show(parseFormula(f));

describe("formula parser", () => {
  it.each([
    ["-2^2", "(^ (- 2) 2)"],
    ["2^-1", "(^ 2 (- 1))"],
    ["2^3^2", "(^ (^ 2 3) 2)"],
    ["1+2*3", "(+ 1 (* 2 3))"],
    ["1-2-3", "(- (- 1 2) 3)"],
    ["1&2+3", "(& 1 (+ 2 3))"],
    ["1=1&2", "(= 1 (& 1 2))"],
    ["A1<>B2", "(<> R1C1 R2C2)"],
    ["-A1%", "(% (- R1C1))"],
    ["2*-3^2", "(* 2 (^ (- 3) 2))"],
    ["--ISERROR(A1:B2)", "(- (- ISERROR(R1C1:R2C2)))"],
    ["(1+2)*3", "(* (+ 1 2) 3)"],
    ["1<=2", "(<= 1 2)"],
    ["+A1", "(+ R1C1)"],
  ])("=%s → %s", (formula, expected) => {
    expect(tree(formula)).toBe(expected);
  });

  it("reads sheet-qualified references: quoted with spaces, Chinese and '' escapes, plain, absolute, lower case", () => {
    expect(tree("'My sheet'!$C$4")).toBe("[My sheet]R4C3");
    expect(tree("'数据 表'!A1:$B$2")).toBe("[数据 表]R1C1:R2C2");
    expect(tree("'O''Brien'!B2")).toBe("[O'Brien]R2C2");
    expect(tree("Inputs!F$5")).toBe("[Inputs]R5C6");
    expect(tree("数据!a1")).toBe("[数据]R1C1");
    expect(tree("'Plan'!H2:C1")).toBe("[Plan]R1C3:R2C8");
    expect(tree("XFD1048576")).toBe("R1048576C16384");
  });

  it("reads literals: numbers, text with doubled quotes, TRUE/FALSE, error values, array constants", () => {
    expect(tree('1.5E3+.5+"say ""hi"""')).toBe('(+ (+ 1500 0.5) "say \\"hi\\"")');
    expect(tree("true")).toBe("TRUE");
    expect(tree("#N/A")).toBe("#N/A");
    expect(tree("#div/0!")).toBe("#DIV/0!");
    const array = parseFormula('{1,-2;"a",TRUE}');
    expect(array.kind).toBe("array");
    const m = (array as { value: Matrix }).value;
    expect([m.rows, m.cols, ...m.cells]).toEqual([2, 2, 1, -2, "a", true]);
  });

  it("reads calls: left-out arguments, no arguments, storage prefixes, dotted add-in names", () => {
    expect(tree("IF(A1,,2)")).toBe("IF(R1C1,_,2)");
    expect(tree("IF(A1,1,)")).toBe("IF(R1C1,1,_)");
    expect(tree("NOW()")).toBe("NOW()");
    expect(tree("_xlfn.IFERROR(1,2)")).toBe("IFERROR(1,2)");
    expect(tree("sum(A1)")).toBe("SUM(R1C1)");
    expect(tree('ECO.DATA_ASSET_VALUE(A1,"全部")')).toBe('ECO.DATA_ASSET_VALUE(R1C1,"全部")');
    expect(tree("LOG10(100)")).toBe("LOG10(100)");
  });

  it.each([
    ["Revenue*2", /unknown name "Revenue"/],
    ["A:A", /unexpected character ':'/],
    ["A1 B1", /unexpected token/],
    ['"open', /unterminated text/],
    ["'Sheet A1", /unterminated sheet name/],
    ["'Sheet'A1", /expected '!'/],
    ["Sheet!Name", /expected a cell or range after the sheet name/],
    ["SUM(1", /expected '\)'/],
    ["1+", /expected a value/],
    ["#FOO!", /unknown error literal/],
    ["XFE1", /unknown name "XFE1"/],
    ["A1048577", /unknown name "A1048577"/],
    ["A1:", /a range needs a cell address/],
    ["{1,2;3}", /array rows of different lengths/],
    ["{A1}", /expected a constant in an array/],
    ["(1", /expected '\)'/],
    ["1)", /unexpected token/],
  ])("refuses =%s", (formula, message) => {
    expect(() => parseFormula(formula)).toThrow(FormulaError);
    expect(() => parseFormula(formula)).toThrow(message);
  });

  it("reports the position of the problem", () => {
    expect(() => tokenize("1+@")).toThrow(/position 3 of "1\+@"/);
  });
});

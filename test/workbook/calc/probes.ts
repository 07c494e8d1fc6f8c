/**
 * Formulas with the result Excel documents for each, over a small fixture workbook. The unit
 * test checks the evaluator against these results; the LibreOffice test recalculates the same
 * formulas in LibreOffice and checks that it agrees, so every expectation is also confirmed by an
 * engine we did not write.
 */
import { evaluateSheets, type SheetCells } from "../../../src/workbook/calc/workbook";

export type Expected = number | string | boolean | { readonly error: string };

/** Fixture sheets: sheet names with a space, Chinese and an apostrophe, as the layout has them. */
export const FIXTURE: readonly SheetCells[] = [
  {
    name: "Data",
    cells: [
      { address: "A1", value: 1 },
      { address: "A2", value: 2 },
      { address: "A3", value: 3 },
      // A4 is empty.
      { address: "A5", value: "text" },
      { address: "A6", formula: "TRUE" },
      { address: "A7", value: "2" },
      { address: "B1", value: "apple" },
      { address: "B2", value: "Banana" },
      { address: "B3", value: "cherry" },
      { address: "C1", value: 10 },
      { address: "C2", value: 20 },
      { address: "C3", value: 30 },
      { address: "D1", value: 30 },
      { address: "D2", value: 20 },
      { address: "D3", value: 10 },
      { address: "E1", formula: "1/0" },
      { address: "E2", value: 5 },
      { address: "E3", formula: "#N/A" },
      { address: "F1", value: 0.1 },
      { address: "F2", value: 0.2 },
      { address: "F3", value: 0.3 },
    ],
  },
  { name: "My sheet", cells: [{ address: "A1", value: 7 }] },
  { name: "数据 表", cells: [{ address: "A1", value: 8 }] },
  { name: "O'Brien", cells: [{ address: "B2", value: 9 }] },
];

export const PROBES: readonly (readonly [formula: string, excel: Expected])[] = [
  // Precedence: negation binds tighter than ^; ^ groups to the left.
  ["-2^2", 4],
  ["0-2^2", -4],
  ["2^-1", 0.5],
  ["2^3^2", 64],
  ["2*-3^2", 18],
  ["1+2*3-4/2", 5],
  ["(1+2)*3", 9],
  ["-50%*2", -1],
  ["50%", 0.5],
  ["1&2+3", "15"],
  ["1+1=2", true],
  // Conversions in arithmetic.
  ['"1"+1', 2],
  ['" 1,000 "+1', 1001],
  ['"5%"*2', 0.1],
  ["TRUE+1", 2],
  ['"x"*2', { error: "#VALUE!" }],
  ["Data!A4+1", 1],
  ["Data!A7*2", 4],
  ['"a"&1.5&TRUE', "a1.5TRUE"],
  ['Data!A4&"x"', "x"],
  ['1/3&""', "0.333333333333333"],
  // Comparisons: numbers < text < FALSE < TRUE; text without case; empty as 0, "" or FALSE.
  ['1<"a"', true],
  ['"zzz"<FALSE', true],
  ["FALSE<TRUE", true],
  ['"abc"="ABC"', true],
  ['"b">"A"', true],
  ['1="1"', false],
  ["TRUE=1", false],
  ["Data!A4=0", true],
  ['Data!A4=""', true],
  ["Data!A4=FALSE", true],
  ["0.1+0.2=0.3", true],
  ["Data!F3-Data!F1-Data!F2", 0],
  // Errors propagate; division by zero.
  ["1/0", { error: "#DIV/0!" }],
  ["Data!E1+1", { error: "#DIV/0!" }],
  ['Data!E3&"x"', { error: "#N/A" }],
  ["Data!E1=1", { error: "#DIV/0!" }],
  ["ISERROR(Data!E3)", true],
  ["IFERROR(1/0,7)", 7],
  ["IFERROR(3,7)", 3],
  ["0^-1", { error: "#DIV/0!" }],
  ["(-8)^(1/3)", { error: "#NUM!" }],
  ["10^400", { error: "#NUM!" }],
  // Arrays inside SUMPRODUCT.
  ['SUMPRODUCT(--(Data!B1:B3="banana"))', 1],
  ["SUMPRODUCT((Data!A1:A3>1)*Data!C1:C3)", 50],
  ["SUMPRODUCT(Data!A1:A3,Data!C1:C3)", 140],
  ["SUMPRODUCT(Data!A1:A3*(Data!C1:C3>15))", 5],
  ["SUMPRODUCT(--ISERROR(Data!E1:E3))", 2],
  ["SUMPRODUCT(Data!A1:A7)", 6],
  ["SUMPRODUCT(Data!A1:A3,Data!C1:C2)", { error: "#VALUE!" }],
  ["SUMPRODUCT(Data!E1:E3)", { error: "#DIV/0!" }],
  ['SUMPRODUCT((Data!A1:A3>=2)+(Data!B1:B3<>""))', 5],
  ["SUMPRODUCT(ABS(Data!A1:A3-2))", 2],
  // Lookup.
  ['MATCH("BANANA",Data!B1:B3,0)', 2],
  ['MATCH("zzz",Data!B1:B3,0)', { error: "#N/A" }],
  ["MATCH(2,Data!A7:A7,0)", { error: "#N/A" }],
  ["INDEX(Data!C1:C3,2)", 20],
  ["INDEX(Data!B1:D3,3,2)", 30],
  ["INDEX(Data!B1:D1,3)", 30],
  ["INDEX(Data!C1:C3,4)", { error: "#REF!" }],
  ["INDEX(Data!A1:A4,4)", 0],
  ['INDEX(Data!C1:E1,MATCH("mid",{"low","mid","high"},0))', 30],
  ["SUM(INDEX(Data!C1:D3,0,2))", 60],
  ['CHOOSE(2,"a","b","c")', "b"],
  ['CHOOSE(4,"a","b","c")', { error: "#VALUE!" }],
  ["ROWS(Data!A1:C3)", 3],
  // Statistics.
  ['COUNTIF(Data!C1:C3,">"&15)', 2],
  ['COUNTIF(Data!C1:C3,"<=20")', 2],
  ["COUNTIF(Data!C1:C3,20)", 1],
  ['COUNTIF(Data!B1:B3,"BANANA")', 1],
  ['COUNTIF(Data!B1:B3,"<>banana")', 2],
  ['COUNTIF(Data!A1:A7,"<>")', 6],
  ['COUNTIF(Data!A1:A7,"")', 1],
  ["COUNTIF(Data!A1:A7,TRUE)", 1],
  // Logic.
  ["AND(TRUE,1)", true],
  ["OR(FALSE,0)", false],
  ["AND(Data!A1:A6)", true],
  ["OR(Data!A4:A5)", { error: "#VALUE!" }],
  ['IF(Data!A4,"y","n")', "n"],
  ["IF(FALSE,1)", false],
  ["IF(TRUE,,1)", 0],
  ['IF("x",1,2)', { error: "#VALUE!" }],
  ["IF(Data!E1,1,2)", { error: "#DIV/0!" }],
  // Information.
  ["ISNUMBER(Data!A7)", false],
  ["ISNUMBER(Data!A4)", false],
  // Maths.
  ["ABS(-3)", 3],
  ["SUM(Data!A1:A7)", 6],
  ['SUM(1,TRUE,"2")', 4],
  ["MIN(Data!A1:A7)", 1],
  ["MAX(Data!A1:A7,-1)", 3],
  ["MAX(Data!A4:A5)", 0],
  ["SUM(Data!E1:E2)", { error: "#DIV/0!" }],
  ["ROUND(2.5,0)", 3],
  ["ROUND(-2.5,0)", -3],
  ["ROUND(1.005,2)", 1.01],
  ["ROUND(2.675,2)", 2.68],
  ["ROUND(1234.5,-2)", 1200],
  ["ROUNDUP(643533.1,0)", 643534],
  ["ROUNDUP(-2.1,0)", -3],
  ["ROUNDUP(419287,0)", 419287],
  ["ROUNDUP(1.234,2)", 1.24],
  ["NPV(0.1,Data!C1:C3)", 10 / 1.1 + 20 / 1.1 ** 2 + 30 / 1.1 ** 3],
  ["NPV(0.1,10,20)", 10 / 1.1 + 20 / 1.1 ** 2],
  ["SQRT(16)", 4],
  ["SQRT(2)", Math.SQRT2],
  ["SQRT(-1)", { error: "#NUM!" }],
  ["MOD(7,3)", 1],
  ["MOD(-7,3)", 2],
  ["MOD(7,-3)", -2],
  ["MOD(5.25,1)", 0.25],
  ["MOD(7,0)", { error: "#DIV/0!" }],
  // The simulation's quasi-random numbers: the fractional part of i·√q.
  ["MOD(3*SQRT(2),1)", 3 * Math.SQRT2 - 4],
  ["MOD(1000*SQRT(31),1)", 1000 * Math.sqrt(31) - 5567],
  ["MOD(997*SQRT(29),1)", 997 * Math.sqrt(29) - 5369],
  // Statistics for the simulation.
  ["MEDIAN(3,1,2)", 2],
  ["MEDIAN(Data!C1:C3,1)", 15],
  ["MEDIAN(1.1,1,0.9)", 1],
  ["MEDIAN(0.5,1,0.9)", 0.9],
  ["MEDIAN(Data!A1:A7)", 2],
  ["_xlfn.PERCENTILE.INC(Data!C1:C3,0.1)", 12],
  ["_xlfn.PERCENTILE.INC(Data!C1:C3,0.5)", 20],
  ["_xlfn.PERCENTILE.INC(Data!C1:C3,0.9)", 28],
  ["_xlfn.PERCENTILE.INC(Data!A1:A7,0.25)", 1.5],
  ["_xlfn.PERCENTILE.INC(Data!C1:C3,0)", 10],
  ["_xlfn.PERCENTILE.INC(Data!D1:D3,1)", 30],
  ["_xlfn.PERCENTILE.INC(Data!C1:C3,1.5)", { error: "#NUM!" }],
  ['COUNTIFS(Data!C1:C3,">=15",Data!D1:D3,">=15")', 1],
  ['COUNTIFS(Data!C1:C3,">"&10,Data!C1:C3,"<="&30)', 2],
  ['COUNTIFS(Data!B1:B3,"banana",Data!A1:A3,">1")', 1],
  ['COUNTIFS(Data!C1:C3,">0",Data!D1:D2,">0")', { error: "#VALUE!" }],
  // IRR: -100 + 60x + 60x² = 0 with x = 1/(1+r); a rate found from another guess; no rate.
  ["IRR({-100,60,60})", 120 / (Math.sqrt(27_600) - 60) - 1],
  ["IRR({-100,60,60},0.5)", 120 / (Math.sqrt(27_600) - 60) - 1],
  ["IRR({-300,-200,150,250,350,400})", irrByBisection([-300, -200, 150, 250, 350, 400])],
  ["IRR(Data!C1:C3)", { error: "#NUM!" }],
  // Text.
  ['TEXT(1234567.891,"#,##0")', "1,234,568"],
  ['TEXT(2345678,"#,##0")', "2,345,678"],
  ['TEXT(0,"#,##0")', "0"],
  ['TEXT(0.256,"0.0%")', "25.6%"],
  ['TEXT(-1234.5,"#,##0.00")', "-1,234.50"],
  ['TEXT(1234567,"0.0,,""m""")', "1.2m"],
  ['TEXT("abc","0")', "abc"],
  ['LEFT("D 价值引擎")', "D"],
  ['LEFT("abc",2)', "ab"],
  ['LEFT("abc",0)', ""],
  ['LEFT("ab",5)', "ab"],
  ["LEFT(1234.5,3)", "123"],
  ["LEFT(Data!A7)", "2"],
  ['LEFT("abc",-1)', { error: "#VALUE!" }],
  // Sheets with a space, Chinese and an apostrophe in the name; absolute references.
  ["'My sheet'!A1*2", 14],
  ["'数据 表'!$A$1+'My sheet'!A$1", 15],
  ["'O''Brien'!$B2", 9],
  ["data!a1", 1],
];

/**
 * Where LibreOffice 7.4 departs from Excel, and so from the evaluator. LibreOffice has no
 * TRUE/FALSE type (a logical is the number 1 or 0 shown as TRUE), and picks other error codes in
 * a few places. The workbook's formulas avoid every one of these (test/workbook/cached.test.ts
 * compares all of them with LibreOffice).
 */
export const LIBREOFFICE_DIFFERS: Readonly<Record<string, string>> = {
  '"a"&1.5&TRUE': "TRUE joins as 1",
  '"zzz"<FALSE': "FALSE compares as the number 0, below text",
  "TRUE=1": "TRUE equals the number 1",
  "0^-1": "#NUM! for Excel's #DIV/0!",
  "(-8)^(1/3)": "an odd root of a negative number is computed (-2)",
  "SUMPRODUCT(Data!A1:A7)": "a TRUE cell counts as 1",
  "INDEX(Data!C1:C3,4)": "#VALUE! for Excel's #REF!",
  "COUNTIF(Data!A1:A7,TRUE)": "the number 1 matches TRUE",
  "SUM(Data!A1:A7)": "a TRUE cell counts as 1",
  'SUM(1,TRUE,"2")': 'text "2" typed as an argument is #VALUE!',
  "MEDIAN(Data!A1:A7)": "a TRUE cell counts as 1",
  "_xlfn.PERCENTILE.INC(Data!A1:A7,0.25)": "a TRUE cell counts as 1",
  "SQRT(-1)": "#VALUE! for Excel's #NUM!",
  "_xlfn.PERCENTILE.INC(Data!C1:C3,1.5)": "#VALUE! for Excel's #NUM!",
  "IRR(Data!C1:C3)": "#N/A (Err:523, no convergence) for Excel's #NUM!",
};

/** The rate with Σ flow_t/(1+r)^t = 0 by bisection on r (one sign change: one root), not Newton. */
function irrByBisection(flows: readonly number[]): number {
  const npv = (r: number): number => flows.reduce((s, f, t) => s + f / (1 + r) ** t, 0);
  let lo = -0.99;
  let hi = 10;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(npv(mid)) === Math.sign(npv(lo))) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Evaluates each probe in a cell of its own sheet beside the fixture. */
export function evaluateProbes(): Map<string, unknown> {
  const probes = {
    name: "Probes",
    cells: PROBES.map(([formula], i) => ({ address: `A${i + 1}`, formula })),
  };
  const values = evaluateSheets([...FIXTURE, probes]).values.get("Probes");
  return new Map(PROBES.map(([formula], i) => [formula, values?.get(`A${i + 1}`)]));
}

/** Numbers within 1e-12 relative (the formula's own rounding), anything else exactly. */
export function agrees(actual: unknown, expected: Expected): boolean {
  if (typeof expected === "number" && typeof actual === "number")
    return actual === expected || Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);
  return JSON.stringify(actual) === JSON.stringify(expected);
}

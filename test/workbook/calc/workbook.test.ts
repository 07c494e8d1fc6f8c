/** The workbook wiring: dependency order, cycles, refusals, and the layout's own formulas. */
import { PLAN_TEXT } from "../../../src/model/words";
import { describe, expect, it } from "vitest";
import { visitNodes } from "../../../src/workbook/calc/ast";
import { BUILTIN_FUNCTIONS } from "../../../src/workbook/calc/functions";
import { FormulaError } from "../../../src/workbook/calc/formulaError";
import { parseFormula } from "../../../src/workbook/calc/parser";
import { parseAddress } from "../../../src/workbook/calc/references";
import {
  evaluateSheets,
  evaluateWorkbook,
  WORKBOOK_FUNCTIONS,
  type SheetCells,
} from "../../../src/workbook/calc/workbook";
import { DEFAULT_PLAN_SETTINGS } from "../../../src/model";
import { EDITIONS, resolveLayout } from "../../../src/workbook";

const sheet = (cells: Record<string, string | number | null>, name = "S"): SheetCells => ({
  name,
  cells: Object.entries(cells).map(([address, v]) =>
    typeof v === "string" && v.startsWith("=")
      ? { address, formula: v.slice(1) }
      : { address, value: v }
  ),
});

const values = (cells: Record<string, string | number | null>): Record<string, unknown> =>
  Object.fromEntries(evaluateSheets([sheet(cells)]).values.get("S") ?? []);

describe("workbook wiring", () => {
  it("computes each formula after the cells it reads, whatever order they are written in", () => {
    const v = values({
      A1: "=B1*2",
      B1: "=SUM(C1:C3)+D1",
      C1: 1,
      C2: "=C1+1",
      C3: "=C2+1",
      D1: "=C3",
    });
    expect(v).toEqual({ A1: 18, B1: 9, C2: 2, C3: 3, D1: 3 });
    const ev = evaluateSheets([sheet({ A1: "=B1*2", B1: "=SUM(C1:C3)", C1: 1, C2: "=C1+1" })]);
    expect(ev.order.indexOf("S!C2")).toBeLessThan(ev.order.indexOf("S!B1"));
    expect(ev.order.indexOf("S!B1")).toBeLessThan(ev.order.indexOf("S!A1"));
    expect(ev.precedents.get("S!B1")).toEqual(["S!C2"]);
    expect(ev.precedents.get("S!A1")).toEqual(["S!B1"]);
  });

  it("reads across sheets, sheet names without regard to case", () => {
    const ev = evaluateSheets([
      sheet({ A1: "='Other Sheet'!B2+'other sheet'!B2" }),
      sheet({ B2: 4 }, "Other Sheet"),
    ]);
    expect(ev.values.get("S")?.get("A1")).toBe(8);
  });

  it("gives 0 for a formula whose result is an empty cell, and that 0 is what other formulas read", () => {
    expect(values({ A1: "=B1", C1: '=A1=""', D1: '=B1=""' })).toEqual({
      A1: 0,
      C1: false,
      D1: true,
    });
  });

  it("stores Excel errors as results and lets them flow", () => {
    expect(values({ A1: "=1/0", B1: "=A1+1", C1: "=IFERROR(B1,-1)" })).toEqual({
      A1: { error: "#DIV/0!" },
      B1: { error: "#DIV/0!" },
      C1: -1,
    });
  });

  it.each([
    [{ A1: "=B1+1", B1: "=C1", C1: "=A1" }, /circular reference: S!A1 → S!B1 → S!C1 → S!A1/],
    [{ A1: "=A1" }, /circular reference: S!A1 → S!A1/],
    [{ A3: "=SUM(A1:A3)" }, /circular reference: S!A3 → S!A3/],
  ])("reports a circular reference with its path instead of looping", (cells, message) => {
    expect(() => values(cells)).toThrow(FormulaError);
    expect(() => values(cells)).toThrow(message);
  });

  it.each([
    ["=FOO(1)", /S!A1 =FOO\(1\): function FOO is not implemented/],
    ["=COLUMNS(B1:B3)", /function COLUMNS is not implemented/],
    ["=MATCH(2,B1:B3,1)", /MATCH: match_type 1 is not implemented \(only 0\)/],
    ["=MATCH(2,B1:B3)", /MATCH takes 3–3 arguments, got 2/],
    ['=MATCH("b*",B1:B3,0)', /MATCH: wildcards \(\* \? ~\) are not implemented: "b\*"/],
    ['=COUNTIF(B1:B3,"?x")', /COUNTIF: wildcards \(\* \? ~\) are not implemented: "\?x"/],
    ["=IF(1)", /IF takes 2–3 arguments, got 1/],
    ["=B1:B3*2", /'\*' applied to a range outside SUMPRODUCT/],
    ["=-B1:B2", /unary - applied to a range outside SUMPRODUCT/],
    ["=ABS(B1:B3)", /ABS of a range outside SUMPRODUCT/],
    ["=SUM(B1:B3*2)", /outside SUMPRODUCT/],
    ["=SUMPRODUCT(IF(B1:B3>0,1,0))", /IF's condition must be a single value/],
    ["=B1:B3", /the result is a 3×1 array/],
    ["=Nowhere!A1", /no sheet named Nowhere/],
    ["=COUNTIF({1,2},1)", /COUNTIF's range must be a reference/],
    ['=TEXT(1,"yyyy-mm-dd")', /TEXT's format "yyyy-mm-dd" is not one the evaluator reads/],
    ["=MyName+1", /unknown name "MyName"/],
  ])("stops generation on %s, naming the cell", (formula, message) => {
    expect(() => values({ A1: formula, B1: 1, B2: 2, B3: 3 })).toThrow(message);
  });

  it("computes arrays inside SUMPRODUCT and INDEX's array", () => {
    expect(
      values({ A1: "=SUMPRODUCT((B1:B3>1)*B1:B3)", A2: "=INDEX(B1:B3*10,2)", B1: 1, B2: 2, B3: 3 })
    ).toEqual({ A1: 5, A2: 20 });
  });
});

function calledFunctions(layout: ReturnType<typeof resolveLayout>): Set<string> {
  const used = new Set<string>();
  for (const s of layout.sheets)
    for (const c of s.cells)
      if (c.formula !== undefined)
        visitNodes(parseFormula(c.formula), (n) => {
          if (n.kind === "call") used.add(n.name);
        });
  return used;
}

describe("the evaluator", () => {
  it("implements exactly the worksheet functions the layouts call", () => {
    const used = new Set(EDITIONS.flatMap((e) => [...calledFunctions(resolveLayout(e))]));
    const unused = [...BUILTIN_FUNCTIONS.keys()].filter((name) => !used.has(name));
    expect(unused).toEqual([]);
  });
});

describe.each(EDITIONS)("the %s layout", (edition) => {
  const layout = resolveLayout(edition);

  it("calls only functions the evaluator implements", () => {
    const used = new Set<string>();
    for (const s of layout.sheets)
      for (const c of s.cells)
        if (c.formula !== undefined)
          visitNodes(parseFormula(c.formula), (n) => {
            if (n.kind === "call") used.add(n.name);
          });
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !WORKBOOK_FUNCTIONS.has(name))).toEqual([]);
  });

  it("evaluates every formula cell to a value of its format's kind, with every check TRUE", () => {
    // At the default inputs the workbook holds no error and no empty result: a number cell
    // (amount, count, share, ratio, year…) holds a finite number, a text cell a non-empty text,
    // a TRUE/FALSE cell a boolean, and every boolean is TRUE (each check passes; Check_All too).
    const ev = evaluateWorkbook(layout);
    const formulas = layout.sheets.flatMap((s) =>
      s.cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet: s.name, cell: c }))
    );
    expect(ev.order.slice().sort()).toEqual(
      formulas.map(({ sheet, cell }) => `${sheet}!${cell.address}`).sort()
    );
    const kindOf = (v: unknown): string =>
      typeof v === "number"
        ? Number.isFinite(v)
          ? "number"
          : String(v)
        : typeof v === "string"
          ? v.trim() === ""
            ? "empty text"
            : "string"
          : typeof v === "boolean"
            ? String(v)
            : (JSON.stringify(v) ?? "undefined");
    const expectedKind = (fmt: string | undefined): string =>
      fmt === "bool" ? "true" : fmt === "text" || fmt === undefined ? "string" : "number";
    // MODEL.md §8's text answers stand where a year or a rate would (an IRR that does not exist,
    // a payback with nothing to pay back, FleetForD unreachable, "not within plan"): in the
    // edition's language, and nothing else.
    const checkAll = layout.names.find((n) => n.name === "Check_All");
    const planTexts = new Set<string>(
      Object.values(PLAN_TEXT).map((t) => (edition === "zh-CN" ? t.zh : t.en))
    );
    const wrong = formulas
      .map(({ sheet, cell }) => {
        const value = ev.values.get(sheet)?.get(cell.address);
        const got = kindOf(value);
        const planText =
          expectedKind(cell.fmt) === "number" && typeof value === "string" && planTexts.has(value);
        // A flag row outside the checks sheet (V ≥ 0 in year t) is a boolean either way; a
        // conditional message (IF(…,"…","")) may be empty when its condition is not met.
        const flag = cell.fmt === "bool" && sheet !== checkAll?.sheet && value === false;
        const quietMessage =
          cell.fmt === "text" && value === "" && /,""\)$/.test(cell.formula ?? "");
        return {
          id: `${sheet}!${cell.address}`,
          fmt: cell.fmt,
          got: planText ? "number" : flag ? "true" : quietMessage ? "string" : got,
          value,
        };
      })
      .filter(({ fmt, got }) => got !== expectedKind(fmt));
    expect(wrong).toEqual([]);
    expect(checkAll).toBeDefined();
    expect(ev.values.get(checkAll?.sheet ?? "")?.get(checkAll?.address ?? "")).toBe(true);
  });

  it.each([{ fleet: 100_000 }, { fleet: 0 }])(
    "passes no empty cell to an ECO function (fleet $fleet): Excel's desktop and web agree",
    ({ fleet }) => {
      const l = resolveLayout(edition, { ...DEFAULT_PLAN_SETTINGS, fleet });
      const filled = new Set<string>();
      for (const s of l.sheets)
        for (const c of s.cells)
          if (
            c.formula !== undefined ||
            (c.value !== null && c.value !== undefined && c.value !== "")
          )
            filled.add(`${s.name}!${c.address}`);
      expect(l.ecoFormulas.length).toBeGreaterThan(0);
      for (const f of l.ecoFormulas) {
        const refs: string[] = [];
        visitNodes(parseFormula(f.formula), (n) => {
          if (n.kind !== "ref") return;
          for (let r = n.top; r <= n.bottom; r++)
            for (let c = n.left; c <= n.right; c++)
              refs.push(`${n.sheet ?? f.sheet}!${String.fromCharCode(64 + c)}${r}`);
        });
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) {
          expect(parseAddress(ref.slice(ref.lastIndexOf("!") + 1))).toBeDefined();
          expect(filled.has(ref), `${f.sheet}!${f.address} reads ${ref}`).toBe(true);
        }
      }
    }
  );
});

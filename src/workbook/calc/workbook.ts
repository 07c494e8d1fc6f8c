/**
 * The workbook wiring: every formula cell of a set of sheets parsed, ordered so that each is
 * computed after the cells it reads, and computed. The result is what Excel caches in the file
 * (a number, text, TRUE/FALSE or an error code) for each formula cell.
 */
import { inLanguage, language } from "../../functions/messages";
import type { Edition } from "../contract";
import { visitNodes, type Node, type RefNode } from "./ast";
import { ECO_FUNCTIONS } from "./eco";
import { checkCalls, evaluate, type Environment } from "./evaluator";
import { FormulaError } from "./formulaError";
import { BUILTIN_FUNCTIONS } from "./functions";
import type { FunctionSpec } from "./functions/types";
import { ShapeParser } from "./formulaShapes";
import { cellId, parseAddress, sheetKey } from "./references";
import { ExcelError, Matrix, single, type Scalar } from "./values";

export interface SheetCells {
  readonly name: string;
  readonly cells: readonly {
    readonly address: string;
    /** Without the leading "=". */
    readonly formula?: string;
    readonly value?: string | number | boolean | null;
  }[];
}

/** A formula cell's result as .xlsx stores it (ExcelJS's `result`). */
export type CachedValue = number | string | boolean | { readonly error: string };

export interface Evaluation {
  /** Sheet name → address → result, for every formula cell. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, CachedValue>>;
  /** Formula cells ("Sheet!C4") in the order they were computed. */
  readonly order: readonly string[];
  /** For each formula cell, the formula cells it reads directly. */
  readonly precedents: ReadonlyMap<string, readonly string[]>;
  /**
   * Sheet name → address → the formula's shape (formulaShapes.ts): two formula cells of a column
   * with the same shape hold one formula copied down (the generator's shared formulas).
   */
  readonly shapes: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

interface FormulaCell {
  readonly id: string;
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly tree: Node;
  readonly shape: string;
}

interface Sheet {
  readonly name: string;
  readonly constants: Map<number, Scalar>;
  readonly formulas: Map<number, FormulaCell>;
  readonly results: Map<number, Scalar>;
}

const key = (row: number, col: number): number => row * 20_000 + col;

function indexSheets(
  sheets: readonly SheetCells[],
  functions: ReadonlyMap<string, FunctionSpec>
): Map<string, Sheet> {
  const byKey = new Map<string, Sheet>();
  const parser = new ShapeParser();
  for (const s of sheets) {
    if (byKey.has(sheetKey(s.name))) throw new FormulaError(`two sheets named ${s.name}`);
    const sheet: Sheet = {
      name: s.name,
      constants: new Map(),
      formulas: new Map(),
      results: new Map(),
    };
    byKey.set(sheetKey(s.name), sheet);
    byKey.set(s.name, sheet);
    for (const c of s.cells) {
      const at = parseAddress(c.address);
      if (!at) throw new FormulaError(`${s.name}!${c.address} is not a cell address`);
      const k = key(at.row, at.col);
      if (sheet.formulas.has(k) || sheet.constants.has(k))
        throw new FormulaError(`${s.name}!${c.address} is written twice`);
      if (c.formula === undefined) {
        if (c.value !== undefined && c.value !== null) sheet.constants.set(k, c.value);
        continue;
      }
      const id = cellId(s.name, c.address);
      const where = `${id} =${c.formula}`;
      let parsed: { tree: Node; shape: string };
      try {
        parsed = parser.parse(c.formula, at.row, (t) => checkCalls(t, functions, where));
      } catch (e) {
        if (e instanceof FormulaError && e.message.includes(where)) throw e;
        throw new FormulaError(
          `${id}: ${e instanceof Error ? e.message.replace(/^formula evaluator: /, "") : String(e)}`
        );
      }
      sheet.formulas.set(k, {
        id,
        sheet: s.name,
        address: c.address,
        row: at.row,
        col: at.col,
        formula: c.formula,
        tree: parsed.tree,
        shape: parsed.shape,
      });
    }
  }
  return byKey;
}

function sheetOf(sheets: Map<string, Sheet>, name: string, where: string): Sheet {
  const s = sheets.get(name) ?? sheets.get(sheetKey(name));
  if (!s) throw new FormulaError(`${where}: no sheet named ${name}`);
  return s;
}

/** The formula cells a formula reads (inside its ranges too). */
function precedentsOf(cell: FormulaCell, sheets: Map<string, Sheet>): FormulaCell[] {
  const refs: RefNode[] = [];
  visitNodes(cell.tree, (n) => {
    if (n.kind === "ref") refs.push(n);
  });
  const found: FormulaCell[] = [];
  for (const n of refs) {
    const sheet = sheetOf(sheets, n.sheet ?? cell.sheet, `${cell.id} =${cell.formula}`);
    const size = (n.bottom - n.top + 1) * (n.right - n.left + 1);
    if (size <= sheet.formulas.size) {
      for (let r = n.top; r <= n.bottom; r++)
        for (let c = n.left; c <= n.right; c++) {
          const f = sheet.formulas.get(key(r, c));
          if (f) found.push(f);
        }
    } else {
      for (const f of sheet.formulas.values())
        if (f.row >= n.top && f.row <= n.bottom && f.col >= n.left && f.col <= n.right)
          found.push(f);
    }
  }
  return [...new Set(found)];
}

/** Depth-first order, precedents first; a circular reference is reported with its path. */
function computeOrder(
  cells: readonly FormulaCell[],
  precedents: Map<string, FormulaCell[]>
): FormulaCell[] {
  const state = new Map<string, 1 | 2>();
  const order: FormulaCell[] = [];
  for (const root of cells) {
    if (state.has(root.id)) continue;
    const stack: { cell: FormulaCell; next: number }[] = [{ cell: root, next: 0 }];
    state.set(root.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { cell: FormulaCell; next: number };
      const deps = precedents.get(top.cell.id) ?? [];
      const dep = deps[top.next++];
      if (dep === undefined) {
        state.set(top.cell.id, 2);
        order.push(top.cell);
        stack.pop();
        continue;
      }
      const s = state.get(dep.id);
      if (s === 2) continue;
      if (s === 1) {
        const from = stack.findIndex((f) => f.cell.id === dep.id);
        const path = [...stack.slice(from).map((f) => f.cell.id), dep.id];
        throw new FormulaError(`circular reference: ${path.join(" → ")}`);
      }
      state.set(dep.id, 1);
      stack.push({ cell: dep, next: 0 });
    }
  }
  return order;
}

function cached(v: Scalar, where: string): CachedValue {
  if (v === null) return 0;
  if (v instanceof ExcelError) return { error: v.code };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new FormulaError(`${where}: result ${v} is not a finite number`);
    return v + 0;
  }
  return v;
}

/** What one formula cell reads; `where` (for messages) is spelled out only when asked for. */
class CellEnvironment implements Environment {
  readonly sheet: string;

  constructor(
    private readonly formulaCell: FormulaCell,
    private readonly sheets: Map<string, Sheet>,
    readonly functions: ReadonlyMap<string, FunctionSpec>
  ) {
    this.sheet = formulaCell.sheet;
  }

  get where(): string {
    return `${this.formulaCell.id} =${this.formulaCell.formula}`;
  }

  sheetName(written: string): string {
    return sheetOf(this.sheets, written, this.where).name;
  }

  cell(sheetName: string, row: number, col: number): Scalar {
    const s = this.sheets.get(sheetName) ?? sheetOf(this.sheets, sheetName, this.where);
    const k = key(row, col);
    const result = s.results.get(k);
    if (result !== undefined) return result;
    if (s.formulas.has(k))
      throw new FormulaError(
        `${this.where}: read ${sheetName} row ${row} column ${col} before computing it`
      );
    return s.constants.get(k) ?? null;
  }
}

export function evaluateSheets(
  sheetCells: readonly SheetCells[],
  functions: ReadonlyMap<string, FunctionSpec> = BUILTIN_FUNCTIONS
): Evaluation {
  const sheets = indexSheets(sheetCells, functions);
  const all = [...new Set(sheets.values())].flatMap((s) => [...s.formulas.values()]);
  const precedents = new Map(all.map((c) => [c.id, precedentsOf(c, sheets)]));
  const order = computeOrder(all, precedents);
  const values = new Map<string, Map<string, CachedValue>>();
  const shapes = new Map<string, Map<string, string>>();
  for (const s of new Set(sheets.values())) {
    values.set(s.name, new Map());
    shapes.set(s.name, new Map([...s.formulas.values()].map((f) => [f.address, f.shape])));
  }

  for (const cell of order) {
    const env = new CellEnvironment(cell, sheets, functions);
    const v = single(evaluate(cell.tree, env));
    if (v instanceof Matrix)
      throw new FormulaError(
        `${env.where}: the result is a ${v.rows}×${v.cols} array; a cell holds one value`
      );
    const sheet = sheetOf(sheets, cell.sheet, env.where);
    // A formula whose result is an empty cell (=A1 with A1 empty) shows 0, and so reads as 0.
    sheet.results.set(key(cell.row, cell.col), v ?? 0);
    values.get(sheet.name)?.set(cell.address, cached(v, env.where));
  }
  return {
    values,
    order: order.map((c) => c.id),
    precedents: new Map([...precedents].map(([id, cells]) => [id, cells.map((c) => c.id)])),
    shapes,
  };
}

/** Excel's functions the evaluator implements, and the ECO add-in's. */
export const WORKBOOK_FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map([
  ...BUILTIN_FUNCTIONS,
  ...ECO_FUNCTIONS,
]);

/**
 * Every formula cell of a resolved layout computed, ECO function cells included. The ECO
 * functions answer in the edition's language (their texts, e.g. ECO.PLAN's "not paid back", as
 * Excel in that display language shows them), so they compare with the native formulas' texts.
 */
export function evaluateWorkbook(layout: {
  readonly sheets: readonly SheetCells[];
  readonly edition?: Edition;
}): Evaluation {
  return inLanguage(layout.edition ?? language(), () =>
    evaluateSheets(layout.sheets, WORKBOOK_FUNCTIONS)
  );
}

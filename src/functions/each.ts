import { toGrid, Varying, type ExcelArg } from "./argument";
import { EcoError } from "./errors";
import { message } from "./messages";
import { finite, Table, type CellResult, type OutCell } from "./run";
import { coerceCell, coerceList, coerceVector, widthOf, type ArgSpec, type Values } from "./spec";

/**
 * The evaluation of a function that is not linear in its first argument (ECO.PLAN, ECO.SIMULATE):
 * every argument is coerced by its spec (spec.ts, the one coercion path), the lists whole and
 * once, the cell arguments broadcast against each other as Excel's arithmetic does (a 1-row or
 * 1-column argument stretches; where a longer one has no partner, #N/A), and `cell` computes each
 * result cell from its values. The first bad argument of a cell, in argument order, is that
 * cell's result; its neighbours still compute. An argument whose value spills a table (`spills`)
 * may do so only when the whole result is one cell.
 */
export function evaluateEach<const Specs extends readonly ArgSpec[]>(
  specs: Specs,
  args: readonly ExcelArg[],
  cell: (...values: Values<Specs>) => CellResult
): OutCell[][] {
  const n = specs.length;
  // Stryker disable next-line ArrayDeclaration: equivalent (every slot is written before it is read)
  const values: unknown[] = [];
  const varying: (Varying | undefined)[] = [];
  let rows = 1;
  let cols = 1;
  /** The argument whose values may spill a table, and those values. */
  let spill:
    { readonly at: number; readonly spec: ArgSpec; readonly values: readonly string[] } | undefined;
  for (let k = 0; k < n; k++) {
    const spec = specs[k] as ArgSpec;
    const grid = toGrid(args[k] ?? null);
    // Stryker disable next-line ConditionalExpression: equivalent (only a choice has `spills`)
    if (spec.kind === "choice" && spec.spills !== undefined)
      spill = { at: k, spec, values: spec.spills };
    if (spec.kind === "vector") {
      values[k] = coerceVector(spec, grid);
      continue;
    }
    if (spec.kind === "list") {
      values[k] = coerceList(spec, grid);
      continue;
    }
    const width = widthOf(grid);
    // A 1×1 range read as varying gives what the single value gives: the split is for speed.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
    if (grid.length > 1 || width > 1) {
      rows = Math.max(rows, grid.length);
      cols = Math.max(cols, width);
      varying[k] = new Varying(k, spec, grid);
      continue;
    }
    values[k] = coerceCell(spec, (grid[0] as readonly unknown[])[0]);
  }
  const single = rows === 1 && cols === 1;
  const compute = cell as unknown as (...v: unknown[]) => CellResult;
  const out: OutCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: OutCell[] = [];
    for (let j = 0; j < cols; j++) {
      let bad: EcoError | undefined;
      // Stryker disable next-line EqualityOperator: equivalent (slot n is empty: k ≤ n reads nothing)
      for (let k = 0; k < n && bad === undefined; k++) {
        const a = varying[k];
        if (a !== undefined) {
          const r = a.rows === 1 ? a.values[0] : a.values[i];
          const c = a.cols === 1 ? 0 : j;
          if (r === undefined || c >= r.length) {
            bad = new EcoError("#N/A", message("noPartner", a.spec.name, i + 1, j + 1));
            break;
          }
          values[k] = r[c];
        }
        if (values[k] instanceof EcoError) bad = values[k] as EcoError;
      }
      if (bad === undefined && !single && spill?.values.includes(values[spill.at] as string))
        bad = new EcoError(
          "#VALUE!",
          message("spillNeedsScalars", spill.spec.name, String(values[spill.at]))
        );
      if (bad !== undefined) {
        row.push(bad);
        continue;
      }
      const result = compute(...values);
      if (result instanceof Table) {
        if (single) return result.rows;
        throw new Error("a table fills only a single-cell result: give its argument `spills`");
      }
      row.push(typeof result === "number" ? finite(result) : result);
    }
    out.push(row);
  }
  return out;
}

/**
 * Did Excel bind an ECO formula the pane just wrote? Every place the pane writes one (function
 * reference, insertion, self-test, repair) reads the cell back after a sync and classifies it:
 * - "notBound": the value is #NAME? — Excel does not know the function here (add-in not loaded,
 *   or formulas written through the API not bound, office-js #891 / #6614);
 * - "rewritten": the formula came back without the ECO call that was written, or in the stored
 *   `_xldudf_` spelling Excel shows for an unbound custom function (office-js #5611);
 * - "pending": #BUSY! / #GETTING_DATA — bound, still calculating;
 * - "bound": anything else (a number, a text, or an error the function itself returned).
 */
import { ecoCalls } from "../../workbook/ecoCalls";

export type BindingState = "bound" | "pending" | "notBound" | "rewritten";

export interface FormulaCheck {
  /** e.g. "Sheet1!B2", as Excel reports it. */
  readonly address: string;
  readonly written: string;
  /** The formula as Excel returned it. */
  readonly readBack: string;
  /** The cell's value as Excel returned it (an error value is its text, e.g. "#NAME?"). */
  readonly value: string | number | boolean | null;
  readonly state: BindingState;
}

const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

export function isPending(value: unknown): boolean {
  return typeof value === "string" && PENDING.has(value.toUpperCase());
}

export function bindingState(written: string, readBack: unknown, value: unknown): BindingState {
  if (typeof value === "string" && value.toUpperCase() === "#NAME?") return "notBound";
  const back = typeof readBack === "string" ? readBack : "";
  const wanted = ecoCalls(written).map((c) => c.id);
  const got = ecoCalls(back);
  if (got.some((c) => c.stored)) return "rewritten";
  if (wanted.join() !== got.map((c) => c.id).join()) return "rewritten";
  return isPending(value) ? "pending" : "bound";
}

/** True when Excel bound the formula (calculating counts: the function is known). */
export const isBound = (check: Pick<FormulaCheck, "state">): boolean =>
  check.state === "bound" || check.state === "pending";

const scalar = (v: unknown): string | number | boolean | null =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;

export interface WrittenCell {
  readonly range: Excel.Range;
  readonly formula: string;
}

/**
 * Reads back cells the caller has just written (the writes are queued on the same context) and
 * classifies each one. One sync for all cells; the first cell of each range is the one checked
 * (only an anchor holds a spilling formula).
 */
export async function checkWritten(
  context: Excel.RequestContext,
  cells: readonly WrittenCell[]
): Promise<FormulaCheck[]> {
  const loaded = cells.map(({ range, formula }) => {
    const cell = range.getCell(0, 0);
    cell.load("address,formulas,values");
    return { cell, formula };
  });
  await context.sync();
  return loaded.map(({ cell, formula }) => {
    const readBack: unknown = (cell.formulas as unknown[][])[0]?.[0];
    const value: unknown = (cell.values as unknown[][])[0]?.[0];
    return {
      address: cell.address,
      written: formula,
      readBack: typeof readBack === "string" ? readBack : String(readBack ?? ""),
      value: scalar(value),
      state: bindingState(formula, readBack, value),
    };
  });
}

import { toGrid, type ExcelArg } from "./argument";
import { EcoError } from "./errors";
import { message } from "./messages";
import type { OutCell } from "./run";
import { widthOf, type ArgSpec } from "./spec";

/**
 * The most cells one formula's result may have. Excel refuses a custom function's result beyond
 * about 5 MB (office-js #4654, #2222, #2786: a 1000×1000 result of numbers does not arrive). A
 * number travels as its shortest round-trip text, at most 24 characters and a separator (for
 * example -1.2345678901234567e+308,), so 100,000 cells of numbers are at most 2.5 MB: half the
 * limit, which leaves room for the labels and error texts a result may hold besides. A 1,000-row
 * column against a 100-column row still fits; a 1,000 × 1,000 grid does not.
 */
export const MAX_RESULT_CELLS = 100_000;

/** An argument's shape, for the message: "fleet 1,000 × 1". */
interface Shape {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The call's single error when its result would exceed MAX_RESULT_CELLS, or undefined. The result
 * is the broadcast of the cell arguments (every one but the vectors and lists, which are read
 * whole: MODEL.md §2, §10), rows by the longest, columns by the widest; a table output fills only
 * a single-cell result, so it never comes near the bound. Checked before anything is computed.
 */
export function resultTooLarge(
  specs: readonly ArgSpec[],
  args: readonly ExcelArg[]
): OutCell[][] | undefined {
  let rows = 1;
  let cols = 1;
  const shapes: Shape[] = [];
  specs.forEach((spec, k) => {
    if (spec.kind === "vector" || spec.kind === "list") return;
    const grid = toGrid(args[k] ?? null);
    const width = widthOf(grid);
    if (grid.length * width <= 1) return;
    rows = Math.max(rows, grid.length);
    cols = Math.max(cols, width);
    shapes.push({ name: spec.name, rows: grid.length, cols: width });
  });
  if (rows * cols <= MAX_RESULT_CELLS) return undefined;
  const n = (v: number): string => v.toLocaleString("en-US");
  const shown = shapes.map((s) => `${s.name} ${n(s.rows)} × ${n(s.cols)}`).join(", ");
  return [
    [
      new EcoError(
        "#NUM!",
        message("resultTooLarge", n(rows), n(cols), n(rows * cols), shown, n(MAX_RESULT_CELLS))
      ),
    ],
  ];
}

/** A function's result cells, unless the result would be too large to return (then its error). */
export function limited(
  definition: {
    readonly specs: readonly ArgSpec[];
    readonly cells: (...args: ExcelArg[]) => OutCell[][];
  },
  args: readonly ExcelArg[]
): OutCell[][] {
  return resultTooLarge(definition.specs, args) ?? definition.cells(...args);
}

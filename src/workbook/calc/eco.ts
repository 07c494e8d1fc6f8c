/**
 * The ECO custom functions as the evaluator calls them.
 *
 * Why cache the add-in's own numbers: a previewer, a mail client or Excel's Protected View shows
 * the cached value of every formula cell without calculating, and the ECO cells are the ones a
 * reader compares with the native formulas beside them. So their cached value is what the
 * add-in computes for those arguments, obtained by calling the functions' implementation
 * (src/functions/definitions.ts, the code behind =ECO.…) with the arguments Excel would pass:
 * single values and ranges as 2-D arrays, an argument left out as null, an error as an error
 * object. The reconciliation status and the checks that read these cells follow from them (they
 * show "OK" and TRUE where the add-in agrees). Once Excel calculates (fullCalcOnLoad), the cells
 * show whatever the loaded add-in returns, or #NAME? without it.
 *
 * An empty cell inside an argument is passed as null, as Excel on the web does; Excel on the
 * desktop passes 0 (office-js #4702). The layout passes no empty cell to an ECO function
 * (test/workbook/calc/workbook.test.ts checks it), so both give the same result.
 */
import { DEFINITIONS } from "../../functions/definitions";
import { EcoError } from "../../functions/errors";
import type { ExcelArg, OutCell } from "../../functions/run";
import type { ArgSpec } from "../../functions/spec";
import type { Arg, FunctionSpec } from "./functions/types";
import { ExcelError, Matrix, type Scalar } from "./values";

function passed(cell: Scalar): unknown {
  return cell instanceof ExcelError ? { code: cell.code, message: "" } : cell;
}

/** An evaluated argument as Excel hands it to a custom function declared with 2-D parameters. */
export function excelArgument(arg: Arg): ExcelArg {
  if (arg === undefined) return null;
  if (arg instanceof Matrix) {
    const rows: unknown[][] = [];
    for (let r = 0; r < arg.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < arg.cols; c++) row.push(passed(arg.at(r, c)));
      rows.push(row);
    }
    return rows;
  }
  return [[passed(arg)]];
}

/**
 * The error Excel shows for one the functions return: custom functions can return #NUM!, #N/A,
 * #DIV/0! and #NULL!; every other code reaches Excel as #VALUE! (src/functions/excel.ts).
 */
export function shownError(e: EcoError): ExcelError {
  const code = ["#NUM!", "#N/A", "#DIV/0!", "#NULL!"].includes(e.code) ? e.code : "#VALUE!";
  return ExcelError.of(code) as ExcelError;
}

function resultOf(out: OutCell[][], fail: (problem: string) => never): Scalar {
  const only = out.length === 1 && out[0]?.length === 1 ? out[0][0] : undefined;
  if (only === undefined)
    return fail(
      `returns ${out.length}×${out[0]?.length ?? 0} values; the layout writes one cell per ECO formula`
    );
  return only instanceof EcoError ? shownError(only) : only;
}

export const ECO_FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries(DEFINITIONS).map(([name, def]): [string, FunctionSpec] => {
    const specs: readonly ArgSpec[] = def.specs;
    return [
      `ECO.${name}`,
      {
        minArgs: specs.filter((s) => s.kind === "number" && s.required).length,
        maxArgs: specs.length,
        call(args, ctx) {
          let out: OutCell[][];
          try {
            out = def.cells(...args.map(excelArgument));
          } catch (e) {
            return ctx.fail(`the function threw ${e instanceof Error ? e.message : String(e)}`);
          }
          return resultOf(out, ctx.fail);
        },
      },
    ];
  })
);

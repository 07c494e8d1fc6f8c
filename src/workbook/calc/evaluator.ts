/**
 * Computes a parsed formula: references read through the environment, operators element by
 * element where arrays are allowed (inside SUMPRODUCT, INDEX's array), functions from the
 * registry. Excel errors are values; what the evaluator refuses throws a FormulaError naming
 * the cell.
 */
import type { CallNode, Node } from "./ast";
import { visitNodes } from "./ast";
import { elementwise, isBlock } from "./arrays";
import { FormulaError } from "./formulaError";
import type { Arg, CallContext, FunctionSpec } from "./functions/types";
import { binary, negate, percent, plus } from "./operators";
import { ERR, ExcelError, Matrix, type Area, type Scalar, type Value } from "./values";

export interface Environment {
  /** The formula's own sheet, for references without one. */
  readonly sheet: string;
  /** "Sheet!C4 =formula", for messages. */
  readonly where: string;
  readonly functions: ReadonlyMap<string, FunctionSpec>;
  /** A cell's value (a formula cell's computed result); null when empty. */
  cell(sheet: string, row: number, col: number): Scalar;
  /** The sheet's name as the workbook spells it; throws for an unknown sheet. */
  sheetName(written: string): string;
}

/** Unknown functions and wrong argument counts, found before anything is computed. */
export function checkCalls(
  node: Node,
  functions: ReadonlyMap<string, FunctionSpec>,
  where: string
): void {
  visitNodes(node, (n) => {
    if (n.kind !== "call") return;
    const spec = functions.get(n.name);
    if (!spec) throw new FormulaError(`${where}: function ${n.name} is not implemented`);
    if (n.args.length < spec.minArgs || n.args.length > spec.maxArgs)
      throw new FormulaError(
        `${where}: ${n.name} takes ${spec.minArgs}–${spec.maxArgs} arguments, got ${n.args.length}`
      );
  });
}

/** A single value: a one-cell block is its cell. */
function scalarOf(v: Value): Scalar {
  return v instanceof Matrix ? v.at(0, 0) : v;
}

function read(env: Environment, area: Area): Matrix {
  if (area.top === area.bottom && area.left === area.right)
    return new Matrix(1, 1, [env.cell(area.sheet, area.top, area.left)], area);
  const cells: Scalar[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) cells.push(env.cell(area.sheet, r, c));
  return new Matrix(area.bottom - area.top + 1, area.right - area.left + 1, cells, area);
}

/** Operands of an operator: a range among them is refused outside array mode. */
function operands(values: Value[], what: string, env: Environment, arrayMode: boolean): Value[] {
  if (!arrayMode && values.some(isBlock))
    throw new FormulaError(
      `${env.where}: ${what} applied to a range outside SUMPRODUCT (Excel would intersect it with the formula's row or column)`
    );
  return values;
}

export function evaluate(node: Node, env: Environment, arrayMode = false): Value {
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "error":
      return ExcelError.of(node.code) ?? ERR.value;
    case "array":
      return node.value;
    case "ref":
      return read(env, {
        sheet: node.sheet === undefined ? env.sheet : env.sheetName(node.sheet),
        top: node.top,
        left: node.left,
        bottom: node.bottom,
        right: node.right,
      });
    case "unary": {
      const [v = null] = operands(
        [evaluate(node.operand, env, arrayMode)],
        `unary ${node.op}`,
        env,
        arrayMode
      );
      return elementwise([v], node.op === "-" ? negate : plus);
    }
    case "percent": {
      const [v = null] = operands([evaluate(node.operand, env, arrayMode)], "%", env, arrayMode);
      return elementwise([v], percent);
    }
    case "binary": {
      const left = evaluate(node.left, env, arrayMode);
      const right = evaluate(node.right, env, arrayMode);
      // The common case, two single values, without the element-wise machinery.
      if (!isBlock(left) && !isBlock(right))
        return binary(node.op, scalarOf(left), scalarOf(right));
      const values = operands([left, right], `'${node.op}'`, env, arrayMode);
      return elementwise(values, (a, b) => binary(node.op, a ?? null, b ?? null));
    }
    case "call":
      return call(node, env, arrayMode);
  }
}

function call(node: CallNode, env: Environment, arrayMode: boolean): Value {
  const spec = env.functions.get(node.name);
  if (!spec) throw new FormulaError(`${env.where}: function ${node.name} is not implemented`);
  const forced = (i: number): boolean =>
    spec.arrayArgs === "all" || (spec.arrayArgs?.includes(i) ?? false);
  const args: Arg[] = node.args.map((a, i) =>
    a === null ? undefined : evaluate(a, env, arrayMode || forced(i))
  );
  const ctx: CallContext = {
    arrayMode,
    fail(problem) {
      throw new FormulaError(`${env.where}: ${node.name}: ${problem}`);
    },
  };
  return spec.call(args, ctx);
}

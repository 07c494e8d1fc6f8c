/** How a worksheet function is declared to the evaluator. */
import type { Value } from "../values";

/** An evaluated argument; undefined where it was left out (IF(A1,,2)). */
export type Arg = Value | undefined;

export interface CallContext {
  /**
   * True inside SUMPRODUCT (and INDEX's array): there Excel computes ranges and arrays element by
   * element. Elsewhere a range used as a single value is intersected by Excel without dynamic
   * arrays and spilled by Excel 365; the evaluator refuses it rather than guess.
   */
  readonly arrayMode: boolean;
  /** Stops generation: the formula asks for something the evaluator does not compute. */
  fail(problem: string): never;
}

export interface FunctionSpec {
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Arguments evaluated as arrays: SUMPRODUCT's every one, INDEX's first. */
  readonly arrayArgs?: "all" | readonly number[];
  readonly call: (args: readonly Arg[], ctx: CallContext) => Value;
}

/**
 * The worksheet functions the evaluator computes: exactly those the layout calls (the workbook
 * test asserts it, both ways). A formula calling any other function stops generation.
 */
import { CHOOSE, INDEX, MATCH, ROWS } from "./lookup";
import { ISERROR, ISNUMBER } from "./info";
import { AND, IF, IFERROR, OR } from "./logical";
import { ABS, MAX, MIN, MOD, ROUND, ROUNDUP, SQRT, SUM, SUMPRODUCT } from "./math";
import { IRR, NPV } from "./financial";
import {
  AVERAGE,
  COUNTIF,
  COUNTIFS,
  MEDIAN,
  NORMSDIST,
  NORMSINV,
  PERCENTILE_INC,
} from "./statistical";
import { LEFT, TEXT } from "./text";
import type { FunctionSpec } from "./types";

export const BUILTIN_FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries({
    ABS,
    AND,
    AVERAGE,
    CHOOSE,
    COUNTIF,
    COUNTIFS,
    IF,
    IFERROR,
    INDEX,
    IRR,
    ISERROR,
    ISNUMBER,
    LEFT,
    MATCH,
    MAX,
    MEDIAN,
    MIN,
    MOD,
    NORMSDIST,
    NORMSINV,
    NPV,
    OR,
    "PERCENTILE.INC": PERCENTILE_INC,
    ROUND,
    ROUNDUP,
    ROWS,
    SQRT,
    SUM,
    SUMPRODUCT,
    TEXT,
  })
);

export type { FunctionSpec } from "./types";

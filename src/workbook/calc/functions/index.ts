/**
 * The worksheet functions the evaluator computes: exactly those the layout calls (the workbook
 * test asserts it, both ways). A formula calling any other function stops generation.
 */
import { CHOOSE, INDEX, MATCH, ROWS } from "./lookup";
import { ERROR_TYPE, ISERROR, ISLOGICAL, ISNUMBER } from "./info";
import { AND, IF, IFERROR, NOT, OR } from "./logical";
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
    "ERROR.TYPE": ERROR_TYPE,
    IF,
    IFERROR,
    INDEX,
    IRR,
    ISERROR,
    ISLOGICAL,
    ISNUMBER,
    LEFT,
    MATCH,
    MAX,
    MEDIAN,
    MIN,
    MOD,
    NOT,
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

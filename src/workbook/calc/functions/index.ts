/**
 * The worksheet functions the evaluator computes. A formula calling any other function stops
 * generation (test/workbook/calc asserts every function the layout uses is here).
 */
import { CHOOSE, COLUMNS, INDEX, MATCH, ROWS } from "./lookup";
import { ERROR_TYPE, ISERROR, ISLOGICAL, ISNUMBER, ISTEXT } from "./info";
import { AND, IF, IFERROR, NOT, OR } from "./logical";
import { ABS, MAX, MIN, MOD, ROUND, ROUNDUP, SQRT, SUM, SUMPRODUCT } from "./math";
import { IRR, NPV } from "./financial";
import { COUNTIF, COUNTIFS, LARGE, MEDIAN, PERCENTILE_INC, RANK, SMALL } from "./statistical";
import { LEFT, TEXT } from "./text";
import type { FunctionSpec } from "./types";

export const BUILTIN_FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  Object.entries({
    ABS,
    AND,
    CHOOSE,
    COLUMNS,
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
    ISTEXT,
    LARGE,
    LEFT,
    MATCH,
    MAX,
    MEDIAN,
    MIN,
    MOD,
    NOT,
    NPV,
    OR,
    PERCENTILE: PERCENTILE_INC,
    "PERCENTILE.INC": PERCENTILE_INC,
    RANK,
    ROUND,
    ROUNDUP,
    ROWS,
    SMALL,
    SQRT,
    SUM,
    SUMPRODUCT,
    TEXT,
  })
);

export type { FunctionSpec } from "./types";

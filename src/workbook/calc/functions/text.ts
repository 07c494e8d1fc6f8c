/** TEXT, LEFT. */
import { numberFromText, toNumber, toText } from "../coerce";
import { ERR, isError, type Scalar } from "../values";
import { lift, numberArg, scalar } from "./args";
import { formatNumber } from "./numberFormat";
import type { FunctionSpec } from "./types";

/**
 * TEXT(value, format_text): a number (or text that reads as one) in the format; other text is
 * returned as it is. A format code numberFormat.ts does not read stops generation.
 */
export const TEXT: FunctionSpec = {
  minArgs: 2,
  maxArgs: 2,
  call(args, ctx) {
    const code = scalar(args[1], ctx, "TEXT's format_text");
    if (isError(code)) return code;
    const format = typeof code === "string" ? code : String(code ?? "");
    return lift([args[0]], ctx, "TEXT", (v: Scalar) => {
      if (isError(v)) return v;
      if (typeof v === "string" && numberFromText(v) === undefined) return v;
      if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
      const n = toNumber(v);
      if (isError(n)) return n;
      return (
        formatNumber(n, format) ??
        ctx.fail(`TEXT's format "${format}" is not one the evaluator reads`)
      );
    });
  },
};

/**
 * LEFT(text, [num_chars]): the first characters of a text (a number as its General text; TRUE
 * as "TRUE"). num_chars defaults to 1, is truncated, and below 0 is #VALUE!. Counts UTF-16 code
 * units, as Excel does (the workbook only takes role letters with it).
 */
export const LEFT: FunctionSpec = {
  minArgs: 1,
  maxArgs: 2,
  call(args, ctx) {
    const count = args[1] === undefined ? 1 : numberArg(args[1], ctx, "LEFT's num_chars");
    if (isError(count)) return count;
    const n = Math.trunc(count);
    if (n < 0) return ERR.value;
    return lift([args[0]], ctx, "LEFT", (v: Scalar) => {
      if (isError(v)) return v;
      const text = toText(v);
      return isError(text) ? text : text.slice(0, n);
    });
  },
};

/** TEXT. */
import { numberFromText, toNumber } from "../coerce";
import { isError, type Scalar } from "../values";
import { lift, scalar } from "./args";
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

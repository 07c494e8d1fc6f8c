/** Types for describe-write-error.mjs. */
export function describeWriteError(
  e: unknown,
  shown: string,
  how?: { readonly force?: string; readonly example?: string }
): string;

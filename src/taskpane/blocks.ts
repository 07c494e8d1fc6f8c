/**
 * Excel on the web refuses a request or a response over 5 MB (Office Add-ins resource limits);
 * the pane keeps each of its own at 1 MB or less (issue 25) by reading and writing large sheets in
 * blocks sized by bytes. One budget for every such block, and the byte count it is measured in.
 */

/**
 * The bytes one block may carry: half of the 1 MB target, because what Excel reports can be a
 * little longer than the build-time figures a read is planned from, and Office.js wraps each
 * operation of a request in its own record.
 */
export const BLOCK_BYTES = 512 * 1024;

/** An estimate of that record per write (object path, method, property): added to its payload. */
export const WRITE_OVERHEAD_BYTES = 200;

const UTF8 = new TextEncoder();

/** A payload's bytes as Office.js sends it: JSON in UTF-8. */
export function payloadBytes(payload: unknown): number {
  return UTF8.encode(JSON.stringify(payload) ?? "").length;
}

/** Rows per block for rows of at most `maxRowBytes` each: at least one. */
export function rowsPerBlock(maxRowBytes: number, budget = BLOCK_BYTES): number {
  return Math.max(1, Math.floor(budget / Math.max(1, maxRowBytes)));
}

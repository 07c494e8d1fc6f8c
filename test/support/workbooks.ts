/**
 * The workbook `writeWorkbook(options)` writes, generated once per test run for each distinct
 * `options` and shared by every test file that asks for it (test/support/runCache.ts): a fresh
 * Buffer for each call. Each generation evaluates the whole workbook (the simulation's cells
 * included), so files that test the same workbook share one.
 */
import { writeWorkbook, type WorkbookOptions } from "../../src/workbook/generate";
import { cacheKey, sharedBytes } from "./runCache";

export function sharedWorkbook(options: WorkbookOptions): Promise<Buffer> {
  return sharedBytes(cacheKey("workbook", options), () => writeWorkbook(options));
}

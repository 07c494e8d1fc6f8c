/**
 * The workbook `writeWorkbook(options)` writes, generated once per test run for each distinct
 * workbook and shared by every test file that asks for it (test/support/runCache.ts): a fresh
 * Buffer for each call. Each generation evaluates the whole workbook (the simulation's cells
 * included), so files that test the same workbook share one. Options are keyed as writeWorkbook
 * reads them (defaults filled in, charts on unless false): `{ edition }` and the same edition with
 * every default spelled out are one workbook.
 */
import { writeWorkbook, type WorkbookOptions } from "../../src/workbook/generate";
import { DEFAULT_SETTINGS } from "../../src/workbook/layout/settings";
import { cacheKey, sharedBytes } from "./runCache";

export function sharedWorkbook(options: WorkbookOptions): Promise<Buffer> {
  const { edition, charts, ...given } = options;
  const key = cacheKey("workbook", {
    edition,
    charts: charts !== false,
    settings: { ...DEFAULT_SETTINGS, ...given },
  });
  return sharedBytes(key, () => writeWorkbook(options));
}

/**
 * Office.js requirement sets at the pane's call sites. Every Office.js member the pane uses is in
 * the baseline every Excel that loads this add-in has (ExcelApi 1.1 and the manifest's
 * <Requirements>), or is reached only through `requires`, which asks Excel first and otherwise runs
 * the documented fallback. test/taskpane/apiSets.test.ts reads each member's `[Api set: …]` tag in
 * @types/office-js and fails on one that is neither. It recognises two forms, both checked with
 * the TypeScript type checker (not by text):
 * - the `use` callback of `requires(has, "ExcelApi", "1.12", use, fallback)`, with the set and
 *   version written as literals: inside it, members up to that set and version are covered;
 * - a function whose JSDoc has `@requires ExcelApi 1.13`: inside it, members up to that version
 *   are covered, and every reference to the function must itself be covered by that version.
 */

/** Office.context.requirements.isSetSupported, or a stand-in in tests. */
export type SetCheck = (set: string, version: string) => boolean;

/** The requirement sets the pane asks about. */
export type RequirementSet = "ExcelApi" | "ExcelApiOnline";

/** Whether Excel has `set` at `version`; false when the check itself throws (an old host). */
export function supports(has: SetCheck, set: RequirementSet, version: string): boolean {
  try {
    return has(set, version);
  } catch {
    return false;
  }
}

/** `use()` where Excel has `set` at `version`, `fallback()` elsewhere. */
export function requires<T>(
  has: SetCheck,
  set: RequirementSet,
  version: string,
  use: () => T,
  fallback: () => T
): T {
  return supports(has, set, version) ? use() : fallback();
}

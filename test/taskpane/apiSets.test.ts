/**
 * Issue 18: every Office.js member the task pane uses belongs to a requirement set the pane
 * checks before calling it (src/taskpane/apiSets.ts `requires`, or a function marked
 * `@requires Set x.y` whose every reference is itself checked), or to the baseline every Excel
 * that loads ECO has (ExcelApi 1.1 and the manifest's requirement sets). The requirement of each
 * member is read from its `[Api set: …]` tag in @types/office-js through the TypeScript type
 * checker (test/support/apiSets.ts). This is the closest this machine gets to "it will not throw
 * in the participant's Excel".
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse, baseline } from "../support/apiSets";

const PANE = readdirSync("src/taskpane", { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => `src/taskpane/${f.split("\\").join("/")}`);

describe("Office.js requirement sets in the task pane", () => {
  const analysis = analyse(PANE);

  it("every member the pane uses is in the baseline or behind a check of its set", () => {
    expect(analysis.problems).toEqual([]);
  });

  it("reads the tags: the members that need more than the baseline are found, each with its guard", () => {
    const find = (member: string) => analysis.uses.filter((u) => u.member === member);
    const insert = find("Workbook.insertWorksheetsFromBase64");
    expect(insert.map((u) => [u.needs, u.covered, u.by])).toEqual([
      [{ set: "ExcelApi", version: "1.13" }, true, "@requires ExcelApi 1.13"],
    ]);
    expect(find("WorksheetCustomPropertyCollection.add")[0]?.needs).toEqual({
      set: "ExcelApi",
      version: "1.12",
    });
    expect(find("WorksheetProtection.isPasswordProtected (load)")[0]).toMatchObject({
      needs: { set: "ExcelApiOnline", version: "1.1" },
      covered: true,
    });
    expect(find("WorksheetProtection.isPasswordProtected (load)")[0]?.by).toContain(
      "@requires ExcelApiOnline 1.1"
    );
    expect(find("Range.getSpecialCellsOrNullObject")[0]?.needs).toEqual({
      set: "ExcelApi",
      version: "1.9",
    });
    // Each entry point that needs more than the baseline is reached only through requires(...).
    const entries = analysis.uses.filter((u) =>
      [
        "insertSupported (@requires)",
        "repairSupported (@requires)",
        "findWithSpecialCells (@requires)",
      ].includes(u.member)
    );
    expect(entries.map((u) => [u.member, u.by])).toEqual([
      ["insertSupported (@requires)", "requires ExcelApi 1.13"],
      ["repairSupported (@requires)", "requires ExcelApi 1.7"],
      ["findWithSpecialCells (@requires)", "requires ExcelApi 1.9, @requires ExcelApi 1.7"],
    ]);
    // Not vacuous: hundreds of Office.js uses, most of them tagged.
    expect(analysis.uses.length).toBeGreaterThan(300);
    expect(analysis.uses.filter((u) => u.needs !== null).length).toBeGreaterThan(200);
  });

  it("the baseline is ExcelApi 1.1 and the manifest's requirement sets, nothing more", () => {
    expect(baseline()).toEqual([
      { set: "ExcelApi", version: "1.1" },
      { set: "SharedRuntime", version: "1.1" },
      { set: "CustomFunctionsRuntime", version: "1.2" },
    ]);
  });
});

describe("the analysis", () => {
  it("reports exactly the unguarded uses in its sample (lines marked ✗)", () => {
    const file = "test/fixtures/api-sets/samples.ts";
    const lines = readFileSync(file, "utf8").split("\n");
    const marked = lines.flatMap((line, i) => (/^\s*[^\s*/].*\/\/ ✗/.test(line) ? [i + 1] : []));
    const reported = [
      ...new Set(analyse([file]).problems.map((p) => Number(/samples\.ts:(\d+)/.exec(p)?.[1]))),
    ].sort((a, b) => a - b);
    expect(marked.length).toBeGreaterThan(8);
    expect(reported).toEqual(marked);
  });
});

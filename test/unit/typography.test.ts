/**
 * Chinese typography outside the workbook: the task pane's catalogues (the view's and the Check
 * section's), the functions' error messages and labels, the help page's Chinese view and the zh-CN function metadata (argument names and
 * descriptions Excel shows) use full-width punctuation (：，（）？；“”) and the word 仪表盘.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chineseCatalogueTexts,
  chineseHtmlTexts,
  chinesePropertyTexts,
  jsonStrings,
} from "../support/chineseSources";
import { describeProblem, halfWidthProblems } from "../support/typography";

const SOURCES: readonly [string, () => string[], number][] = [
  ["src/taskpane/messages.ts", () => chineseCatalogueTexts("src/taskpane/messages.ts"), 80],
  [
    "src/taskpane/check/messages.ts",
    () => chineseCatalogueTexts("src/taskpane/check/messages.ts"),
    50,
  ],
  // The functions' error messages (Excel's tooltip) and the breakdown's row labels.
  ["src/functions/messages.ts", () => chinesePropertyTexts("src/functions/messages.ts"), 12],
  ["src/functions/names.ts", () => chinesePropertyTexts("src/functions/names.ts"), 5],
  ["src/help/help.html", () => chineseHtmlTexts(readFileSync("src/help/help.html", "utf8")), 10],
  [
    "src/functions/metadata.zh-CN.json",
    // What Excel shows (the file's top-level note is for developers).
    () =>
      jsonStrings(
        (
          JSON.parse(readFileSync("src/functions/metadata.zh-CN.json", "utf8")) as {
            functions: unknown;
          }
        ).functions
      ),
    40,
  ],
];

describe.each(SOURCES)("Chinese text of %s", (path, texts, least) => {
  it("uses full-width punctuation", () => {
    const all = texts().filter((t) => /[\u4e00-\u9fff]/.test(t));
    expect(all.length).toBeGreaterThan(least);
    expect(all.flatMap((t) => halfWidthProblems(t).map((p) => describeProblem(p, path)))).toEqual(
      []
    );
  });

  it("calls the dashboard 仪表盘", () => {
    expect(texts().filter((t) => /看板|仪表板|驾驶舱/.test(t))).toEqual([]);
  });
});

describe("the source readers", () => {
  it("find the Chinese catalogue's literals, placeholders included, and skip the English one", () => {
    const texts = chineseCatalogueTexts("src/taskpane/messages.ts");
    expect(texts.some((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
    expect(texts.filter((t) => /^[A-Z][a-z]+ [a-z]+ [a-z]+/.test(t)).length).toBeLessThan(5);
  });
});

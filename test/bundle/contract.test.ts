/**
 * The template contracts the build writes beside the templates (the task pane reads them instead
 * of resolving the layout), and the task pane's bundle, which must carry no layout.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "../../src/taskpane/messages";
import { contractPath, EDITIONS, resolveLayout, templateContract } from "../../src/workbook";
import { DIST } from "./sandbox";

/** Every text the pane's own catalogue holds (it may say a word the layout also uses). */
function paneTexts(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (typeof value === "object" && value !== null)
    for (const v of Object.values(value)) paneTexts(v, into);
  return into;
}

const taskpaneJs = (): string => readFileSync(join(DIST, "taskpane.js"), "utf8");

/** A text as the bundle may spell it: as written, or with its non-ASCII letters \u-escaped. */
const spellings = (text: string): string[] => [
  text,
  text.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
];

describe.each(EDITIONS)("the %s template's contract in dist/", (edition) => {
  it("is what the layout resolves to (it cannot go stale: the build writes it from the layout)", () => {
    const shipped: unknown = JSON.parse(readFileSync(join(DIST, contractPath(edition)), "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(templateContract(edition))));
  });

  it("sits beside the template it describes", () => {
    const contract = templateContract(edition);
    expect(contractPath(edition).split("/")[0]).toBe(contract.templatePath.split("/")[0]);
    expect(readFileSync(join(DIST, contract.templatePath)).length).toBeGreaterThan(0);
  });
});

describe("dist/taskpane.js", () => {
  it("carries no calibration label of the layout", () => {
    const js = taskpaneJs();
    for (const label of ["单车服务成本 c（校准）", "Service cost per vehicle c (calibrated)"]) {
      for (const spelling of spellings(label)) expect(js.includes(spelling), label).toBe(false);
    }
  });

  it("carries no label or note of the inputs sheet", () => {
    const js = taskpaneJs();
    const ownWords = paneTexts(EDITIONS.map((e) => messages(e)));
    for (const edition of EDITIONS) {
      const layout = resolveLayout(edition);
      const inputs = layout.sheets.find((s) => s.key === "inputs");
      expect(inputs).toBeDefined();
      const texts = inputs!.cells
        .filter((c) => (c.style === "label" || c.style === "note") && typeof c.value === "string")
        .map((c) => c.value as string)
        .filter((t) => t.length >= 6 && !ownWords.has(t));
      expect(texts.length).toBeGreaterThan(20);
      const found = texts.filter((t) => spellings(t).some((s) => js.includes(s)));
      expect(found).toEqual([]);
    }
  });
});

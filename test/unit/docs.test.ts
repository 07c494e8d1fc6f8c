/**
 * The examples we show people (README, docs/FUNCTIONS.md, the help page, the task pane's function
 * reference) are computed, not copied: each documented result must be what the functions return,
 * to the digits printed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/functions/examples";
import { setLanguage } from "../../src/functions/messages";
import { PLAN_TEXT } from "../../src/model/words";
import { evaluateExample } from "../support/formula";

const README = readFileSync(join(__dirname, "../../README.md"), "utf8");
const FUNCTIONS = readFileSync(join(__dirname, "../../docs/FUNCTIONS.md"), "utf8");

/** "76,500,000" → 76500000; the number of decimals printed sets the tolerance. */
function printed(text: string): { value: number; decimals: number } {
  const clean = text.replace(/,/g, ""); // a leading "-" stays: Number reads it
  return { value: Number(clean), decimals: clean.includes(".") ? clean.split(".")[1]!.length : 0 };
}

function expectPrinted(actual: unknown, text: string): void {
  const { value, decimals } = printed(text);
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - value)).toBeLessThanOrEqual(
    0.5 * 10 ** -decimals * (1 + 1e-12)
  );
}

beforeAll(() => setLanguage("en-US"));

/** A doc's example lines: a formula, two or more spaces, the number it returns. */
const exampleLines = (text: string): string[] =>
  text.split("\n").filter((l) => /^=ECO\.\w+\(.*\)\s{2,}[\d,.]+\s/.test(l + " "));

function checkLine(line: string): void {
  const [, formula, result] = /^(=ECO\.\w+\(.*?\))\s{2,}([\d,.]+)/.exec(line)!;
  const cells = evaluateExample(formula!);
  expectPrinted(cells[0]![0], result!);
}

describe("README examples", () => {
  const lines = exampleLines(README);

  it("has its three formulas to check, each also in docs/FUNCTIONS.md", () => {
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const reference = exampleLines(FUNCTIONS).map((l) => l.split(/\s{2,}/)[0]);
    for (const line of lines) expect(reference).toContain(line.split(/\s{2,}/)[0]);
  });

  it.each(lines)("%s", checkLine);

  it("the spilling example is the table it says", () => {
    const [, formula, rows, cols] = /`(=ECO\.[^`]+)`\s+is a (\d) × (\d) table/.exec(
      README.replace(/\s+/g, " ")
    )!;
    const grid = evaluateExample(formula!);
    expect([grid.length, grid[0]!.length]).toEqual([Number(rows), Number(cols)]);
    for (const row of grid) for (const cell of row) expect(typeof cell).toBe("number");
  });
});

describe("docs/FUNCTIONS.md examples", () => {
  const lines = exampleLines(FUNCTIONS);

  // Every example the README carried before the reference moved here (16 numbers).
  it("has examples to check", () => expect(lines.length).toBeGreaterThanOrEqual(16));

  it.each(lines)("%s", checkLine);

  it("the role example is the text the function returns", () => {
    const [, formula, text] = /^(=ECO\.PLAN\(.*"role5"\))\s{2,}(D Value engine)\s/m.exec(
      FUNCTIONS
    )!;
    expect(evaluateExample(formula!)).toEqual([[text]]);
  });

  it("the one-formula sensitivity grid is what the function spills", () => {
    const block = FUNCTIONS.slice(FUNCTIONS.indexOf("**A sensitivity grid in one formula**"));
    const formula = /^(=ECO\..*)$/m.exec(block)![1]!;
    const rows = block
      .split("\n")
      .filter((l) => /^\s+\d+万\s/.test(l))
      .map((l) => l.trim().split(/\s+/).slice(1));
    const grid = evaluateExample(formula);
    expect(rows).toHaveLength(grid.length);
    rows.forEach((row, i) => row.forEach((text, j) => expectPrinted(grid[i]![j], text)));
  });

  it("the plan's one-formula sensitivity grid is what ECO.PLAN spills", () => {
    const block = FUNCTIONS.slice(
      FUNCTIONS.indexOf("**The plan's sensitivity grid in one formula**")
    );
    const formula = /^(=ECO\.PLAN.*)$/m.exec(block)![1]!;
    const rows = block
      .split("\n")
      .filter((l) => /^\s+T = \d+万\s/.test(l))
      .map((l) => l.trim().split(/\s+/).slice(3));
    const grid = evaluateExample(formula);
    expect(rows).toHaveLength(3);
    expect([grid.length, grid[0]!.length]).toEqual([3, 3]);
    rows.forEach((row, i) => row.forEach((text, j) => expectPrinted(grid[i]![j], text)));
  });

  it("the bridge example spills the 10 × 2 table it prints", () => {
    const [, formula, values] = /^(=ECO\.PLAN\(.*"bridge","亿"\))\s{2,}a 10×2 table: (.*)$/m.exec(
      FUNCTIONS
    )!;
    const grid = evaluateExample(formula!);
    expect([grid.length, grid[0]!.length]).toEqual([10, 2]);
    values!.split(", ").forEach((text, i) => expectPrinted(grid[i]![1], text.replace("−", "-")));
  });

  it("the breakdown example spills 9 rows of 2", () => {
    const grid = evaluateExample('=ECO.ECOSYSTEM_REVENUE(500000,"明细",,"亿")');
    expect(FUNCTIONS).toContain("a 9×2 table");
    expect([grid.length, grid[0]!.length]).toEqual([9, 2]);
  });
});

describe("help page examples (src/help/help.html)", () => {
  const help = readFileSync(join(__dirname, "../../src/help/help.html"), "utf8");
  const lines = help
    .split("\n")
    .filter((l) => /=ECO\.\w+\(.*\)\s+→\s+-?[\d,.]+\s*(<\/pre>)?\s*$/.test(l));

  it("has examples to check", () => expect(lines.length).toBeGreaterThanOrEqual(8));

  it.each(lines)("%s", (line) => {
    const [, formula, result] = /(=ECO\.\w+\(.*?\))\s+→\s+(-?[\d,.]+)/.exec(line)!;
    expectPrinted(evaluateExample(formula!)[0]![0], result!);
  });
});

describe("help page text examples (src/help/help.html)", () => {
  const help = readFileSync(join(__dirname, "../../src/help/help.html"), "utf8");
  // "=ECO.PLAN(…,"role5") → D Value engine / D 价值引擎": the English text the function returns.
  const lines = help.split("\n").filter((l) => /=ECO\.\w+\(.*\)\s+→\s+[A-Z][\w ]* \//.test(l));

  it("has text examples to check", () => expect(lines.length).toBeGreaterThanOrEqual(2));

  it.each(lines)("%s", (line) => {
    const [, formula, text] = /(=ECO\.\w+\(.*?\))\s+→\s+([A-Z][\w ]*) \//.exec(line)!;
    expect(evaluateExample(formula!)).toEqual([[text]]);
  });
});

describe("task pane examples (src/functions/examples.ts)", () => {
  const all = Object.values(EXAMPLES).flat();
  it.each(all.map((e) => [e.formula, e.result.en] as const))("%s → %s", (formula, result) => {
    const cells = evaluateExample(formula);
    const leading = /^(-?[\d,.]+)/.exec(result);
    const only = cells.length === 1 && cells[0]?.length === 1 ? cells[0][0] : undefined;
    if (leading) expectPrinted(cells[0]![0], leading[1]!);
    else if (typeof only === "string")
      expect(result).toMatch(new RegExp(`^${only} `)); // a text: shown first
    else expect(cells.length * (cells[0]?.length ?? 0)).toBeGreaterThan(1); // a grid or a table
  });
});

describe("help page: the plan's text results (src/help/help.html)", () => {
  const help = readFileSync(join(__dirname, "../../src/help/help.html"), "utf8");
  const quoted = (lang: "zh" | "en"): string[] => {
    const para = new RegExp(`<p data-lang="${lang}" class="plan-texts">(.*?)</p>`).exec(help)![1]!;
    const marks = lang === "zh" ? /“([^”]+)”/g : /"([^"]+)"/g;
    return [...para.matchAll(marks)].map((m) => m[1]!);
  };

  it.each(["zh", "en"] as const)("names exactly the texts ECO.PLAN returns (%s)", (lang) => {
    const texts = [
      PLAN_TEXT.notApplicable,
      PLAN_TEXT.notRecovered,
      PLAN_TEXT.notWithinPlan,
      PLAN_TEXT.unreachable,
    ].map((t) => t[lang]);
    expect(new Set(quoted(lang))).toEqual(new Set(texts));
  });
});

/**
 * The Guide (说明 / Guide sheet) describes the workbook as it is: every sheet, workbook name and
 * dashboard part it names exists in the layout, its counts are the layout's and the model's, it
 * names the plan's edition and no other, and its figures are the defaults the inputs hold.
 */
import { describe, expect, it } from "vitest";
import { DRIVERS } from "../../src/model";
import { EDITIONS, resolveLayout } from "../../src/workbook";
import { evaluateWorkbook } from "../../src/workbook/calc/workbook";
import { ANALYSIS } from "../../src/workbook/layout/analysis";
import { PLAN_EDITION } from "../../src/workbook/layout/cover";
import { coverText, proseAmount } from "../../src/workbook/layout/coverText";
import { SIM_TRIALS } from "../../src/workbook/layout/simulation";
import { textIn } from "../../src/workbook/layout/types";

/** Dashboard parts a Guide might promise, and the words it would use for them. */
const PARTS: readonly { zh: string; en: string }[] = [
  { zh: "价值桥", en: "value bridge" },
  { zh: "收入构成", en: "revenue mix" },
  { zh: "龙卷风", en: "tornado" },
  { zh: "角色路径", en: "role path" },
  { zh: "净现值分布", en: "distribution" },
  { zh: "直方图", en: "histogram" },
  { zh: "三个情景", en: "cases" },
];

describe.each(EDITIONS)("the Guide, %s", (edition) => {
  const layout = resolveLayout(edition);
  const zh = edition === "zh-CN";
  const cover = layout.sheets.find((s) => s.key === "cover")!;
  const strings = (cells: readonly { value?: unknown }[]): string[] =>
    cells.flatMap((c) => (typeof c.value === "string" && c.value !== "" ? [c.value] : []));
  const guide = strings(cover.cells).join("\n");
  const sheetNames = layout.sheets.map((s) => s.name);
  // What the rest of the workbook shows: sheet names, every text cell, chart titles.
  const shown = [
    ...sheetNames,
    ...layout.sheets.filter((s) => s !== cover).flatMap((s) => strings(s.cells)),
    ...layout.charts.map((c) => c.title),
  ];
  const shownText = shown.join("\n").toLowerCase();

  it("names only sheets and texts the workbook has: every quoted name is one of them", () => {
    const quoted = [...guide.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThanOrEqual(8);
    for (const q of quoted) expect(shown, q).toContain(q);
    // The sheets its workshop steps and plan section send the reader to.
    for (const key of ["inputs", "dashboard", "checks", "plan", "analysis", "cases", "sim"]) {
      const name = layout.sheets.find((s) => s.key === key)!.name;
      expect(quoted, key).toContain(name);
    }
  });

  it("names only workbook names the workbook defines", () => {
    const names = layout.names.map((n) => n.name as string);
    const tokens = [...guide.matchAll(/\b(?:In|Out|Check)_[A-Za-z0-9_]*(…)?/g)];
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    for (const [token, ellipsis] of tokens) {
      if (ellipsis) {
        const prefix = token.slice(0, -1);
        expect(
          names.some((n) => n.startsWith(prefix)),
          token
        ).toBe(true);
      } else expect(names, token).toContain(token);
    }
  });

  it("describes the plan's edition and no other", () => {
    const editions = zh
      ? [...guide.matchAll(/第.版/g)].map((m) => m[0])
      : [...guide.matchAll(/\b(\w+) edition\b/g)].map((m) => m[0]);
    expect(editions.length).toBeGreaterThan(0);
    expect(new Set(editions)).toEqual(new Set([textIn(PLAN_EDITION, edition)]));
    expect(guide).not.toMatch(/second edition|first edition|第二版|第一版/);
  });

  it("counts what the layout has: the drivers, the tornado's ranks, the trials", () => {
    const ranks = [...guide.matchAll(zh ? /名次 1–(\d+)/g : /ranks 1–(\d+)/g)];
    const sorted = ANALYSIS.sections.find((s) => s.key === "sorted")!;
    const rankRows = sorted.rows.filter((r) => /^sorted\d+$/.test(r.key)).length;
    expect(rankRows).toBe(DRIVERS.length);
    expect(ranks.length).toBeGreaterThan(0);
    for (const m of ranks) expect(Number(m[1])).toBe(rankRows);
    const drivers = [...guide.matchAll(zh ? /(\d+) 个驱动因素/g : /(\d+) drivers/g)];
    expect(drivers.length).toBeGreaterThan(0);
    for (const m of drivers) expect(Number(m[1])).toBe(DRIVERS.length);
    const trials = [...guide.matchAll(zh ? /([\d,]+) 次拟随机试验/g : /([\d,]+) trials/g)];
    expect(trials.length).toBeGreaterThan(0);
    for (const m of trials) expect(Number(m[1]!.replace(/,/g, ""))).toBe(SIM_TRIALS);
    const simRows = layout.sheets.find((s) => s.key === "sim")!.cells;
    expect(simRows.length).toBeGreaterThan(SIM_TRIALS); // one row per trial, at least
  });

  it("promises no dashboard part the workbook lacks", () => {
    const lower = guide.toLowerCase();
    const used = PARTS.map((p) => (zh ? p.zh : p.en).toLowerCase()).filter((w) =>
      lower.includes(w)
    );
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const word of used) expect(shownText, word).toContain(word);
  });

  it("gives the story's calibrated service and network costs as the workbook computes them", () => {
    // c and N are calibrated from the facts (MODEL.md §11.1): Calc_ServiceCost and
    // Calc_NetworkCost as the formula evaluator computes them at the story's inputs
    const values = evaluateWorkbook(layout).values;
    const calc = (name: string): number => {
      const n = layout.names.find((x) => x.name === name);
      expect(n, name).toBeDefined();
      return Number(values.get(n!.sheet)?.get(n!.address));
    };
    const service = calc("Calc_ServiceCost").toLocaleString("en-US");
    const network = proseAmount(calc("Calc_NetworkCost"), edition);
    expect(guide).toContain(zh ? `服务成本 ${service} 元` : `Service cost CNY ${service}/`);
    expect(guide).toContain(zh ? `网络成本每年${network}` : `network cost of ${network}/yr`);
    expect(guide).not.toMatch(/\{[^}]*\}/); // every placeholder filled
  });
});

describe("the Guide's placeholders", () => {
  it("refuse what the workbook does not have", () => {
    expect(() => coverText({ zh: "{sheet:bridge}", en: "" }, "zh-CN")).toThrow(/sheet:bridge/);
    expect(() => coverText({ zh: "", en: "{name:Out_Waterfall}" }, "en-US")).toThrow(
      /Out_Waterfall/
    );
    expect(() => coverText({ zh: "{ranks}", en: "" }, "zh-CN")).toThrow(/ranks/);
    expect(coverText({ zh: "{drivers} 个", en: "{name:Check_All}" }, "zh-CN")).toBe(
      `${DRIVERS.length} 个`
    );
    expect(coverText({ zh: "", en: "{sheet:analysis}" }, "en-US")).toBe("“Plan analysis”");
  });
});

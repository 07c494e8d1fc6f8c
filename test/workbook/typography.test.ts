/**
 * Chinese typography in the zh-CN workbook: every text a reader sees (constant cells, computed
 * texts read back from the file, chart titles) uses full-width punctuation (：，（）？；“”), the
 * dashboard is 仪表盘 everywhere, and the cover lists S18's four roles with separators.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { presetSettings } from "../../src/model";
import { sharedWorkbook } from "../support/workbooks";
import { describeProblem, halfWidthProblems } from "../support/typography";
import { readValues, type SheetValues } from "./xlsxValues";

describe("the half-width punctuation scan", () => {
  it.each([
    ["保险公司(UBI)", ["(", ")"]],
    ["种子:7,650万元", [":"]],
    ["浅黄底蓝字为输入,可修改", [","]],
    ["问题1:5年后", [":"]],
    ["18个月：FTFR 91%,NPS 45", [","]],
    ['“选用值”与"选用值"', ['"', '"']],
    ["你的售后是什么角色?", ["?"]],
    ["毛利直接蒸发 2亿(2.8 − 0.72 = 2.08亿)", ["(", ")"]],
  ])("flags %s", (text, chars) => {
    expect(halfWidthProblems(text).map((p) => p.char)).toEqual(chars);
  });

  it.each([
    "保险公司（UBI）150–300 元/车/年",
    '=ECO.DATA_ASSET_VALUE(保有量, 情景, "全部")',
    "1 ÷ (1 + 折现率)^年",
    "Out_NPV：−第0年投资 + Σ(V − 投资) ÷ (1 + 折现率)^年",
    "未加载加载项时右列显示 #NAME?，不影响其他工作表",
    "10万保有量的数据年价值 7,650万元",
    "S1–S6、1+3+N、0/1",
    "All checks pass, no Chinese here: (a), b; c?",
  ])("passes %s", (text) => {
    expect(halfWidthProblems(text).map((p) => describeProblem(p))).toEqual([]);
  });
});

const files = new Map<string, { values: Map<string, SheetValues>; titles: string[] }>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-typography-"));
  for (const [name, settings] of [
    ["default", {}],
    ["story", presetSettings({ preset: "story", scenario: "mid" })],
  ] as const) {
    const data = await sharedWorkbook({ edition: "zh-CN", ...settings });
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, data);
    const zip = await JSZip.loadAsync(data);
    const titles: string[] = [];
    for (const part of Object.keys(zip.files).filter((f) =>
      /^xl\/charts\/chart\d+\.xml$/.test(f)
    )) {
      const xml = (await zip.file(part)?.async("string")) ?? "";
      const title = /<c:title>([^]*?)<\/c:title>/.exec(xml)?.[1] ?? "";
      titles.push([...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""));
    }
    files.set(name, { values: await readValues(path), titles });
  }
});

describe.each(["default", "story"])("the zh-CN workbook (%s inputs)", (name) => {
  const texts = (): [string, string][] => {
    const f = files.get(name);
    if (!f) throw new Error("not written");
    return [
      ...[...f.values].flatMap(([sheet, cells]) =>
        [...cells]
          .filter((e): e is [string, string] => typeof e[1] === "string")
          .map(([a, v]): [string, string] => [`${sheet}!${a}`, v])
      ),
      ...f.titles.map((t, i): [string, string] => [`chart ${i + 1}`, t]),
    ];
  };

  it("writes every text with full-width punctuation (cells, computed texts, chart titles)", () => {
    const all = texts();
    expect(all.filter(([, t]) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThan(300);
    expect(
      all.flatMap(([where, t]) => halfWidthProblems(t).map((p) => describeProblem(p, where)))
    ).toEqual([]);
  });

  it("calls the dashboard 仪表盘 and quotes with “” only", () => {
    const all = texts().map(([, t]) => t);
    expect(all.filter((t) => /看板|仪表板|驾驶舱|「|」|『|』/.test(t))).toEqual([]);
    expect(all.some((t) => t.includes("“仪表盘”"))).toBe(true);
  });

  it("separates S18's four roles on the cover", () => {
    const s18 = texts().find(([, t]) => t.startsWith("5年后保有100万辆时的角色"));
    expect(s18?.[1]).toMatch(/A 成本中心[^；]*；B 盈亏平衡；C 利润中心[^；]*；D 价值引擎/);
  });
});

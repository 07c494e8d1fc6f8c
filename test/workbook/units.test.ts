/**
 * Units a reader can read, checked in the written files: the English edition shows no 万/亿 (nor
 * any Chinese) in a number format, a unit cell, a text or a chart; every amount row's unit cell
 * says the unit its format shows (亿元 / CNY m) under a column headed 显示单位 / Shown in; no format adds a unit word to a row that has a
 * unit cell ("4.50倍 倍"); no format can print 万 without thousands separators; every block of
 * the dashboard has one unit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { presetSettings } from "../../src/model";
import { EDITIONS, resolveLayout, type Edition } from "../../src/workbook";
import { sharedWorkbook } from "../support/workbooks";
import type { ResolvedCell, ResolvedWorkbook } from "../../src/workbook/layout/resolved";
import { H } from "../../src/workbook/layout/sheetParts";
import { textIn, type Fmt } from "../../src/workbook/layout/types";
import { numberFormat } from "../../src/workbook/styles";
import { readValues, type SheetValues } from "./xlsxValues";

interface Written {
  readonly layout: ResolvedWorkbook;
  readonly zip: JSZip;
  readonly values: Map<string, SheetValues>;
}
const files = new Map<Edition, Written>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-units-"));
  for (const edition of EDITIONS) {
    // The story: negative amounts, a role A year, a break-even year other than 0.
    const settings = presetSettings({ preset: "story", scenario: "mid" });
    const data = await sharedWorkbook({ edition, ...settings });
    const path = join(dir, `${edition}.xlsx`);
    writeFileSync(path, data);
    files.set(edition, {
      layout: resolveLayout(edition, settings),
      zip: await JSZip.loadAsync(data),
      values: await readValues(path),
    });
  }
});

const written = (edition: Edition): Written => {
  const w = files.get(edition);
  if (!w) throw new Error(`${edition} not written`);
  return w;
};

/** Every number format code in the package: cell styles and chart parts. */
async function formatCodes(zip: JSZip): Promise<string[]> {
  const codes: string[] = [];
  const decode = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  for (const m of styles.matchAll(/<numFmt [^>]*formatCode="([^"]*)"/g))
    codes.push(decode(m[1] ?? ""));
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    for (const m of xml.matchAll(/formatCode="([^"]*)"|<c:formatCode>([^<]*)</g))
      codes.push(decode(m[1] ?? m[2] ?? ""));
  }
  return codes;
}

const HAN = /[\u3400-\u9fff]/;

const FMTS = [
  "yuan",
  "amount",
  "count",
  "countExact",
  "pct",
  "rate",
  "ratio",
  "text",
  "year",
  "bool",
  "sci",
  "shown",
  "shownFleet",
  "tileAmount",
  "tileFleet",
] as const satisfies readonly Fmt[];

describe("the English edition", () => {
  it("has no 万 or 亿 (no Chinese at all) in any number format, its own or a chart's", async () => {
    const codes = await formatCodes(written("en-US").zip);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => HAN.test(c))).toEqual([]);
  });

  it("has no 万 or 亿 in any unit cell, text, computed text or chart title", () => {
    const { layout, values } = written("en-US");
    const units = layout.sheets.flatMap((s) =>
      s.cells
        .filter((c) => c.style === "unit" || c.style === "dashUnit")
        .map((c) => `${s.name}!${c.address}: ${String(c.value)}`)
    );
    expect(units.length).toBeGreaterThan(100);
    expect(units.filter((u) => /[万亿]/.test(u))).toEqual([]);
    const texts = [...values].flatMap(([sheet, cells]) =>
      [...cells]
        .filter(([, v]) => typeof v === "string")
        .map(([a, v]) => `${sheet}!${a}: ${String(v)}`)
    );
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => HAN.test(t))).toEqual([]);
    expect(layout.charts.map((c) => c.title).filter((t) => HAN.test(t))).toEqual([]);
  });
});

/** The text of the nearest header cell above `row` in the unit column (B). */
function unitHeaderAbove(cells: readonly ResolvedCell[], row: number): string | undefined {
  let best: { row: number; value: string } | undefined;
  for (const c of cells) {
    const m = /^B(\d+)$/.exec(c.address);
    const r = Number(m?.[1] ?? 0);
    if (m && c.style === "header" && r < row && (!best || r > best.row))
      best = { row: r, value: String(c.value) };
  }
  return best?.value;
}

describe.each(EDITIONS)("%s units", (edition) => {
  const big = edition === "zh-CN" ? /^亿元/ : /^CNY m/;

  it("says on every amount row the unit its format shows (亿元 / CNY m), and 元/CNY on the others", () => {
    const { layout } = written(edition);
    let amounts = 0;
    for (const sheet of layout.sheets) {
      const byRow = new Map<string, { unit?: string; fmts: Set<string> }>();
      for (const c of sheet.cells) {
        const row = c.address.replace(/^[A-Z]+/, "");
        const entry = byRow.get(row) ?? { fmts: new Set<string>() };
        if (c.style === "unit" || c.style === "dashUnit") entry.unit = String(c.value);
        else if (c.fmt && c.style !== "rank") entry.fmts.add(c.fmt);
        byRow.set(row, entry);
      }
      for (const [row, { unit, fmts }] of byRow) {
        if (unit === undefined) continue;
        const where = `${sheet.name}!${row} (${unit})`;
        // The tornado's rows hold an input (its own unit) and values (unit in the block's title).
        const tornado = sheet.key === "analysis" && fmts.size > 1;
        if (fmts.has("amount") && !tornado) {
          amounts++;
          expect(unit, where).toMatch(big);
          // The cell stores 元 and shows 亿元: the unit column's header says it is what is shown.
          expect(unitHeaderAbove(sheet.cells, Number(row)), where).toBe(
            textIn(H.shownUnit, edition)
          );
          // No other number on the row (a status text beside it is fine).
          expect(
            [...fmts].filter((f) => !["amount", "text", "bool"].includes(f)),
            where
          ).toEqual([]);
        }
        if (fmts.has("shown")) expect(unit, where).toMatch(big);
        if (fmts.has("yuan")) expect(unit, where).not.toMatch(/^(亿|万|CNY m)/);
      }
    }
    expect(amounts).toBeGreaterThan(40);
  });

  it("puts no unit word in a format of a row that has a unit cell, and no format prints 万", () => {
    const { layout } = written(edition);
    const unitWord = /"[^"]*"/;
    for (const sheet of layout.sheets) {
      const unitRows = new Set(
        sheet.cells
          .filter((c) => c.style === "unit" || c.style === "dashUnit")
          .map((c) => c.address.replace(/^[A-Z]+/, ""))
      );
      for (const c of sheet.cells) {
        if (!c.fmt || !unitRows.has(c.address.replace(/^[A-Z]+/, ""))) continue;
        const code = numberFormat(c.fmt, edition);
        // Only the plan year's 第N年 / Year N quotes text, and it is not a unit.
        if (c.fmt !== "year") expect(code, `${sheet.name}!${c.address}`).not.toMatch(unitWord);
      }
    }
    // 万 appears only over a value already divided by 10^4, with separators (the tiles' 万辆).
    const with万 = FMTS.map((f) => numberFormat(f, edition)).filter((c) => c.includes("万"));
    expect(with万.filter((c) => !c.startsWith("#,##0"))).toEqual([]);
  });

  it("writes the dashboard's units one way: flows per year, NPVs as amounts, no other spelling", () => {
    const { layout } = written(edition);
    const dashboard = layout.sheets.find((s) => s.key === "dashboard");
    const units = (dashboard?.cells ?? [])
      .filter((c) => c.style === "dashUnit")
      .map((c) => String(c.value));
    expect(units.length).toBeGreaterThan(10);
    const allowed =
      edition === "zh-CN"
        ? ["亿元/年", "亿元", "角色", "比例", "规划年", "次"]
        : ["CNY m/yr", "CNY m", "role", "share", "plan year", "trials"]; // trials: the histogram's counts
    expect([...new Set(units)].filter((u) => !allowed.includes(u))).toEqual([]);
    // Every amount of a year is per year; the NPVs are amounts (MODEL.md §8).
    // per year: the dilemma's V, the role path's plan V, status-quo P, C and D lines, the cases' V_5
    expect(units.filter((u) => u === allowed[0]).length).toBeGreaterThanOrEqual(6);
    expect(units.filter((u) => u === allowed[1]).length).toBeGreaterThan(3);
  });
});

/** Renders both editions through LibreOffice to PDF and PNG pages in test-artifacts/ for a look. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { presetSettings } from "../../src/model";
import { EDITIONS } from "../../src/workbook";
import { sharedWorkbook } from "../support/workbooks";
import { DASHBOARD_TEXT } from "../../src/workbook/layout/dashboard";
import { resolveLayout } from "../../src/workbook/layout/resolve";
import { textIn } from "../../src/workbook/layout/types";
import { recalculate } from "./libreoffice";

const DIR = join("test-artifacts", "workbook");

/**
 * The words of a PDF that end right of their page's header (which ends at the right margin):
 * LibreOffice clips a text that overflows the print area, but pdftotext still reads it.
 */
function pastTheEdge(pdf: string): string[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"]).toString("utf8");
  const past: string[] = [];
  xml
    .split("<page ")
    .slice(1)
    .forEach((page, i) => {
      const words = [
        ...page.matchAll(
          /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g
        ),
      ].map((m) => ({ xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? "" }));
      const header = words.filter((w) => w.yMax < 40);
      if (header.length === 0) return;
      const edge = Math.max(...header.map((w) => w.xMax));
      for (const w of words) if (w.xMax > edge + 1) past.push(`page ${i + 1}: ${w.text}`);
    });
  return past;
}

describe("workbook rendering", () => {
  it("renders every sheet of both editions (the zh-CN one with the story preset too) to PDF and PNG", async () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const files = [
      ...EDITIONS.map(async (edition) => {
        const xlsx = join(DIR, `eco-planning-${edition}.xlsx`);
        writeFileSync(xlsx, await sharedWorkbook({ edition }));
        return xlsx;
      }),
      (async () => {
        const xlsx = join(DIR, "eco-planning-zh-CN-story.xlsx");
        writeFileSync(
          xlsx,
          await sharedWorkbook({
            edition: "zh-CN",
            ...presetSettings({ preset: "story", scenario: "mid" }),
          })
        );
        return xlsx;
      })(),
    ];
    const pdfs = await recalculate(await Promise.all(files), DIR, "pdf");
    for (const pdf of pdfs) {
      expect(existsSync(pdf)).toBe(true);
      const stem =
        pdf
          .replace(/\.pdf$/, "")
          .split("/")
          .pop() ?? "page";
      execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(DIR, stem)]);
      const pages = readdirSync(DIR).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"));
      expect(pages.length, stem).toBeGreaterThanOrEqual(12);
      // No number too wide for its cell (the English fleet tile, the simulation's constants).
      expect(execFileSync("pdftotext", [pdf, "-"]).toString("utf8"), stem).not.toContain("###");
    }
    // Each sheet prints whole and readable, in both editions: the texts that open and close a
    // part stand on the same page (no page holds a stray row or block).
    for (const [pdf, edition] of [
      [pdfs[0], "zh-CN"],
      [pdfs[1], "en-US"],
    ] as const) {
      const text = execFileSync("pdftotext", [pdf ?? "", "-"])
        .toString("utf8")
        .replace(/[ \t]+/g, "");
      const pages = text.split("\f").filter((p) => p.trim() !== "");
      // Guide 2, inputs 2, dashboard 2 (the page, then the bridge and valuation), the four seed
      // sheets 4, plan 2, analysis 1, case rows 2 across, simulation 2 across (MODEL.md §11.4's
      // light sheet), questions 1, ECO functions 1, checks 3 (one check per input).
      expect(pages, edition).toHaveLength(22);
      const together = (...parts: string[]): void => {
        const page = pages.find((p) => p.includes(parts[0] ?? ""));
        for (const part of parts)
          expect(page, `${edition}: ${part} beside ${parts[0]}`).toContain(part);
      };
      const zh = edition === "zh-CN";
      // Cover: the guide (title to the 1+3+N model) on one page, the 21 seed figures on the next.
      together(zh ? "售后生态规划工作簿" : "After-sales", zh ? "N个变现" : "Nwaystoearn");
      together(zh ? "种子文章的数字" : "Theseedarticle'sfigures", "S21");
      // Inputs: single inputs on one page, the plan's inputs with the years block on the next.
      together(
        zh ? "五年规划与角色判定" : "Five-yearplanandroletest",
        zh ? "逐年输入" : "Inputsbyyear",
        zh ? "采用率（占标杆收入）：二手车服务" : "Adoption(ofbenchmark):Used-carservices"
      );
      // Dashboard: tiles, the dilemma, role path, cases, distribution on one page; the chart
      // data are not printed.
      together(
        textIn(DASHBOARD_TEXT.title, edition).replace(/\s+/g, ""),
        zh ? "两难：继续亏损，还是创造价值" : "Thedilemmainyear5",
        zh ? "现状与三个情景" : "Statusquoandthethreecases",
        zh ? "净现值的分布" : "TheNPVasadistribution",
        zh ? "第5年成为价值引擎" : "ProbabilityofD"
      );
      // Every label and note of the calculation sheets, and every line of the Guide, prints
      // whole: none is cut by the next column or by the print area's edge. The dashboard's
      // tiles shrink to fit instead.
      const whole = (t: string): string => t.replace(/\s+/g, "");
      const printed = (key: string): readonly string[] =>
        key === "cover" ? ["h1", "h2", "p"] : ["label", "note", "unit"];
      for (const sheet of resolveLayout(edition).sheets) {
        if (sheet.key === "dashboard") continue;
        for (const cell of sheet.cells) {
          if (typeof cell.value !== "string" || whole(cell.value) === "") continue;
          if (!printed(sheet.key).includes(cell.style)) continue;
          expect(text, `${edition} ${sheet.key}!${cell.address}: ${cell.value}`).toContain(
            whole(cell.value)
          );
        }
      }
      // …and nothing runs past the printed area's right edge, where the page header ends.
      expect(pastTheEdge(pdf ?? ""), edition).toEqual([]);
      // Simulation: its summary and the first trials print on its first page.
      together(zh ? "试验次数" : "Trials", "P10", "P90", zh ? "试验i" : "Triali");
      expect(text).not.toContain(zh ? "图表数据" : "Chartdata");
    }
  });
});

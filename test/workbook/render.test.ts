/** Renders both editions through LibreOffice to PDF and PNG pages in test-artifacts/ for a look. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { presetSettings } from "../../src/model";
import { EDITIONS } from "../../src/workbook";
import { writeWorkbook } from "../../src/workbook/generate";
import { recalculate } from "./libreoffice";

const DIR = join("test-artifacts", "workbook");

describe("workbook rendering", () => {
  it("renders every sheet of both editions (the zh-CN one with the story preset too) to PDF and PNG", async () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const files = [
      ...EDITIONS.map(async (edition) => {
        const xlsx = join(DIR, `eco-planning-${edition}.xlsx`);
        writeFileSync(xlsx, await writeWorkbook({ edition }));
        return xlsx;
      }),
      (async () => {
        const xlsx = join(DIR, "eco-planning-zh-CN-story.xlsx");
        writeFileSync(
          xlsx,
          await writeWorkbook({
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
    }
  });
});

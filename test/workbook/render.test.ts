/** Renders the zh-CN workbook through LibreOffice to PDF and PNG pages in test-artifacts/ for a look. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../../src/workbook/generate";
import { recalculate } from "./libreoffice";

const DIR = join("test-artifacts", "workbook");

describe("zh-CN workbook rendering", () => {
  it("renders every sheet to PDF and PNG", async () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const xlsx = join(DIR, "eco-planning-zh-CN.xlsx");
    writeFileSync(xlsx, await writeWorkbook({ edition: "zh-CN" }));
    const [pdf = ""] = await recalculate([xlsx], DIR, "pdf");
    expect(existsSync(pdf)).toBe(true);
    execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(DIR, "page")]);
    const pages = readdirSync(DIR).filter((f) => f.startsWith("page") && f.endsWith(".png"));
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });
});

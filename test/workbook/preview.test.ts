/**
 * What a viewer that does not calculate shows (Excel's Protected View, file previewers, mail
 * clients): LibreOffice with a profile that never recalculates on load prints each edition's
 * default workbook from the values cached in the file. The ECO function cells prove it: no
 * engine but the add-in computes them, yet they print the add-in's numbers and their status
 * reads as reconciled, where the same file recalculated prints #NAME? and "add-in not loaded".
 * The dashboard and ECO pages are kept as PNG in test-artifacts/workbook-preview/ for a look.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EDITIONS, templateContract, type Edition } from "../../src/workbook";
import { ADDIN, STATUS_TEXT } from "../../src/workbook/layout/addin";
import { DASHBOARD } from "../../src/workbook/layout/dashboard";
import { textIn } from "../../src/workbook/layout/types";
import { sharedWorkbook } from "../support/workbooks";
import { recalculate } from "./libreoffice";

const DIR = join("test-artifacts", "workbook-preview");
const pages = new Map<string, string[]>();

const count = (text: string, part: string): number => text.split(part).length - 1;
const tag = (e: Edition): string => (e === "zh-CN" ? "zh" : "en");

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const files: string[] = [];
  for (const edition of EDITIONS) {
    const path = join(DIR, `eco-planning-${edition}.xlsx`);
    writeFileSync(path, await sharedWorkbook({ edition }));
    files.push(path);
  }
  const never = await recalculate(files, join(DIR, "never"), "pdf", "never");
  const always = await recalculate(files, join(DIR, "always"), "pdf", "always");
  EDITIONS.forEach((edition, i) => {
    for (const [mode, pdf] of [
      ["never", never[i] ?? ""],
      ["always", always[i] ?? ""],
    ] as const) {
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8");
      pages.set(`${tag(edition)}-${mode}`, text.split("\f"));
    }
    const shown = pages.get(`${tag(edition)}-never`) ?? [];
    const contract = templateContract(edition);
    for (const [name, sheet] of [
      ["dashboard", contract.dashboardSheet],
      ["eco", contract.ecoFormulas?.[0]?.ref.sheet ?? ""],
    ] as const) {
      const page = shown.findIndex((p) => p.includes(titleOf(edition, sheet))) + 1;
      if (page < 1) throw new Error(`no page for ${sheet}`);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        never[i] ?? "",
        join(DIR, `${tag(edition)}-${name}`),
      ]);
    }
  });
}, 600_000);

/** The title row that opens a sheet's printed page. */
function titleOf(edition: Edition, sheet: string): string {
  return textIn(
    sheet === templateContract(edition).dashboardSheet ? DASHBOARD.title : ADDIN.title,
    edition
  );
}

describe.each(EDITIONS)("%s printed without calculating", (edition) => {
  const ok = edition === "zh-CN" ? STATUS_TEXT.ok.zh : STATUS_TEXT.ok.en;
  const notLoaded = edition === "zh-CN" ? STATUS_TEXT.notLoaded.zh : STATUS_TEXT.notLoaded.en;
  const ecoCells = (templateContract(edition).ecoFormulas ?? []).length;

  it("shows the add-in's cached results in the ECO cells, where the file recalculated without the add-in shows #NAME?", () => {
    const shown = (pages.get(`${tag(edition)}-never`) ?? []).join("\f");
    const recalculated = (pages.get(`${tag(edition)}-always`) ?? []).join("\f");
    expect(ecoCells).toBeGreaterThan(0);
    // The sheets' own notes mention #NAME? and the status words: count what the cells add.
    expect(count(recalculated, "#NAME?") - count(shown, "#NAME?")).toBe(ecoCells);
    expect(count(recalculated, notLoaded) - count(shown, notLoaded)).toBeGreaterThanOrEqual(
      ecoCells
    );
    expect(count(shown, ok) - count(recalculated, ok)).toBeGreaterThanOrEqual(ecoCells);
  });

  it("prints the dashboard's computed subtitle and key figures", () => {
    const shown = pages.get(`${tag(edition)}-never`) ?? [];
    const dashboard =
      shown.find((p) => p.includes(titleOf(edition, templateContract(edition).dashboardSheet))) ??
      "";
    expect(dashboard).toMatch(
      edition === "zh-CN" ? /当前保有量 100,000 辆/ : /Fleet today 100,000 vehicles/
    );
    expect(dashboard).toMatch(/全部通过|All checks pass/); // the checks tile in words (MODEL.md §8)
  });
});

/**
 * The built task pane (dist/taskpane.html) in headless Chromium against the fake Excel host
 * (harness in pane.ts): what it inserts, where, and what it says. Accessibility, keyboard and
 * reflow have their own files (taskpane.a11y.test.ts, taskpane.keyboard.test.ts).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/functions/examples";
import { templateContract } from "../../src/workbook";
import type { Edition } from "../../src/workbook/contract";
import type { FakeState } from "../fixtures/fake-excel/state";
import { TEMPLATE_PROTECTION } from "../fixtures/fake-excel/template";
import { openPane, startHarness, type Harness } from "./pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(lang: string, userSheets: string[], excelApi = 1.17) {
  return openPane(harness, { lang, userSheets, excelApi });
}

/** Presses Insert twice; the second press must not start a second insertion. */
async function insertAndWait(page: Page): Promise<{ disabledWhileBusy: boolean }> {
  const disabledWhileBusy = await page.$eval("#insert-button", (button) => {
    (button as HTMLButtonElement).click();
    (button as HTMLButtonElement).click();
    // Inert but still focusable (aria-disabled), so focus does not fall to the page.
    return (
      button.getAttribute("aria-disabled") === "true" && !(button as HTMLButtonElement).disabled
    );
  });
  await page.waitForSelector("#insert-result", { timeout: 20_000 });
  return { disabledWhileBusy };
}

function expectInserted(
  state: FakeState,
  edition: Edition,
  fleet: number,
  scenario: "low" | "mid" | "high",
  suffix = ""
): void {
  const contract = templateContract(edition);
  expect(state.calls.filter((c) => c.startsWith("insertWorksheetsFromBase64"))).toHaveLength(1);
  const byTemplate = (name: string) => state.sheets.find((s) => s.name === `${name}${suffix}`);
  for (const name of contract.sheetNames) expect(byTemplate(name), name).toBeDefined();
  const fleetRef = contract.names.In_Fleet;
  const scenarioRef = contract.names.In_Scenario;
  expect(byTemplate(fleetRef.sheet)!.cells[fleetRef.address]?.value).toBe(fleet);
  expect(byTemplate(scenarioRef.sheet)!.cells[scenarioRef.address]?.value).toBe(
    contract.scenarioLabels[scenario]
  );
  const charts = contract.charts.map((c) => ({
    sheet: `${c.data.sheet}${suffix}`,
    title: c.title,
    type: c.type,
    source: c.data.address,
  }));
  const recorded = state.sheets.flatMap((s) =>
    s.charts.map((c) => ({ sheet: s.name, title: c.title, type: c.type, source: c.source }))
  );
  expect(recorded).toEqual(charts);
  expect(state.sheets.find((s) => s.id === state.activeSheetId)?.name).toBe(
    `${contract.dashboardSheet}${suffix}`
  );
}

describe("task pane in a browser (built dist/)", () => {
  it("inserts the zh-CN edition, next to user sheets of the same names", async () => {
    const zh = templateContract("zh-CN");
    const { page, problems, fake } = await open("zh-CN", [
      "Sheet1",
      zh.inputsSheet,
      zh.dashboardSheet,
    ]);
    expect(await page.textContent("h1")).toBe("ECO 售后生态规划");
    expect(await page.isChecked("#edition-zh-CN")).toBe(true);
    await page.check("#preset-custom");
    await page.fill("#custom-fleet", "25万");
    await page.check("#scenario-high");
    const { disabledWhileBusy } = await insertAndWait(page);
    expect(disabledWhileBusy).toBe(true);
    expect(await page.textContent("#insert-result.success .message-title")).toBe(
      "已插入规划工作簿"
    );

    const state = await fake();
    const user = state.sheets.slice(0, 3).map((s) => s.name);
    expect(user).toEqual(["Sheet1", zh.inputsSheet, zh.dashboardSheet]);
    expect(
      state.sheets
        .slice(0, 3)
        .every((s) => s.charts.length === 0 && Object.keys(s.cells).length === 0)
    ).toBe(true);
    // Clashing sheets came in as "… (2)"; the others kept their names.
    const renamed = (name: string) =>
      name === zh.inputsSheet || name === zh.dashboardSheet ? `${name} (2)` : name;
    for (const name of zh.sheetNames)
      expect(
        state.sheets.some((s) => s.name === renamed(name)),
        name
      ).toBe(true);
    // The template protects its sheets; they arrived protected and are protected again as they
    // came, while the user's sheets were never touched.
    for (const sheet of state.sheets.slice(3))
      expect(sheet.protection, sheet.name).toEqual({
        protected: true,
        password: null,
        options: TEMPLATE_PROTECTION,
      });
    expect(state.sheets.slice(0, 3).map((s) => s.protection)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const inputs = state.sheets.find((s) => s.name === `${zh.inputsSheet} (2)`)!;
    expect(inputs.cells[zh.names.In_Fleet.address]?.value).toBe(250_000);
    expect(inputs.cells[zh.names.In_Scenario.address]?.value).toBe(zh.scenarioLabels.high);
    const recorded = state.sheets.flatMap((s) => s.charts.map((c) => `${s.name}|${c.title}`));
    expect(recorded).toEqual(zh.charts.map((c) => `${renamed(c.data.sheet)}|${c.title}`));
    expect(state.sheets.find((s) => s.id === state.activeSheetId)?.name).toBe(
      `${zh.dashboardSheet} (2)`
    );
    expect(await page.textContent(".message-bar.success")).toContain("改名");
    // The dilemma (status quo beside the plan in year 5), incremental NPV and payback first, then
    // the first-edition results, NPV, break-even year, fleet for D, the probability of D and the
    // P10–P90 range (MODEL.md §9), and the checks.
    expect(await page.locator(".kpi").count()).toBe(16);
    expect(await page.textContent('.kpi[data-key="year5RoleStatusQuo"] dd')).toBe("A 成本中心");
    expect(await page.textContent('.kpi[data-key="year5ValueStatusQuo"] dd')).toBe("−1.00 亿元");
    expect(await page.textContent('.kpi[data-key="npvIncremental"] dd')).toBe("25.98 亿元");
    expect(await page.textContent('.kpi[data-key="paybackYear"] dd')).toBe("不适用");
    expect(await page.textContent('.kpi[data-key="breakevenYear"] dd')).toBe("第 1 年");
    expect(await page.textContent('.kpi[data-key="npv"] dd')).toBe("23.39 亿元");

    // The pane switches language in place.
    await page.selectOption("#language", "en-US");
    expect(await page.textContent("h1")).toBe("ECO After-Sales Ecosystem");
    expect(problems).toEqual([]);
  });

  it("inserts the en-US edition into a clean workbook and writes a function example", async () => {
    const { page, problems, fake } = await open("en-US", ["Sheet1"]);
    expect(await page.textContent("h1")).toBe("ECO After-Sales Ecosystem");
    await page.check("#edition-en-US");
    await page.check("#preset-nio50w");
    await page.check("#scenario-mid");
    const { disabledWhileBusy } = await insertAndWait(page);
    expect(disabledWhileBusy).toBe(true);
    expect(await page.textContent("#insert-result.success .message-title")).toBe(
      "Planning workbook inserted"
    );
    expectInserted(await fake(), "en-US", 500_000, "mid");
    // English units, never 万/亿 (the fake host answers with the template's cached results).
    expect(await page.textContent('.kpi[data-key="dataAssetValue"] dd')).toMatch(/^CNY [\d,.]+m$/);
    // MODEL.md §8: the story's 643,533.1 vehicles fall 195 元 short of D, so the display rounds up.
    expect(await page.textContent('.kpi[data-key="fleetForD"] dd')).toBe("643,534 vehicles");

    await page.click("#tab-functions");
    await page.waitForSelector("#fn-DATA_ASSET_VALUE .example button");
    // dist/ is the development add-in (npm run build's manifest: "ECO … (development)", issue
    // 27): its cards, examples and written formulas are in its namespace, ECODEV, so that they
    // calculate in an Excel where only it is installed (the fake calculates only ECODEV calls).
    expect(harness.namespace).toBe("ECODEV");
    expect(await page.textContent("#fn-DATA_ASSET_VALUE h2")).toBe("ECODEV.DATA_ASSET_VALUE");
    expect(await page.textContent("#panel-functions .intro")).toContain(
      "Type =ECODEV. in any cell"
    );
    // Break opportunities add nothing to the text: what is copied is the formula itself.
    expect(await page.$$eval("code.formula", (codes) => codes.map((c) => c.textContent))).toEqual(
      Object.values(EXAMPLES)
        .flat()
        .map((e) => e.formula.replace(/^=ECO\./, "=ECODEV."))
    );
    await page.click("#write-DATA_ASSET_VALUE-0");
    await page.waitForSelector("#note-DATA_ASSET_VALUE-0.ok");
    const state = await fake();
    const selected = state.sheets.find((s) => s.id === state.selection.sheetId)!;
    expect(selected.cells[state.selection.address]?.formula).toBe(
      "=ECODEV.DATA_ASSET_VALUE(100000)"
    );
    // The fake Excel calculated it with the pane's functions.js: the seed's 7,650万.
    expect(selected.cells[state.selection.address]?.value).toBe(76_500_000);
    const cell = `${selected.name}!${state.selection.address}`;
    expect(await page.textContent("#note-DATA_ASSET_VALUE-0")).toBe(
      `Wrote =ECODEV.DATA_ASSET_VALUE(100000) into ${cell}. Excel recognised the ECO formula in ${cell}.`
    );
    expect(problems).toEqual([]);
  });

  it("says plainly when Excel lacks ExcelApi 1.13 and offers the standalone download", async () => {
    const { page, problems, fake } = await open("zh-CN", ["Sheet1"], 1.12);
    expect(await page.textContent("#insert-unsupported .message-title")).toBe(
      "此版本的 Excel 无法插入工作表"
    );
    expect(await page.locator("#insert-button").count()).toBe(0);
    const links = await page.$$eval(".downloads a", (as) => as.map((a) => a.getAttribute("href")));
    // The standalone workbooks, charts included (the templates carry none).
    expect(links).toEqual([
      "downloads/eco-planning-zh-CN.xlsx",
      "downloads/eco-planning-en-US.xlsx",
    ]);
    for (const link of links) {
      const response = await page.request.get(`${harness.origin}/${link}`);
      expect(response.status()).toBe(200);
      expect((await response.body()).includes("xl/charts/chart1.xml")).toBe(true);
    }
    expect((await fake()).calls).toEqual([]);
    expect(problems).toEqual([]);
  });
});

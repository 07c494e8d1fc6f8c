/**
 * The built task pane (dist/taskpane.html) in headless Chromium, with office.js served from
 * @microsoft/office-js instead of the CDN and a fake Excel host that records what the pane does.
 * Any request that leaves localhost, any console error and any page error fails the test.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateContract } from "../../src/workbook";
import type { Edition } from "../../src/workbook/contract";
import type { FakeState, FakeTemplate } from "../fixtures/fake-excel/state";
import { fakeTemplate } from "../fixtures/fake-excel/template";
import { launchChromium, serveDirectory, type StaticServer } from "../support/browser";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const ARTIFACTS = join(ROOT, "test-artifacts");

let server: StaticServer;
let origin: string;
let browser: Browser;
let fakeBundle: string;
const templates: Record<string, FakeTemplate> = {};

beforeAll(async () => {
  if (
    !existsSync(join(DIST, "taskpane.html")) ||
    !existsSync(join(DIST, "templates/eco-planning-zh-CN.xlsx"))
  ) {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  for (const edition of ["zh-CN", "en-US"] as const) {
    const contract = templateContract(edition);
    const base64 = readFileSync(join(DIST, contract.templatePath)).toString("base64");
    templates[String(base64.length)] = fakeTemplate(contract);
  }
  fakeBundle = buildSync({
    entryPoints: [join(ROOT, "test/fixtures/fake-excel/browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
  }).outputFiles[0]!.text;
  server = await serveDirectory(DIST);
  origin = server.origin;
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Session {
  readonly page: Page;
  readonly problems: string[];
  readonly fake: () => Promise<FakeState>;
}

/** Makes Office.onReady report Excel, with the given display language and ExcelApi version. */
function officeOverride(displayLanguage: string, excelApi: number): string {
  return `
;(function () {
  var info = { host: "Excel", platform: "PC", addin: null };
  var context = {
    displayLanguage: ${JSON.stringify(displayLanguage)},
    requirements: { isSetSupported: function (name, version) {
      return name === "ExcelApi" && Number(version || "1.1") <= ${excelApi};
    } }
  };
  Office.onReady = function (callback) {
    return Promise.resolve(info).then(function (i) {
      // office.js defines Office.context itself while it starts; the host's context is set last.
      Object.defineProperty(Office, "context", { configurable: true, get: function () { return context; } });
      if (callback) callback(i);
      return i;
    });
  };
})();`;
}

/**
 * Outside an Office host, o15apptofilemappingtable.js opens a hidden telemetry iframe
 * (telemetryservice.firstpartyapps.oaspapps.com, with an inline style) 3 s after loading. The
 * add-in's CSP blocks both, which Chromium logs as two console errors. The fake host is not
 * Office and sends no telemetry, so it marks the frame as already made.
 */
const NO_ULS_FRAME = `
;if (typeof OSF !== "undefined" && OSF.Logger && OSF.Logger.ulsEndpoint) { OSF.Logger.ulsEndpoint.proxyFrame = {}; }`;

async function open(
  displayLanguage: string,
  userSheets: string[],
  excelApi = 1.17
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 900 },
    locale: displayLanguage,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (process.env["ECO_DEBUG_BROWSER"]) console.log(`[${message.type()}] ${message.text()}`);
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(CDN)) {
      const file = join(OFFICE_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (!file.startsWith(OFFICE_DIST) || !existsSync(file))
        return route.fulfill({ status: 404, body: "" });
      let body = readFileSync(file, "utf8");
      if (file.endsWith("/office.js")) body += officeOverride(displayLanguage, excelApi);
      if (file.endsWith("/o15apptofilemappingtable.js")) body += NO_ULS_FRAME;
      return route.fulfill({ status: 200, contentType: "text/javascript", body });
    }
    problems.push(`request left localhost: ${url}`);
    return route.abort();
  });
  await page.addInitScript(
    ({ config, bundle }) => {
      Object.assign(window, { __ecoFakeConfig: config });
      // office.js defines Office.context (non-configurable) while it starts; the fake host must
      // replace it with its own when Office.onReady resolves, so the property stays configurable.
      const define = Object.defineProperty;
      Object.defineProperty = <T>(
        target: T,
        key: PropertyKey,
        attributes: PropertyDescriptor & ThisType<unknown>
      ): T =>
        define(target, key, key === "context" ? { ...attributes, configurable: true } : attributes);
      // The bundle is test code, evaluated by the test harness outside the page's CSP.
      new Function(bundle)();
    },
    { config: { userSheets, userNames: [], template: templates }, bundle: fakeBundle }
  );
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("#tab-insert", { timeout: 15_000 }).catch((error: unknown) => {
    throw new Error(`the pane did not start: ${String(error)}\n${problems.join("\n")}`);
  });
  return {
    page,
    problems,
    fake: () => page.evaluate(() => (window as unknown as { __ecoFake: FakeState }).__ecoFake),
  };
}

async function insertAndWait(page: Page): Promise<{ disabledWhileBusy: boolean }> {
  const disabledWhileBusy = await page.$eval("#insert-button", (button) => {
    (button as HTMLButtonElement).click();
    (button as HTMLButtonElement).click(); // a second press must not start a second insertion
    return (button as HTMLButtonElement).disabled;
  });
  await page.waitForSelector(".message-bar.success, .message-bar.error", { timeout: 20_000 });
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
    expect(await page.textContent(".message-bar.success strong")).toBe("已插入规划工作簿");

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
    const inputs = state.sheets.find((s) => s.name === `${zh.inputsSheet} (2)`)!;
    expect(inputs.cells[zh.names.In_Fleet.address]?.value).toBe(250_000);
    expect(inputs.cells[zh.names.In_Scenario.address]?.value).toBe(zh.scenarioLabels.high);
    const recorded = state.sheets.flatMap((s) => s.charts.map((c) => `${s.name}|${c.title}`));
    expect(recorded).toEqual(zh.charts.map((c) => `${renamed(c.data.sheet)}|${c.title}`));
    expect(state.sheets.find((s) => s.id === state.activeSheetId)?.name).toBe(
      `${zh.dashboardSheet} (2)`
    );
    expect(await page.textContent(".message-bar.success")).toContain("改名");
    // Six first-edition results, then year-5 value, NPV, break-even year and fleet for D.
    expect(await page.locator(".kpi").count()).toBe(10);
    expect(await page.textContent('.kpi[data-key="breakevenYear"] dd')).toBe("第 0 年");
    expect(await page.textContent('.kpi[data-key="npv"] dd')).toBe("54.77 亿元");

    await page.screenshot({ path: join(ARTIFACTS, "taskpane-zh-CN.png"), fullPage: true });
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
    expect(await page.textContent(".message-bar.success strong")).toBe(
      "Planning workbook inserted"
    );
    expectInserted(await fake(), "en-US", 500_000, "mid");
    expect(await page.textContent('.kpi[data-key="dataAssetValue"] dd')).toMatch(/CNY$/);
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-en-US.png"), fullPage: true });

    await page.click("#tab-functions");
    await page.waitForSelector("#fn-DATA_ASSET_VALUE .example button");
    expect(await page.textContent("#fn-DATA_ASSET_VALUE h2")).toBe("ECO.DATA_ASSET_VALUE");
    await page.click("#fn-DATA_ASSET_VALUE .example button");
    await page.waitForFunction(
      () => (document.getElementById("function-note")?.textContent ?? "").length > 0
    );
    const state = await fake();
    const selected = state.sheets.find((s) => s.id === state.selection.sheetId)!;
    expect(selected.cells[state.selection.address]?.formula).toBe("=ECO.DATA_ASSET_VALUE(100000)");
    await page.screenshot({
      path: join(ARTIFACTS, "taskpane-en-US-functions.png"),
      fullPage: true,
    });
    expect(problems).toEqual([]);
  });

  it("says plainly when Excel lacks ExcelApi 1.13 and offers the standalone download", async () => {
    const { page, problems, fake } = await open("zh-CN", ["Sheet1"], 1.12);
    expect(await page.textContent(".message-bar.warning strong")).toBe(
      "此版本的 Excel 无法插入工作表"
    );
    expect(await page.locator("#insert-button").count()).toBe(0);
    const links = await page.$$eval(".downloads a", (as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual([
      "templates/eco-planning-zh-CN.xlsx",
      "templates/eco-planning-en-US.xlsx",
    ]);
    const response = await page.request.get(`${origin}/${links[0]}`);
    expect(response.status()).toBe(200);
    expect((await fake()).calls).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "taskpane-unsupported.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});

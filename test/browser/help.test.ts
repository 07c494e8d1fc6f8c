/** The built help page (dist/help.html) in headless Chromium: one language at a time, as asked. */
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMetadata } from "../bundle/sandbox";
import { launchChromium, serveDirectory, watchPage, type StaticServer } from "../support/browser";

const DIST = join(resolve(__dirname, "../.."), "dist");
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visibleText(
  query: string,
  locale: string
): Promise<{ text: string; problems: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${server.origin}/help.html${query}`);
  const text = await page.locator("main").innerText();
  await context.close();
  return { text, problems };
}

describe("help.html", () => {
  it("opens in Chinese with ?lang=zh-CN (the zh-CN metadata's help links)", async () => {
    const { text, problems } = await visibleText("?lang=zh-CN#DATA_ASSET_VALUE", "en-US");
    expect(text).toContain("数据资产价值 = 保有量");
    expect(text).not.toContain("Data asset value = fleet");
    expect(problems).toEqual([]);
  });

  it("opens in English with ?lang=en-US, and follows the browser's language without it", async () => {
    const en = await visibleText("?lang=en-US", "zh-CN");
    expect(en.text).toContain("Data asset value = fleet");
    expect(en.text).not.toContain("数据资产价值 = 保有量");
    const byBrowser = await visibleText("", "zh-CN");
    expect(byBrowser.text).toContain("数据资产价值 = 保有量");
    expect([...en.problems, ...byBrowser.problems]).toEqual([]);
  });

  it("documents every function the metadata declares", async () => {
    const { text } = await visibleText("?lang=en-US", "en-US");
    for (const f of readMetadata().functions) expect(text).toContain(`ECO.${f.id}(`);
  });
});

/**
 * The built help page (dist/help.html) in headless Chromium: one language at a time, as asked;
 * readable and accessible in a 350 px task pane and at 200 % zoom.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMetadata } from "../bundle/sandbox";
import { launchChromium, serveDirectory, watchPage, type StaticServer } from "../support/browser";
import { axeViolations } from "./axe";
import { darkColourFindings, forcedColorsFindings, paintedElements } from "./looks";
import { ARTIFACTS, AXE_PATH } from "./pane";
import { formulaLines, midTokenBreaks } from "./lineBreaks";
import { reflowReport } from "./reflow";
import { BUYER_NAMES, SCENARIO_NAMES, STREAM_NAMES, UNIT_NAMES } from "../../src/functions/names";
import { describeProblem, halfWidthProblems } from "../support/typography";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
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

describe("help.html's argument reference", () => {
  interface ZhMetadata {
    functions: Record<
      string,
      { parameters: { name: string; label: string; description: string }[] }
    >;
  }
  const zh = JSON.parse(
    readFileSync(join(ROOT, "src/functions/metadata.zh-CN.json"), "utf8")
  ) as ZhMetadata;
  const en = readMetadata();
  const flat = (t: string): string => t.replace(/\s+/g, " ");

  it("shows every argument with the Chinese name and description Excel shows, in the zh-CN view", async () => {
    const { text, problems } = await visibleText("?lang=zh-CN", "zh-CN");
    const page = flat(text);
    for (const f of en.functions) {
      const params = zh.functions[f.id]?.parameters ?? [];
      expect(
        params.map((p) => p.name),
        f.id
      ).toEqual(f.parameters.map((p) => p.name));
      // The signature in Chinese Excel's words: ECO.DATA_ASSET_VALUE(保有量, [情景], …).
      const names = params.map((p, i) => (f.parameters[i]?.optional ? `[${p.label}]` : p.label));
      expect(page).toContain(`ECO.${f.id}(${names.join(", ")})`);
      for (const p of params) {
        expect(page, `${f.id} ${p.name}`).toContain(`${p.label} ${p.name}`);
        expect(page, `${f.id} ${p.name}`).toContain(flat(p.description));
      }
      // None of the English descriptions.
      for (const p of f.parameters) expect(page).not.toContain(flat(p.description ?? "—"));
    }
    expect(problems).toEqual([]);
  });

  it("shows every argument's English description from functions.json in the en-US view", async () => {
    const { text } = await visibleText("?lang=en-US", "en-US");
    const page = flat(text);
    for (const f of en.functions) {
      const names = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect(page).toContain(`ECO.${f.id}(${names.join(", ")})`);
      for (const p of f.parameters)
        expect(page, `${f.id} ${p.name}`).toContain(flat(p.description ?? ""));
    }
  });

  it.each(["zh-CN", "en-US"])("lists every value the text arguments accept (%s)", async (lang) => {
    const context = await browser.newContext({ locale: lang });
    const page = await context.newPage();
    await page.goto(`${server.origin}/help.html?lang=${lang}`);
    const accepted = async (fn: string, arg: string): Promise<string> =>
      page
        .locator(`section#${fn} dl.args:visible [data-arg="${arg}"] .accepts`)
        .innerText()
        .then(flat);
    const expectAll = (text: string, table: Record<string, string>) => {
      for (const name of Object.keys(table)) expect(text, name).toContain(name);
    };
    expectAll(await accepted("DATA_ASSET_VALUE", "scenario"), SCENARIO_NAMES);
    expectAll(await accepted("DATA_ASSET_VALUE", "buyer"), BUYER_NAMES);
    expectAll(await accepted("ECOSYSTEM_REVENUE", "stream"), STREAM_NAMES);
    for (const fn of ["DATA_ASSET_VALUE", "USER_ASSET_VALUE", "ECOSYSTEM_REVENUE", "LTV"])
      expectAll(await accepted(fn, "unit"), UNIT_NAMES);
    // Numbers: ranges, lengths and orders from the functions' own argument specs.
    const zhCN = lang === "zh-CN";
    expect(await accepted("DATA_ASSET_VALUE", "used_car_rate")).toContain(
      zhCN ? "0 到 1 之间的数字" : "a number from 0 to 1"
    );
    expect(await accepted("DATA_ASSET_VALUE", "rates")).toContain(zhCN ? "4 个数" : "4 numbers");
    expect(await accepted("ECOSYSTEM_REVENUE", "per_vehicle")).toContain(
      zhCN ? "6 个数" : "6 numbers"
    );
    expect(await accepted("LTV", "years")).toContain(
      zhCN ? "不小于 1 的整数" : "a whole number ≥ 1"
    );
    await context.close();
  });

  it("writes its Chinese view with full-width punctuation", async () => {
    const { text } = await visibleText("?lang=zh-CN", "zh-CN");
    const lines = text.split("\n").filter((l) => /[\u4e00-\u9fff]/.test(l));
    expect(lines.length).toBeGreaterThan(60);
    expect(lines.flatMap((l) => halfWidthProblems(l).map((p) => describeProblem(p)))).toEqual([]);
  });
});

describe("help.html in a task pane", () => {
  async function openHelp(
    lang: "zh-CN" | "en-US",
    width: number,
    deviceScaleFactor: number
  ): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({
      locale: lang,
      viewport: { width, height: 800 },
      deviceScaleFactor,
    });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.route(`${server.origin}${AXE_PATH}`, (route) =>
      route.fulfill({ path: join(ROOT, "node_modules/axe-core/axe.min.js") })
    );
    await page.goto(`${server.origin}/help.html?lang=${lang}`);
    return { page, problems, close: () => context.close() };
  }

  it.each([
    ["zh-CN", 350, 1, "350px"],
    ["en-US", 350, 1, "350px"],
    ["zh-CN", 175, 2, "200pct"],
    ["en-US", 175, 2, "200pct"],
  ] as const)(
    "%s at %i px (scale %i): no axe violation, no sideways scrolling",
    async (lang, width, scale, label) => {
      const { page, problems, close } = await openHelp(lang, width, scale);
      expect(await axeViolations(page, `${server.origin}${AXE_PATH}`)).toEqual([]);
      const reflow = await reflowReport(page);
      expect(reflow.offenders).toEqual([]);
      expect(reflow.scrollWidth).toBeLessThanOrEqual(reflow.clientWidth);
      // The header's buttons wrap under the title instead of running off the page.
      const nav = await page.locator("header nav").boundingBox();
      const title = await page.locator("header h1").boundingBox();
      expect(nav!.x + nav!.width).toBeLessThanOrEqual(width);
      if (title!.x + title!.width + nav!.width > width) expect(nav!.y).toBeGreaterThan(title!.y);
      await page.screenshot({ path: join(ARTIFACTS, `help-${lang}-${label}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await close();
    }
  );

  it("wraps example lines at 350 px, formulas only between arguments", async () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const { page, close } = await openHelp(lang, 350, 1);
      const lines = await formulaLines(page);
      expect(lines.formulas).toBeGreaterThanOrEqual(10);
      expect(lines.wrapped).toBeGreaterThan(0); // the long ones do wrap…
      expect(await midTokenBreaks(page)).toEqual([]); // …between arguments only
      // No block scrolls, so every result ("→ …") is on screen.
      expect(
        await page.$$eval("pre", (ps) => ps.filter((p) => p.scrollWidth > p.clientWidth).length)
      ).toBe(0);
      await close();
    }
  });

  it("lets the keyboard reach every example block, each named in the page's language", async () => {
    // Example blocks are scrollable regions (a browser that does not wrap at <wbr> inside <pre>
    // scrolls them), so each is focusable and named; Chromium wraps them and none scrolls.
    const { page, close } = await openHelp("en-US", 560, 1);
    const blocks = await page.$$eval("pre", (pres) =>
      pres.map((p) => ({
        tabindex: p.getAttribute("tabindex"),
        role: p.getAttribute("role"),
        label: p.getAttribute("aria-label"),
        scrolls: p.scrollWidth > p.clientWidth,
      }))
    );
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) {
      expect(b).toMatchObject({ tabindex: "0", role: "region" });
      expect(b.label).toMatch(/^ECO\.[A-Z_]+ examples$/);
    }
    expect(blocks.filter((b) => b.scrolls)).toEqual([]);
    expect(await axeViolations(page, `${server.origin}${AXE_PATH}`)).toEqual([]);
    // Tab reaches the first block, after the language buttons and the contents, with a 2 px
    // focus ring.
    await page.keyboard.press("Tab"); // 中文
    await page.keyboard.press("Tab"); // English
    const contents = await page.locator("nav.toc a").count();
    for (let i = 0; i < contents; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("nav.toc") !== null)).toBe(
      true
    );
    await page.keyboard.press("Tab"); // first <pre>
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "ECO.DATA_ASSET_VALUE examples"
    );
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe("solid 2px");
    for (let i = 0; i < contents + 2; i++) await page.keyboard.press("Shift+Tab"); // 中文
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("pre", "aria-label")).toBe("ECO.DATA_ASSET_VALUE 示例");
    await close();
  });
});

describe("help.html's contents and its language in the address", () => {
  async function open(
    url: string,
    locale: string,
    width = 350
  ): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.route(`${server.origin}${AXE_PATH}`, (route) =>
      route.fulfill({ path: join(ROOT, "node_modules/axe-core/axe.min.js") })
    );
    await page.goto(`${server.origin}/help.html${url}`);
    return { page, problems, close: () => context.close() };
  }

  it.each(["zh-CN", "en-US"] as const)(
    "lists every section, in order, in the page's language only (%s)",
    async (lang) => {
      const { page, problems, close } = await open(`?lang=${lang}`, lang);
      const sections = await page.$$eval("main section[id]", (ss) => ss.map((s) => s.id));
      const links = await page.$$eval("nav.toc a", (as) => as.map((a) => a.getAttribute("href")));
      expect(sections.length).toBeGreaterThanOrEqual(8);
      expect(links).toEqual(sections.map((id) => `#${id}`));
      // Each entry reads in the page's language: a function by its name and what it computes,
      // a prose section by its heading as the page shows it.
      const entries = await page.locator("nav.toc a").allInnerTexts();
      const zh = /[\u4e00-\u9fff]/;
      for (const [i, id] of sections.entries()) {
        const entry = entries[i]!.replace(/\s+/g, " ").trim();
        const heading = (await page.locator(`section#${id} h2`).innerText()).trim();
        if (/^[A-Z_]+$/.test(id)) expect(entry.startsWith(`ECO.${id} `), entry).toBe(true);
        else expect(entry).toBe(heading);
        expect(zh.test(entry), entry).toBe(lang === "zh-CN");
      }
      expect(await page.locator("nav.toc h2").innerText()).toBe(
        lang === "zh-CN" ? "目录" : "Contents"
      );
      expect(problems).toEqual([]);
      await close();
    }
  );

  it("takes the keyboard to a section: Tab to an entry, Enter, and the section is on screen", async () => {
    const { page, close } = await open("?lang=en-US", "en-US");
    await page.keyboard.press("Tab"); // 中文
    await page.keyboard.press("Tab"); // English
    await page.keyboard.press("Tab"); // the first entry
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
      "#DATA_ASSET_VALUE"
    );
    const links = await page.locator("nav.toc a").count();
    for (let i = 1; i < links - 1; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#errors");
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth);
    expect(ring).toBe("2px");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.location.hash === "#errors");
    const top = await page.locator("section#errors").evaluate((s) => s.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en-US");
    await close();
  });

  it("writes the chosen language into the address, so a reload keeps it", async () => {
    const { page, problems, close } = await open("#PLAN", "en-US");
    const shows = async (text: string): Promise<boolean> =>
      (await page.locator("main").innerText()).includes(text);
    expect(await shows("Data asset value = fleet")).toBe(true);
    await page.getByRole("button", { name: "中文" }).click();
    let url = new URL(page.url());
    expect(url.searchParams.get("lang")).toBe("zh-CN");
    expect(url.hash).toBe("#PLAN"); // the section stays
    const history = await page.evaluate(() => window.history.length);
    await page.reload();
    expect(await shows("数据资产价值 = 保有量")).toBe(true);
    expect(await shows("Data asset value = fleet")).toBe(false);
    expect(await page.getAttribute('button[data-set-lang="zh"]', "aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "English" }).click();
    url = new URL(page.url());
    expect(url.searchParams.get("lang")).toBe("en");
    expect(await page.evaluate(() => window.history.length)).toBe(history); // replaced, not pushed
    await page.reload();
    expect(await shows("Data asset value = fleet")).toBe(true);
    expect(await shows("数据资产价值 = 保有量")).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it.each([
    ["zh-CN", 320],
    ["en-US", 320],
    ["zh-CN", 1280],
    ["en-US", 1280],
  ] as const)("%s at %i px: the contents fit, axe clean (screenshot)", async (lang, width) => {
    const { page, problems, close } = await open(`?lang=${lang}`, lang, width);
    expect(await axeViolations(page, `${server.origin}${AXE_PATH}`)).toEqual([]);
    const reflow = await reflowReport(page);
    expect(reflow.offenders).toEqual([]);
    expect(reflow.scrollWidth).toBeLessThanOrEqual(reflow.clientWidth);
    const toc = await page.locator("nav.toc").boundingBox();
    expect(toc!.x + toc!.width).toBeLessThanOrEqual(width);
    await page.screenshot({
      path: join(ARTIFACTS, `help-toc-${lang}-${width}px.png`),
      clip: { x: 0, y: 0, width, height: Math.min(800, toc!.y + toc!.height + 16) },
    });
    expect(problems).toEqual([]);
    await close();
  });
});

describe("help.html in the dark and in High Contrast (issue 19)", () => {
  async function open(
    lang: "zh-CN" | "en-US",
    look: { colorScheme?: "dark" | "light"; forcedColors?: "active" | "none" }
  ): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({
      locale: lang,
      viewport: { width: 350, height: 800 },
      reducedMotion: "reduce",
      ...look,
    });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.route(`${server.origin}${AXE_PATH}`, (route) =>
      route.fulfill({ path: join(ROOT, "node_modules/axe-core/axe.min.js") })
    );
    await page.goto(`${server.origin}/help.html?lang=${lang}`);
    return { page, problems, close: () => context.close() };
  }

  it.each(["zh-CN", "en-US"] as const)(
    "%s follows the system's dark scheme: axe clean, the page and its surfaces dark",
    async (lang) => {
      const { page, problems, close } = await open(lang, { colorScheme: "dark" });
      const findings = await axeViolations(page, `${server.origin}${AXE_PATH}`);
      // The chosen language's button is a light chip on the dark header, by design.
      findings.push(...darkColourFindings(await paintedElements(page), lang, /^button$/));
      await page.screenshot({ path: join(ARTIFACTS, `help-${lang}-dark.png`), fullPage: true });
      expect(findings).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    }
  );

  it.each(["zh-CN", "en-US"] as const)(
    "%s in High Contrast: the chosen language visibly differs from the other",
    async (lang) => {
      const { page, problems, close } = await open(lang, { forcedColors: "active" });
      const path = join(ARTIFACTS, `help-${lang}-hc.png`);
      expect(await forcedColorsFindings(page, lang, path)).toEqual([]);
      // The check did compare the two language buttons.
      expect(await page.locator("nav button[aria-pressed]").count()).toBe(2);
      expect(problems).toEqual([]);
      await close();
    }
  );
});

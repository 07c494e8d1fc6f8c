/**
 * The task pane opened in a plain browser (issue 10, "Outside Office"): instead of spinning, it
 * says in the browser's language that it runs inside Excel, how to sideload it, and links the help
 * page's sideloading steps. Three ways to be outside: office.js loads and reports no host (at
 * once), office.js is blocked (at once), office.js loads but never gets ready (after the wait).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/taskpane/messages";
import { axeViolations } from "./axe";
import { AXE_PATH, openPane, startHarness, type Harness, type OfficeMode } from "./pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe.each([
  ["no-host", "zh-CN", "noHost"],
  ["no-host", "en-US", "noHost"],
  ["blocked", "zh-CN", "noOfficeJs"],
  ["blocked", "en-US", "noOfficeJs"],
] as const)("outside Office (%s, browser in %s)", (office: OfficeMode, lang, reason) => {
  it("says it runs inside Excel, how to sideload, and links the help", async () => {
    const t = MESSAGES[lang];
    const { page, problems, close } = await openPane(harness, { lang, office });
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.textContent("#outside-title")).toBe(t.outside.title);
    const text = await page.innerText("#outside-office");
    expect(text).toContain(t.outside.body);
    expect(text).toContain(t.outside.sideload);
    expect(await page.isVisible(".loading")).toBe(false);
    // At once (Office said "no host", or there is no Office), not after the wait.
    expect(await page.getAttribute("#outside-office", "data-reason")).toBe(reason);
    if (reason === "noOfficeJs") expect(text).toContain(t.outside.reasons.noOfficeJs);

    const link = page.getByRole("link", { name: t.outside.helpLink });
    expect(await link.getAttribute("href")).toBe(`help.html?lang=${lang}#sideload`);
    await link.click();
    await page.waitForURL(/help\.html/);
    const steps = await page.innerText("#sideload");
    expect(steps).toContain(lang === "zh-CN" ? "上传我的加载项" : "Upload My Add-in");
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("outside Office, office.js loads but never gets ready", () => {
  it("shows the message after the wait, and switches language in place", async () => {
    const { page, problems, close } = await openPane(harness, {
      lang: "en-US",
      office: "never-ready",
    });
    expect(await page.textContent("#outside-title")).toBe(MESSAGES["en-US"].outside.title);
    expect(await page.getAttribute("#outside-office", "data-reason")).toBe("noAnswer");
    expect(await page.innerText("#outside-office")).toContain(
      MESSAGES["en-US"].outside.reasons.noAnswer
    );
    expect(await axeViolations(page, `${harness.origin}${AXE_PATH}`)).toEqual([]);
    await page.focus("#language");
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await page.textContent("#outside-title")).toBe(MESSAGES["zh-CN"].outside.title);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("language");
    expect(problems).toEqual([]);
    await close();
  });
});

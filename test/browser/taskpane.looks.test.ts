/**
 * Issue 19: the pane in Windows High Contrast and in Office's dark theme, in both languages.
 * The accessibility suites (taskpane.a11y, check) run both looks on every state they reach
 * (states.ts → looks.ts); this file covers what they do not: the pane opened in a dark Office
 * theme (Black, and Dark Gray's mid-grey, which the pane deepens), Office without a theme on a
 * dark system, and a theme change while the Functions tab is shown. Screenshots:
 * test-artifacts/looks-<lang>-<case>.png.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_THEMES } from "../fixtures/fake-excel/theme";
import {
  darkColourFindings,
  darkThemeFindings,
  forcedColorsFindings,
  paintedElements,
} from "./looks";
import { axeViolations } from "./axe";
import { focusRing } from "./focus";
import { ARTIFACTS, AXE_PATH, openPane, startHarness, type Harness } from "./pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const artifact = (name: string) => join(ARTIFACTS, name);

describe.each(["zh-CN", "en-US"])("the pane's looks (%s)", (lang) => {
  it("shows every selection in High Contrast: cards, segments and tabs", async () => {
    const pane = await openPane(harness, { lang, forcedColors: "active" });
    const findings = await forcedColorsFindings(
      pane.page,
      `${lang} insert`,
      artifact(`looks-${lang}-hc-insert.png`)
    );
    expect(findings).toEqual([]);
    // Focus rings in a system colour too: 2 px of Highlight around the focused card, the tab.
    const highlight = await pane.page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "Highlight";
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    for (const target of ["#preset-nio50w", "#scenario-high", "#tab-insert", "#insert-button"]) {
      await pane.page.focus(target);
      const ring = await focusRing(pane.page);
      expect(ring, target).toMatchObject({ style: "solid", color: highlight, focusVisible: true });
      expect(ring!.width, target).toBeGreaterThanOrEqual(2);
    }
    expect(pane.problems).toEqual([]);
    await pane.close();
  });

  it.each(["black", "darkGray"] as const)(
    "opens dark in Office's %s theme: contrast clean, every surface dark",
    async (name) => {
      const pane = await openPane(harness, { lang, officeTheme: OFFICE_THEMES[name] });
      const { page } = pane;
      expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
      const findings = await axeViolations(page, `${harness.origin}${AXE_PATH}`);
      findings.push(...darkColourFindings(await paintedElements(page), `${lang} ${name}`));
      await page.screenshot({ path: artifact(`looks-${lang}-${name}.png`), fullPage: true });
      expect(findings).toEqual([]);
      // Excel's office.js has no theme event; asking for none, or being refused, escapes nothing.
      expect(pane.problems).toEqual([]);
      await pane.close();
    }
  );

  it("follows the system's dark scheme when Office reports no theme, and Office's when it does", async () => {
    const pane = await openPane(harness, { lang, colorScheme: "dark" });
    const { page } = pane;
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    // Office's White theme, arriving while the pane is open, wins over the system's dark.
    await page.evaluate((t) => {
      (window as unknown as { __ecoSetOfficeTheme: (t: unknown) => void }).__ecoSetOfficeTheme(t);
      window.dispatchEvent(new Event("focus"));
    }, OFFICE_THEMES.white);
    await page.waitForFunction(() => document.documentElement.dataset["theme"] === "light");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(255, 255, 255)");
    expect(pane.problems).toEqual([]);
    await pane.close();
  });

  it("turns dark and back while open, on the Functions tab too", async () => {
    const pane = await openPane(harness, { lang, officeTheme: OFFICE_THEMES.white });
    await pane.page.click("#tab-functions");
    await pane.page.waitForSelector("#fn-LTV .example button");
    const findings = await darkThemeFindings(
      pane.page,
      `${harness.origin}${AXE_PATH}`,
      `${lang} functions`,
      artifact(`looks-${lang}-functions-dark.png`)
    );
    expect(findings).toEqual([]);
    expect(pane.problems).toEqual([]);
    await pane.close();
  });
});

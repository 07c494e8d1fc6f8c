/**
 * Every state of the task pane, in both languages, at 350 px and at 200 % zoom (a 175 px viewport
 * at device scale 2): axe-core finds no WCAG 2.0/2.1 A or AA violation; there and at 160 px,
 * nothing reflows sideways or gets clipped. Screenshots of each state at 350 px and at 200 % zoom go to
 * test-artifacts/ (pane-<lang>-<state>-<width>.png).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openPane, startHarness, type Harness, type Pane } from "./pane";
import { checkState, STATES_TIMEOUT_MS } from "./states";
import { formulaLines, midTokenBreaks } from "./lineBreaks";
import { reflowReport } from "./reflow";
import { PRESET_NAMES } from "../../src/model/presets";

// Each test walks through several states (states.ts says what each costs).
vi.setConfig({ testTimeout: STATES_TIMEOUT_MS });

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Runs axe and the reflow check at every width; returns the findings, one line each. */
const check = (pane: Pane, lang: string, state: string): Promise<string[]> =>
  checkState(harness, pane, lang, state);

describe.each(["zh-CN", "en-US"])("task pane states (%s)", (lang) => {
  it("insert, custom fleet, fleet error, busy, success, functions and help", async () => {
    const pane = await openPane(harness, { lang, templates: "hold", deviceScaleFactor: 2 });
    const { page } = pane;
    const findings: string[] = [];
    findings.push(...(await check(pane, lang, "insert")));

    await page.check("#preset-custom");
    await page.fill("#custom-fleet", "25万");
    findings.push(...(await check(pane, lang, "custom-fleet")));

    await page.fill("#custom-fleet", "25 million");
    await page.click("#insert-button");
    await page.waitForSelector("#custom-fleet-error:not([hidden])");
    findings.push(...(await check(pane, lang, "fleet-error")));

    await page.fill("#custom-fleet", "250000");
    await page.click("#insert-button");
    await page.waitForSelector(".progress");
    findings.push(...(await check(pane, lang, "busy")));

    pane.releaseTemplates();
    await page.waitForSelector("#insert-result.success", { timeout: 20_000 });
    findings.push(...(await check(pane, lang, "success")));

    await page.click("#tab-functions");
    await page.waitForSelector("#fn-LTV .example button");
    await page.click("#write-DATA_ASSET_VALUE-0");
    await page.waitForSelector("#note-DATA_ASSET_VALUE-0:not([hidden])");
    findings.push(...(await check(pane, lang, "functions")));

    await page.click("#tab-help");
    findings.push(...(await check(pane, lang, "help")));

    expect(findings).toEqual([]);
    expect(pane.problems).toEqual([]);
    await pane.close();
  });

  it("failure, unsupported Excel and outside Office", async () => {
    const findings: string[] = [];
    const failing = await openPane(harness, { lang, templates: "fail", deviceScaleFactor: 2 });
    await failing.page.click("#insert-button");
    await failing.page.waitForSelector("#insert-result.error");
    findings.push(...(await check(failing, lang, "failure")));
    expect(failing.problems.filter((p) => !p.includes("500"))).toEqual([]);
    await failing.close();

    const old = await openPane(harness, { lang, excelApi: 1.12, deviceScaleFactor: 2 });
    findings.push(...(await check(old, lang, "unsupported")));
    expect(old.problems).toEqual([]);
    await old.close();

    for (const office of ["no-host", "blocked"] as const) {
      const outside = await openPane(harness, { lang, office, deviceScaleFactor: 2 });
      findings.push(...(await check(outside, lang, `outside-office-${office}`)));
      expect(outside.problems).toEqual([]);
      await outside.close();
    }

    expect(findings).toEqual([]);
  });
});

describe.each(["zh-CN", "en-US"])("layout details (%s)", (lang) => {
  it("wraps long formulas in the Functions tab between arguments only, at 320 and 350 px", async () => {
    const pane = await openPane(harness, { lang, width: 320 });
    const { page } = pane;
    await page.click("#tab-functions");
    await page.waitForSelector("#fn-LTV .example button");
    for (const width of [320, 335, 350]) {
      await page.setViewportSize({ width, height: 800 });
      const lines = await formulaLines(page);
      expect(lines.formulas).toBeGreaterThanOrEqual(9); // every example, and those in descriptions
      expect(lines.wrapped).toBeGreaterThan(0); // the long ones do wrap…
      expect(await midTokenBreaks(page), `${width} px`).toEqual([]); // …at argument boundaries
      const reflow = await reflowReport(page);
      expect(reflow.offenders, `${width} px`).toEqual([]);
      expect(reflow.scrollWidth).toBeLessThanOrEqual(reflow.clientWidth);
    }
    // At 200 % zoom a piece is wider than the pane and must wrap inside: the check does see that,
    // and it wraps after "." or "_" of the name (ECODEV. / DATA_ / ASSET_ / VALUE(; the dev
    // build's namespace, harness.namespace).
    await page.setViewportSize({ width: 175, height: 800 });
    expect(await midTokenBreaks(page)).toContain(`=${harness.namespace}.DATA_ASSET_VALUE(`);
    const firstLine = await page.evaluate(() => {
      const piece = document.querySelector("#formula-DATA_ASSET_VALUE-0 .formula-piece")!;
      const range = document.createRange();
      range.selectNodeContents(piece);
      const rects = Array.from(range.getClientRects());
      const top = Math.round(rects[0]!.top);
      // The characters on the piece's first line.
      let text = "";
      const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          if (Math.round(r.getClientRects()[0]!.top) === top) text += n.data[i];
        }
      }
      return text;
    });
    expect(firstLine).toMatch(/(\.|_)$/);
    await pane.close();
  });

  it("makes every preset card as tall as the tallest, in two columns and in one", async () => {
    const pane = await openPane(harness, { lang });
    const { page } = pane;
    for (const [width, columns] of [
      [350, 2],
      [175, 1],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      const cards = await page.$$eval(".cards .choice-body", (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { x: Math.round(r.x), height: Math.round(r.height) };
        })
      );
      expect(cards).toHaveLength(PRESET_NAMES.length + 1); // every preset, then "custom"
      expect(new Set(cards.map((c) => c.height)).size, JSON.stringify(cards)).toBe(1);
      expect(new Set(cards.map((c) => c.x)).size).toBe(columns);
    }
    await pane.close();
  });
});

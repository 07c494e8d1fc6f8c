/**
 * The task pane with the keyboard only (Playwright's keyboard, no clicks): the designed Tab order,
 * arrow keys inside the radio groups, Enter that never inserts from a card, the fleet error tied to
 * its input, the tabs pattern, focus landing on results, one announcement per step, and a visible
 * 2 px focus ring with 3:1 contrast on every stop. Screenshots of the focus states (both
 * languages, 350 px and 200 % zoom) go to test-artifacts/focus-*.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateContract } from "../../src/workbook";
import { contrastRatio } from "../support/contrast";
import { focusRing, ringContrast, tabOrder } from "./focus";
import { ARTIFACTS, listenToAnnouncer, openPane, startHarness, type Harness } from "./pane";
import { PRESET_NAMES } from "../../src/model/presets";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * The designed Tab order of the Insert tab: the language, the selected tab, its panel (APG tabs
 * pattern), then one stop per radio group (the checked radio), the fleet box when "Custom" is
 * chosen, and the Insert button. The results take focus by script, not by Tab.
 */
const INSERT_ORDER = [
  "#language",
  "#tab-insert",
  "#panel-insert",
  "#edition-en-US",
  "#preset-story",
  "#scenario-mid",
  "#insert-button",
];
const INSERT_ORDER_CUSTOM = [
  "#language",
  "#tab-insert",
  "#panel-insert",
  "#edition-zh-CN",
  "#preset-custom",
  "#custom-fleet",
  "#scenario-high",
  "#insert-button",
];

const active = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a === null || a === document.body ? "(page)" : `#${a.id}`;
  });

const insertions = async (fake: () => Promise<{ calls: string[] }>): Promise<number> =>
  (await fake()).calls.filter((c) => c.startsWith("insertWorksheetsFromBase64")).length;

describe("task pane with the keyboard", () => {
  it("chooses edition, preset, custom fleet and scenario, inserts, and lands on the result", async () => {
    const { page, fake, problems, close } = await openPane(harness, { lang: "en-US" });
    expect(await tabOrder(page, INSERT_ORDER.length)).toEqual(INSERT_ORDER);

    await page.keyboard.press("Shift+Tab"); // scenario
    await page.keyboard.press("Shift+Tab"); // preset
    await page.keyboard.press("Shift+Tab"); // edition
    expect(await active(page)).toBe("#edition-en-US");
    await page.keyboard.press("ArrowLeft");
    expect(await page.isChecked("#edition-zh-CN")).toBe(true);

    await page.keyboard.press("Tab");
    expect(await active(page)).toBe("#preset-story");
    for (const next of [...PRESET_NAMES.slice(1), "custom"]) {
      await page.keyboard.press("ArrowDown");
      // Arrowing onto a card, "Custom" included, keeps focus in the group.
      expect(await active(page)).toBe(`#preset-${next}`);
      expect(await page.isChecked(`#preset-${next}`)).toBe(true);
    }
    expect(await page.isVisible("#custom-fleet")).toBe(true);
    await page.keyboard.press("Enter"); // must not insert
    await page.waitForTimeout(300);
    expect(await insertions(fake)).toBe(0);
    expect(await page.textContent("#insert-status")).toBe("");
    expect(await active(page)).toBe("#preset-custom");

    await page.keyboard.press("Tab");
    expect(await active(page)).toBe("#custom-fleet");
    await page.keyboard.type("25万");
    await page.keyboard.press("Enter"); // nor does Enter in the fleet box
    await page.keyboard.press("Tab");
    expect(await active(page)).toBe("#scenario-mid");
    await page.keyboard.press("ArrowRight");
    expect(await page.isChecked("#scenario-high")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await active(page)).toBe("#insert-button");
    await page.waitForTimeout(200);
    expect(await insertions(fake)).toBe(0);

    expect(await tabOrder(page, INSERT_ORDER_CUSTOM.length)).toEqual(INSERT_ORDER_CUSTOM);
    await page.keyboard.press("Enter");
    // While busy the button keeps focus (it is aria-disabled, not disabled).
    await page.waitForSelector(".progress");
    expect(await active(page)).toBe("#insert-button");
    await page.waitForSelector("#insert-result.success", { timeout: 20_000 });
    expect(await active(page)).toBe("#insert-result");
    const ring = await focusRing(page);
    expect(ring).toMatchObject({ focusVisible: true, style: "solid", onScreen: true });

    const state = await fake();
    const zh = templateContract("zh-CN");
    const inputs = state.sheets.find((s) => s.name === zh.names.In_Fleet.sheet)!;
    expect(inputs.cells[zh.names.In_Fleet.address]?.value).toBe(250_000);
    expect(inputs.cells[zh.names.In_Scenario.address]?.value).toBe(zh.scenarioLabels.high);
    expect(await insertions(fake)).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it("switches the language from the keyboard and keeps focus on the language control", async () => {
    const { page, close } = await openPane(harness, { lang: "en-US" });
    expect(await tabOrder(page, 1)).toEqual(["#language"]);
    expect((await page.locator("#language").ariaSnapshot()).trim()).toMatch(
      /^- combobox "Language 语言"/
    );
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await active(page)).toBe("#language");
    expect(await page.textContent("h1")).toBe("ECO 售后生态规划");
    expect(await page.textContent("#tab-insert")).toBe("插入工作簿");
    expect((await page.locator("#language").ariaSnapshot()).trim()).toMatch(
      /^- combobox "界面语言 Language"/
    );
    await close();
  });

  it("never inserts on Enter or Space in a radio group", async () => {
    const { page, fake, close } = await openPane(harness, { lang: "zh-CN" });
    for (const id of ["#edition-zh-CN", "#preset-story", "#scenario-mid"]) {
      await page.focus(id);
      await page.keyboard.press("Enter");
      await page.keyboard.press(" ");
    }
    await page.waitForTimeout(300);
    expect(await insertions(fake)).toBe(0);
    expect(await page.textContent("#insert-status")).toBe("");
    await close();
  });

  it("puts a refused fleet's error under its input, tied to it, and removes it once corrected", async () => {
    const { page, fake, close } = await openPane(harness, { lang: "zh-CN", width: 175 });
    await page.focus("#preset-story");
    for (let i = 0; i < PRESET_NAMES.length; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.type("二十五万");
    await page.keyboard.press("Tab"); // scenario
    await page.keyboard.press("Tab"); // insert
    await page.keyboard.press("Enter");
    await page.waitForSelector("#custom-fleet-error:not([hidden])");
    expect(await active(page)).toBe("#custom-fleet");
    const input = page.locator("#custom-fleet");
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    expect((await input.getAttribute("aria-describedby"))?.split(" ")).toEqual([
      "custom-fleet-error",
      "custom-fleet-hint",
    ]);
    expect(await page.textContent("#custom-fleet-error")).toBe(
      "保有量必须是 1 至 1 亿之间的整数。"
    );
    // Right under the input, before the scenario and the button, and on screen at 200 % zoom.
    const order = await page.evaluate(() => {
      const error = document.getElementById("custom-fleet-error")!;
      const follows = (a: Element, b: Element): boolean =>
        (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return {
        afterInput: follows(document.getElementById("custom-fleet")!, error),
        beforeButton: follows(error, document.getElementById("insert-button")!),
        beforeScenario: follows(error, document.getElementById("scenario-low")!),
      };
    });
    expect(order).toEqual({ afterInput: true, beforeButton: true, beforeScenario: true });
    const box = (await page.locator("#custom-fleet-error").boundingBox())!;
    const inputBox = (await input.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(inputBox.y + inputBox.height);
    expect(box.y + box.height).toBeLessThanOrEqual(800 + (await page.evaluate(() => scrollY)));
    await page.screenshot({ path: join(ARTIFACTS, "focus-zh-CN-fleet-error-200pct.png") });

    // Still wrong: the error stays. Right: it goes, and the input is valid again.
    await page.keyboard.press("End");
    await page.keyboard.type("0");
    expect(await page.isVisible("#custom-fleet-error")).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("250,000");
    expect(await page.isVisible("#custom-fleet-error")).toBe(false);
    expect(await input.getAttribute("aria-invalid")).toBeNull();
    expect(await input.getAttribute("aria-describedby")).toBe("custom-fleet-hint");
    expect(await insertions(fake)).toBe(0);
    await close();
  });

  it("follows the tabs pattern: arrows wrap, Home/End, and only the selected tab names its panel", async () => {
    const { page, close } = await openPane(harness, { lang: "en-US" });
    const tabs = async () =>
      page.$$eval('[role="tab"]', (list) =>
        list.map((t) => ({
          id: t.id,
          selected: t.getAttribute("aria-selected"),
          controls: t.getAttribute("aria-controls"),
          tabindex: t.getAttribute("tabindex"),
          panelExists:
            t.getAttribute("aria-controls") === null ||
            document.getElementById(t.getAttribute("aria-controls")!) !== null,
        }))
      );
    const expectSelected = async (id: string) => {
      expect(await active(page)).toBe(`#tab-${id}`);
      for (const t of await tabs()) {
        const on = t.id === `tab-${id}`;
        expect(t).toEqual({
          id: t.id,
          selected: on ? "true" : "false",
          controls: on ? `panel-${id}` : null,
          tabindex: on ? "0" : "-1",
          panelExists: true,
        });
      }
      expect(await page.getAttribute('[role="tabpanel"]', "aria-labelledby")).toBe(`tab-${id}`);
    };
    await page.focus("#tab-insert");
    await expectSelected("insert");
    await page.keyboard.press("ArrowRight");
    await expectSelected("functions");
    await page.keyboard.press("End");
    await expectSelected("help");
    await page.keyboard.press("ArrowRight");
    await expectSelected("insert");
    await page.keyboard.press("ArrowLeft");
    await expectSelected("help");
    await page.keyboard.press("Home");
    await expectSelected("insert");
    await close();
  });

  it.each(["en-US", "zh-CN"])(
    "(%s) names each Write button by its visible text first and focuses its result",
    async (lang) => {
      const { page, fake, close } = await openPane(harness, { lang });
      await page.focus("#tab-insert");
      await page.keyboard.press("ArrowRight");
      await page.waitForSelector("#fn-LTV .example button");
      const buttons = page.locator(".example button");
      const count = await buttons.count();
      expect(count).toBeGreaterThanOrEqual(8);
      const visible = (await buttons.first().innerText()).trim();
      expect(visible).toBe(lang === "zh-CN" ? "写入所选单元格" : "Write to selected cell");
      // Every button's accessible name is its visible text, then its formula (in the built
      // add-in's namespace, harness.namespace).
      const ns = harness.namespace;
      const escaped = visible.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const named = page.getByRole("button", {
        name: new RegExp(`^${escaped} =${ns}\\.[A-Z_]+\\(`),
      });
      expect(await named.count()).toBe(count);
      expect(
        await page
          .getByRole("button", { name: `${visible} =${ns}.LTV(1000,0.8,0.1)`, exact: true })
          .count()
      ).toBe(1);
      await page.keyboard.press("Tab"); // panel
      await page.keyboard.press("Tab"); // first Write button
      expect(await active(page)).toBe("#write-DATA_ASSET_VALUE-0");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#note-DATA_ASSET_VALUE-0.ok");
      expect(await active(page)).toBe("#note-DATA_ASSET_VALUE-0");
      const state = await fake();
      expect(state.calls.some((c) => c.includes(`=${ns}.DATA_ASSET_VALUE(100000)`))).toBe(true);
      await page.keyboard.press("Tab"); // on to the next example's button
      expect(await active(page)).toBe("#write-DATA_ASSET_VALUE-1");
      await close();
    }
  );

  it("announces each step once through the only live region, and the result if the user left", async () => {
    const { page, close, releaseTemplates } = await openPane(harness, {
      lang: "en-US",
      templates: "hold",
    });
    await listenToAnnouncer(page);
    await page.focus("#insert-button");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".progress");
    const live = await page.$$eval(
      '[aria-live], [role="status"], [role="alert"], [role="log"], [role="progressbar"]',
      (els) =>
        els.map(
          (e) => `${e.id || e.className}:${e.getAttribute("aria-live") ?? e.getAttribute("role")}`
        )
    );
    // One live region; the progress bar and the step list are not live.
    expect(live.sort()).toEqual(["announcer:polite", "progress:progressbar"]);
    expect((await page.locator(".progress").ariaSnapshot()).trim()).toBe(
      '- progressbar "Insertion progress"'
    );
    expect(await page.getAttribute(".progress", "aria-valuetext")).toBe(
      "Step 1 of 6: Download the template"
    );
    // The user walks away to the Help tab before the insertion ends.
    await page.focus("#tab-insert");
    await page.keyboard.press("End");
    releaseTemplates();
    await page.waitForFunction(
      () => (window as unknown as { __heard: string[] }).__heard.length >= 7,
      undefined,
      { timeout: 20_000 }
    );
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([
      "Step 1 of 6: Download the template",
      "Step 2 of 6: Insert the sheets",
      "Step 3 of 6: Check formulas and names",
      "Step 4 of 6: Write the plan's inputs",
      "Step 5 of 6: Add the dashboard charts",
      "Step 6 of 6: Read the key results",
      "Planning workbook inserted", // not focused: the user is on Help
    ]);
    expect(await active(page)).toBe("#tab-help");
    await close();
  });
});

describe.each(["zh-CN", "en-US"])("focus indicators (%s)", (lang) => {
  it.each([
    ["350px", 350, 1],
    ["200pct", 175, 2],
  ] as const)("are 2 px, 3:1 and on screen on every stop at %s", async (label, width, scale) => {
    const { page, close, releaseTemplates } = await openPane(harness, {
      lang,
      width,
      height: 800,
      deviceScaleFactor: scale,
      templates: "hold",
    });
    const failures: string[] = [];
    const shots = new Set<string>();
    const inspect = async (where: string, shoot: Record<string, string> = {}): Promise<void> => {
      const ring = await focusRing(page);
      if (ring === null) return;
      const contrast = ringContrast(ring);
      if (
        ring.style !== "solid" ||
        ring.width < 2 ||
        contrast < 3 ||
        !ring.onScreen ||
        !ring.focusVisible
      )
        failures.push(`${where} ${ring.focused}: ${JSON.stringify({ ...ring, contrast })}`);
      const shot = shoot[ring.focused];
      if (shot !== undefined && !shots.has(shot)) {
        shots.add(shot);
        await page.screenshot({ path: join(ARTIFACTS, `focus-${lang}-${shot}-${label}.png`) });
      }
    };
    const walk = async (where: string, stops: number, shoot: Record<string, string> = {}) => {
      for (let i = 0; i < stops; i++) {
        await page.keyboard.press("Tab");
        await inspect(where, shoot);
      }
    };
    await page.focus("#preset-story");
    for (let i = 0; i < PRESET_NAMES.length; i++) await page.keyboard.press("ArrowDown");
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.focus("#language");
    await inspect("insert", { "#language": "language" });
    await walk("insert", 8, {
      "#tab-insert": "tab",
      "#preset-custom": "preset-card",
      "#custom-fleet": "fleet",
      "#insert-button": "insert-button",
    });
    await page.focus("#custom-fleet");
    await page.keyboard.type("250000");
    await page.focus("#insert-button");
    await page.keyboard.press("Enter");
    releaseTemplates();
    await page.waitForSelector("#insert-result.success", { timeout: 20_000 });
    await inspect("result", { "#insert-result": "result" });
    await page.focus("#tab-insert");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("#fn-LTV .example button");
    await walk("functions", 3, { "#write-DATA_ASSET_VALUE-0": "write-button" });
    await page.focus("#tab-functions");
    await page.keyboard.press("End");
    await walk("help", 5, { "#panel-help": "panel" });
    expect(failures).toEqual([]);
    expect(shots.size).toBeGreaterThanOrEqual(8);
    await close();
  });

  it("draws control borders with at least 3:1 against the pane", async () => {
    const { page, close } = await openPane(harness, { lang });
    await page.check("#preset-custom");
    const borders = await page.evaluate(() => {
      const side = (selector: string, edge: "Left" | "Bottom") => {
        const el = document.querySelector(selector)!;
        return getComputedStyle(el)[`border${edge}Color` as "borderLeftColor"];
      };
      return {
        card: side("#preset-story + .choice-body", "Left"),
        checkedCard: side("#preset-custom + .choice-body", "Left"),
        segment: side("#scenario-low + .choice-body", "Left"),
        input: side("#custom-fleet", "Left"),
        inputBottom: side("#custom-fleet", "Bottom"),
        select: side("#language", "Left"),
        pane: getComputedStyle(document.body).backgroundColor,
        header: getComputedStyle(document.querySelector(".header")!).backgroundColor,
      };
    });
    const { pane, header, ...strokes } = borders;
    for (const [name, color] of Object.entries(strokes)) {
      const against = name === "select" ? header : pane;
      expect(
        contrastRatio(color, against),
        `${name} ${color} on ${against}`
      ).toBeGreaterThanOrEqual(3);
    }
    await close();
  });
});

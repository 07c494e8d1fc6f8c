/**
 * The Check section (检查) in the built pane, against the fake Excel host that calculates ECO
 * formulas with the pane's own functions.js (harness in pane.ts): the self-test when everything
 * works, with a function returning a wrong value, and in an Excel where ECO is not loaded
 * (#NAME?); Repair #NAME? fixing some cells and skipping others; "Copy report" through the
 * clipboard, through the selected text, and by hand; an insertion Excel did not bind, repaired
 * from its result. Every state, in both languages: axe-core and reflow at 350 px, 200 % zoom and
 * 160 px, with screenshots (test-artifacts/check-<lang>-<state>-*.png). Then the keyboard alone.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Language } from "../../src/model/language";
import { checkMessages } from "../../src/taskpane/check/messages";
import { VERSION } from "../../src/version";
import { templateContract } from "../../src/workbook";
import type { FakeCell, FakeState } from "../fixtures/fake-excel/state";
import { TEMPLATE_PROTECTION } from "../fixtures/fake-excel/template";
import { focusRing, tabOrder } from "./focus";
import { brokenPieces } from "./lineBreaks";
import { listenToAnnouncer, openPane, startHarness, type Harness, type Pane } from "./pane";
import { checkState, STATES_TIMEOUT_MS } from "./states";

// Each test walks through several states (states.ts says what each costs).
vi.setConfig({ testTimeout: STATES_TIMEOUT_MS });

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const nameError = (formula: string): FakeCell => ({ formula, value: "#NAME?" });

/**
 * A workbook with ECO formulas left #NAME? (one stored as _xldudf_), and one that is not ECO's.
 * They are the release's (=ECO.); the pane in dist/ is the development add-in's
 * (harness.namespace, ECODEV), which repairs them into its own namespace.
 */
const USER_CELLS: Record<string, Record<string, FakeCell>> = {
  Sheet1: {
    A1: { formula: "Fleet", value: "Fleet" },
    B3: nameError("=_xldudf_ECO_LTV(1000,0.8,0.1)"),
    B4: nameError("=ECO.DATA_ASSET_VALUE(100000)"),
    B5: nameError("=SUMM(1)"),
  },
  Budget: { A1: nameError("=ECO.LTV(500,0.9,0.08)") },
};
const BUDGET_LOCK = { protected: true, password: "s3cret", options: { allowSort: true } };

const open = (lang: string, options: Partial<Parameters<typeof openPane>[1]> = {}) =>
  openPane(harness, {
    lang,
    deviceScaleFactor: 2,
    userSheets: ["Sheet1", "Budget"],
    userCells: USER_CELLS,
    userProtection: { Budget: BUDGET_LOCK },
    ...options,
  });

const active = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a === null || a === document.body ? "(page)" : `#${a.id}`;
  });

/** The lines of a list in the section: tone (ok/fail/warn/info) and visible text. */
const lines = (page: Page, within: string) =>
  page.$$eval(`${within} .check-line`, (items) =>
    items.map((li) => ({
      tone: li.className.replace("check-line ", ""),
      // The visible sentence (without the hidden "Passed:" word a screen reader hears first).
      text: Array.from(li.querySelector(".check-text")!.childNodes)
        .filter((n) => !(n instanceof Element && n.classList.contains("visually-hidden")))
        .map((n) => n.textContent)
        .join(""),
    }))
  );

const userSheets = (state: FakeState) =>
  JSON.stringify(state.sheets.map((s) => ({ name: s.name, cells: s.cells, p: s.protection })));

describe.each(["zh-CN", "en-US"] as const)("the Check section (%s)", (lang: Language) => {
  const c = checkMessages(lang).section;
  const zh = lang === "zh-CN";

  it("self-test passes, Repair #NAME? fixes and skips, Copy report uses the clipboard", async () => {
    // Excel on the web: it says which sheets have a password (ExcelApiOnline 1.1).
    const pane = await open(lang, { templates: "hold", clipboard: "allow", platform: "web" });
    const { page, fake } = pane;
    const findings: string[] = [];
    const before = await fake();
    await page.click("#tab-check");
    expect(await page.textContent("#tab-check")).toBe(zh ? "检查" : "Check");
    expect(await page.textContent("#check-run")).toBe(zh ? "运行自检" : "Run self-test");
    expect(await page.textContent("#repair-run")).toBe(zh ? "修复 #NAME?" : "Repair #NAME?");
    findings.push(...(await checkState(harness, pane, lang, "idle", "check")));

    // Busy: both buttons inert but focusable, the running one says so; a second press does nothing.
    const busy = await page.$eval("#check-run", (button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
      const repair = document.getElementById("repair-run")!;
      return {
        run: button.getAttribute("aria-disabled"),
        repair: repair.getAttribute("aria-disabled"),
        disabled: (button as HTMLButtonElement).disabled,
      };
    });
    expect(busy).toEqual({ run: "true", repair: "true", disabled: false });
    expect(await page.textContent("#check-run")).toBe(c.running);
    findings.push(...(await checkState(harness, pane, lang, "busy", "check")));
    pane.releaseTemplates();
    await page.waitForSelector("#check-result", { timeout: 20_000 });

    expect(await page.getAttribute("#check-result", "class")).toContain("success");
    expect(await page.textContent("#check-result .message-title")).toBe(
      zh ? "全部通过：ECO 在此 Excel 中可以正常使用。" : "All passed: ECO works in this Excel."
    );
    const passed = await lines(page, "#check-status");
    expect(passed.map((l) => l.tone)).toEqual(Array(14).fill("ok"));
    // The seed's figures, calculated by the pane's functions.js in the fake Excel.
    expect(passed[0]!.text).toBe(
      zh
        ? `=${harness.namespace}.DATA_ASSET_VALUE(100000) ＝ 76,500,000，计算正确`
        : `=${harness.namespace}.DATA_ASSET_VALUE(100000) = 76,500,000, correct`
    );
    expect(passed[4]!.text).toContain("450,000,000");
    expect(passed[4]!.text).toContain("2,250,000,000");
    const facts = await page.$$eval(".check-facts li", (li) => li.map((l) => l.textContent));
    expect(facts.slice(0, 3)).toEqual(
      zh
        ? [
            `加载项版本：${VERSION}`,
            `加载项地址：${harness.origin}/`,
            "Excel：OfficeOnline 16.0.19328.42000",
          ]
        : [
            `Add-in version: ${VERSION}`,
            `Add-in host: ${harness.origin}/`,
            "Excel: OfficeOnline 16.0.19328.42000",
          ]
    );
    // Nothing left behind: the workbook is exactly as it was.
    expect(userSheets(await fake())).toBe(userSheets(before));
    expect((await fake()).calls.filter((x) => x.startsWith("worksheets.add"))).toEqual([
      "worksheets.add ECO_SELFTEST",
    ]);
    findings.push(...(await checkState(harness, pane, lang, "passed", "check")));

    await page.click("#repair-run");
    await page.waitForSelector("#repair-result", { timeout: 20_000 });
    expect(await page.getAttribute("#repair-result", "class")).toContain("warning");
    expect(await lines(page, "#repair-result")).toEqual([
      {
        tone: "ok",
        text: zh
          ? "已修复 2 个 ECO 公式，Excel 现在能计算它们。Sheet1!B3、Sheet1!B4"
          : "Repaired 2 ECO formulas; Excel calculates them now.Sheet1!B3, Sheet1!B4",
      },
      {
        tone: "warn",
        text: zh
          ? "工作表“Budget”受密码保护，已跳过（1 个公式）。请输入密码取消保护后再修复。Budget!A1"
          : 'Sheet "Budget" is protected with a password; skipped (1 formula). Unprotect it with its password, then repair again.Budget!A1',
      },
    ]);
    const after = await fake();
    const sheet1 = after.sheets.find((s) => s.name === "Sheet1")!;
    expect(sheet1.cells["B3"]?.formula).toBe(`=${harness.namespace}.LTV(1000,0.8,0.1)`);
    // MODEL.md's LTV without years: margin × (1 + d) / (1 + d − r) = 1000 × 1.1 / 0.3.
    expect(sheet1.cells["B3"]?.value).toBeCloseTo((1000 * 1.1) / 0.3, 9);
    expect(sheet1.cells["B4"]?.value).toBe(76_500_000);
    expect(sheet1.cells["B5"]).toEqual(USER_CELLS["Sheet1"]!["B5"]);
    const budget = after.sheets.find((s) => s.name === "Budget")!;
    expect({ cells: budget.cells, protection: budget.protection }).toEqual({
      cells: USER_CELLS["Budget"],
      protection: BUDGET_LOCK,
    });
    findings.push(...(await checkState(harness, pane, lang, "repair", "check")));

    await page.click("#check-copy");
    await page.waitForSelector("#check-copy-note:not([hidden])");
    expect(await page.textContent("#check-copy-note")).toBe(c.copied.clipboard);
    expect(await active(page)).toBe("#check-copy-note");
    expect(await page.isVisible("#check-report-text")).toBe(false);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const text = copied.split("\n");
    expect(text.slice(0, 3)).toEqual(
      zh
        ? ["ECO 自检报告", `加载项版本：${VERSION}`, `加载项地址：${harness.origin}/`]
        : ["ECO self-test report", `Add-in version: ${VERSION}`, `Add-in host: ${harness.origin}/`]
    );
    expect(text).toContain(zh ? "结果：14/14 项通过" : "Result: 14 of 14 checks passed");
    expect(text.slice(-5)).toEqual([
      c.repairTitle,
      zh
        ? "✓ 已修复 2 个 ECO 公式，Excel 现在能计算它们。"
        : "✓ Repaired 2 ECO formulas; Excel calculates them now.",
      "✓ Sheet1!B3",
      "✓ Sheet1!B4",
      expect.stringContaining("Budget"),
    ]);
    findings.push(...(await checkState(harness, pane, lang, "copied", "check")));

    expect(findings).toEqual([]);
    expect(pane.problems).toEqual([]);
    await pane.close();
  });

  it("a function returning a wrong value; Copy report through the selected text", async () => {
    const pane = await open(lang, { calc: "wrongLtv", clipboard: "refuse" });
    const { page, fake } = pane;
    const findings: string[] = [];
    const before = await fake();
    await page.click("#tab-check");
    await page.click("#check-run");
    await page.waitForSelector("#check-result", { timeout: 20_000 });
    expect(await page.getAttribute("#check-result", "class")).toContain("error");
    expect(await page.textContent("#check-result .message-title")).toBe(
      zh ? "有 1 项未通过，请查看下面的说明。" : "1 check failed; see below."
    );
    const failed = (await lines(page, "#check-status")).filter((l) => l.tone === "fail");
    // MODEL.md's LTV over 3 years: 1000 × (1 − q³)/(1 − q), q = 0.8/1.1, is 2,256.198…; the
    // broken Excel gives 1 % more.
    expect(failed).toEqual([
      {
        tone: "fail",
        text: expect.stringMatching(
          new RegExp(
            `^=${harness.namespace}\\.` +
              (zh
                ? /LTV\(1000,0\.8,0\.1,3\) 结果不对：得到 2,278\.76\d*，应为 2,256\.198\d*$/.source
                : /LTV\(1000,0\.8,0\.1,3\) wrong result: got 2,278\.76\d*, expected 2,256\.198\d*$/
                    .source)
          )
        ),
      },
    ]);
    expect(userSheets(await fake())).toBe(userSheets(before));
    findings.push(...(await checkState(harness, pane, lang, "wrong-value", "check")));
    // At 200 % zoom a formula piece wider than the pane wraps after the name's "." or "_",
    // never inside a number ("0." / "8").
    await page.setViewportSize({ width: 175, height: 800 });
    const broken = await brokenPieces(page);
    expect(broken.length).toBeGreaterThan(0);
    for (const { piece, firstLine } of broken) expect(firstLine, piece).toMatch(/[A-Z][._]$/);
    await page.setViewportSize({ width: 350, height: 800 });

    await page.click("#check-copy");
    await page.waitForSelector("#check-copy-note:not([hidden])");
    expect(await page.textContent("#check-copy-note")).toBe(c.copied.selection);
    expect(await page.isVisible("#check-report-text")).toBe(true);
    const shown = await page.inputValue("#check-report-text");
    expect(shown.split("\n")[0]).toBe(zh ? "ECO 自检报告" : "ECO self-test report");
    expect(shown).toContain(zh ? "结果：13/14 项通过" : "Result: 13 of 14 checks passed");
    // execCommand("copy") put the selected text on the clipboard.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(await active(page)).toBe("#check-copy-note");
    findings.push(...(await checkState(harness, pane, lang, "copy-selection", "check")));

    expect(findings).toEqual([]);
    expect(pane.problems).toEqual([]);
    await pane.close();
  });

  it("#NAME? in an Excel without ECO and templates that do not download; copy by hand", async () => {
    const pane = await open(lang, { calc: "name", templates: "fail", clipboard: "none" });
    const { page, fake } = pane;
    const findings: string[] = [];
    const before = await fake();
    await page.click("#tab-check");
    await page.click("#check-run");
    await page.waitForSelector("#check-result", { timeout: 20_000 });
    expect(await page.textContent("#check-result .message-title")).toBe(c.someFailed(9));
    const all = await lines(page, "#check-status");
    expect(all.map((l) => l.tone)).toEqual([
      ...Array(7).fill("fail"), // seven ECO formulas (PLAN and SIMULATE among them) show #NAME?
      "ok", // the temporary sheet is gone
      ...Array(4).fill("ok"), // API versions
      "fail", // both templates: HTTP 500
      "fail",
    ]);
    expect(all[0]!.text).toContain(zh ? "显示 #NAME?" : "shows #NAME?");
    expect(all[12]!.text).toContain("HTTP 500");
    expect(userSheets(await fake())).toBe(userSheets(before));
    findings.push(...(await checkState(harness, pane, lang, "not-bound", "check")));

    await page.click("#repair-run");
    await page.waitForSelector("#repair-result", { timeout: 20_000 });
    expect(await page.getAttribute("#repair-result", "class")).toContain("warning");
    expect((await lines(page, "#repair-result")).map((l) => l.tone)).toEqual(["fail", "warn"]);
    expect(await page.textContent("#repair-result .message-title")).toBe(c.repairResult.problems);
    findings.push(...(await checkState(harness, pane, lang, "repair-still-name", "check")));

    await page.click("#check-copy");
    await page.waitForSelector("#check-copy-note:not([hidden])");
    expect(await page.textContent("#check-copy-note")).toBe(c.copied.manual);
    // Focus stays in the box with all of the report selected, ready for Ctrl+C.
    expect(await active(page)).toBe("#check-report-text");
    const selection = await page.$eval("#check-report-text", (box) => {
      const t = box as HTMLTextAreaElement;
      return { start: t.selectionStart, end: t.selectionEnd, length: t.value.length };
    });
    expect(selection).toEqual({ start: 0, end: selection.length, length: selection.length });
    expect(selection.length).toBeGreaterThan(200);
    findings.push(...(await checkState(harness, pane, lang, "copy-manual", "check")));

    // The Functions tab's example button reads the cell back and says Excel did not bind it.
    await page.click("#tab-functions");
    await page.click("#write-LTV-0");
    await page.waitForSelector("#note-LTV-0:not([hidden])");
    expect(await page.getAttribute("#note-LTV-0", "class")).toContain("failed");
    expect(await page.textContent("#note-LTV-0")).toContain(
      zh
        ? "Sheet1!B2 显示 #NAME?：此 Excel 没有识别 ECO 函数。"
        : "Sheet1!B2 shows #NAME?: this Excel does not recognise the ECO functions."
    );

    expect(findings).toEqual([]);
    expect(pane.problems.filter((p) => !p.includes("500"))).toEqual([]);
    await pane.close();
  });

  it("an insertion Excel did not bind points to Repair, which binds it on the protected sheets", async () => {
    const pane = await openPane(harness, { lang, calc: "name", deviceScaleFactor: 2 });
    const { page, fake } = pane;
    const contract = templateContract(lang);
    await page.click("#insert-button");
    await page.waitForSelector("#insert-result", { timeout: 20_000 });
    expect(await page.getAttribute("#insert-result", "class")).toContain("warning");
    const eco = contract.ecoFormulas ?? [];
    expect(eco.length).toBeGreaterThan(0);
    const sheet = eco[0]!.ref.sheet;
    const note = await page.textContent("#insert-not-bound");
    expect(note).toContain(zh ? `${eco.length} 个 ECO 公式` : `${eco.length} ECO formulas`);
    expect(note).toContain(`${sheet}!${eco[0]!.ref.address}`);
    expect(note).toContain(zh ? "检查 › 修复 #NAME?" : "Check › Repair #NAME?");
    expect(await checkState(harness, pane, lang, "insert-not-bound", "check")).toEqual([]);

    await page.click("#insert-open-repair");
    expect(await active(page)).toBe("#repair-run");
    expect(await page.getAttribute("#tab-check", "aria-selected")).toBe("true");
    // The add-in is loaded now (the user reopened the pane): the repair binds every ECO cell.
    await page.evaluate(() => Object.assign(window, { __ecoFakeCalc: "eco" }));
    await page.keyboard.press("Enter");
    await page.waitForSelector("#repair-result", { timeout: 20_000 });
    expect(await active(page)).toBe("#repair-result");
    expect(await page.getAttribute("#repair-result", "class")).toContain("success");
    const repaired = await lines(page, "#repair-result");
    expect(repaired.map((l) => l.tone)).toEqual(["ok", "info"]);
    expect(repaired[1]!.text).toContain(sheet);
    const state = await fake();
    const ecoSheet = state.sheets.find((s) => s.name === sheet)!;
    // Bound: each cell holds what the function returned (the fake template leaves some of the
    // referenced inputs empty, so some are the function's own #VALUE!), none is #NAME? now.
    for (const { ref } of eco) {
      expect(ecoSheet.cells[ref.address]?.formula, ref.address).toMatch(
        new RegExp(`^=${harness.namespace}\\.`)
      );
      expect(ecoSheet.cells[ref.address]?.value, ref.address).not.toBe("#NAME?");
    }
    expect(typeof ecoSheet.cells[eco[0]!.ref.address]?.value).toBe("number");
    // Lifted for the repair and put back exactly as the template had it.
    expect(ecoSheet.protection).toEqual({
      protected: true,
      password: null,
      options: TEMPLATE_PROTECTION,
    });
    expect(state.calls.filter((x) => x.startsWith(`protection.`) && x.includes(sheet))).toEqual([
      `protection.unprotect ${sheet}`, // insertion
      expect.stringMatching(`^protection.protect ${sheet} `),
      `protection.unprotect ${sheet}`, // repair
      expect.stringMatching(`^protection.protect ${sheet} `),
    ]);
    expect(pane.problems).toEqual([]);
    await pane.close();
  });
});

describe("the Check section with the keyboard", () => {
  it("follows the stated Tab order, runs each action once, lands on each result, says each once", async () => {
    const { page, fake, problems, close } = await openPane(harness, {
      lang: "en-US",
      userCells: { Sheet1: { B3: nameError("=ECO.LTV(1000,0.8,0.1)") } },
    });
    await listenToAnnouncer(page);
    await page.focus("#tab-insert");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await active(page)).toBe("#tab-check");
    // The designed order: language, the selected tab, its panel, Run self-test, Repair #NAME?.
    expect(await tabOrder(page, 5)).toEqual([
      "#language",
      "#tab-check",
      "#panel-check",
      "#check-run",
      "#repair-run",
    ]);

    await page.keyboard.press("Shift+Tab");
    expect(await active(page)).toBe("#check-run");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter"); // a second press while busy does nothing
    expect(await active(page)).toBe("#check-run"); // busy: focus stays on the button
    await page.waitForSelector("#check-result", { timeout: 20_000 });
    expect(await active(page)).toBe("#check-result");
    expect(await focusRing(page)).toMatchObject({ style: "solid", onScreen: true });
    // After the result: Copy report, then Repair #NAME?.
    await page.keyboard.press("Tab");
    expect(await active(page)).toBe("#check-copy");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#check-copy-note:not([hidden])");
    expect(await active(page)).toBe("#check-copy-note");
    await page.keyboard.press("Tab");
    expect(await active(page)).toBe("#repair-run");
    await page.keyboard.press("Space");
    await page.waitForSelector("#repair-result", { timeout: 20_000 });
    expect(await active(page)).toBe("#repair-result");

    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([
      "All passed: ECO works in this Excel.",
      "Report copied to the clipboard; paste it for your facilitator.",
      "Repair finished: Repaired 1 ECO formula; Excel calculates it now.",
    ]);
    const calls = (await fake()).calls;
    expect(calls.filter((x) => x === "worksheets.add ECO_SELFTEST")).toHaveLength(1);
    expect(calls.filter((x) => x === "worksheet.delete ECO_SELFTEST")).toHaveLength(1);
    expect(problems).toEqual([]);
    await close();
  });
});

/**
 * The pane's two other looks, checked on each state the accessibility suite reaches (states.ts):
 *
 * - Windows High Contrast (`forced-colors: active`): a full-page screenshot, and every selectable
 *   control (each radio's card or segment, each tab) photographed selected and unselected: the
 *   two pictures must differ visibly (for a preset card, in its radio's dot too). The selection
 *   is flipped in the DOM only (no event: the pane's state does not change) and put back.
 * - Office's dark theme: Office's theme is switched to the fake host's Black while the pane is
 *   open (outside Office: the system's dark scheme); the pane must turn dark by itself, axe finds
 *   nothing (its contrast rules included), the page and every surface are dark, every control's
 *   border and the progress fill have 3:1 against what they lie on; a screenshot; then back.
 */
import type { ElementHandle, Page } from "playwright-core";
import { OFFICE_THEMES, type FakeOfficeTheme } from "../fixtures/fake-excel/theme";
import { contrastRatio, luminance, over, parseColor } from "../support/contrast";
import { decodePng, differingPixels } from "../support/png";
import { axeViolations } from "./axe";

/** A visible difference: this many pixels (at least) change by 64 or more in some channel. */
const MIN_CHANGED = 30;
/** …or this share of the control's pixels, if more. */
const MIN_CHANGED_SHARE = 0.01;

const frame = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

async function shot(handle: ElementHandle) {
  return decodePng(await handle.screenshot({ animations: "disabled", caret: "hide" }));
}

/** Flips what the control shows as selected, without events; returns the way back. */
type Flip = (selected: boolean) => Promise<void>;

async function selectable(
  page: Page
): Promise<{ name: string; box: ElementHandle; flip: Flip; dot: boolean }[]> {
  const out: { name: string; box: ElementHandle; flip: Flip; dot: boolean }[] = [];
  for (const radio of await page.$$("input[type=radio]")) {
    const id = await radio.evaluate((r) => r.id);
    const label = await page.$(`label[for="${id}"]`);
    if (label === null || !(await label.isVisible())) continue;
    const dot = await label.evaluate((l) => l.closest(".cards") !== null);
    out.push({
      name: `#${id}`,
      box: label,
      dot,
      flip: async (selected) => {
        await radio.evaluate((r, on) => {
          const input = r as HTMLInputElement;
          if (on) input.checked = true;
          else {
            const other = Array.from(
              document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${input.name}"]`)
            ).find((o) => o !== input);
            if (other) other.checked = true;
          }
        }, selected);
      },
    });
  }
  for (const toggle of await page.$$("button[aria-pressed]")) {
    const name = await toggle.evaluate((b) => (b.id ? `#${b.id}` : (b.textContent ?? "")));
    out.push({
      name,
      box: toggle,
      dot: false,
      flip: async (selected) => {
        await toggle.evaluate((b, on) => {
          const group = Array.from(b.parentElement!.querySelectorAll("button[aria-pressed]"));
          const other = group.find((o) => o !== b)!;
          b.setAttribute("aria-pressed", String(on));
          other.setAttribute("aria-pressed", String(!on));
        }, selected);
      },
    });
  }
  for (const tab of await page.$$("[role=tab]")) {
    const id = await tab.evaluate((t) => t.id);
    out.push({
      name: `#${id}`,
      box: tab,
      dot: false,
      flip: async (selected) => {
        await tab.evaluate((t, on) => {
          const tabs = Array.from(t.parentElement!.querySelectorAll("[role=tab]"));
          const other = tabs.find((o) => o !== t)!;
          t.setAttribute("aria-selected", String(on));
          other.setAttribute("aria-selected", String(!on));
          for (const o of tabs)
            if (o !== t && o !== other) o.setAttribute("aria-selected", "false");
        }, selected);
      },
    });
  }
  return out;
}

/** The selection as it is (radios checked, tab selected), to put back after flipping. */
async function selection(page: Page): Promise<() => Promise<void>> {
  const saved = await page.evaluate(() => ({
    radios: Array.from(
      document.querySelectorAll<HTMLInputElement>("input[type=radio]:checked")
    ).map((r) => r.id),
    pressed: Array.from(document.querySelectorAll("button[aria-pressed]")).map(
      (b) => b.getAttribute("aria-pressed") ?? "false"
    ),
    tabs: Array.from(document.querySelectorAll("[role=tab]")).map((t) => [
      t.id,
      t.getAttribute("aria-selected"),
    ]),
  }));
  return async () => {
    await page.evaluate((s) => {
      for (const id of s.radios) (document.getElementById(id) as HTMLInputElement).checked = true;
      for (const [id, value] of s.tabs)
        document.getElementById(id!)!.setAttribute("aria-selected", value!);
      document
        .querySelectorAll("button[aria-pressed]")
        .forEach((b, i) => b.setAttribute("aria-pressed", s.pressed[i] ?? "false"));
    }, saved);
  };
}

export async function forcedColorsFindings(
  page: Page,
  where: string,
  path: string
): Promise<string[]> {
  const findings: string[] = [];
  await page.emulateMedia({ forcedColors: "active" });
  await frame(page);
  await page.screenshot({ path, fullPage: true });
  const restore = await selection(page);
  try {
    for (const control of await selectable(page)) {
      await control.flip(true);
      await frame(page);
      const on = await shot(control.box);
      await control.flip(false);
      await frame(page);
      const off = await shot(control.box);
      if (on.width !== off.width || on.height !== off.height) continue; // it resized: it differs
      const changed = differingPixels(on, off);
      const needed = Math.max(MIN_CHANGED, MIN_CHANGED_SHARE * on.width * on.height);
      if (changed < needed)
        findings.push(
          `${where}: ${control.name} looks the same selected and not (${changed} px differ)`
        );
      const scale =
        on.width /
        (await control.box.evaluate((b) => (b as Element).getBoundingClientRect().width));
      // A mark or a border, not only weight: the control's edge (3 CSS px deep) changes too.
      const depth = Math.round(3 * scale);
      const { width: w, height: h } = on;
      const edges = [
        { x: 0, y: 0, width: w, height: depth },
        { x: 0, y: h - depth, width: w, height: depth },
        { x: 0, y: depth, width: depth, height: h - 2 * depth },
        { x: w - depth, y: depth, width: depth, height: h - 2 * depth },
      ];
      const edge = edges.reduce((n, r) => n + differingPixels(on, off, 64, r), 0);
      const band = 2 * depth * (w + h - 2 * depth);
      if (edge < 0.1 * band)
        findings.push(
          `${where}: ${control.name}'s edge does not change with its selection (${edge} of ${band} px)`
        );
      if (control.dot) {
        // The radio's dot: 14 CSS px at (10, 11) inside the card, with a pixel of slack.
        const region = {
          x: Math.floor(8 * scale),
          y: Math.floor(9 * scale),
          width: Math.ceil(18 * scale),
          height: Math.ceil(18 * scale),
        };
        const dot = differingPixels(on, off, 64, region);
        if (dot < 12 * scale * scale)
          findings.push(
            `${where}: ${control.name}'s radio does not show checked (${dot} px differ)`
          );
      }
    }
  } finally {
    await restore();
    await page.emulateMedia({ forcedColors: "none" });
    await frame(page);
  }
  return findings;
}

interface Painted {
  readonly what: string;
  readonly background: string;
  /** Opaque colours behind the element, innermost first (its own background excluded). */
  readonly behind: string[];
  readonly border: string;
  readonly borderWidth: number;
}

/** Every visible element's background and border, and the colours behind it. */
export function paintedElements(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const out: Painted[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body, body *"))) {
      if (el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      const behind: string[] = [];
      for (let p = el.parentElement; p; p = p.parentElement) {
        const bg = getComputedStyle(p).backgroundColor;
        if (bg === "rgba(0, 0, 0, 0)" || bg === "transparent") continue;
        behind.push(bg);
        if (!bg.startsWith("rgba")) break;
      }
      const cls =
        typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/).join(".")}`
          : "";
      out.push({
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls}`,
        background: style.backgroundColor,
        behind,
        border: style.borderTopColor,
        borderWidth: parseFloat(style.borderTopWidth) || 0,
      });
    }
    return out;
  });
}

const flatten = (colours: string[]) =>
  colours.reduceRight((under, c) => over(parseColor(c), under), parseColor("rgb(0, 0, 0)"));

/** Brand fills: the primary button, the progress fill, a done step; light green on a dark page. */
const BRAND_FILL = /button[^ ]*\.primary|\.progress-fill|\.step-icon/;
/** Controls whose border shows where they are: 3:1 against what they lie on. */
const CONTROL = /\.choice-body|\.input|\.select|^button[^ ]*\.button(?!.*primary)/;

/** `fills`: elements allowed a light fill on the dark page (brand fills; a chosen toggle). */
export function darkColourFindings(
  elements: Painted[],
  where: string,
  fills: RegExp = BRAND_FILL
): string[] {
  const findings: string[] = [];
  for (const e of elements) {
    const bg = parseColor(e.background);
    const behind = e.behind.length > 0 ? flatten(e.behind) : parseColor("rgb(0, 0, 0)");
    if (e.what.startsWith("body")) {
      if (luminance(bg) > 0.1) findings.push(`${where}: the page is not dark (${e.background})`);
      continue;
    }
    // Dark: white text has more contrast on it than black (below 0.18), with room to spare.
    if (bg.a > 0 && !fills.test(e.what) && luminance(over(bg, behind)) > 0.15)
      findings.push(`${where}: ${e.what} has a light background (${e.background})`);
    if (CONTROL.test(e.what) && e.borderWidth > 0) {
      const ratio = contrastRatio(parseColor(e.border), behind);
      if (ratio < 3)
        findings.push(`${where}: ${e.what}'s border has ${ratio.toFixed(2)}:1 (${e.border})`);
    }
  }
  const fill = elements.find((e) => e.what.includes(".progress-fill"));
  if (fill) {
    const track = flatten(fill.behind);
    const ratio = contrastRatio(parseColor(fill.background), track);
    if (ratio < 3)
      findings.push(`${where}: the progress fill has ${ratio.toFixed(2)}:1 on its track`);
  }
  return findings;
}

export async function darkThemeFindings(
  page: Page,
  axeUrl: string,
  where: string,
  path: string,
  dark: FakeOfficeTheme = OFFICE_THEMES.black
): Promise<string[]> {
  const findings: string[] = [];
  const inExcel = await page.evaluate(() => "__ecoFakeOffice" in window);
  const before = await page.evaluate(() => document.documentElement.dataset["theme"] ?? "");
  const previous = inExcel
    ? await page.evaluate(
        () => (window as unknown as { __ecoFakeOffice: { theme: unknown } }).__ecoFakeOffice.theme
      )
    : undefined;
  // Office's theme changes in File › Account, away from the pane; the pane hears of it when it
  // gets focus back. Outside Office the system's scheme changes.
  const switchTo = async (theme: unknown, scheme: "dark" | "light") => {
    if (inExcel)
      await page.evaluate((t) => {
        (window as unknown as { __ecoSetOfficeTheme: (t: unknown) => void }).__ecoSetOfficeTheme(t);
        window.dispatchEvent(new Event("focus"));
      }, theme);
    else await page.emulateMedia({ colorScheme: scheme });
  };
  await switchTo(dark, "dark");
  const turned = await page
    .waitForFunction(() => document.documentElement.dataset["theme"] === "dark", null, {
      timeout: 5000,
    })
    .then(
      () => true,
      () => false
    );
  if (!turned) return [`${where}: the pane did not turn dark`];
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  for (const v of await axeViolations(page, axeUrl)) findings.push(`${where} dark: ${v}`);
  findings.push(...darkColourFindings(await paintedElements(page), `${where} dark`));
  await page.screenshot({ path, fullPage: true });
  await switchTo(previous, "light");
  const back = await page
    .waitForFunction((b) => (document.documentElement.dataset["theme"] ?? "") === b, before, {
      timeout: 5000,
    })
    .then(
      () => true,
      () => false
    );
  if (!back) findings.push(`${where}: the pane did not go back to its theme`);
  return findings;
}

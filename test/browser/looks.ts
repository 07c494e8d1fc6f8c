/**
 * The pane's two other looks, checked on each state the accessibility suite reaches (states.ts):
 *
 * - Windows High Contrast (`forced-colors: active`): a full-page screenshot, and every selectable
 *   control (each radio's card or segment, each tab) photographed selected and unselected: the
 *   two pictures must differ visibly (for a preset card, in its radio's dot too). The selection
 *   is flipped in the DOM only (no event: the pane's state does not change) and put back.
 * - Office's dark theme: Office's theme is switched to the fake host's Black while the pane is
 *   open (outside Office: the system's dark scheme); the pane must turn dark by itself, axe's
 *   colour rules find nothing, the page and every surface are dark, every control's
 *   border and the progress fill have 3:1 against what they lie on; a screenshot; then back.
 */
import type { Page } from "playwright-core";
import { OFFICE_THEMES, type FakeOfficeTheme } from "../fixtures/fake-excel/theme";
import { contrastRatio, luminance, over, parseColor } from "../support/contrast";
import { decodePng, differingPixels, type Pixels } from "../support/png";
import { axeViolations, COLOUR_RULES } from "./axe";

/** A visible difference: this many pixels (at least) change by 64 or more in some channel. */
const MIN_CHANGED = 30;
/** …or this share of the control's pixels, if more. */
const MIN_CHANGED_SHARE = 0.01;

const frame = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A group of selectable controls: a radio group (its cards or segments), a tab list, toggles. */
interface Group {
  readonly names: string[];
  /** The group's members are preset cards (their radio's dot is checked too). */
  readonly dot: boolean;
}

/**
 * In the page: the selectable groups; `select(g, i)` shows member i of group g as selected
 * (without events, so the pane's state does not change) and returns the group's box and its
 * members' boxes; `restore()` puts the selection back as it was.
 */
async function installSelector(page: Page): Promise<Group[]> {
  return page.evaluate(() => {
    const groups: {
      members: HTMLElement[];
      boxes: HTMLElement[];
      names: string[];
      dot: boolean;
      set: (i: number) => void;
    }[] = [];
    const visible = (e: Element) => e.getClientRects().length > 0;
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>("input[type=radio]"));
    for (const name of new Set(radios.map((r) => r.name))) {
      const members = radios.filter((r) => r.name === name);
      const labels = members.map((r) =>
        document.querySelector<HTMLElement>(`label[for="${r.id}"]`)
      );
      if (labels.some((l) => l === null || !visible(l))) continue;
      groups.push({
        members,
        boxes: labels as HTMLElement[],
        names: members.map((r) => `#${r.id}`),
        dot: labels[0]!.closest(".cards") !== null,
        set: (i) => (members[i]!.checked = true),
      });
    }
    const attributeGroup = (members: HTMLElement[], attribute: string) => {
      if (members.length < 2 || !members.every(visible)) return;
      groups.push({
        members,
        boxes: members,
        names: members.map((m) => (m.id ? `#${m.id}` : (m.textContent ?? ""))),
        dot: false,
        set: (i) => members.forEach((m, j) => m.setAttribute(attribute, String(i === j))),
      });
    };
    attributeGroup(
      Array.from(document.querySelectorAll<HTMLElement>("[role=tab]")),
      "aria-selected"
    );
    attributeGroup(
      Array.from(document.querySelectorAll<HTMLElement>("button[aria-pressed]")),
      "aria-pressed"
    );
    const saved = {
      radios: radios.filter((r) => r.checked),
      attributes: Array.from(
        document.querySelectorAll<HTMLElement>("[role=tab], button[aria-pressed]")
      ).map((e) => [e, e.getAttribute("aria-selected"), e.getAttribute("aria-pressed")] as const),
    };
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    Object.assign(window, {
      __looksSelect: (g: number, i: number) => {
        const group = groups[g]!;
        group.set(i);
        const boxes = group.boxes.map(rect);
        const x = Math.min(...boxes.map((b) => b.x));
        const y = Math.min(...boxes.map((b) => b.y));
        const right = Math.max(...boxes.map((b) => b.x + b.width));
        const bottom = Math.max(...boxes.map((b) => b.y + b.height));
        return { box: { x, y, width: right - x, height: bottom - y }, members: boxes };
      },
      __looksRestore: () => {
        for (const r of saved.radios) r.checked = true;
        for (const [e, selected, pressed] of saved.attributes) {
          if (selected !== null) e.setAttribute("aria-selected", selected);
          if (pressed !== null) e.setAttribute("aria-pressed", pressed);
        }
      },
    });
    return groups.map((g) => ({ names: g.names, dot: g.dot }));
  });
}

/** Member `m`'s pixels out of a picture of its group. */
function crop(picture: Pixels, group: Box, member: Box, scale: number): Pixels {
  const x0 = Math.round((member.x - group.x) * scale);
  const y0 = Math.round((member.y - group.y) * scale);
  const width = Math.min(Math.round(member.width * scale), picture.width - x0);
  const height = Math.min(Math.round(member.height * scale), picture.height - y0);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    data.set(
      picture.data.subarray(
        ((y0 + y) * picture.width + x0) * 4,
        ((y0 + y) * picture.width + x0 + width) * 4
      ),
      y * width * 4
    );
  return { width, height, data };
}

/** The common top-left part of two pictures (a tab may change width with its weight). */
function common(a: Pixels, b: Pixels): [Pixels, Pixels] {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  const cut = (p: Pixels): Pixels =>
    crop(p, { x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0, width, height }, 1);
  return [cut(a), cut(b)];
}

/** Findings for one control: its pictures selected (`on`) and not (`off`) must differ visibly. */
function compare(
  name: string,
  dot: boolean,
  on: Pixels,
  off: Pixels,
  scale: number,
  where: string
): string[] {
  const findings: string[] = [];
  [on, off] = common(on, off);
  const changed = differingPixels(on, off);
  const needed = Math.max(MIN_CHANGED, MIN_CHANGED_SHARE * on.width * on.height);
  if (changed < needed)
    findings.push(`${where}: ${name} looks the same selected and not (${changed} px differ)`);
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
      `${where}: ${name}'s edge does not change with its selection (${edge} of ${band} px)`
    );
  if (dot) {
    // The radio's dot: 14 CSS px at (10, 11) inside the card, with a pixel of slack.
    const region = {
      x: Math.floor(8 * scale),
      y: Math.floor(9 * scale),
      width: Math.ceil(18 * scale),
      height: Math.ceil(18 * scale),
    };
    const inDot = differingPixels(on, off, 64, region);
    if (inDot < 12 * scale * scale)
      findings.push(`${where}: ${name}'s radio does not show checked (${inDot} px differ)`);
  }
  return findings;
}

export async function forcedColorsFindings(
  page: Page,
  where: string,
  path: string
): Promise<string[]> {
  const findings: string[] = [];
  const was = await page.evaluate(() => matchMedia("(forced-colors: active)").matches);
  await page.emulateMedia({ forcedColors: "active" });
  await frame(page);
  await page.screenshot({ path, fullPage: true });
  // A viewport as tall as the page: each group is photographed where it is, without scrolling.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport !== null && height > viewport.height)
    await page.setViewportSize({ width: viewport.width, height });
  const scale = await page.evaluate(() => window.devicePixelRatio);
  try {
    const groups = await installSelector(page);
    for (const [g, group] of groups.entries()) {
      // One picture of the group per member selected.
      const pictures: { box: Box; members: Box[]; pixels: Pixels }[] = [];
      for (let i = 0; i < group.names.length; i++) {
        const { box, members } = await page.evaluate(
          ([gi, mi]) =>
            (
              window as unknown as {
                __looksSelect: (g: number, i: number) => { box: Box; members: Box[] };
              }
            ).__looksSelect(gi!, mi!),
          [g, i]
        );
        const pixels = decodePng(await page.screenshot({ clip: box, caret: "hide" }));
        pictures.push({ box, members, pixels });
      }
      group.names.forEach((name, i) => {
        const selected = pictures[i]!;
        const other = pictures[(i + 1) % pictures.length]!;
        const on = crop(selected.pixels, selected.box, selected.members[i]!, scale);
        const off = crop(other.pixels, other.box, other.members[i]!, scale);
        findings.push(...compare(name, group.dot, on, off, scale, where));
      });
    }
  } finally {
    await page.evaluate(() =>
      (window as unknown as { __looksRestore?: () => void }).__looksRestore?.()
    );
    if (viewport !== null) await page.setViewportSize(viewport);
    await page.emulateMedia({ forcedColors: was ? "active" : "none" });
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
  // The other rules do not depend on colours: states.ts runs them all in the light theme.
  for (const v of await axeViolations(page, axeUrl, COLOUR_RULES))
    findings.push(`${where} dark: ${v}`);
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

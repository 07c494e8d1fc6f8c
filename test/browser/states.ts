/**
 * One state of the pane, checked the way issue 12 asks: axe-core (WCAG 2.0/2.1 A and AA) at
 * 350 px and at 200 % zoom (175 px; open the pane with deviceScaleFactor 2), the reflow check
 * there and at 160 px, and a full-page screenshot at 350 px and 200 % zoom in test-artifacts/
 * (`<prefix>-<lang>-<state>-<350px|200pct>.png`). Then, at 350 px, issue 19's two looks
 * (looks.ts): High Contrast, where every selectable control must visibly change with its
 * selection (`…-hc.png`), and Office's dark theme switched on while the pane is open, axe clean
 * and every surface dark (`…-dark.png`). Returns the findings, one line each.
 */
import { join } from "node:path";
import { axeViolations } from "./axe";
import { darkThemeFindings, forcedColorsFindings } from "./looks";
import { ARTIFACTS, AXE_PATH, type Harness, type Pane } from "./pane";
import { reflowReport } from "./reflow";

/**
 * The time a test that walks through several states may take: each state runs axe at two widths,
 * the reflow check at three, and both looks (on a 2-core machine shared with other suites).
 */
export const STATES_TIMEOUT_MS = 300_000;

const WIDTHS = [
  { label: "350px", width: 350, axe: true, screenshot: true },
  { label: "200pct", width: 175, axe: true, screenshot: true },
  { label: "160px", width: 160, axe: false, screenshot: false },
] as const;

export async function checkState(
  harness: Harness,
  pane: Pane,
  lang: string,
  state: string,
  prefix = "pane"
): Promise<string[]> {
  const { page } = pane;
  const findings: string[] = [];
  for (const { label, width, axe, screenshot } of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    const where = `${lang} ${state} @${label}`;
    if (axe)
      for (const v of await axeViolations(page, `${harness.origin}${AXE_PATH}`))
        findings.push(`${where}: ${v}`);
    const reflow = await reflowReport(page);
    if (reflow.scrollWidth > reflow.clientWidth)
      findings.push(`${where}: scrolls sideways (${reflow.scrollWidth} > ${reflow.clientWidth})`);
    for (const o of reflow.offenders) findings.push(`${where}: ${o}`);
    if (screenshot)
      await page.screenshot({
        path: join(ARTIFACTS, `${prefix}-${lang}-${state}-${label}.png`),
        fullPage: true,
      });
  }
  await page.setViewportSize({ width: 350, height: 800 });
  const shot = (look: string): string => join(ARTIFACTS, `${prefix}-${lang}-${state}-${look}.png`);
  findings.push(...(await forcedColorsFindings(page, `${lang} ${state} @hc`, shot("hc"))));
  findings.push(
    ...(await darkThemeFindings(
      page,
      `${harness.origin}${AXE_PATH}`,
      `${lang} ${state}`,
      shot("dark")
    ))
  );
  return findings;
}

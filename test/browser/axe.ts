/**
 * axe-core in the page (WCAG 2.0 and 2.1, levels A and AA). The script is served from the page's
 * own origin (AXE_PATH, routed by the harness) because the pages' CSP refuses inline scripts.
 */
import type { Page } from "playwright-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: unknown[]; readonly failureSummary?: string }[];
}

/** axe's rules about colour: text contrast, and links told from text by colour alone. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * The violations, one line each ("rule: selector — why"); an empty list when there are none.
 * `rules`: only these rules (default: every WCAG 2.0/2.1 A and AA rule).
 */
export async function axeViolations(
  page: Page,
  axeUrl: string,
  rules?: readonly string[]
): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
  if (!loaded) await page.addScriptTag({ url: axeUrl });
  const runOnly =
    rules === undefined ? { type: "tag", values: WCAG_TAGS } : { type: "rule", values: [...rules] };
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, {
      runOnly: only,
      resultTypes: ["violations"],
    })) as { violations: Violation[] };
    return results.violations;
  }, runOnly);
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? "?"}): ${JSON.stringify(n.target)} — ${v.help}; ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`
    )
  );
}

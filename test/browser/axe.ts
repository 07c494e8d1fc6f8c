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

/** The violations, one line each ("rule: selector — why"); an empty list when there are none. */
export async function axeViolations(page: Page, axeUrl: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
  if (!loaded) await page.addScriptTag({ url: axeUrl });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    })) as { violations: Violation[] };
    return results.violations;
  }, WCAG_TAGS);
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? "?"}): ${JSON.stringify(n.target)} — ${v.help}; ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`
    )
  );
}

import type { Page } from "playwright-core";

/**
 * Where long formulas wrap. Each ECO formula is a `.formula-text` span of `.formula-piece` spans
 * (the text between the <wbr>s after "(" and ","); a piece laid out on more than one line was
 * broken mid-token. Returns those pieces, e.g. ['=ECO.DATA_ASSET_VALUE('].
 */
export function midTokenBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".formula-piece"))
      .filter((piece) => (piece as HTMLElement).offsetParent !== null)
      .filter((piece) => {
        const tops = new Set(Array.from(piece.getClientRects(), (r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((piece) => piece.textContent ?? "")
  );
}

/** How many formulas are shown, and how many of them wrap onto more than one line. */
export function formulaLines(page: Page): Promise<{ formulas: number; wrapped: number }> {
  return page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll(".formula-text")).filter(
      (s) => (s as HTMLElement).offsetParent !== null
    );
    const wrapped = shown.filter((s) => s.getClientRects().length > 1).length;
    return { formulas: shown.length, wrapped };
  });
}

/**
 * Where long formulas wrap. Each ECO formula is a `.formula-text` span whose pieces (text between
 * the <wbr>s after "(" and ",") are its text nodes; a piece that starts on one line and ends on
 * another was broken mid-token. Returns those pieces, e.g. ['=ECO.DATA_ASSET_VALUE('].
 */
import type { Page } from "playwright-core";

export function midTokenBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const top = (node: Text, i: number): number | null => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      return rect === undefined ? null : Math.round(rect.top);
    };
    for (const span of Array.from(document.querySelectorAll(".formula-text"))) {
      if ((span as HTMLElement).offsetParent === null) continue; // not shown
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        if (node.data.trim() === "") continue;
        const first = top(node, 0);
        const last = top(node, node.data.length - 1);
        if (first !== null && last !== null && first !== last) broken.push(node.data);
      }
    }
    return broken;
  });
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

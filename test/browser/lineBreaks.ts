import type { Page } from "playwright-core";

/**
 * Where long formulas wrap. Each ECO formula is a `.formula-text` span of `.formula-piece` spans
 * (the text between the <wbr>s after "(" and ","); a piece laid out on more than one line was
 * broken mid-token. Returns those pieces, e.g. ['=ECODEV.DATA_ASSET_VALUE('].
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

/**
 * The pieces laid out on more than one line, each with the text of its first line, e.g.
 * { piece: "=ECODEV.DATA_ASSET_VALUE(", firstLine: "=ECODEV.DATA_" }.
 */
export function brokenPieces(page: Page): Promise<{ piece: string; firstLine: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".formula-piece"))
      .filter((piece) => (piece as HTMLElement).offsetParent !== null)
      .flatMap((piece) => {
        const rects = Array.from(piece.getClientRects());
        if (new Set(rects.map((r) => Math.round(r.top))).size < 2) return [];
        const top = Math.round(rects[0]!.top);
        let firstLine = "";
        const walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
          for (let i = 0; i < n.data.length; i++) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            if (Math.round(r.getClientRects()[0]?.top ?? -1) === top) firstLine += n.data[i];
          }
        return [{ piece: piece.textContent ?? "", firstLine }];
      })
  );
}

/**
 * The file's cached numbers (src/workbook/cachedPrecision.ts): within 5e-10 relative of the full
 * result, the same figure under the cell's number format, every digit in a General cell, and a
 * number next to a rounding boundary of its display kept whole (10 digits of 2.49999999996 are
 * 2.5, which a "#,##0" cell would show as 3 instead of 2).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDITIONS } from "../../src/workbook";
import { cachedNumber } from "../../src/workbook/cachedPrecision";
import type { Fmt } from "../../src/workbook/layout/types";
import { shownPrecision } from "../../src/workbook/styles";

const NUMERIC: readonly Fmt[] = [
  "yuan",
  "count",
  "countExact",
  "amount",
  "shown",
  "shownFleet",
  "tileAmount",
  "tileFleet",
  "pct",
  "rate",
  "ratio",
  "year",
  "sci",
];

/** The figure a fixed-decimals format shows: the value rounded half away from zero at `decimals`. */
function shown(value: number, decimals: number): string {
  const scaled = Math.abs(value) * 10 ** decimals;
  return `${value < 0 ? "-" : ""}${Math.round(scaled)}`;
}

describe("cached numbers", () => {
  it.each(EDITIONS)("show the same figure and stay within 5e-10 relative (%s)", (edition) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMERIC),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        (fmt, value) => {
          const kept = cachedNumber(value, fmt, edition);
          expect(Math.abs(kept - value)).toBeLessThanOrEqual(5e-10 * Math.abs(value));
          const p = shownPrecision(fmt, edition);
          if (p && "decimals" in p) expect(shown(kept, p.decimals)).toBe(shown(value, p.decimals));
          if (p && "significant" in p)
            expect(kept.toExponential(p.significant - 1)).toBe(
              value.toExponential(p.significant - 1)
            );
        }
      ),
      { numRuns: 5000 }
    );
  });

  it.each(EDITIONS)(
    "show the same figure next to a rounding boundary of the display (%s)",
    (edition) => {
      const fixed = NUMERIC.filter((f) => {
        const p = shownPrecision(f, edition);
        return p !== undefined && "decimals" in p;
      });
      fc.assert(
        fc.property(
          fc.constantFrom(...fixed),
          fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
          fc.double({ min: -2e-9, max: 2e-9, noNaN: true }),
          (fmt, n, eps) => {
            const p = shownPrecision(fmt, edition);
            const decimals = p && "decimals" in p ? p.decimals : 0;
            const value = ((n + 0.5) / 10 ** decimals) * (1 + eps);
            expect(shown(cachedNumber(value, fmt, edition), decimals)).toBe(shown(value, decimals));
          }
        ),
        { numRuns: 5000 }
      );
    }
  );

  it("keeps a number next to its display's rounding boundary whole", () => {
    expect(Number((2.49999999996).toPrecision(10))).toBe(2.5); // what plain rounding would store
    expect(cachedNumber(2.49999999996, "yuan", "en-US")).toBe(2.49999999996);
    expect(cachedNumber(0.12349999999996, "pct", "zh-CN")).toBe(0.12349999999996);
  });

  it("rounds elsewhere, keeps short decimals exactly and General cells whole", () => {
    expect(cachedNumber(2286178300.6106334, "amount", "zh-CN")).toBe(2286178301);
    expect(cachedNumber(0.9230150024740169, "ratio", "en-US")).toBe(0.9230150025);
    expect(cachedNumber(0.978, "pct", "en-US")).toBe(0.978);
    expect(cachedNumber(1255000000, "amount", "en-US")).toBe(1255000000);
    expect(cachedNumber(0.9230150024740169, "text", "en-US")).toBe(0.9230150024740169);
    expect(cachedNumber(0.9230150024740169, undefined, "en-US")).toBe(0.9230150024740169);
  });

  it("keeps more digits where the format shows ten or more", () => {
    // 23,456,789,012.35 yuan shown as "#,##0": 11 digits shown, 13 kept.
    expect(cachedNumber(23456789012.345678, "yuan", "en-US")).toBe(23456789012.35);
  });
});

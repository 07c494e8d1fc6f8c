/** The contrast helper the browser tests use, against ratios WCAG's own examples and tools give. */
import { describe, expect, it } from "vitest";
import { contrastRatio, over, parseColor } from "../support/contrast";

describe("contrastRatio", () => {
  it("gives 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("rgb(16, 124, 65)", "#107c41")).toBeCloseTo(1, 10);
  });
  it("puts #767676 just over 4.5:1 on white and #777777 just under (the usual AA boundary)", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThan(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });
  it("rates the Fluent strokes the pane uses: stroke1 fails 3:1, grey[54] and the accessible stroke pass", () => {
    expect(contrastRatio("#d1d1d1", "#ffffff")).toBeLessThan(1.6);
    expect(contrastRatio("#8a8a8a", "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrastRatio("#616161", "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
  it("reads computed-style colours and blends translucent ones", () => {
    expect(parseColor("rgba(0, 0, 0, 0.5)")).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    const grey = over(parseColor("rgba(0, 0, 0, 0.5)"), parseColor("#ffffff"));
    expect(grey.r).toBeCloseTo(127.5, 10);
  });
});

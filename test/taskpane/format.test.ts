/**
 * The task pane's key results in each edition's units: Chinese in 万/亿 with thousands
 * separators, English in CNY m/bn and never 万/亿. Amounts are the seed's figures (S5, S12, S16,
 * S17, S19) and MODEL.md §6's reference values.
 */
import { describe, expect, it } from "vitest";
import { formatAmount, formatFleet, formatMultiple, formatShare } from "../../src/taskpane/format";

describe("amounts", () => {
  it.each([
    [76_500_000, "7,650 万元", "CNY 76.5m"], // S12
    [72_000_000, "7,200 万元", "CNY 72.0m"], // S5
    [-28_000_000, "−2,800 万元", "−CNY 28.0m"], // S17's loss
    [208_000_000, "2.08 亿元", "CNY 208.0m"], // S6
    [2_250_000_000, "22.50 亿元", "CNY 2.25bn"], // S16
    [5_477_258_806, "54.77 亿元", "CNY 5.48bn"], // NPV, MODEL.md §6
    [2_385_000_000, "23.85 亿元", "CNY 2.39bn"], // V_5, MODEL.md §6: half rounds up, as in Excel
    [38_500_000, "3,850 万元", "CNY 38.5m"],
    [8_000_000_000, "80.00 亿元", "CNY 8.00bn"], // S19
    [123_456_789_012, "1,234.57 亿元", "CNY 123.46bn"],
    [0, "0 万元", "CNY 0.0m"],
  ])("%d yuan: %s / %s", (yuan, zh, en) => {
    expect(formatAmount(yuan, "zh-CN")).toBe(zh);
    expect(formatAmount(yuan, "en-US")).toBe(en);
  });

  it("picks the unit after rounding: just under 1亿 / 1bn reads as 1.00, not 10,000万 or 1,000.0m", () => {
    expect(formatAmount(99_996_000, "zh-CN")).toBe("1.00 亿元");
    expect(formatAmount(99_994_000, "zh-CN")).toBe("9,999 万元");
    expect(formatAmount(999_960_000, "en-US")).toBe("CNY 1.00bn");
    expect(formatAmount(999_940_000, "en-US")).toBe("CNY 999.9m");
  });

  it("has no minus sign on an amount that rounds to zero", () => {
    expect(formatAmount(-4_000, "zh-CN")).toBe("0 万元");
    expect(formatAmount(-40_000, "en-US")).toBe("CNY 0.0m");
  });

  it("writes no Chinese in English, whatever the size", () => {
    for (let e = 0; e <= 13; e++)
      for (const sign of [1, -1])
        expect(formatAmount(sign * 1.7 * 10 ** e, "en-US")).not.toMatch(/[\u3400-\u9fff]/);
  });
});

describe("multiples and fleets", () => {
  it("shows the S16 multiple in the edition's word", () => {
    expect(formatMultiple(4.5, "en-US")).toBe("4.5 ×");
    expect(formatMultiple(4.5, "zh-CN")).toBe("4.5 倍");
  });

  it("shows the fleet for D (MODEL.md §6: ≈ 419,287) in 万辆 or vehicles", () => {
    expect(formatFleet(419_288, "zh-CN")).toBe("41.9 万辆");
    expect(formatFleet(419_288, "en-US")).toBe("419,288 vehicles");
    expect(formatFleet(1_000_000, "zh-CN")).toBe("100.0 万辆");
  });
});

describe("the simulation's key results (MODEL.md §9, story: Prob_D 0.978, P10 ≈ 1,648,953,157, P90 ≈ 2,670,334,692)", () => {
  it("shows the probability of D as a percentage with one decimal", () => {
    expect(formatShare(0.978, "zh-CN")).toBe("97.8 %");
    expect(formatShare(0.978, "en-US")).toBe("97.8%");
    expect(formatShare(1, "en-US")).toBe("100.0%");
  });

  it("shows the P10–P90 ends in each edition's units", () => {
    expect(formatAmount(1_648_953_157.44, "zh-CN")).toBe("16.49 亿元");
    expect(formatAmount(2_670_334_692.22, "en-US")).toBe("CNY 2.67bn");
  });
});

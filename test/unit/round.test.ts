/**
 * src/model/round.ts: Excel's ROUND and ROUNDUP, and the whole-元 reading every threshold
 * comparison uses (MODEL.md §8). Expected values are the examples of Microsoft's ROUND and
 * ROUNDUP reference pages, and the 15-significant-digit reading Excel and LibreOffice apply.
 */
import { describe, expect, it } from "vitest";
import { roundHalfAway, roundUp, wholeYuan } from "../../src/model/round";

describe("roundHalfAway (Excel's ROUND)", () => {
  it("Microsoft's examples, positive and negative digits", () => {
    expect(roundHalfAway(2.15, 1)).toBe(2.2);
    expect(roundHalfAway(2.149, 1)).toBe(2.1);
    expect(roundHalfAway(-1.475, 2)).toBe(-1.48);
    expect(roundHalfAway(21.5, -1)).toBe(20);
    expect(roundHalfAway(626.3, -3)).toBe(1000);
    expect(roundHalfAway(1.98, -1)).toBe(0);
    expect(roundHalfAway(-50.55, -2)).toBe(-100);
  });

  it("halves go away from zero after the 15-digit reading: 1.005 → 1.01, 2.5 → 3, −2.5 → −3", () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(-1234.5678, -2)).toBe(-1200);
  });

  it("digits are truncated to whole digits, as Excel does (2.9 → 2, −1.9 → −1)", () => {
    expect(roundHalfAway(1.23456, 2.9)).toBe(1.23);
    expect(roundHalfAway(1234, -1.9)).toBe(1230);
  });

  it("never −0; 0 stays 0; ±Infinity and NaN come back as they are", () => {
    expect(Object.is(roundHalfAway(-0.4, 0), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-4, -2), 0)).toBe(true);
    expect(roundHalfAway(0, 2)).toBe(0);
    expect(roundHalfAway(Infinity, 2)).toBe(Infinity);
    expect(roundHalfAway(-Infinity, -2)).toBe(-Infinity);
    expect(roundHalfAway(NaN, 0)).toBeNaN();
  });

  it("a value whose scaled form leaves a double's range is already whole at those digits: itself", () => {
    expect(roundHalfAway(1e308, 2)).toBe(1e308);
    expect(roundHalfAway(-1.5e307, 300)).toBe(-1.5e307);
    expect(roundHalfAway(123.456, -400)).toBe(0);
  });
});

describe("roundUp (Excel's ROUNDUP)", () => {
  it("Microsoft's examples: away from zero at the digits", () => {
    expect(roundUp(3.2, 0)).toBe(4);
    expect(roundUp(76.9, 0)).toBe(77);
    expect(roundUp(3.14159, 3)).toBe(3.142);
    expect(roundUp(-3.14159, 1)).toBe(-3.2);
    expect(roundUp(31415.92654, -2)).toBe(31500);
  });

  it("15-digit noise above a whole number is not rounded up; the fleet for D 643,533.1 → 643,534", () => {
    expect(roundUp(643_533 + 1e-10, 0)).toBe(643_533);
    expect(roundUp(1.02e9 / 1585, 0)).toBe(643_534);
  });
});

describe("wholeYuan (every comparison with a threshold)", () => {
  it("rounds half away from zero to whole 元, as ROUND(x, 0)", () => {
    expect(wholeYuan(2.4)).toBe(2);
    expect(wholeYuan(2.6)).toBe(3);
    expect(wholeYuan(-2.6)).toBe(-3);
    expect(wholeYuan(999_999_999.7)).toBe(1_000_000_000);
    expect(wholeYuan(-123_456_789.2)).toBe(-123_456_789);
  });

  it("a half 元 that floating-point noise put just below or above the boundary reads as the half", () => {
    // 0.1 + 0.2 + 2.2 is 2.5000000000000004 and 7.5 − 5.0000000000000001 is 2.4999999999999996:
    // both are 2.5 at 15 digits, so 3 (ROUND half away from zero), as in Excel and LibreOffice.
    expect(wholeYuan(2.4999999999999996)).toBe(3);
    expect(wholeYuan(-2.4999999999999996)).toBe(-3);
    expect(wholeYuan(2.5000000000000004)).toBe(3);
    expect(wholeYuan(4_999_999_999.499999)).toBe(5_000_000_000);
    expect(wholeYuan(4_999_999_999.49)).toBe(4_999_999_999);
  });

  it("never −0: a loss under half a 元 is 0", () => {
    expect(Object.is(wholeYuan(-0.3), 0)).toBe(true);
    expect(Object.is(wholeYuan(-0), 0)).toBe(true);
  });
});

/**
 * The one fleet rule (src/model/fleet.ts) that the task pane's custom fleet and
 * `npm run workbook -- --fleet` share: a whole number of vehicles from 1 to 100,000,000 written
 * in decimal digits, optionally grouped by threes, scaled by 万/亿, and followed by 辆.
 */
import { describe, expect, it } from "vitest";
import {
  fleetFromText,
  isValidFleet,
  MAX_FLEET,
  MIN_FLEET,
  parseFleet,
} from "../../src/model/fleet";
import { ACCEPTED_FLEETS, REFUSED_FLEETS } from "../support/fleetCases";

describe("the fleet rule", () => {
  it.each(ACCEPTED_FLEETS)("reads %j as %d vehicles", (text, vehicles) => {
    expect(parseFleet(text)).toBe(vehicles);
    expect(fleetFromText(text)).toBe(vehicles);
  });

  it.each(REFUSED_FLEETS)("refuses %j", (text) => {
    expect(fleetFromText(text)).toBeUndefined();
  });

  it("bounds a fleet to whole vehicles from 1 to 1亿, both ends included", () => {
    expect([MIN_FLEET, MAX_FLEET]).toEqual([1, 100_000_000]);
    for (const ok of [1, 2, 99_999_999, 100_000_000])
      expect(isValidFleet(ok), String(ok)).toBe(true);
    for (const bad of [0, -1, 0.5, 1.5, 100_000_001, NaN, Infinity])
      expect(isValidFleet(bad), String(bad)).toBe(false);
  });

  it("reads a number it then bounds: the text names vehicles, the bound is separate", () => {
    expect(parseFleet("0")).toBe(0);
    expect(parseFleet("100000001")).toBe(100_000_001);
    expect(parseFleet("2亿")).toBe(200_000_000);
    expect(fleetFromText("2亿")).toBeUndefined();
  });

  it("scales by 万 (10⁴) and 亿 (10⁸), keeping the digits after the point", () => {
    expect(parseFleet("1.2345万")).toBe(12_345);
    expect(parseFleet("0.5亿")).toBe(50_000_000);
    expect(parseFleet("1.00000001亿")).toBe(100_000_001);
    expect(parseFleet("1.000000001亿")).toBeNaN(); // a tenth of a vehicle
    expect(parseFleet("3.10万")).toBe(31_000);
  });

  it("takes full-width digits and point, separators of every kind, and 辆 after the number", () => {
    expect(parseFleet("２．５万")).toBe(25_000);
    for (const sep of [",", "，", " ", "\u00a0", "\u2009", "\u202f", "\u3000"])
      expect(parseFleet(`1${sep}234${sep}567`), JSON.stringify(sep)).toBe(1_234_567);
    expect(parseFleet("12万 辆")).toBe(120_000);
  });

  it("refuses what only looks like a number", () => {
    for (const bad of [
      "1,23",
      "12,3456",
      "1.5",
      ".5万",
      "万",
      "1万5",
      "1e3万",
      "1,000.5",
      "1.2.3万",
    ])
      expect(parseFleet(bad), bad).toBeNaN();
  });
});

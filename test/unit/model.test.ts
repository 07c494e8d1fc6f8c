import { describe, expect, it } from "vitest";
import {
  SEED,
  DEFAULT_USED_CAR_RATE,
  DEFAULT_PER_VEHICLE,
  afterSalesEconomics,
  dataAssetValue,
  dataRates,
  ecosystemBreakdown,
  ecosystemMultiple,
  ecosystemRevenue,
  economicsInputs,
  inUnit,
  lifetimeValue,
  recordsPerMonth,
  recordsPerYear,
  streamRevenue,
  userAssetValue,
} from "../../src/model";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe("seed figures reproduced by the model", () => {
  it("S3: midpoint spend drops 10,000 → 2,000, i.e. −80 %", () => {
    const e = afterSalesEconomics(economicsInputs(SEED.economicsFleet.value));
    expect(e.revenueDrop).toBeCloseTo(SEED.revenueDrop.value, 12);
  });

  it("S4–S6: 2.8亿 vs 7,200万 margin, gap 2.08亿 (the seed's 'about 2亿')", () => {
    const e = afterSalesEconomics(economicsInputs(100_000));
    expect(e.iceGrossMargin).toBe(SEED.iceGrossMargin.value);
    expect(e.evGrossMargin).toBe(SEED.evGrossMargin.value);
    expect(e.marginGap).toBe(SEED.iceGrossMargin.value - SEED.evGrossMargin.value);
    expect(Math.round(inUnit(e.marginGap, "yi"))).toBe(SEED.marginEvaporated.value / 1e8);
  });

  it("S7: 1,127万 records a month", () => {
    expect(recordsPerMonth()).toBe(11_270_000);
    expect(recordsPerYear()).toBe(12 * 11_270_000);
  });

  it("S12: a 10万 fleet's data is worth 7,650万 a year at the mid scenario", () => {
    expect(
      rel(dataAssetValue(SEED.dataValueFleet.value, dataRates("mid")), SEED.dataValue.value)
    ).toBeLessThan(1e-12);
    expect(DEFAULT_USED_CAR_RATE).toBeCloseTo(9 / 65, 14);
  });

  it("S8–S11: low and high scenarios take the ends of every range", () => {
    expect(dataRates("low")).toEqual({
      insurance: 150,
      usedCarFee: 500,
      finance: 200,
      mobility: 100,
    });
    expect(dataRates("high")).toEqual({
      insurance: 300,
      usedCarFee: 800,
      finance: 400,
      mobility: 200,
    });
    expect(dataRates(0.5)).toEqual(dataRates("mid"));
  });

  it("S15–S16: 50万 vehicles give 22.5亿 ecosystem, 5亿 traditional, 4.5×", () => {
    const b = ecosystemBreakdown(SEED.nioFleet.value);
    expect(b.traditional).toBe(SEED.nioTraditional.value);
    expect(b.baas).toBe(SEED.nioBaas.value);
    expect(b.charging).toBe(SEED.nioCharging.value);
    expect(b.insurance).toBe(SEED.nioInsurance.value);
    expect(b.lifestyle).toBe(SEED.nioLifestyle.value);
    expect(b.usedcar).toBe(SEED.nioUsedCar.value);
    expect(ecosystemRevenue(SEED.nioFleet.value)).toBe(2_250_000_000);
    expect(ecosystemMultiple()).toBeCloseTo(SEED.ecosystemMultiple.value, 14);
    expect(DEFAULT_PER_VEHICLE).toEqual({
      traditional: 1000,
      baas: 3000,
      charging: 600,
      insurance: 300,
      lifestyle: 400,
      usedcar: 200,
    });
    expect(streamRevenue(500_000, DEFAULT_PER_VEHICLE, "baas") / 1e8).toBe(15);
  });

  it("S13/S19: 100万 users at 8,000 元 each are 80亿", () => {
    expect(userAssetValue(1_000_000, 0.8, 20_000, 0.5)).toBe(SEED.userAssetTotal.value);
  });

  it("LTV: finite sum and its infinite limit", () => {
    // margin 1000, r 0.8, d 0.1, 3 years: 1000 × (1 + 0.8/1.1 + 0.64/1.21)
    expect(lifetimeValue(1000, 0.8, 0.1, 3)).toBeCloseTo(1000 * (1 + 0.8 / 1.1 + 0.64 / 1.21), 9);
    expect(lifetimeValue(1000, 0.8, 0.1)).toBeCloseTo((1000 * 1.1) / (1.1 - 0.8), 9);
    expect(lifetimeValue(1000, 1, 0, 5)).toBe(5000);
    expect(lifetimeValue(1000, 1, 0)).toBe(Infinity);
  });
});

/**
 * The seed's figures S1–S21 (MODEL.md §1), written here as literals read from the article, never
 * as SEED.x.value: a figure changed by hand in src/model/seed.ts (mutation testing does not touch
 * number literals) must fail a test. Then what the model derives from them, as literals too, and
 * both sides of every threshold.
 */
import { describe, expect, it } from "vitest";
import {
  afterSalesEconomics,
  dataAssetValue,
  dataRates,
  DEFAULT_PER_VEHICLE,
  DEFAULT_USED_CAR_RATE,
  ecosystemBreakdown,
  ecosystemPerVehicle,
  economicsInputs,
  EV_MARGIN_PER_VEHICLE,
  ICE_MARGIN_PER_VEHICLE,
  MONTHLY_RECORDS,
  PRESETS,
  presetFleet,
  recordsPerMonth,
  recordsPerYear,
  roleOf,
  SEED,
} from "../../src/model";

const range = (low: number, high: number, id: string) => expect.objectContaining({ id, low, high });
const value = (v: number, id: string) => expect.objectContaining({ id, value: v });

describe("S1–S21 as the article states them", () => {
  it("S1–S6: after-sales economics, ICE vs EV", () => {
    expect(SEED.iceSpendPerVehicle).toEqual(range(8_000, 12_000, "S1"));
    expect(SEED.evSpendPerVehicle).toEqual(range(1_500, 2_500, "S2"));
    expect(SEED.revenueDrop).toEqual(value(0.8, "S3"));
    expect(SEED.economicsFleet).toEqual(value(100_000, "S4"));
    expect(SEED.iceGrossMargin).toEqual(value(280_000_000, "S4"));
    expect(SEED.evGrossMargin).toEqual(value(72_000_000, "S5"));
    expect(SEED.marginEvaporated).toEqual(value(200_000_000, "S6"));
  });

  it("S7: monthly data records (12万, 380万, 650万, 85万)", () => {
    expect(SEED.workOrderRecords).toEqual(value(120_000, "S7"));
    expect(SEED.vehicleHealthRecords).toEqual(value(3_800_000, "S7"));
    expect(SEED.userBehaviourRecords).toEqual(value(6_500_000, "S7"));
    expect(SEED.partsFlowRecords).toEqual(value(850_000, "S7"));
  });

  it("S8–S12: data value to buyers and the 10万 fleet's 7,650万", () => {
    expect(SEED.insuranceDataRate).toEqual(range(150, 300, "S8"));
    expect(SEED.usedCarCertificationFee).toEqual(range(500, 800, "S9"));
    expect(SEED.financeDataRate).toEqual(range(200, 400, "S10"));
    expect(SEED.mobilityDataRate).toEqual(range(100, 200, "S11"));
    expect(SEED.dataValueFleet).toEqual(value(100_000, "S12"));
    expect(SEED.dataValue).toEqual(value(76_500_000, "S12"));
  });

  it("S14–S16: LTV multiple and the NIO-style 50万 fleet", () => {
    expect(SEED.satisfiedCustomerLtvMultiple).toEqual(value(3.2, "S14"));
    expect(SEED.nioFleet).toEqual(value(500_000, "S15"));
    expect(SEED.nioTraditional).toEqual(value(500_000_000, "S15"));
    expect(SEED.nioBaas).toEqual(value(1_500_000_000, "S15"));
    expect(SEED.nioCharging).toEqual(value(300_000_000, "S15"));
    expect(SEED.nioInsurance).toEqual(value(150_000_000, "S15"));
    expect(SEED.nioLifestyle).toEqual(value(200_000_000, "S15"));
    expect(SEED.nioUsedCar).toEqual(value(100_000_000, "S15"));
    expect(SEED.ecosystemMultiple).toEqual(value(4.5, "S16"));
  });

  it("S17: the turnaround", () => {
    expect(SEED.turnaroundBefore).toEqual(value(-28_000_000, "S17"));
    expect(SEED.turnaroundLossFirstThreeQuarters).toEqual(value(-19_000_000, "S17"));
    expect(SEED.turnaroundAfter).toEqual(value(120_000_000, "S17"));
    expect(SEED.turnaroundMonths).toEqual(value(18, "S17"));
    expect(SEED.firstTimeFixRate).toEqual(value(0.91, "S17"));
    expect(SEED.npsBefore).toEqual(value(45, "S17"));
    expect(SEED.npsAfter).toEqual(value(62, "S17"));
  });

  it("S18: 100万 vehicles in 5 years; the role thresholds −1亿, 5亿, 10亿", () => {
    expect(SEED.planTargetFleet).toEqual(value(1_000_000, "S18"));
    expect(SEED.planYears).toEqual(value(5, "S18"));
    expect(SEED.costCentreLoss).toEqual(value(-100_000_000, "S18"));
    expect(SEED.profitCentreMargin).toEqual(value(500_000_000, "S18"));
    expect(SEED.valueEngineValue).toEqual(value(1_000_000_000, "S18"));
  });

  it("S19–S21: user assets, competitors, pain points", () => {
    expect(SEED.userAssetUsers).toEqual(value(1_000_000, "S19"));
    expect(SEED.userAssetTotal).toEqual(value(8_000_000_000, "S19"));
    expect(SEED.userAssetDataRecords).toEqual(value(300_000_000, "S19"));
    expect(SEED.teslaOtaRemoteFixShare).toEqual(value(0.6, "S20"));
    expect(SEED.xpengFaultWarningDays).toEqual(value(30, "S20"));
    expect(SEED.ownerPainPoints).toEqual(value(138, "S21"));
  });
});

describe("what the model derives from them (literals from the article's arithmetic)", () => {
  it("S4–S6 per vehicle: 2,800 and 720 元/车/年", () => {
    expect(ICE_MARGIN_PER_VEHICLE).toBe(2_800);
    expect(EV_MARGIN_PER_VEHICLE).toBe(720);
  });

  it("fleet totals at 10万 vehicles, mid scenario: spend 10亿 vs 2亿, margin 2.8亿 vs 7,200万, gap 2.08亿", () => {
    const e = afterSalesEconomics(economicsInputs(100_000));
    expect(e.iceRevenue).toBe(1_000_000_000); // 10万 × 10,000 (S1 midpoint)
    expect(e.evRevenue).toBe(200_000_000); // 10万 × 2,000 (S2 midpoint)
    expect(e.iceGrossMargin).toBe(280_000_000); // S4
    expect(e.evGrossMargin).toBe(72_000_000); // S5
    expect(e.marginGap).toBe(208_000_000); // S6: 2.8亿 − 0.72亿
    expect(e.revenueDrop).toBeCloseTo(0.8, 14); // S3: 1 − 2,000/10,000
    expect(e.iceMarginRate).toBeCloseTo(0.28, 14); // 2,800 / 10,000
    expect(e.evMarginRate).toBeCloseTo(0.36, 14); // 720 / 2,000
  });

  it("fleet totals scale with the fleet and take the scenario's end of each range", () => {
    const low = afterSalesEconomics(economicsInputs(50_000, "low"));
    expect(low.iceRevenue).toBe(400_000_000); // 5万 × 8,000
    expect(low.evRevenue).toBe(75_000_000); // 5万 × 1,500
    expect(low.iceGrossMargin).toBe(140_000_000); // 5万 × 2,800
    expect(low.evGrossMargin).toBe(36_000_000); // 5万 × 720
    expect(low.marginGap).toBe(104_000_000); // 5万 × 2,080
    const high = afterSalesEconomics(economicsInputs(3, "high"));
    expect(high.iceRevenue).toBe(36_000); // 3 × 12,000
    expect(high.evRevenue).toBe(7_500); // 3 × 2,500
    expect(high.revenueDrop).toBeCloseTo(1 - 2_500 / 12_000, 14);
  });

  it("S7: 1,127万 records a month, 13,524万 a year", () => {
    expect(MONTHLY_RECORDS).toEqual({
      workOrders: 120_000,
      vehicleHealth: 3_800_000,
      userBehaviour: 6_500_000,
      partsFlow: 850_000,
    });
    expect(recordsPerMonth()).toBe(11_270_000);
    expect(recordsPerYear()).toBe(135_240_000);
    expect(
      recordsPerMonth({ workOrders: 1, vehicleHealth: 2, userBehaviour: 3, partsFlow: 4 })
    ).toBe(10);
    expect(
      recordsPerYear({ workOrders: 1, vehicleHealth: 2, userBehaviour: 3, partsFlow: 4 })
    ).toBe(120);
  });

  it("S8–S12: mid rates 225, 650, 300, 150; the used-car rate 9/65; 7,650万 for 10万 vehicles", () => {
    expect(dataRates("mid")).toEqual({
      insurance: 225,
      usedCarFee: 650,
      finance: 300,
      mobility: 150,
    });
    expect(dataRates(0.25)).toEqual({
      insurance: 187.5,
      usedCarFee: 575,
      finance: 250,
      mobility: 125,
    });
    // (7,650万 ÷ 10万 − 225 − 300 − 150) ÷ 650 = 90 ÷ 650 = 9/65
    expect(DEFAULT_USED_CAR_RATE).toBeCloseTo(9 / 65, 15);
    expect(dataAssetValue(100_000, dataRates("mid"))).toBeCloseTo(76_500_000, 6);
    expect(dataAssetValue(100_000, dataRates("mid"), 9 / 65, "all", "wan")).toBeCloseTo(7_650, 10);
    expect(dataAssetValue(100_000, dataRates("low"), 0, "insurance")).toBe(15_000_000);
    expect(dataAssetValue(10, dataRates("high"), 0.5, "usedcar")).toBe(4_000); // 10 × 800 × 0.5
    expect(dataAssetValue(10, dataRates("high"), 0.5, "finance")).toBe(4_000); // 10 × 400
    expect(dataAssetValue(10, dataRates("high"), 0.5, "mobility")).toBe(2_000); // 10 × 200
  });

  it("S15–S16: per vehicle 1,000 / 3,000 / 600 / 300 / 400 / 200; 22.5亿, 27.5亿, 4.5×", () => {
    expect(DEFAULT_PER_VEHICLE).toEqual({
      traditional: 1_000,
      baas: 3_000,
      charging: 600,
      insurance: 300,
      lifestyle: 400,
      usedcar: 200,
    });
    const b = ecosystemBreakdown(500_000);
    expect(b).toEqual({
      traditional: 500_000_000,
      baas: 1_500_000_000,
      charging: 300_000_000,
      insurance: 150_000_000,
      lifestyle: 200_000_000,
      usedcar: 100_000_000,
      ecosystem: 2_250_000_000,
      total: 2_750_000_000,
      multiple: 4.5,
    });
    expect(ecosystemPerVehicle()).toEqual({
      ...DEFAULT_PER_VEHICLE,
      ecosystem: 4_500,
      total: 5_500,
      multiple: 4.5,
    });
  });

  it("presets: the story at 10万 (S4's maker, S17), 50万 (S15), 100万 (S18)", () => {
    expect(PRESETS.story).toEqual({ fleet: 100_000, seedId: "S17" });
    // The fleet presets keep the story's c and N typed (§11.1 would recalibrate them).
    const storyCosts = { serviceCost: 800, networkCost: 20_000_000 };
    expect(PRESETS.nio50w).toEqual({ fleet: 500_000, seedId: "S15", overrides: storyCosts });
    expect(PRESETS.million5y).toEqual({ fleet: 1_000_000, seedId: "S18", overrides: storyCosts });
    expect(presetFleet({ preset: "nio50w", scenario: "mid" })).toBe(500_000);
    expect(presetFleet({ preset: "custom", customFleet: 1234, scenario: "mid" })).toBe(1234);
    expect(presetFleet({ preset: "custom", scenario: "mid" })).toBeNaN();
  });
});

// MODEL.md §8: one measure, the contribution V, for every band, on whole yuan.
describe("S18's role test on both sides of each threshold", () => {
  it("D at a contribution of 10亿, C just below", () => {
    expect(roleOf(1_000_000_000)).toBe("D");
    expect(roleOf(999_999_999)).toBe("C");
  });
  it("C at 5亿, B just below", () => {
    expect(roleOf(500_000_000)).toBe("C");
    expect(roleOf(499_999_999)).toBe("B");
  });
  it("B at 0, A just below; S18's A is the status quo's −1亿", () => {
    expect(roleOf(0)).toBe("B");
    expect(roleOf(-1)).toBe("A");
    expect(roleOf(-100_000_000)).toBe("A");
  });
  it("a few ulps of noise around a threshold do not flip the role (whole 元)", () => {
    expect(roleOf(1_000_000_000 - 1e-6)).toBe("D");
    expect(roleOf(-1e-7)).toBe("B");
    expect(roleOf(-0.5)).toBe("A"); // ROUND(−0.5, 0) = −1, away from zero
    expect(roleOf(-0.49)).toBe("B");
  });
});

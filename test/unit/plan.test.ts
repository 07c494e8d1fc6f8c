/**
 * The third-edition plan (MODEL.md §8) against its reference values. Every expected number is a
 * literal from MODEL.md or the seed, with the arithmetic beside it:
 * m = 720 元/车/年 (S5: 7,200万 ÷ 10万); c = 800 and N = 2,000万 (calibrated to S17's −2,800万
 * at 10万 and S18's −1亿 at 100万); p = 765 (S12: 7,650万 ÷ 10万); Σ r_s = 4,500 (S15 ÷ 50万);
 * story ramps t/5 for coverage and adoption; stream margins 20 %; d = 10 %.
 */
import { describe, expect, it } from "vitest";
import {
  BASE_FACTORS,
  breakevenYear,
  calibrateCosts,
  calibrateNetworkCost,
  CALIBRATED_NETWORK,
  caseComparison,
  constantTimeline,
  cumulative,
  DEFAULT_PLAN_SETTINGS,
  defaultCaseFactors,
  DEFAULT_PLAN_ASSUMPTIONS,
  DRIVERS,
  findPreset,
  incrementalIrr,
  irrFrom,
  maxIncrementalSwing,
  maxSwing,
  paybackYear,
  planCase,
  planResults,
  planUnder,
  presetSettings,
  roundUp,
  PRESET_NAMES,
  scenarioFactors,
  signChanges,
  sortBySwing,
  tornado,
  tornadoEndFactors,
  type PlanSettings,
  type Timeline,
  type TornadoBar,
} from "../../src/model";

const rel = (actual: number, expected: number): number =>
  actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
/** MODEL.md prints NPVs to the yuan: the model must round to them. */
const toYuan = (x: number): number => Math.round(x);
const yi = (x: number): number => x / 1e8;

const story = () => planCase();
const storyWith = (s: Partial<PlanSettings>) => planCase({ ...DEFAULT_PLAN_SETTINGS, ...s });

describe("calibration of the network cost (MODEL.md §8)", () => {
  it("c = 800 元/车/年 and N = 2,000万 reproduce S17's −2,800万 at 10万 and S18's −1亿 at 100万", () => {
    expect(CALIBRATED_NETWORK.serviceCost).toBe(800);
    expect(CALIBRATED_NETWORK.networkCost).toBe(20_000_000);
    const p = (f: number): number => f * (720 - 800) - 20_000_000;
    expect(p(100_000)).toBe(-28_000_000);
    expect(p(1_000_000)).toBe(-100_000_000);
  });

  it("solves any two facts: 1万 losing 0 and 2万 losing 100 with m = 10 → c = 20, N = −10万", () => {
    const k = calibrateNetworkCost({
      todayFleet: 10_000,
      todayLoss: 0,
      targetFleet: 20_000,
      targetLoss: -100_000,
      marginPerVehicle: 10,
    });
    expect(k.serviceCost).toBe(20);
    expect(k.networkCost).toBe(-100_000);
  });
});

describe("the story (defaults), mid case", () => {
  const r = () => planResults(story());

  it("fleet 10万 → 100万 in equal steps of 18万", () => {
    expect(r().years.map((y) => y.fleet)).toEqual([
      100_000, 280_000, 460_000, 640_000, 820_000, 1_000_000,
    ]);
  });

  it("P_t: −0.28, −0.424, −0.568, −0.712, −0.856, −1.00亿 (F·(720 − 800) − 2,000万)", () => {
    const expected = [-0.28, -0.424, -0.568, -0.712, -0.856, -1.0];
    r().years.forEach((y, t) => expect(yi(y.profit)).toBeCloseTo(expected[t]!, 10));
  });

  it("V_t: −0.28, 0.5084, 2.4956, 5.6816, 10.0664, 15.65亿", () => {
    const expected = [-0.28, 0.5084, 2.4956, 5.6816, 10.0664, 15.65];
    r().years.forEach((y, t) => expect(yi(y.value)).toBeCloseTo(expected[t]!, 10));
    // year 5 by hand: 100万 × (720 − 800 + 765 + 4,500 × 20 %) − 2,000万 = 15.65亿
    expect(r().year5Value).toBeCloseTo(1_565_000_000, 3);
  });

  it("roles A B B C D D; the status quo A every year, V^SQ_5 = −1亿", () => {
    expect(
      r()
        .years.map((y) => y.role)
        .join("")
    ).toBe("ABBCDD");
    expect(
      r()
        .years.map((y) => y.statusQuoRole)
        .join("")
    ).toBe("AAAAAA");
    expect(r().year5Role).toBe("D");
    expect(r().year5RoleStatusQuo).toBe("A");
    expect(r().year5ValueStatusQuo).toBeCloseTo(-100_000_000, 4);
  });

  it("NPV 2,338,623,668; status quo −259,539,301; incremental 2,598,162,969", () => {
    expect(toYuan(r().npv)).toBe(2_338_623_668);
    expect(toYuan(r().npvStatusQuo)).toBe(-259_539_301);
    expect(toYuan(r().npvIncremental)).toBe(2_598_162_969);
  });

  it("IRR n/a and payback n/a (nothing invested); operating break-even year 1", () => {
    expect(r().irrIncremental).toBeNull();
    expect(r().paybackYear).toBe("n/a");
    expect(r().breakevenYear).toBe(1);
  });

  it("FleetForD = 1.02e9 / 1,585 ≈ 643,533.1 (displayed rounded up: 643,534)", () => {
    // v_5 = 720 − 800 + 765 + 900 = 1,585; (10亿 + 2,000万 + 0) / 1,585
    expect(rel(r().fleetForD!, 1.02e9 / 1585)).toBeLessThan(1e-12);
    expect(Math.ceil(r().fleetForD!)).toBe(643_534);
  });

  it("sanity, not calibrated: (V_1 + V_2)/2 ≈ 1.50亿 against S17's +1.2亿 within 18 months", () => {
    expect(yi((r().values[1] + r().values[2]) / 2)).toBeCloseTo(1.502, 10);
  });

  it("ΔCF_0 = −Capex_0 = 0; ΔCF_t = D_t + G_t − EcoOpex − Capex_t, e.g. year 5: 100万 × 1,665", () => {
    expect(r().deltaCashFlows[0]).toBe(-0);
    expect(r().deltaCashFlows[5]).toBeCloseTo(1_665_000_000, 3);
  });
});

describe("the side-by-side cases (story)", () => {
  const cases = () => caseComparison(story());

  it("low: V_5 ≈ 2.1443亿 (B), NPV ≈ 69,186,924, incremental ≈ 747,139,701, roles A A A A B B", () => {
    const low = cases().low;
    expect(yi(low.year5Value)).toBeCloseTo(2.1443, 4);
    expect(low.year5Role).toBe("B");
    expect(toYuan(low.npv)).toBe(69_186_924);
    expect(toYuan(low.npvIncremental)).toBe(747_139_701);
    expect(low.roles.join("")).toBe("AAAABB");
  });

  // §11.3 supersedes §8's B B C D D D: today is measured, so the high case does not restate it.
  it("high: V_5 ≈ 30.309亿 (D), NPV ≈ 5,728,584,170, incremental ≈ 5,278,524,797, roles A B C D D D", () => {
    const high = cases().high;
    expect(yi(high.year5Value)).toBeCloseTo(30.309, 3);
    expect(high.year5Role).toBe("D");
    expect(toYuan(high.npv)).toBe(5_728_584_170);
    expect(toYuan(high.npvIncremental)).toBe(5_278_524_797);
    expect(high.roles.join("")).toBe("ABCDDD");
  });

  it("§11.3: every case shows today as A −0.28亿; the high case breaks even in year 1", () => {
    const high = planUnder(story(), scenarioFactors(story().caseFactors, "high"));
    for (const s of ["low", "mid", "high"] as const) {
      const o = planUnder(story(), scenarioFactors(story().caseFactors, s));
      expect(o.values[0]).toBeCloseTo(-28_000_000, 6);
      expect(o.years[0].role).toBe("A");
    }
    expect(high.breakevenYear).toBe(1);
  });

  it("§11.3: a driver a row switches off stays off today: the status quo's row has V_0 = P_0", () => {
    const mature = planCase(presetSettings({ preset: "mature", scenario: "mid" }));
    const off = { ...BASE_FACTORS, dataPrices: 0, streamRevenue: 0, ecoCost: 0 };
    const sq = planUnder(mature, off);
    // the mature ecosystem sells every vehicle's data today: 10万 × 765 of it, none in the status quo
    expect(planUnder(mature, BASE_FACTORS).years[0].data).toBeCloseTo(100_000 * 765, 6);
    expect(sq.values[0]).toBe(sq.years[0].profit);
  });

  it("§11.3: year 0 has no platform opex, yet Capex_0 keeps driver 10's factor", () => {
    const c = storyWith({ ecoOpex: 1e8, capex: [3e8, 0, 0, 0, 0, 0] as Timeline });
    const low = planUnder(c, scenarioFactors(c.caseFactors, "low"));
    expect(low.values[0]).toBeCloseTo(-28_000_000, 6);
    expect(low.years[0].capex).toBeCloseTo(3e8 * 1.2, 6);
    expect(low.deltaCashFlows[0]).toBeCloseTo(-3e8 * 1.2, 6);
    // from year 1 the opex counts, with the case's factor: V_1 = P_1 + D_1 + G_1 − 1.2亿
    expect(low.values[1]).toBeCloseTo(
      low.years[1].profit + low.years[1].data + low.years[1].ecoMargin - 1.2e8,
      4
    );
  });

  it("mid equals the plan; the status-quo column is the mid case's status quo", () => {
    const c = cases();
    expect(toYuan(c.mid.npv)).toBe(2_338_623_668);
    expect(toYuan(c.statusQuo.npv)).toBe(-259_539_301);
    expect(c.statusQuo.year5Role).toBe("A");
    expect(c.statusQuo.roles.join("")).toBe("AAAAAA");
  });

  it("In_Scenario selects a whole case: the plan's results at 'low' are the low column's", () => {
    const low = planResults(storyWith({ scenario: "low" }));
    expect(toYuan(low.npv)).toBe(69_186_924);
    expect(low.year5Role).toBe("B");
    // the cases do not depend on In_Scenario
    expect(toYuan(low.cases.high.npv)).toBe(5_728_584_170);
  });

  it("a case's status quo takes its factors of drivers 2–5 and 11 only", () => {
    const low = planUnder(story(), scenarioFactors(story().caseFactors, "low"));
    // T 80万, m 540, c 880, N 2,200万, d 12 %: P_5 = 80万 × (540 − 880) − 2,200万
    expect(low.year5ValueStatusQuo).toBeCloseTo(800_000 * (540 - 880) - 22_000_000, 3);
  });
});

describe("driver 1's factors follow the seed's price ends", () => {
  it("p_low/p_mid and p_high/p_mid ≈ 0.678733 / 1.321267 at the default used-car rate", () => {
    // p_low = 150 + 500·9/65 + 200 + 100 = 519.23…; p_mid 765; p_high = 300 + 800·9/65 + 400 + 200
    const [down, up] = DEFAULT_PLAN_SETTINGS.caseFactors.dataPrices;
    expect(down).toBeCloseTo((450 + (500 * 9) / 65) / 765, 14);
    expect(up).toBeCloseTo((900 + (800 * 9) / 65) / 765, 14);
    expect(down).toBeCloseTo(0.678733, 6);
    expect(up).toBeCloseTo(1.321267, 6);
  });

  it("at another used-car rate (0.5) they move: (450 + 250)/(675 + 325)", () => {
    const [down] = defaultCaseFactors(DEFAULT_PLAN_SETTINGS.dataRates, 0.5).dataPrices;
    expect(down).toBeCloseTo(700 / 1000, 14);
  });

  it("the table's analyst defaults, in driver order", () => {
    expect(DRIVERS.map((d) => DEFAULT_PLAN_SETTINGS.caseFactors[d]).slice(1)).toEqual([
      [0.8, 1.2],
      [0.75, 1.25],
      [1.1, 0.9],
      [1.1, 0.9],
      [0.8, 1.2],
      [0.75, 1.25],
      [0.6, 1.2],
      [0.6, 1.2],
      [1.2, 0.8],
      [1.2, 0.8],
    ]);
  });
});

describe("tornado on NPV (story)", () => {
  const bars = () => tornado(story());

  it("all 11 swings, in driver order", () => {
    expect(bars().map((b) => toYuan(b.swing))).toEqual([
      767_025_243, 928_904_225, 826_756_046, 367_447_132, 15_163_147, 561_764_966, 702_206_208,
      730_881_611, 621_249_370, 0, 340_571_856,
    ]);
  });

  it("the maximum is the target fleet's, 928,904,225", () => {
    expect(toYuan(maxSwing(bars()))).toBe(928_904_225);
  });

  it("§11.5: the incremental swings, in driver order", () => {
    expect(bars().map((b) => toYuan(b.incrementalSwing))).toEqual([
      767_025_243, 997_080_791, 0, 0, 0, 561_764_966, 702_206_208, 730_881_611, 621_249_370, 0,
      371_066_149,
    ]);
    expect(toYuan(maxIncrementalSwing(bars()))).toBe(997_080_791);
  });

  // §11.5 supersedes §8's order by NPV swing: the tornado ranks the decision.
  it("§11.5: ranked by the incremental swing, the zero swings by driver number", () => {
    expect(sortBySwing(bars()).map((b) => b.driver)).toEqual([
      "targetFleet",
      "dataPrices",
      "adoption",
      "streamMargin",
      "coverage",
      "streamRevenue",
      "discountRate",
      "margin",
      "serviceCost",
      "networkCost",
      "ecoCost",
    ]);
  });

  it("§11.5: each end's incremental NPV is against its own status quo", () => {
    const c = story();
    const up = planUnder(c, tornadoEndFactors(c.caseFactors, "targetFleet", 1));
    const bar = bars()[1]!;
    expect(bar.npvIncrementalUpside).toBe(up.npv - up.npvStatusQuo);
    expect(bar.npvUpside).toBe(up.npv);
  });

  it("each end is a full recomputation: the fixed cost's swing is 2 × 200万 × the 10 % annuity", () => {
    // N ± 10 %: 400万 a year for years 1–5 at 10 %
    let annuity = 0;
    for (let t = 1; t <= 5; t++) annuity += 1 / 1.1 ** t;
    expect(bars()[4]?.swing).toBeCloseTo(4_000_000 * annuity, 3);
  });

  it("sorted by the swing in whole yuan, ties by driver number", () => {
    const bar = (number: number, swing: number): TornadoBar => ({
      driver: DRIVERS[number - 1]!,
      number,
      downside: 1,
      upside: 1,
      npvDownside: 0,
      npvUpside: 0,
      swing: 0,
      npvIncrementalDownside: 0,
      npvIncrementalUpside: swing,
      incrementalSwing: swing,
    });
    // 3 and 5 differ only in the last bit: they tie, and 3 comes first; 7 ties exactly with 1
    const sorted = sortBySwing([bar(1, 5), bar(5, 100.00000000000001), bar(3, 100), bar(7, 5)]);
    expect(sorted.map((b) => b.number)).toEqual([3, 5, 1, 7]);
  });

  it("an end factor applies to its driver alone", () => {
    const k = tornadoEndFactors(story().caseFactors, "margin", 1);
    expect(k).toEqual({ ...BASE_FACTORS, margin: 1.25 });
  });
});

describe("investment: story with EcoOpex 1亿, Capex 3亿 in year 0 and 2亿 in year 1", () => {
  const r = () =>
    planResults(storyWith({ ecoOpex: 1e8, capex: [3e8, 2e8, 0, 0, 0, 0] as Timeline }));

  it("NPV ≈ 1,477,726,810, incremental ≈ 1,737,266,111", () => {
    expect(toYuan(r().npv)).toBe(1_477_726_810);
    expect(toYuan(r().npvIncremental)).toBe(1_737_266_111);
  });

  it("IRR ≈ 68.62 %, payback year 3", () => {
    expect(r().irrIncremental).toBeCloseTo(0.6862, 4);
    expect(r().paybackYear).toBe(3);
  });

  it("break-even is operating: year 2 (V_1 = 0.5084亿 − 1亿 of opex < 0), whatever the capex", () => {
    expect(r().breakevenYear).toBe(2);
    const noCapex = planResults(storyWith({ ecoOpex: 1e8 }));
    expect(noCapex.breakevenYear).toBe(2);
    // opex alone: ΔCF_1 = D_1 + G_1 − 1亿 = 0.9324亿 − 1亿 < 0, paid back in year 2
    expect(noCapex.paybackYear).toBe(2);
  });
});

describe("IRR and payback rules", () => {
  it("IRR of −100, 110 is 10 %; of −100, 0, 121 is 10 % (zeros ignored)", () => {
    expect(incrementalIrr([-100, 110, 0, 0, 0, 0])).toBeCloseTo(0.1, 12);
    expect(incrementalIrr([-100, 0, 121, 0, 0, 0])).toBeCloseTo(0.1, 12);
  });

  it("n/a without exactly one sign change: nothing invested, two changes, all zero", () => {
    expect(incrementalIrr([0, 1, 2, 3, 4, 5])).toBeNull();
    expect(incrementalIrr([-100, 230, -132, 0, 0, 0])).toBeNull();
    expect(incrementalIrr(constantTimeline(0))).toBeNull();
    expect(signChanges([-1, 0, 2, 0, -3])).toBe(2);
  });

  it("IRR from 0.1 iterates as LibreOffice's does: 20 Newton steps, no answer after them", () => {
    // Each expectation is LibreOffice Calc's IRR of the same flows (Err:523 = no convergence).
    expect(irrFrom([-100, 1, 0, 0, 0, 0], 0.1)).toBeNull();
    expect(irrFrom([-733, 224, 2, 108, 0, 0], 0.1)).toBeNull(); // settles on the 21st step
    expect(irrFrom([-4, 81921, 60818, 0, 0, 0], 0.1)).toBeNull(); // likewise
    // a rate Newton reaches within 20 steps from below: −1 then 1,000 is 99,900 %
    expect(irrFrom([-1, 1000, 0, 0, 0, 0], 0.1)).toBeCloseTo(999, 6);
    expect(incrementalIrr([-1, 1000, 0, 0, 0, 0])).toBeCloseTo(999, 6);
  });

  it("a step past r = −1 does not stop IRR from 0.1: LibreOffice returns the root it settles on", () => {
    // −614, 4, 162: LibreOffice −151.04101299758 %; −362, 60, 85: −140.873113207785 %.
    expect(irrFrom([-614, 4, 162, 0, 0, 0], 0.1)).toBeCloseTo(-1.5104101299758, 12);
    expect(irrFrom([-362, 60, 85, 0, 0, 0], 0.1)).toBeCloseTo(-1.40873113207785, 12);
    expect(irrFrom([-945, 69, 241, 6, 0, 0], 0.1)).toBeCloseTo(-1.45586537135712, 12);
  });

  it("§11.9: such a root below −1 is no answer; −10亿, 7,650万 × 4, 0 give −34.87 %, not −147.15 %", () => {
    const flows: Timeline = [-1e9, 76_500_000, 76_500_000, 76_500_000, 76_500_000, 0];
    expect(irrFrom(flows, 0.1)).toBeCloseTo(-1.4715, 4);
    expect(incrementalIrr(flows)).toBeCloseTo(-0.3487, 4);
  });

  it("§11.9: the low case with heavy investment has the unique rate −19.78 %, which IRR from 0.1 misses", () => {
    const heavy = planResults(
      storyWith({ fleet: 80_000, ecoOpex: 2e8, capex: [1e8, 1e8, 1e8, 0, 0, 0], scenario: "low" })
    );
    expect(signChanges(heavy.deltaCashFlows)).toBe(1);
    expect(irrFrom(heavy.deltaCashFlows, 0.1)).toBeNull();
    expect(heavy.irrIncremental).toBeCloseTo(-0.1978, 4);
  });

  it("§11.9: sign changes are counted in whole 元, so a flow of −0.4 元 is a zero", () => {
    expect(signChanges([-100, 50, -0.4, 80, 0, 0])).toBe(1);
    expect(signChanges([-100, 50, -0.6, 80, 0, 0])).toBe(3);
    expect(incrementalIrr([-100, 110, -0.4, 0, 0, 0])).not.toBeNull();
  });

  it("payback: n/a when C never negative; not within plan when C_5 < 0; else the year C stays ≥ 0", () => {
    expect(paybackYear(cumulative([0, 1, 1, 1, 1, 1]))).toBe("n/a");
    expect(paybackYear(cumulative([-10, 1, 1, 1, 1, 1]))).toBe("notWithinPlan");
    expect(paybackYear(cumulative([-10, 5, 5, 1, 1, 1]))).toBe(2);
    // back below 0 in year 3, paid back again in year 4
    expect(paybackYear(cumulative([-10, 11, 0, -2, 5, 0]))).toBe(4);
  });

  it("payback compares whole yuan: −0.4 元 of cumulative flow counts as paid back", () => {
    expect(paybackYear(cumulative([-10, 9.6, 0, 0, 0, 0]))).toBe(1);
    expect(paybackYear(cumulative([-10, 9.4, 0, 0, 0, 0]))).toBe("notWithinPlan");
  });

  it("break-even compares whole yuan and is null when never reached", () => {
    expect(breakevenYear([-0.4, 1, 1, 1, 1, 1])).toBe(0);
    expect(breakevenYear([-1, -1, -1, -1, -1, -1])).toBeNull();
  });
});

describe("the mature-ecosystem preset keeps §6's reference values", () => {
  const mature = () => planResults(planCase(presetSettings({ preset: "mature", scenario: "mid" })));

  it("V_5 = 1e6·(720 + 765 + 4,500·0.2) = 23.85亿, NPV 5,477,258,806, break-even year 0", () => {
    expect(mature().year5Value).toBeCloseTo(2_385_000_000, 3);
    expect(toYuan(mature().npv)).toBe(5_477_258_806);
    expect(mature().breakevenYear).toBe(0);
    expect(mature().year5Role).toBe("D");
  });

  it("FleetForD = 1e9 / 2,385 ≈ 419,287", () => {
    expect(rel(mature().fleetForD!, 1e9 / 2385)).toBeLessThan(1e-12);
  });

  it("low and high V_5 ≈ 9.4043亿 and 39.1292亿 (whole cases, not §6's 21.39 / 26.31)", () => {
    expect(yi(mature().cases.low.year5Value)).toBeCloseTo(9.4043, 4);
    expect(yi(mature().cases.high.year5Value)).toBeCloseTo(39.1292, 4);
  });
});

describe("presets", () => {
  it("the story is the default; the pane and CLI know story, mature and the fleet presets", () => {
    expect(PRESET_NAMES).toEqual(["story", "mature", "nio50w", "million5y"]);
    expect(presetSettings({ preset: "story", scenario: "mid" })).toEqual(DEFAULT_PLAN_SETTINGS);
  });

  it("the old 10万 name still finds the story; names in any case", () => {
    expect(findPreset("seed10w")).toBe("story");
    expect(findPreset(" Mature ")).toBe("mature");
    expect(findPreset("nope")).toBeUndefined();
  });

  it("the fleet presets set only the fleet, and type the story's c and N (§11.1 would recalibrate them)", () => {
    const s = presetSettings({ preset: "nio50w", scenario: "mid" });
    expect(s).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      fleet: 500_000,
      serviceCost: 800,
      networkCost: 20_000_000,
    });
    // Left to the calibration, the story's facts at 50万 vehicles would imply N < 0.
    expect(calibrateCosts({ ...DEFAULT_PLAN_SETTINGS, fleet: 500_000 }).networkCostNegative).toBe(
      true
    );
    const million = planCase(presetSettings({ preset: "million5y", scenario: "mid" }));
    expect([million.serviceCost, million.networkCost]).toEqual([800, 20_000_000]);
  });
});

describe("CAGR path", () => {
  it("F_t = 10万·10^(t/5): year 1 ≈ 158,489", () => {
    const r = planResults(storyWith({ fleetPath: "cagr" }));
    expect(r.years[1].fleet).toBeCloseTo(100_000 * 10 ** 0.2, 6);
    expect(r.years[5].fleet).toBeCloseTo(1_000_000, 6);
    expect(r.cagrPathOk).toBe(true);
  });

  it("falls back to linear with a failed check when F_0 = 0", () => {
    const r = planResults(storyWith({ fleetPath: "cagr", fleet: 0 }));
    expect(r.cagrPathOk).toBe(false);
    expect(r.years[1].fleet).toBe(200_000);
  });
});

describe("whole-vehicle display of the fleet for D (MODEL.md §8)", () => {
  it("ROUNDUP: 643,533.1 → 643,534; an exact whole number stays; 15-digit noise is not rounded up", () => {
    expect(roundUp(1.02e9 / 1585, 0)).toBe(643_534);
    expect(roundUp(419_287, 0)).toBe(419_287);
    expect(roundUp(419_287 + 3e-11, 0)).toBe(419_287);
    expect(roundUp(-2.1, 0)).toBe(-3); // away from zero, as Excel's ROUNDUP
    expect(roundUp(1.234, 2)).toBe(1.24);
  });
});

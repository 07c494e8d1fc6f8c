/**
 * The fourth edition in the model (MODEL.md §11.1, §11.2, §11.6, §11.7): the calibration of c and N
 * from the company's facts, the data prices and used-car rate as inputs, the valuation and the
 * bridge, at §11's reference values (literals from MODEL.md); their invariants as properties; and
 * "every input is live": changing any single catalogue input changes at least one named output.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BRIDGE_BARS,
  calibrateCosts,
  dataPricePerVehicle,
  DEFAULT_PLAN_SETTINGS,
  planCase,
  planResults,
  PLAN_INPUTS,
  PLAN_INPUT_ARGUMENTS,
  simulate,
  valuation,
  valueBridge,
  type PlanInput,
  type PlanResults,
  type PlanSettings,
} from "../../src/model";
import { planSettingsArb } from "../support/planArbitraries";

const S = DEFAULT_PLAN_SETTINGS;
/**
 * The story with §8's investment example (EcoOpex 1亿, Capex 3亿 and 2亿 in years 0 and 1): at
 * the bare story every cost is 0, so driver 10's factors would multiply nothing.
 */
const INVESTED: PlanSettings = { ...S, ecoOpex: 1e8, capex: [3e8, 2e8, 0, 0, 0, 0] };

/** MODEL.md §11.1's own company: 15万 vehicles losing 4,000万 today, 60万 in year 5, R_T blank. */
const OWN: PlanSettings = {
  ...S,
  fleet: 150_000,
  resultToday: -40_000_000,
  targetFleet: 600_000,
  resultTargetStatusQuo: null,
  dataRates: {
    low: { ...S.dataRates.low, insurance: 100 },
    mid: { ...S.dataRates.mid, insurance: 120 },
    high: { ...S.dataRates.high, insurance: 150 },
  },
};

describe("§11.1: c and N calibrated from the company's facts, once", () => {
  it("story: two facts give c = 800 and N = 2,000万", () => {
    const k = calibrateCosts(S);
    expect(k.serviceCost).toBeCloseTo(800, 9);
    expect(k.networkCost).toBeCloseTo(20_000_000, 4);
    expect(k.serviceCostMode).toBe("twoFacts");
    expect(k.networkCostMode).toBe("today");
    expect([k.serviceCostNegative, k.networkCostNegative]).toEqual([false, false]);
  });

  it("own company (R_T blank): one fact, c = 800 whatever the margin, N = 2,800万", () => {
    const k = calibrateCosts(OWN);
    expect(k).toMatchObject({ serviceCost: 800, serviceCostMode: "oneFact" });
    expect(k.networkCost).toBeCloseTo(28_000_000, 6);
    expect(calibrateCosts({ ...OWN, marginPerVehicle: 1000 }).serviceCost).toBe(800);
    // N makes today's status quo equal the fact: P_0 = F_0·(m − c) − N = R_0.
    const r = planResults(planCase(OWN));
    expect(r.years[0].profit).toBeCloseTo(-40_000_000, 4);
  });

  it("T = F_0 falls back to one fact even with R_T given", () => {
    expect(calibrateCosts({ ...S, targetFleet: S.fleet }).serviceCostMode).toBe("oneFact");
  });

  it("an override wins; each cost is reported negative when the facts imply it", () => {
    const typed = calibrateCosts({ ...S, serviceCost: 500, networkCost: 1e7 });
    expect(typed).toMatchObject({
      serviceCost: 500,
      networkCost: 1e7,
      serviceCostMode: "override",
      networkCostMode: "override",
    });
    // N follows a typed c: 10万·(720 − 500) + 2,800万.
    expect(calibrateCosts({ ...S, serviceCost: 500 }).networkCost).toBeCloseTo(5e7, 6);
    // Today a profit of 1亿 at 10万 vehicles: N = 10万·(−80) − 1亿 < 0.
    expect(calibrateCosts({ ...S, resultToday: 1e8 }).networkCostNegative).toBe(true);
    // The contribution improves by 2亿 on 90万 more vehicles: c = 720 − 222.2… + … < 0? c = 720 − (R_T − R_0)/ΔF.
    const rich = calibrateCosts({ ...S, resultTargetStatusQuo: 1e9 });
    expect(rich.serviceCost).toBeCloseTo(720 - (1e9 + 28e6) / 900_000, 9);
    expect(rich.serviceCostNegative).toBe(true);
  });

  it("is not redone inside a case: the low case's target fleet does not move c or N", () => {
    const c = planCase(S);
    const r = planResults(c);
    expect(r.inputs.serviceCost).toBe(c.serviceCost);
    const low = planResults({ ...c, scenario: "low" });
    expect(low.inputs.serviceCost).toBeCloseTo(c.serviceCost * 1.1, 9);
    expect(low.inputs.networkCost).toBeCloseTo(c.networkCost * 1.1, 4);
  });
});

describe("§11.2: the data prices and the used-car rate are inputs", () => {
  it("the used-car rate is the seed's 9/65 whatever the prices typed; insurance mid 120 gives p = 660", () => {
    const c = planCase(OWN);
    expect(c.usedCarRate).toBeCloseTo(9 / 65, 15);
    expect(dataPricePerVehicle(c.dataRates.mid, c.usedCarRate)).toBeCloseTo(660, 10);
    expect(dataPricePerVehicle(planCase(S).dataRates.mid, planCase(S).usedCarRate)).toBeCloseTo(
      765,
      10
    );
    expect(planCase({ ...OWN, usedCarRate: 0.5 }).usedCarRate).toBe(0.5);
  });

  it("driver 1's factors follow the input prices: p_low/p_mid and p_high/p_mid", () => {
    const c = planCase(OWN);
    const p = (end: "low" | "mid" | "high"): number =>
      dataPricePerVehicle(OWN.dataRates[end], 9 / 65);
    expect(c.caseFactors.dataPrices[0]).toBeCloseTo(p("low") / p("mid"), 14);
    expect(c.caseFactors.dataPrices[1]).toBeCloseTo(p("high") / p("mid"), 14);
    expect(c.caseFactors.dataPrices[0]).toBeCloseTo((100 + (500 * 9) / 65 + 200 + 100) / 660, 14);
  });

  it("own company (§11.4's figures that do not depend on ρ): NPV 1,321,188,076; incremental 1,549,518,182", () => {
    const r = planResults(planCase(OWN));
    expect(Math.abs(r.npv - 1_321_188_076)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.npvIncremental - 1_549_518_182)).toBeLessThanOrEqual(0.5);
  });
});

describe("§11.6 valuation and §11.7 bridge: the story's reference values", () => {
  const r = planResults(planCase(S));

  it("value 12,056,042,374; status quo −880,460,624; incremental 12,936,502,998 元", () => {
    expect(Math.abs(r.valuation.plan! - 12_056_042_374)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.valuation.statusQuo! - -880_460_624)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(r.valuation.incremental! - 12_936_502_998)).toBeLessThanOrEqual(0.5);
  });

  it("n/a (null) when d ≤ g; d is the selected case's (the low case's d is 12 %)", () => {
    const c = planCase(S);
    expect(planResults({ ...c, terminalGrowth: 0.1 }).valuation).toEqual({
      plan: null,
      statusQuo: null,
      incremental: null,
    });
    expect(planResults({ ...c, terminalGrowth: 0.11, scenario: "low" }).valuation.plan).not.toBe(
      null
    );
  });

  it("bridge: −0.28; −0.72; 7.65; 6.00; 1.20; 0.60; 0.80; 0.40; 0; 15.65 亿", () => {
    const expected = [-0.28, -0.72, 7.65, 6.0, 1.2, 0.6, 0.8, 0.4, 0, 15.65];
    expect(BRIDGE_BARS).toHaveLength(10);
    BRIDGE_BARS.forEach((bar, i) => expect(r.bridge[bar] / 1e8).toBeCloseTo(expected[i]!, 10));
  });
});

describe("properties", () => {
  /** g from −50 % to 50 % in steps of 0.1 % (d − g = 5e-324 would overflow the perpetuity). */
  const growth = fc.integer({ min: -500, max: 500 }).map((x) => x / 1000);

  it("value_incremental = value_plan − value_statusquo = NPV_Incremental + (V_5 − P_5)·(1 + g)/(d − g)/(1 + d)^5", () => {
    fc.assert(
      fc.property(planSettingsArb, growth, (s, g) => {
        const r = planResults(planCase({ ...s, terminalGrowth: g }));
        const v = valuation(r, g);
        const d = r.inputs.discountRate;
        if (!(d > g)) {
          expect(v).toEqual({ plan: null, statusQuo: null, incremental: null });
          return;
        }
        // A spread d − g of a few ulps makes the perpetuity overflow (the functions' #NUM!).
        fc.pre(d - g > 1e-9);
        expect(v.incremental).toBe(v.plan! - v.statusQuo!);
        const annuity = (1 + g) / (d - g) / (1 + d) ** 5;
        const scale = Math.max(1, Math.abs(v.plan!), Math.abs(v.statusQuo!));
        expect(
          Math.abs(
            v.incremental! - (r.npvIncremental + (r.year5Value - r.year5ValueStatusQuo) * annuity)
          )
        ).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 200 }
    );
  });

  it("the bridge starts at V_0, ends at V_5, and its bars add up to V_5", () => {
    fc.assert(
      fc.property(planSettingsArb, (s) => {
        const r = planResults(planCase(s));
        const b = valueBridge(r);
        expect(b.today).toBe(r.values[0]);
        expect(b.year5).toBe(r.year5Value);
        const bars = BRIDGE_BARS.slice(0, -1).map((bar) => b[bar]);
        const scale = Math.max(1, ...bars.map(Math.abs), Math.abs(b.year5));
        const sum = bars.reduce((x, y) => x + y, 0);
        expect(Math.abs(sum - b.year5)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 200 }
    );
  });
});

/**
 * Every named output the plan answers with (the Out_ names of MODEL.md §5–§11 that the model
 * computes), in one comparable record.
 */
function namedOutputs(r: PlanResults): Readonly<Record<string, unknown>> {
  return {
    Out_Year0_Value: r.values[0],
    Out_Year5_Value: r.year5Value,
    Out_Year5_Role: r.year5Role,
    Out_Year5_Value_StatusQuo: r.year5ValueStatusQuo,
    Out_NPV: r.npv,
    Out_NPV_StatusQuo: r.npvStatusQuo,
    Out_NPV_Incremental: r.npvIncremental,
    Out_IRR_Incremental: r.irrIncremental,
    Out_PaybackYear: r.paybackYear,
    Out_BreakevenYear: r.breakevenYear,
    Out_FleetForD: r.fleetForD,
    Out_Cases: r.cases,
    Out_Tornado: r.tornado.map((b) => [
      b.npvDownside,
      b.npvUpside,
      b.npvIncrementalDownside,
      b.npvIncrementalUpside,
    ]),
    Out_Value: r.valuation,
    Out_Bridge: r.bridge,
  };
}

/** One change to each single input (for a list, to each cell), within its range. */
function changes(argument: string, row: PlanInput): { what: string; settings: PlanSettings }[] {
  const current = INVESTED[row.settingsKey] as unknown;
  const spec = row.spec;
  const set = (value: unknown): PlanSettings => ({ ...INVESTED, [row.settingsKey]: value });
  if (spec.kind === "choice")
    return spec.options
      .filter((o) => o !== current)
      .map((o) => ({ what: `${argument} = ${o}`, settings: set(o) }));
  const nudge = (v: number, max: number | undefined): number =>
    v === 0 ? (max === undefined ? 1e6 : Math.min(0.05, max / 2)) : v * 0.9;
  if (spec.kind === "number") {
    const v = (current as number | null) ?? row.functionDefault ?? 0;
    const changed = current === null ? v * 0.9 : nudge(v, spec.max);
    return [{ what: `${argument} = ${changed}`, settings: set(changed) }];
  }
  // A list: each cell of the block, in the catalogue's shape (rows × cols), except derived rows.
  const grid = listCells(argument, current);
  const out: { what: string; settings: PlanSettings }[] = [];
  for (let i = 0; i < spec.rows; i++) {
    if (spec.derivedRows?.includes(i)) continue;
    for (let j = 0; j < spec.cols; j++) {
      const copy = grid.cells.map((r) => [...r]);
      copy[i]![j] = nudge(copy[i]![j]!, spec.max);
      out.push({ what: `${argument}[${i}][${j}]`, settings: set(grid.back(copy)) });
    }
  }
  return out;
}

/** A list setting as rows × cols numbers, and back (the model's shape for each list). */
function listCells(
  argument: string,
  value: unknown
): { cells: number[][]; back: (cells: number[][]) => unknown } {
  const streams = ["baas", "charging", "insurance", "lifestyle", "usedcar"] as const;
  const drivers = Object.keys(S.caseFactors) as (keyof PlanSettings["caseFactors"])[];
  const buyers = ["insurance", "usedCarFee", "finance", "mobility"] as const;
  const ends = ["low", "mid", "high"] as const;
  switch (argument) {
    case "capex":
    case "coverage":
      return { cells: [[...(value as number[])]], back: (c) => c[0] };
    case "adoption": {
      const a = value as PlanSettings["adoption"];
      return {
        cells: streams.map((s) => [...a[s]]),
        back: (c) => Object.fromEntries(streams.map((s, i) => [s, c[i]])),
      };
    }
    case "stream_margin": {
      const m = value as PlanSettings["streamMargin"];
      return {
        cells: [streams.map((s) => m[s])],
        back: (c) => Object.fromEntries(streams.map((s, i) => [s, c[0]![i]])),
      };
    }
    case "stream_revenue": {
      const m = value as PlanSettings["streamRevenue"];
      return {
        cells: streams.map((s) => [m[s]]),
        back: (c) => Object.fromEntries(streams.map((s, i) => [s, c[i]![0]])),
      };
    }
    case "case_factors": {
      const k = value as PlanSettings["caseFactors"];
      return {
        cells: drivers.map((d) => [...k[d]]),
        back: (c) => Object.fromEntries(drivers.map((d, i) => [d, c[i]])),
      };
    }
    case "data_prices": {
      const p = value as PlanSettings["dataRates"];
      return {
        cells: buyers.map((b) => ends.map((e) => p[e][b])),
        back: (c) =>
          Object.fromEntries(
            ends.map((e, j) => [e, Object.fromEntries(buyers.map((b, i) => [b, c[i]![j]]))])
          ),
      };
    }
  }
  throw new Error(`no list shape for ${argument}`);
}

/** The inputs that feed only the simulation, whose outputs are checked on the case it receives. */
const SIMULATION_ONLY = ["correlation"] as const;

describe("every input is live (MODEL.md §11): each catalogue input changes a named output (story with investment)", () => {
  const base = namedOutputs(planResults(planCase(INVESTED)));

  it("covers every catalogue input, with a list changed cell by cell", () => {
    const all = PLAN_INPUT_ARGUMENTS.flatMap((a) => changes(a, PLAN_INPUTS[a]));
    expect(new Set(all.map((c) => c.what.split(/[ [=]/)[0])).size).toBe(
      PLAN_INPUT_ARGUMENTS.length
    );
    expect(all.length).toBeGreaterThan(90);
  });

  for (const argument of PLAN_INPUT_ARGUMENTS) {
    if ((SIMULATION_ONLY as readonly string[]).includes(argument)) continue;
    it(`${argument} (${PLAN_INPUTS[argument].workbookName})`, () => {
      for (const { what, settings } of changes(argument, PLAN_INPUTS[argument])) {
        const changed = namedOutputs(planResults(planCase(settings)));
        expect(changed, `${what} changes no named output`).not.toEqual(base);
      }
    });
  }

  it("correlation changes the simulation's outputs (MODEL.md §11.4: the case's In_Correlation drives the draws)", () => {
    const before = simulate(planCase(INVESTED), 200);
    for (const { what, settings } of changes("correlation", PLAN_INPUTS.correlation)) {
      const after = simulate(planCase(settings), 200);
      expect(after, `${what} changes no simulation output`).not.toEqual(before);
    }
  });
});

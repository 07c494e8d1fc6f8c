/**
 * The plan as a distribution (MODEL.md §9, §11.4): the Richtmyer sequence, the triangular
 * inverse, PERCENTILE.INC, the correlated draws and the story's reference values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  caseFactorsOf,
  DEFAULT_CORRELATION,
  DEFAULT_PLAN_ASSUMPTIONS,
  type PlanCase,
  DEFAULT_PLAN_SETTINGS,
  DRIVERS,
  DRIVER_PRIMES,
  factorsOf,
  favourableFirst,
  MAX_TRIALS,
  normSDist,
  normSInv,
  percentileInc,
  planCase,
  planResults,
  planUnder,
  richtmyer,
  simulate,
  triangularInverse,
  trialDraws,
  trialFactors,
  type Driver,
} from "../../src/model";

const story = () => planCase();
/** The story's case with these factors (set on the case: planCase makes driver 1's follow the prices). */
const withFactors = (f: (d: Driver) => readonly [number, number]): PlanCase => ({
  ...planCase(DEFAULT_PLAN_SETTINGS),
  caseFactors: caseFactorsOf(f),
});

describe("Richtmyer sequence u_{i,j} = MOD(i·SQRT(q_j), 1)", () => {
  it("the eleven primes, one per driver", () => {
    expect(DRIVER_PRIMES).toEqual([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31]);
    expect(DRIVER_PRIMES).toHaveLength(DRIVERS.length);
  });

  it("first values against a hand-computed table (√2 = 1.41421356…, √3 = 1.73205080…)", () => {
    // i = 1: the fractional parts of the roots; i = 2: 2√2 = 2.828427…, 2√3 = 3.464101…
    const table: [number, number, number][] = [
      [1, 2, 0.41421356237],
      [1, 3, 0.73205080757],
      [1, 5, 0.2360679775],
      [2, 2, 0.82842712475],
      [2, 3, 0.46410161514],
      [3, 2, 0.24264068712],
      [3, 31, 0.70329308849], // 3√31 = 3 × 5.56776436283 = 16.703293…
      [1000, 2, 0.2135623731], // 1000√2 = 1414.213562…
    ];
    for (const [i, q, u] of table) expect(richtmyer(i, q)).toBeCloseTo(u, 10);
  });

  it("lies in [0, 1) and is the product's fractional part exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_TRIALS }),
        fc.constantFrom(...DRIVER_PRIMES),
        (i, q) => {
          const u = richtmyer(i, q);
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
          expect(u).toBe((i * Math.sqrt(q)) % 1);
        }
      )
    );
  });
});

describe("triangular inverse", () => {
  it("u = 0 gives the low end, u = 1 the high end", () => {
    expect(triangularInverse(0, 0.8, 1.2)).toBe(0.8);
    expect(triangularInverse(1, 0.8, 1.2)).toBe(1.2);
    // costs: the downside factor is the larger; lo and hi are MIN and MAX
    expect(triangularInverse(0, 1.1, 0.9)).toBe(0.9);
    expect(triangularInverse(1, 1.1, 0.9)).toBe(1.1);
  });

  it("at u = (mode − lo)/(hi − lo) it gives the mode, 1", () => {
    // lo 0.6, hi 1.2: (1 − 0.6)/0.6 = 2/3
    expect(triangularInverse(2 / 3, 0.6, 1.2)).toBeCloseTo(1, 14);
    expect(triangularInverse(0.5, 0.8, 1.2)).toBeCloseTo(1, 14);
  });

  it("the two branches by hand: u = 0.25 on (0.8, 1.2) is 0.8 + √(0.25·0.4·0.2)", () => {
    expect(triangularInverse(0.25, 0.8, 1.2)).toBeCloseTo(0.8 + Math.sqrt(0.02), 14);
    expect(triangularInverse(0.75, 0.8, 1.2)).toBeCloseTo(1.2 - Math.sqrt(0.02), 14);
  });

  it("a degenerate range gives its value; a range not holding 1 clamps the mode to its end", () => {
    expect(triangularInverse(0.3, 1, 1)).toBe(1);
    expect(triangularInverse(0.9, 0.7, 0.7)).toBe(0.7);
    // lo 1.2, hi 1.5: mode = MEDIAN(1.2, 1, 1.5) = 1.2, so every u takes the upper branch
    expect(triangularInverse(0, 1.2, 1.5)).toBe(1.2);
    expect(triangularInverse(0.36, 1.2, 1.5)).toBeCloseTo(1.5 - Math.sqrt(0.64 * 0.3 * 0.3), 14);
    // lo 0.5, hi 0.8: mode 0.8
    expect(triangularInverse(1, 0.5, 0.8)).toBe(0.8);
    expect(triangularInverse(0.25, 0.5, 0.8)).toBeCloseTo(0.5 + Math.sqrt(0.25 * 0.3 * 0.3), 14);
  });
});

describe("PERCENTILE.INC", () => {
  it("interpolates at (n − 1)·p: of 1…10, P10 = 1.9, P50 = 5.5, P90 = 9.1", () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentileInc(x, 0.1)).toBeCloseTo(1.9, 14);
    expect(percentileInc(x, 0.5)).toBeCloseTo(5.5, 14);
    expect(percentileInc(x, 0.9)).toBeCloseTo(9.1, 14);
    expect(percentileInc(x, 0)).toBe(1);
    expect(percentileInc(x, 1)).toBe(10);
    expect(percentileInc([42], 0.9)).toBe(42);
  });
});

/** §9's independent sequence: each driver's triangular inverse at u_{i,j} itself, no normal. */
const section9Factors = (c: ReturnType<typeof story>, i: number) =>
  factorsOf((d) => {
    const [down, up] = c.caseFactors[d];
    return triangularInverse(richtmyer(i, DRIVER_PRIMES[DRIVERS.indexOf(d)]!), down, up);
  });

describe("§9's building blocks still give §9's reference values", () => {
  it("the story at u directly: P10 ≈ 1,648,953,157, P50 ≈ 2,126,156,724, P90 ≈ 2,670,334,692, P(D) 0.978", () => {
    const c = story();
    const npvs = new Float64Array(1000);
    let d = 0;
    for (let i = 1; i <= 1000; i++) {
      const o = planUnder(c, section9Factors(c, i));
      npvs[i - 1] = o.npv;
      if (Math.round(o.year5Value) >= 1e9) d++;
    }
    npvs.sort();
    expect(Math.round(percentileInc(npvs, 0.1))).toBe(1_648_953_157);
    expect(Math.round(percentileInc(npvs, 0.5))).toBe(2_126_156_724);
    expect(Math.round(percentileInc(npvs, 0.9))).toBe(2_670_334_692);
    expect(d / 1000).toBe(0.978);
  });
});

describe("the story's correlated distribution (MODEL.md §11.4, 1,000 trials)", () => {
  it("ρ = 0.5 (the default): P10 1,186,130,989; P50 2,172,719,632; P90 3,319,202,936; mean 2,203,372,807", () => {
    const s = simulate(story());
    expect(DEFAULT_CORRELATION).toBe(0.5);
    expect(Math.round(s.npvP10)).toBe(1_186_130_989);
    expect(Math.round(s.npvP50)).toBe(2_172_719_632);
    expect(Math.round(s.npvP90)).toBe(3_319_202_936);
    expect(Math.round(s.npvMean)).toBe(2_203_372_807);
    expect(simulate(story(), 1000, 0.5)).toEqual(s);
  });

  it("ρ = 0.5: incremental P10 1,638,960,179, P50 2,415,501,957, P90 3,356,320,653; P(D) 0.826; P(incr > 0) 1", () => {
    const s = simulate(story());
    expect(Math.round(s.npvIncrementalP10)).toBe(1_638_960_179);
    expect(Math.round(s.npvIncrementalP50)).toBe(2_415_501_957);
    expect(Math.round(s.npvIncrementalP90)).toBe(3_356_320_653);
    expect(s.probD).toBe(0.826);
    expect(s.probIncrementalPositive).toBe(1);
    expect(s.trials).toBe(1000);
    expect(s.nonFiniteTrials).toBe(0);
  });

  it("ρ = 0: P10 1,645,759,130, P50 2,127,486,984, P90 2,684,922,369, P(D) 0.977", () => {
    const s = simulate(story(), 1000, 0);
    expect(Math.round(s.npvP10)).toBe(1_645_759_130);
    expect(Math.round(s.npvP50)).toBe(2_127_486_984);
    expect(Math.round(s.npvP90)).toBe(2_684_922_369);
    expect(s.probD).toBe(0.977);
  });

  it("ρ = 1: P(D) 0.752, P10 842,975,836", () => {
    const s = simulate(story(), 1000, 1);
    expect(s.probD).toBe(0.752);
    expect(Math.round(s.npvP10)).toBe(842_975_836);
  });

  it("the mean is the trials' mean NPV", () => {
    const c = story();
    let sum = 0;
    for (let i = 1; i <= 200; i++) sum += planUnder(c, trialFactors(c, i)).npv;
    expect(simulate(c, 200).npvMean).toBeCloseTo(sum / 200, 3);
  });

  it("counts the trials whose plan overflows: each one whose NPV is not finite, by planUnder itself", () => {
    // On the case, with the story's c and N (in settings, §11.1's calibration would follow m).
    const c: PlanCase = { ...planCase(DEFAULT_PLAN_SETTINGS), marginPerVehicle: 6e301 };
    let overflowing = 0;
    for (let i = 1; i <= 1000; i++)
      if (!Number.isFinite(planUnder(c, trialFactors(c, i)).npv)) overflowing++;
    expect(overflowing).toBeGreaterThan(0);
    expect(simulate(c).nonFiniteTrials).toBe(overflowing);
  });

  it("is the same whatever In_Scenario says, and the same digits every run", () => {
    const a = simulate(story());
    const b = simulate(planCase({ ...DEFAULT_PLAN_SETTINGS, scenario: "low" }));
    expect(b).toEqual(a);
    expect(simulate(story())).toEqual(a);
  });
});

describe("a trial's draws and factors (MODEL.md §11.4)", () => {
  it("w_j = Φ(√ρ·z_0 + √(1 − ρ)·z_j) for drivers 1–10, z from MOD(i·SQRT(q), 1), z_0 from q = 37", () => {
    for (const rho of [0, 0.3, 0.5, 1])
      for (const i of [1, 7, 999]) {
        const w = trialDraws(i, rho);
        const z0 = normSInv(richtmyer(i, 37));
        for (let j = 0; j < 10; j++) {
          const zj = normSInv(richtmyer(i, DRIVER_PRIMES[j]!));
          expect(w[j]).toBe(normSDist(Math.sqrt(rho) * z0 + Math.sqrt(1 - rho) * zj));
        }
        expect(w[10], "the discount rate is drawn on its own").toBe(richtmyer(i, 31));
      }
  });

  it("ρ = 0 is each driver's own u (through Φ⁻¹ and Φ, to 1e-15); ρ = 1 is one common w", () => {
    const w0 = trialDraws(42, 0);
    for (let j = 0; j < 10; j++)
      expect(Math.abs(w0[j]! - richtmyer(42, DRIVER_PRIMES[j]!))).toBeLessThan(1e-14);
    const w1 = trialDraws(42, 1);
    for (let j = 1; j < 10; j++) expect(w1[j]).toBe(w1[0]);
    expect(Math.abs(w1[0]! - richtmyer(42, 37))).toBeLessThan(1e-14);
  });

  it("the favourable side first: v = w when up ≥ down, else 1 − w", () => {
    expect(favourableFirst(0.9, 0.8, 1.2)).toBe(0.9);
    expect(favourableFirst(0.9, 1.2, 0.8)).toBe(1 - 0.9);
    expect(favourableFirst(0.9, 1, 1)).toBe(0.9);
  });

  it("at ρ = 1 every driver sits on the same side: a high common draw is the upside of each", () => {
    // the common u of trial i is MOD(i·√37, 1); pick a trial where it is high
    let i = 1;
    while (richtmyer(i, 37) < 0.95) i++;
    const c = story();
    const k = trialFactors(c, i, 1);
    for (const d of DRIVERS.slice(0, 10)) {
      const [down, up] = c.caseFactors[d];
      if (down === up) continue;
      // beyond the mode, toward the upside
      expect(Math.abs(k[d] - up), d).toBeLessThan(Math.abs(k[d] - down));
    }
  });

  it("a trial's factors are each driver's triangular inverse at its v", () => {
    const k = trialFactors(story(), 7);
    const w = trialDraws(7);
    DRIVERS.forEach((d, j) => {
      const [down, up] = story().caseFactors[d];
      expect(k[d]).toBe(triangularInverse(favourableFirst(w[j]!, down, up), down, up));
    });
  });
});

describe("simulation properties", () => {
  const range = fc.tuple(
    fc.double({ min: 0.3, max: 1, noNaN: true }),
    fc.double({ min: 1, max: 2, noNaN: true })
  );
  const trials = fc.integer({ min: 1, max: 300 });

  it("P10 ≤ P50 ≤ P90; probabilities in [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 11, maxLength: 11 }), trials, (ranges, n) => {
        const s = simulate(
          withFactors((d) => ranges[DRIVERS.indexOf(d)]!),
          n
        );
        expect(s.npvP10).toBeLessThanOrEqual(s.npvP50);
        expect(s.npvP50).toBeLessThanOrEqual(s.npvP90);
        for (const p of [s.probD, s.probIncrementalPositive]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 30 }
    );
  });

  it("with every range (1, 1), every trial is the mid case and P10 = P50 = P90 = NPV", () => {
    const c = withFactors(() => [1, 1]);
    const mid = planResults(c);
    for (const i of [1, 2, 500, 1000]) expect(planUnder(c, trialFactors(c, i)).npv).toBe(mid.npv);
    expect(trialFactors(c, 3)).toEqual(factorsOf(() => 1));
    const s = simulate(c, 50);
    expect([s.npvP10, s.npvP50, s.npvP90]).toEqual([mid.npv, mid.npv, mid.npv]);
    expect(s.probD).toBe(1); // the story's V_5 is 15.65亿
  });

  it("widening every range never narrows P10–P90 for the story", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 2, noNaN: true }), (widen) => {
        const base = story();
        const wider = withFactors((d) => {
          const [down, up] = base.caseFactors[d];
          return [1 + (down - 1) * widen, 1 + (up - 1) * widen];
        });
        const a = simulate(base, 200);
        const b = simulate(wider, 200);
        expect(b.npvP90 - b.npvP10).toBeGreaterThanOrEqual(a.npvP90 - a.npvP10 - 1e-6);
      }),
      { numRuns: 20 }
    );
  });
});

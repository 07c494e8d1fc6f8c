/**
 * npm run bench, ECO.PLAN and ECO.SIMULATE (issue 17), through the built bundle as Excel loads it:
 * - PLAN over a 1,000-fleet column (output "npv") against 1,000 calls of the bare model function
 *   (planUnder at the selected scenario's factors, the one function every cell needs): target ≤ 3×;
 *   and against the machine's floor for the same NPVs (issue 25: planUnder is our own code, so a
 *   ratio to it alone flatters both): §8's NPV as a tight loop over a Float64Array, every
 *   constant that is the same for every fleet hoisted (v_t, the fixed costs, capex, the discount
 *   factors), the fleet path computed per fleet. Before timing it is checked to give planUnder's
 *   NPV for every fleet (the bench stops if not);
 * - SIMULATE at 1,000 trials (target ≤ 20 ms) and 100,000 trials (target ≤ 1 s), beside two
 *   baselines of the same 100,000 trials: the bare model (simulate()) and a tight loop of only the
 *   trials' draws and factors into a Float64Array (the floor of the sampling, MODEL.md §11.4);
 * - functions.js gzipped (target ≤ 25 KB).
 * A section of its own (bench.ts prints it after its table). Prints figures; asserts nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  correlationWeights,
  DEFAULT_CORRELATION,
  DEFAULT_PLAN_SETTINGS,
  drawsInto,
  DRIVERS,
  effectiveInputs,
  favourableFirst,
  FINAL_YEAR,
  planCase,
  planUnder,
  scenarioFactors,
  triangularInverse,
  valuePerVehicle,
  simulate as simulateModel,
  type Factors,
  type PlanCase,
  type YearIndex,
} from "../src/model/plan";
import { DIST, type Registered } from "../test/bundle/sandbox";
import { median, timeIt } from "./timing";

type Fn = (...args: unknown[]) => unknown;

/** Median of `times` timings (interleaved with `other`'s when given, so drift hits both alike). */
function medianMs(run: () => void, times: number, minMs: number): number {
  return median(Array.from({ length: times }, () => timeIt(run, minMs)));
}

/**
 * §8's NPV of each fleet into `out`, the tight way: −Capex_0 + Σ_{t=1..5} (F_t·v_t − N − EcoOpex
 * − Capex_t)/(1+d)^t with F_t the linear (or CAGR) path from the fleet to the target. The inputs
 * other than the fleet are the first case's (the bench's cases differ only in their fleet).
 */
export function typedNpv(cases: readonly PlanCase[], k: Factors): (out: Float64Array) => void {
  const first = cases[0];
  if (!first) throw new Error("no cases");
  const e = effectiveInputs(first, k);
  const n = FINAL_YEAR;
  const perVehicle = new Float64Array(n + 1);
  const fixed = new Float64Array(n + 1);
  const discount = new Float64Array(n + 1);
  for (let t = 1; t <= n; t++) {
    perVehicle[t] = valuePerVehicle(e, t as YearIndex);
    fixed[t] = e.networkCost + e.ecoOpex + (e.capex[t] ?? 0);
    discount[t] = 1 / (1 + e.discountRate) ** t;
  }
  const fleets = Float64Array.from(cases, (c) => effectiveInputs(c, k).fleet);
  const target = e.targetFleet;
  const capex0 = e.capex[0] ?? 0;
  const cagr = e.cagr;
  return (out) => {
    for (let i = 0; i < fleets.length; i++) {
      const f0 = fleets[i] as number;
      const growth = cagr ? (target / f0) ** (1 / n) : 0;
      const step = (target - f0) / n;
      let fleet = f0;
      let npv = -capex0;
      for (let t = 1; t <= n; t++) {
        fleet = cagr ? fleet * growth : f0 + step * t;
        npv += (fleet * (perVehicle[t] as number) - (fixed[t] as number)) * (discount[t] as number);
      }
      out[i] = npv;
    }
  };
}

export function benchPlan(registered: Registered): [string, string][] {
  const plan = registered.get("PLAN") as Fn;
  const simulate = registered.get("SIMULATE") as Fn;
  const N = 1000;
  const fleets = Array.from({ length: N }, (_, i) => [10_000 * (i + 1)]);
  const skip = (n: number): null[] => Array<null>(n).fill(null);
  const column = (): unknown => plan(fleets, ...skip(13), [["npv"]], null);
  let sink = 0;
  // The model's inputs for each fleet, built before timing: the bare calls time the model alone.
  // ECO.PLAN takes c and N directly (MODEL.md §11.10: the story's 800 and 2,000万 by default), so
  // the cases type the story's calibrated costs rather than calibrating them again at each fleet.
  const { serviceCost, networkCost } = planCase(DEFAULT_PLAN_SETTINGS);
  const cases = fleets.map(([fleet]) =>
    planCase({ ...DEFAULT_PLAN_SETTINGS, fleet: fleet ?? 0, serviceCost, networkCost })
  );
  const factors = scenarioFactors(DEFAULT_PLAN_SETTINGS.caseFactors, "mid");
  const bare = (): void => {
    for (const c of cases) sink += planUnder(c, factors).npv;
  };
  const typedOut = new Float64Array(cases.length);
  const typed = typedNpv(cases, factors);
  typed(typedOut);
  cases.forEach((c, i) => {
    const want = planUnder(c, factors).npv;
    const got = typedOut[i] as number;
    if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want)))
      throw new Error(`the typed-array NPV of fleet ${i} is ${got}, planUnder's ${want}`);
  });
  const typedRun = (): void => {
    typed(typedOut);
    sink += typedOut[N - 1] as number;
  };
  const a: number[] = [];
  const b: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(timeIt(column, 300));
    b.push(timeIt(bare, 300));
    d.push(timeIt(typedRun, 300));
  }
  const columnMs = median(a);
  const bareMs = median(b);
  const typedMs = median(d);
  const trials = (n: number) => (): unknown =>
    simulate([[100_000]], ...skip(12), [[n]], null, null);
  const sim1k = medianMs(trials(1000), 5, 200);
  const sim100k = medianMs(trials(100_000), 3, 1);
  const story = planCase(DEFAULT_PLAN_SETTINGS);
  const bareSim = medianMs(() => void (sink += simulateModel(story, 100_000).npvP50), 3, 1);
  // The draws and factors of the same trials, every per-trial constant hoisted.
  const ranges = DRIVERS.map((d) => story.caseFactors[d]);
  const { a: wa, b: wb } = correlationWeights(DEFAULT_CORRELATION);
  const w = new Float64Array(DRIVERS.length);
  const k = new Float64Array(DRIVERS.length * 100_000);
  const drawLoop = medianMs(
    () => {
      for (let i = 1; i <= 100_000; i++) {
        drawsInto(w, i, wa, wb);
        for (let j = 0; j < DRIVERS.length; j++) {
          const [down, up] = ranges[j] ?? [1, 1];
          k[(i - 1) * DRIVERS.length + j] = triangularInverse(
            favourableFirst(w[j] ?? NaN, down, up),
            down,
            up
          );
        }
      }
      sink += k[0] ?? 0;
    },
    3,
    1
  );
  const bundle = readFileSync(join(DIST, "functions.js"));
  if (sink === 42) console.log("");
  return [
    ["PLAN over a 1,000-fleet column (npv)", `${columnMs.toFixed(1)} ms`],
    ["  1,000 bare model calls (planUnder)", `${bareMs.toFixed(1)} ms`],
    ["  ratio (target ≤ 3×)", `${(columnMs / bareMs).toFixed(2)}×`],
    ["  1,000 NPVs as a typed-array tight loop (§8)", `${typedMs.toFixed(3)} ms`],
    ["  ratio to the tight loop", `${(columnMs / typedMs).toFixed(0)}×`],
    ["  bare model calls ÷ the tight loop", `${(bareMs / typedMs).toFixed(0)}×`],
    ["SIMULATE 1,000 trials (target ≤ 20 ms)", `${sim1k.toFixed(1)} ms`],
    ["SIMULATE 100,000 trials (target ≤ 1 s)", `${sim100k.toFixed(0)} ms`],
    ["  bare model, simulate() of the same trials", `${bareSim.toFixed(0)} ms`],
    ["  ratio against the bare model", `${(sim100k / bareSim).toFixed(2)}×`],
    ["  tight loop: the trials' draws and factors only", `${drawLoop.toFixed(0)} ms`],
    [
      "functions.js gzipped (target ≤ 25 KB)",
      `${gzipSync(bundle, { level: 9 }).length.toLocaleString("en-US")} bytes`,
    ],
  ];
}

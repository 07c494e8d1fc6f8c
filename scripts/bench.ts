/**
 * npm run bench: speed as ratios against a bare Float64Array loop doing the same arithmetic in the
 * same run (so the machine's speed cancels out), plus the functions bundle's gzipped size and the
 * planning workbook's generation time and size. Prints figures; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { dataRates, DEFAULT_USED_CAR_RATE } from "../src/model";
import { loadBundle, readMetadata, DIST } from "../test/bundle/sandbox";
import { benchWorkbook } from "./bench-workbook";

type Fn = (...args: unknown[]) => unknown;

function timeIt(run: () => void, minMs = 400): number {
  run(); // warm-up
  let reps = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    run();
    reps++;
    elapsed = performance.now() - t0;
  }
  return elapsed / reps;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Median of 5 timings of each, interleaved so drift hits both alike. */
function ratio(
  subject: () => void,
  baseline: () => void
): { subjectMs: number; baselineMs: number; ratio: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(timeIt(subject));
    b.push(timeIt(baseline));
  }
  const subjectMs = median(a);
  const baselineMs = median(b);
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs };
}

if (!existsSync(join(DIST, "functions.js")))
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
const registered = loadBundle();
readMetadata(); // the bundle is measured only together with its metadata
const dataAssetValue = registered.get("DATA_ASSET_VALUE") as Fn;

// 1. Scalar calls through the full argument path (Excel-shaped args, coercion, boundary).
const CALLS = 20_000;
const fleets = Float64Array.from({ length: CALLS }, (_, i) => 1000 + i);
const excelFleets = Array.from(fleets, (f) => [[f]]);
const mid = dataRates("mid");
const out = new Float64Array(CALLS);
let sink = 0;
const scalar = ratio(
  () => {
    for (let i = 0; i < CALLS; i++)
      sink += (dataAssetValue(excelFleets[i], null, null, null, null, null) as number[][])[0]![0]!;
  },
  () => {
    for (let i = 0; i < CALLS; i++) {
      out[i] =
        fleets[i]! *
        (mid.insurance + mid.usedCarFee * DEFAULT_USED_CAR_RATE + mid.finance + mid.mobility);
    }
    sink += out[CALLS - 1]!;
  }
);

// 2. A 1000×1000 broadcast: a column of fleets against a row of scenario positions.
const N = 1000;
const colFleets = Array.from({ length: N }, (_, i) => [10_000 * (i + 1)]);
const rowScenarios = [Array.from({ length: N }, (_, j) => j / (N - 1))];
const f64Fleets = Float64Array.from(colFleets, (r) => r[0]!);
const perVehicle = Float64Array.from(rowScenarios[0]!, (p) => {
  const r = dataRates(p);
  return r.insurance + r.usedCarFee * DEFAULT_USED_CAR_RATE + r.finance + r.mobility;
});
const grid = new Float64Array(N * N);
const broadcast = ratio(
  () => {
    const g = dataAssetValue(colFleets, rowScenarios, null, null, null, null) as number[][];
    sink += g[N - 1]![N - 1]!;
  },
  () => {
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++) grid[i * N + j] = f64Fleets[i]! * perVehicle[j]!;
    sink += grid[N * N - 1]!;
  }
);

const bundle = readFileSync(join(DIST, "functions.js"));

async function main(): Promise<void> {
  const workbook = await benchWorkbook(5);
  const rows: [string, string][] = [
    [
      "scalar DATA_ASSET_VALUE calls/s (full argument path)",
      `${Math.round(1000 / (scalar.subjectMs / CALLS)).toLocaleString("en-US")}`,
    ],
    [
      "  bare Float64Array loop, elements/s",
      `${Math.round(1000 / (scalar.baselineMs / CALLS)).toLocaleString("en-US")}`,
    ],
    ["  ratio (function call time ÷ bare element time)", `${scalar.ratio.toFixed(1)}×`],
    ["1000×1000 broadcast DATA_ASSET_VALUE", `${broadcast.subjectMs.toFixed(1)} ms`],
    ["  bare Float64Array loop, same arithmetic", `${broadcast.baselineMs.toFixed(2)} ms`],
    ["  ratio", `${broadcast.ratio.toFixed(1)}×`],
    [
      "functions.js",
      `${bundle.length.toLocaleString("en-US")} bytes, ${gzipSync(bundle, { level: 9 }).length.toLocaleString("en-US")} bytes gzipped`,
    ],
    ...workbook.map((w): [string, string] => [
      `workbook ${w.edition}`,
      `${w.medianMs.toFixed(0)} ms to generate (median of ${w.runs}), ${w.bytes.toLocaleString("en-US")} bytes`,
    ]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log("ECO bench (one run; ratios compare against a bare loop in the same process)");
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  if (sink === 42) console.log(""); // keep results alive
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

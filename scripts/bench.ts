/**
 * npm run bench: speed as ratios against a bare Float64Array loop doing the same arithmetic in the
 * same run (so the machine's speed cancels out), plus the functions bundle's gzipped size and the
 * planning workbook's generation time and size. Prints figures; asserts nothing.
 *
 * Targets (issue 11): 1000×1000 broadcast within 20× the bare loop; scalar calls ≥ 1,000,000/s;
 * 1000×1000 grids of text cells and of error cells within 50× the bare loop; a 2000×2000 grid of
 * text cells in tens of MB, not GBs (measured in a child process: `--memory-child`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { dataRates, DEFAULT_USED_CAR_RATE } from "../src/model";
import { loadBundle, readMetadata, DIST } from "../test/bundle/sandbox";
import { benchWorkbook } from "./bench-workbook";
import { printRows, simulationBench } from "./bench-simulation";

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

/** A 2000×2000 grid of text cells through the bundle, alone in this process: peak memory it adds. */
function memoryChild(): void {
  const fn = loadBundle().get("DATA_ASSET_VALUE") as Fn;
  const M = 2000;
  const texts = ["n/a", "TBD", "x", "—"];
  const input = Array.from({ length: M }, (_, i) =>
    Array.from({ length: M }, (_, j) => texts[(i + j) % texts.length])
  );
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const out = fn(input, null, null, null, null, null) as unknown[][];
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, addedMB: (peak - before) / 2 ** 20, rows: out.length }));
}

if (process.argv.includes("--memory-child")) {
  memoryChild();
  process.exit(0);
}

if (!existsSync(join(DIST, "functions.js")))
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
const registered = loadBundle();
readMetadata(); // the bundle is measured only together with its metadata
const dataAssetValue = registered.get("DATA_ASSET_VALUE") as Fn;
const ecosystemRevenue = registered.get("ECOSYSTEM_REVENUE") as Fn;

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

const bareLoop = (): void => {
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) grid[i * N + j] = f64Fleets[i]! * perVehicle[j]!;
  sink += grid[N * N - 1]!;
};
const cellCount = (g: unknown): number => (g as unknown[][]).length;

// 3. A 1000×1000 grid of text cells where fleets belong (a pasted table of labels): every cell is
// #VALUE!, a few distinct texts. Excel passes each cell's text; the messages repeat.
const TEXTS = ["n/a", "TBD", "x", "—"];
const textGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: N }, (_, j) => TEXTS[(i + j) % TEXTS.length])
);
const textCells = ratio(() => {
  sink += cellCount(dataAssetValue(textGrid, null, null, null, null, null));
}, bareLoop);

// 3b. Informational: every text different, so every message differs (no target).
const distinctTextGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: N }, (_, j) => `r${i}c${j}`)
);
const distinctTextCells = ratio(() => {
  sink += cellCount(dataAssetValue(distinctTextGrid, null, null, null, null, null));
}, bareLoop);

// 4. A 1000×1000 grid of error cells (an upstream range of #N/A and #DIV/0!): Excel passes each
// cell as its own error object.
const errorGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: N }, (_, j) => ({ code: (i + j) % 2 === 0 ? "#N/A" : "#DIV/0!" }))
);
const errorCells = ratio(() => {
  sink += cellCount(dataAssetValue(errorGrid, null, null, null, null, null));
}, bareLoop);

// 5. ECOSYSTEM_REVENUE(1000×1000 fleets, "breakdown"): a table can't go in one cell, so every
// cell is #VALUE!; no cell may build the 9-row table first.
const fleetGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: N }, (_, j) => 1000 * (i + 1) + j)
);
const breakdownCells = ratio(() => {
  sink += cellCount(ecosystemRevenue(fleetGrid, [["breakdown"]], null, null));
}, bareLoop);

// 6. Memory: a 2000×2000 grid of text cells, in a fresh process.
const memory = JSON.parse(
  execFileSync(process.execPath, [...process.execArgv, __filename, "--memory-child"], {
    encoding: "utf8",
  })
) as { ms: number; addedMB: number };

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
      "1000×1000 text cells (4 distinct texts) ÷ bare loop",
      `${textCells.ratio.toFixed(1)}× (${textCells.subjectMs.toFixed(1)} ms)`,
    ],
    [
      "1000×1000 text cells, every text different ÷ bare loop",
      `${distinctTextCells.ratio.toFixed(1)}× (${distinctTextCells.subjectMs.toFixed(1)} ms)`,
    ],
    [
      "1000×1000 error cells (#N/A, #DIV/0!) ÷ bare loop",
      `${errorCells.ratio.toFixed(1)}× (${errorCells.subjectMs.toFixed(1)} ms)`,
    ],
    [
      "1000×1000 ECOSYSTEM_REVENUE breakdown cells ÷ bare loop",
      `${breakdownCells.ratio.toFixed(1)}× (${breakdownCells.subjectMs.toFixed(1)} ms)`,
    ],
    [
      "2000×2000 text cells: peak memory added, time",
      `${memory.addedMB.toFixed(0)} MB, ${memory.ms.toFixed(0)} ms`,
    ],
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
  printRows("\nECO simulation bench (issue 16)", await simulationBench());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * npm run bench: speed as ratios against baselines run in the same process (so the machine's speed
 * cancels out), plus the functions and task pane bundles' gzipped sizes, the task pane's Help tab
 * render time (bench-pane.ts) and the planning workbook's generation time and size. Prints
 * figures; asserts nothing.
 *
 * Every case has two baselines, and each ratio is printed against both:
 * - the tight loop: the same arithmetic (or, for text and error cells, the same one lookup per
 *   cell) with every per-call constant hoisted, into a preallocated typed array: the machine's
 *   floor for the work, not reachable by anything that returns a result;
 * - the allocation floor: the tight loop that also builds what Excel requires back, an array of
 *   row arrays (and, for a scalar call, a fresh 1×1 one per call): no custom function can return
 *   less.
 *
 * Targets (issue 11): the largest result a formula may return (MAX_RESULT_CELLS, 100,000 cells:
 * 1000 rows × 100 columns; issue 27) as a broadcast within 20× the tight loop; scalar calls
 * ≥ 1,000,000/s; grids of text cells and of error cells of that size within 50× the tight loop;
 * a grid of text cells of that size in tens of MB, not GBs (measured in a child process:
 * `--memory-child`). Until issue 27 the grids were 1000×1000 (2000×2000 for memory): a result
 * that size is now refused before it is computed, as Excel would refuse to take it back.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { MAX_RESULT_CELLS } from "../src/functions/resultSize";
import { dataRates, DEFAULT_USED_CAR_RATE } from "../src/model";
import { loadBundle, readMetadata, DIST } from "../test/bundle/sandbox";
import { workbookRows } from "./bench-workbook";
import { benchHelpTab } from "./bench-pane";
import { benchPlan } from "./bench-plan";
import { printRows, simulationBench } from "./bench-simulation";
import { median, timeIt } from "./timing";

type Fn = (...args: unknown[]) => unknown;

interface Measured {
  readonly subjectMs: number;
  readonly tightMs: number;
  readonly floorMs: number;
}

/** Median of 5 timings of the subject and of each baseline, interleaved so drift hits all alike. */
function measure(subject: () => void, tight: () => void, floor: () => void): Measured {
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(timeIt(subject));
    b.push(timeIt(tight));
    c.push(timeIt(floor));
  }
  return { subjectMs: median(a), tightMs: median(b), floorMs: median(c) };
}

const ratios = (m: Measured): string =>
  `${(m.subjectMs / m.tightMs).toFixed(1)}× the tight loop, ${(m.subjectMs / m.floorMs).toFixed(1)}× the allocation floor`;

/** The grids' shape: 1000 rows × 100 columns, the largest result a formula may return. */
const N = 1000;
const COLS = MAX_RESULT_CELLS / N;

/** A grid of text cells of the largest size through the bundle, alone in this process: peak memory it adds. */
function memoryChild(): void {
  const fn = loadBundle().get("DATA_ASSET_VALUE") as Fn;
  const texts = ["n/a", "TBD", "x", "—"];
  const input = Array.from({ length: N }, (_, i) =>
    Array.from({ length: COLS }, (_, j) => texts[(i + j) % texts.length])
  );
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const out = fn(input, null, null, null, null, null) as unknown[][];
  const ms = performance.now() - t0;
  if (out.length !== N) throw new Error(`the memory grid gave ${out.length} rows, not ${N}`);
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

let sink = 0;
/** Keeps a result alive (the optimiser may not drop the work) at the cost of one read. */
const keep = (g: unknown): void => {
  sink += (g as unknown[]).length;
};

// 1. Scalar calls through the full argument path (Excel-shaped args, coercion, boundary).
const CALLS = 20_000;
const fleets = Float64Array.from({ length: CALLS }, (_, i) => 1000 + i);
const excelFleets = Array.from(fleets, (f) => [[f]]);
const mid = dataRates("mid");
const midPerVehicle =
  mid.insurance + mid.usedCarFee * DEFAULT_USED_CAR_RATE + mid.finance + mid.mobility;
const out = new Float64Array(CALLS);
const scalarResults: number[][][] = new Array<number[][]>(CALLS);

function scalarTight(fs: Float64Array, per: number, into: Float64Array): void {
  for (let i = 0; i < fs.length; i++) into[i] = (fs[i] as number) * per;
}
function scalarFloor(fs: Float64Array, per: number, into: number[][][]): void {
  for (let i = 0; i < fs.length; i++) into[i] = [[(fs[i] as number) * per]];
}
const scalar = measure(
  () => {
    for (let i = 0; i < CALLS; i++)
      sink += (dataAssetValue(excelFleets[i], null, null, null, null, null) as number[][])[0]![0]!;
  },
  () => {
    scalarTight(fleets, midPerVehicle, out);
    sink += out[CALLS - 1]!;
  },
  () => {
    scalarFloor(fleets, midPerVehicle, scalarResults);
    keep(scalarResults[CALLS - 1]);
  }
);

// 2. A 1000×100 broadcast: a column of fleets against a row of scenario positions.
const colFleets = Array.from({ length: N }, (_, i) => [10_000 * (i + 1)]);
const rowScenarios = [Array.from({ length: COLS }, (_, j) => j / (COLS - 1))];
const f64Fleets = Float64Array.from(colFleets, (r) => r[0]!);
const perVehicle = Float64Array.from(rowScenarios[0]!, (p) => {
  const r = dataRates(p);
  return r.insurance + r.usedCarFee * DEFAULT_USED_CAR_RATE + r.finance + r.mobility;
});
const grid = new Float64Array(N * COLS);

function broadcastTight(fs: Float64Array, per: Float64Array, into: Float64Array): void {
  const cols = per.length;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i] as number;
    const base = i * cols;
    for (let j = 0; j < cols; j++) into[base + j] = f * (per[j] as number);
  }
}
function broadcastFloor(fs: Float64Array, per: Float64Array): number[][] {
  const cols = per.length;
  const rows = new Array<number[]>(fs.length);
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i] as number;
    const row = new Array<number>(cols);
    for (let j = 0; j < cols; j++) row[j] = f * (per[j] as number);
    rows[i] = row;
  }
  return rows;
}
// Each grid is timed computing, never being refused (a refusal would time nothing).
const computes = (out: unknown): void => {
  const g = out as unknown[][];
  if (g.length !== N || g[0]?.length !== COLS)
    throw new Error(`the bench grid is ${g.length}×${g[0]?.length ?? 0}, not ${N}×${COLS}`);
};
computes(dataAssetValue(colFleets, rowScenarios, null, null, null, null));
const broadcast = measure(
  () => keep(dataAssetValue(colFleets, rowScenarios, null, null, null, null)),
  () => {
    broadcastTight(f64Fleets, perVehicle, grid);
    sink += grid[N * COLS - 1]!;
  },
  () => keep(broadcastFloor(f64Fleets, perVehicle))
);

// Text and error cells: every result cell is an error. The least work is one lookup per cell
// (the cell's text or error code → its result): into an Int32Array (tight), or into an array of
// rows of result objects (the allocation floor).
const lookupCodes = new Int32Array(N * COLS);
function lookupTight<K>(
  cells: readonly (readonly K[])[],
  table: Map<K, number>,
  into: Int32Array
): void {
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] as readonly K[];
    const base = i * row.length;
    for (let j = 0; j < row.length; j++) into[base + j] = table.get(row[j] as K) ?? -1;
  }
}
function lookupFloor<K, V>(
  cells: readonly (readonly K[])[],
  table: Map<K, V>
): (V | undefined)[][] {
  const rows = new Array<(V | undefined)[]>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] as readonly K[];
    const result = new Array<V | undefined>(row.length);
    for (let j = 0; j < row.length; j++) result[j] = table.get(row[j] as K);
    rows[i] = result;
  }
  return rows;
}

// 3. A 1000×100 grid of text cells where fleets belong (a pasted table of labels): every cell is
// #VALUE!, a few distinct texts. Excel passes each cell's text; the messages repeat.
const TEXTS = ["n/a", "TBD", "x", "—"];
const textGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: COLS }, (_, j) => TEXTS[(i + j) % TEXTS.length]!)
);
const textIndex = new Map(TEXTS.map((t, k) => [t, k]));
const textResult = new Map(TEXTS.map((t) => [t, { code: "#VALUE!", message: `not text "${t}"` }]));
computes(dataAssetValue(textGrid, null, null, null, null, null));
const textCells = measure(
  () => keep(dataAssetValue(textGrid, null, null, null, null, null)),
  () => lookupTight(textGrid, textIndex, lookupCodes),
  () => keep(lookupFloor(textGrid, textResult))
);

// 3b. Informational: every text different, so every message differs (no target). Its floor builds
// one message per cell, as every cell must name its own text.
const distinctTextGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: COLS }, (_, j) => `r${i}c${j}`)
);
function distinctTight(cells: readonly (readonly string[])[], into: Int32Array): void {
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] as readonly string[];
    for (let j = 0; j < row.length; j++) into[i * row.length + j] = (row[j] as string).length;
  }
}
function distinctFloor(
  cells: readonly (readonly string[])[]
): { code: string; message: string }[][] {
  return cells.map((row) => row.map((t) => ({ code: "#VALUE!", message: `not text "${t}"` })));
}
computes(dataAssetValue(distinctTextGrid, null, null, null, null, null));
const distinctTextCells = measure(
  () => keep(dataAssetValue(distinctTextGrid, null, null, null, null, null)),
  () => distinctTight(distinctTextGrid, lookupCodes),
  () => keep(distinctFloor(distinctTextGrid))
);

// 4. A 1000×100 grid of error cells (an upstream range of #N/A and #DIV/0!): Excel passes each
// cell as its own error object; the least work maps each one's code to a result.
const errorGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: COLS }, (_, j) => ({ code: (i + j) % 2 === 0 ? "#N/A" : "#DIV/0!" }))
);
const errorCodes = errorGrid.map((row) => row.map((e) => e.code));
const codeIndex = new Map([
  ["#N/A", 0],
  ["#DIV/0!", 1],
]);
const codeResult = new Map([
  ["#N/A", { code: "#N/A" }],
  ["#DIV/0!", { code: "#DIV/0!" }],
]);
function errorTight(
  cells: readonly (readonly { code: string }[])[],
  table: Map<string, number>,
  into: Int32Array
): void {
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] as readonly { code: string }[];
    const base = i * row.length;
    for (let j = 0; j < row.length; j++)
      into[base + j] = table.get((row[j] as { code: string }).code) ?? -1;
  }
}
function errorFloor<V>(
  cells: readonly (readonly { code: string }[])[],
  table: Map<string, V>
): (V | undefined)[][] {
  return cells.map((row) => row.map((e) => table.get(e.code)));
}
computes(dataAssetValue(errorGrid, null, null, null, null, null));
const errorCells = measure(
  () => keep(dataAssetValue(errorGrid, null, null, null, null, null)),
  () => errorTight(errorGrid, codeIndex, lookupCodes),
  () => keep(errorFloor(errorGrid, codeResult))
);
sink += errorCodes.length;

// 5. ECOSYSTEM_REVENUE(1000×100 fleets, "breakdown"): a table can't go in one cell, so every
// cell is #VALUE!; no cell may build the 9-row table first. The least work reads each number
// and writes one shared error.
const fleetGrid = Array.from({ length: N }, (_, i) =>
  Array.from({ length: COLS }, (_, j) => 1000 * (i + 1) + j)
);
const oneError = { code: "#VALUE!" };
function numbersTight(cells: readonly (readonly number[])[], into: Int32Array): void {
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] as readonly number[];
    const base = i * row.length;
    for (let j = 0; j < row.length; j++) into[base + j] = (row[j] as number) >= 0 ? 1 : 0;
  }
}
function numbersFloor(cells: readonly (readonly number[])[]): ({ code: string } | number)[][] {
  return cells.map((row) => row.map((v) => (v >= 0 ? oneError : v)));
}
computes(ecosystemRevenue(fleetGrid, [["breakdown"]], null, null));
const breakdownCells = measure(
  () => keep(ecosystemRevenue(fleetGrid, [["breakdown"]], null, null)),
  () => numbersTight(fleetGrid, lookupCodes),
  () => keep(numbersFloor(fleetGrid))
);

// 6. Memory: a 1000×100 grid of text cells, in a fresh process.
const memory = JSON.parse(
  execFileSync(process.execPath, [...process.execArgv, __filename, "--memory-child"], {
    encoding: "utf8",
  })
) as { ms: number; addedMB: number };

const bundle = readFileSync(join(DIST, "functions.js"));
const taskpane = readFileSync(join(DIST, "taskpane.js"));

async function main(): Promise<void> {
  const workbook = await workbookRows(5);
  const perSecond = (ms: number, n: number): string =>
    Math.round(1000 / (ms / n)).toLocaleString("en-US");
  const rows: [string, string][] = [
    ["scalar DATA_ASSET_VALUE calls/s (full argument path)", perSecond(scalar.subjectMs, CALLS)],
    ["  tight loop, elements/s", perSecond(scalar.tightMs, CALLS)],
    ["  allocation floor (a fresh 1×1 [[value]] each), calls/s", perSecond(scalar.floorMs, CALLS)],
    ["  ratio (call time ÷ element time)", ratios(scalar)],
    ["1000×100 broadcast DATA_ASSET_VALUE", `${broadcast.subjectMs.toFixed(1)} ms`],
    ["  tight loop (Float64Array), same arithmetic", `${broadcast.tightMs.toFixed(2)} ms`],
    ["  allocation floor (1000 row arrays)", `${broadcast.floorMs.toFixed(2)} ms`],
    ["  ratio", ratios(broadcast)],
    [
      "1000×100 text cells (4 distinct texts)",
      `${textCells.subjectMs.toFixed(1)} ms: ${ratios(textCells)} (one lookup per cell)`,
    ],
    [
      "1000×100 text cells, every text different",
      `${distinctTextCells.subjectMs.toFixed(1)} ms: ${ratios(distinctTextCells)} (one message per cell)`,
    ],
    [
      "1000×100 error cells (#N/A, #DIV/0!)",
      `${errorCells.subjectMs.toFixed(1)} ms: ${ratios(errorCells)} (one lookup per cell)`,
    ],
    [
      "1000×100 ECOSYSTEM_REVENUE breakdown cells",
      `${breakdownCells.subjectMs.toFixed(1)} ms: ${ratios(breakdownCells)} (one shared error)`,
    ],
    [
      "1000×100 text cells: peak memory added, time",
      `${memory.addedMB.toFixed(0)} MB, ${memory.ms.toFixed(0)} ms`,
    ],
    [
      "functions.js",
      `${bundle.length.toLocaleString("en-US")} bytes, ${gzipSync(bundle, { level: 9 }).length.toLocaleString("en-US")} bytes gzipped`,
    ],
    [
      "taskpane.js",
      `${taskpane.length.toLocaleString("en-US")} bytes, ${gzipSync(taskpane, { level: 9 }).length.toLocaleString("en-US")} bytes gzipped`,
    ],
    ...benchHelpTab().map((r): [string, string] => [
      `Help tab render (${r.lang})`,
      `${r.medianCpuMs.toFixed(2)} ms CPU (median of ${r.runs}, minimal DOM)`,
    ]),
    ...workbook,
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(
    "ECO bench (one run; each ratio against a tight loop and an allocation floor in the same process)"
  );
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  if (sink === 42) console.log(""); // keep results alive
  // ECO.PLAN and ECO.SIMULATE (issue 17): a section of their own.
  const plan = benchPlan(registered);
  const planWidth = Math.max(...plan.map(([k]) => k.length));
  console.log(
    "\nECO.PLAN / ECO.SIMULATE (through the bundle; ratio against the bare model in this run)"
  );
  for (const [k, v] of plan) console.log(`${k.padEnd(planWidth)}  ${v}`);
  printRows("\nECO simulation bench (issue 16)", await simulationBench());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

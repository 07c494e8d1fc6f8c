/**
 * The simulation's figures (issue 16), each printed beside its target: workbook generation with
 * the 1,000-trial simulation sheet, the file's size, a full LibreOffice recalculation of it, and
 * the model's 1,000 and 100,000 trials. Prints figures; asserts nothing.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_PLAN_ASSUMPTIONS, DEFAULT_PLAN_SETTINGS, planCase, simulate } from "../src/model";
import { EDITIONS } from "../src/workbook";
import { writeWorkbook } from "../src/workbook/generate";
import { ensureProfile, recalculate } from "../test/workbook/libreoffice";
import { median } from "./timing";

function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

async function timedAsync<T>(
  fn: () => Promise<T>
): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

async function emptyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function simulationBench(): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const dir = mkdtempSync(join(tmpdir(), "eco-bench-sim-"));
  const files: string[] = [];
  for (const edition of EDITIONS) {
    const runs: { ms: number; cpuMs: number }[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const r = await timedAsync(() => writeWorkbook({ edition }));
      runs.push(r);
      bytes = r.value.length;
      if (i === 0) {
        const path = join(dir, `${edition}.xlsx`);
        writeFileSync(path, r.value);
        files.push(path);
      }
    }
    rows.push([
      `workbook ${edition} with the simulation: generation (target ≤ 1.5 s)`,
      `${median(runs.map((r) => r.ms)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms CPU (median of 3)`,
    ]);
    rows.push([
      `workbook ${edition}: file size (target ≤ 600 KB)`,
      `${(bytes / 1024).toFixed(0)} KB`,
    ]);
  }
  await ensureProfile("always");
  const empty = join(dir, "empty.xlsx");
  writeFileSync(empty, await emptyWorkbook());
  const startup = await timedAsync(() => recalculate([empty], join(dir, "out-empty")));
  for (const [i, file] of files.entries()) {
    const full = await timedAsync(() => recalculate([file], join(dir, `out-${i}`)));
    rows.push([
      `LibreOffice full recalculation + save, ${EDITIONS[i]} (target ≤ 10 s)`,
      `${(full.ms / 1000).toFixed(1)} s (an empty file takes ${(startup.ms / 1000).toFixed(1)} s)`,
    ]);
  }
  const c = planCase(DEFAULT_PLAN_SETTINGS, DEFAULT_PLAN_ASSUMPTIONS);
  simulate(c, 1000); // warm up
  const small = Array.from({ length: 21 }, () => timed(() => simulate(c, 1000)));
  rows.push([
    "model, 1,000 trials (target ≤ 20 ms)",
    `${median(small.map((r) => r.ms)).toFixed(1)} ms wall, ${median(small.map((r) => r.cpuMs)).toFixed(1)} ms CPU (median of 21)`,
  ]);
  const large = Array.from({ length: 3 }, () => timed(() => simulate(c, 100_000)));
  rows.push([
    "model, 100,000 trials (target ≤ 1 s)",
    `${median(large.map((r) => r.ms)).toFixed(0)} ms wall, ${median(large.map((r) => r.cpuMs)).toFixed(0)} ms CPU (median of 3)`,
  ]);
  rows.push([
    "machine load (1-min average)",
    `${loadavg()[0]?.toFixed(1) ?? "?"} on ${cpus().length} cores (wall times stretch when it exceeds the cores)`,
  ]);
  return rows;
}

export function printRows(title: string, rows: readonly [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(title);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

if (process.argv[1]?.endsWith("bench-simulation.ts")) {
  simulationBench().then(
    (rows) => printRows("ECO simulation bench (issue 16)", rows),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}

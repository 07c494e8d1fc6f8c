/**
 * npm run bench:workbook (and the workbook rows of npm run bench), issue 25, for both editions:
 * - generation's CPU time (this process's user + system time, median of N runs; wall time too,
 *   which others' work on a shared machine inflates): target ≤ 1.0 s of CPU;
 * - the sizes of the task pane's template (no charts) and of the standalone file: ≤ 400 KB each;
 * - LibreOffice's load and recalculation (calculateAll) of the standalone file in one running
 *   soffice process (scripts/libreoffice-load.py, Debian's python3-uno), against an empty
 *   workbook's: target ≤ 2 s for the two together. Skipped, with a line saying so, where
 *   soffice or python3-uno is missing.
 * Prints figures; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EDITIONS, type Edition } from "../src/workbook";
import { writeWorkbook } from "../src/workbook/generate";
import { median } from "./timing";

export interface WorkbookBench {
  readonly edition: Edition;
  /** Median CPU milliseconds (user + system) of one standalone file's generation. */
  readonly medianCpuMs: number;
  readonly medianMs: number;
  /** The standalone file (charts) and the task pane's template (no charts). */
  readonly bytes: number;
  readonly templateBytes: number;
  readonly runs: number;
  /** The standalone file as generated (for the LibreOffice measurement). */
  readonly file: Buffer;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function benchWorkbook(runs = 7): Promise<WorkbookBench[]> {
  const results: WorkbookBench[] = [];
  for (const edition of EDITIONS) {
    const cpu: number[] = [];
    const wall: number[] = [];
    let file: Buffer = Buffer.alloc(0);
    for (let i = 0; i < runs; i++) {
      const c0 = cpuMs();
      const t0 = performance.now();
      file = await writeWorkbook({ edition });
      wall.push(performance.now() - t0);
      cpu.push(cpuMs() - c0);
    }
    const templateBytes = (await writeWorkbook({ edition, charts: false })).length;
    results.push({
      edition,
      medianCpuMs: median(cpu),
      medianMs: median(wall),
      bytes: file.length,
      templateBytes,
      runs,
      file,
    });
  }
  return results;
}

export interface LibreOfficeLoad {
  readonly label: string;
  /** Median seconds to load (cached values kept) and to recalculate every formula. */
  readonly loadS: number;
  readonly recalcS: number;
  /** The first load + recalculation, seconds (caches cold). */
  readonly firstS: number;
  readonly runs: number;
}

const PYTHON = "/usr/bin/python3";

/** Why LibreOffice cannot be measured here, or undefined when it can. */
export function libreOfficeMissing(): string | undefined {
  if (!["/usr/bin/soffice", "/usr/local/bin/soffice"].some(existsSync))
    return "soffice not installed";
  try {
    execFileSync(PYTHON, ["-c", "import uno"], { stdio: "ignore" });
  } catch {
    return "python3-uno not installed (apt-get install python3-uno)";
  }
  return undefined;
}

/** Each file loaded and recalculated in one soffice process, after an empty workbook. */
export async function benchLibreOffice(
  files: readonly { readonly label: string; readonly data: Buffer }[],
  runs = 3
): Promise<LibreOfficeLoad[]> {
  const dir = mkdtempSync(join(tmpdir(), "eco-bench-lo-"));
  try {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    const all = [
      { label: "empty workbook", data: Buffer.from(await empty.xlsx.writeBuffer()) },
      ...files,
    ];
    const paths = all.map((f, i) => {
      const p = join(dir, `file${i}.xlsx`);
      writeFileSync(p, f.data);
      return p;
    });
    const out = execFileSync(
      PYTHON,
      [
        join(__dirname, "libreoffice-load.py"),
        "--runs",
        String(runs),
        join(dir, "profile"),
        ...paths,
      ],
      { encoding: "utf8", timeout: 600_000 }
    );
    const lines = out.trim().split("\n");
    return lines.map((line, i) => {
      const r = JSON.parse(line) as Omit<LibreOfficeLoad, "label">;
      return { ...r, label: all[i]?.label ?? "" };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows bench.ts and this script print. */
export async function workbookRows(runs: number): Promise<[string, string][]> {
  const books = await benchWorkbook(runs);
  const rows: [string, string][] = books.map((w) => [
    `workbook ${w.edition}`,
    `${w.medianCpuMs.toFixed(0)} ms CPU to generate (median of ${w.runs}; wall ${w.medianMs.toFixed(0)} ms; target ≤ 1,000 ms CPU), ` +
      `standalone ${w.bytes.toLocaleString("en-US")} bytes, template ${w.templateBytes.toLocaleString("en-US")} bytes (target ≤ 400 KB each)`,
  ]);
  const missing = libreOfficeMissing();
  if (missing) return [...rows, ["LibreOffice load + recalculation", `skipped: ${missing}`]];
  const loads = await benchLibreOffice(
    books.map((w) => ({ label: `workbook ${w.edition}`, data: w.file }))
  );
  for (const l of loads)
    rows.push([
      `LibreOffice, ${l.label}`,
      `load ${l.loadS.toFixed(2)} s + recalculate ${l.recalcS.toFixed(2)} s = ${(l.loadS + l.recalcS).toFixed(2)} s ` +
        `(median of ${l.runs} in one soffice process; first ${l.firstS.toFixed(2)} s; target ≤ 2 s)`,
    ]);
  return rows;
}

if (process.argv[1]?.endsWith("bench-workbook.ts")) {
  workbookRows(7).then(
    (rows) => {
      const width = Math.max(...rows.map(([k]) => k.length));
      for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}

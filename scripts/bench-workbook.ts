/** Workbook generation time (median of N runs) and file size for both editions. */
import { EDITIONS, type Edition } from "../src/workbook";
import { writeWorkbook } from "../src/workbook/generate";

export interface WorkbookBench {
  readonly edition: Edition;
  readonly medianMs: number;
  readonly bytes: number;
  readonly runs: number;
}

export async function benchWorkbook(runs = 7): Promise<WorkbookBench[]> {
  const results: WorkbookBench[] = [];
  for (const edition of EDITIONS) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      bytes = (await writeWorkbook({ edition })).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.push({ edition, medianMs: times[Math.floor(times.length / 2)] ?? NaN, bytes, runs });
  }
  return results;
}

if (process.argv[1]?.endsWith("bench-workbook.ts")) {
  benchWorkbook().then(
    (rows) => {
      for (const r of rows)
        console.log(
          `workbook ${r.edition}: generation ${r.medianMs.toFixed(1)} ms (median of ${r.runs}), ${r.bytes} bytes`
        );
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}

/**
 * Writes the templates the task pane inserts: eco-planning-zh-CN.xlsx and eco-planning-en-US.xlsx
 * (default inputs: 10万 vehicles, mid), without charts, in templates/, each with its contract
 * beside it (eco-planning-<edition>.contract.json: the names' cells, the charts, the ECO formulas:
 * what the task pane fetches instead of resolving the layout itself); and the standalone
 * workbooks with their charts, the pane's fallback download, in downloads/. Default folders
 * build/templates and build/downloads in the ECO folder, which webpack copies to dist/;
 * `--out-dir DIR` and `--downloads-dir DIR` write elsewhere (relative to the folder npm was run
 * in). Each file is replaced only once complete, so a failed run never leaves a broken file to
 * ship.
 *
 * The same sources make the same workbooks: a run whose folders already hold every file, made
 * from the sources as they are now (the hash of them in templates/.sources, written after the last
 * file), keeps them and says so. npm start, npm run package and the tests that run them build the
 * templates each time; only the first after a change generates them.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  contractPath,
  downloadPath,
  EDITIONS,
  templateContract,
  templatePath,
} from "../src/workbook";
import { writeWorkbook } from "../src/workbook/generate";
import { writeFileAtomic } from "./common/atomic-file.mjs";
import { userFolder } from "./common/npm-invocation.mjs";

const ROOT = resolve(__dirname, "..");

/** Every file under `dir` (relative to ROOT, "/" separators), sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : e.isFile() ? [`${dir}/${e.name}`] : []
    )
    .sort();
}

/**
 * The hash of what the files are made from: every file under src/ (the workbook and all it
 * imports), this script and its helpers, package.json and the lockfile (ExcelJS's version), the
 * Node.js version, and the two folders written to.
 */
function sourcesHash(dir: string, downloads: string): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ node: process.version, dir, downloads }));
  const inputs = [
    ...filesUnder("src"),
    ...filesUnder("scripts/common"),
    "scripts/build-templates.ts",
    "package.json",
    "package-lock.json",
  ];
  for (const file of inputs) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest("hex");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "out-dir": { type: "string" }, "downloads-dir": { type: "string" } },
    strict: true,
  });
  const dir = values["out-dir"]
    ? resolve(userFolder("templates"), values["out-dir"])
    : resolve(__dirname, "..", "build", "templates");
  const downloads = values["downloads-dir"]
    ? resolve(userFolder("templates"), values["downloads-dir"])
    : resolve(__dirname, "..", "build", "downloads");
  const outputs = EDITIONS.flatMap((edition) => [
    join(dir, basename(templatePath(edition))),
    join(dir, basename(contractPath(edition))),
    join(downloads, basename(downloadPath(edition))),
  ]);
  const stamp = join(dir, ".sources");
  const sources = sourcesHash(dir, downloads);
  if (
    outputs.every((f) => existsSync(f)) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8").trim() === sources
  ) {
    console.log(`templates up to date (made from the same sources): ${dir}, ${downloads}`);
    return;
  }
  // Removed before any file is replaced: a run that fails part-way leaves no stamp to trust.
  rmSync(stamp, { force: true });
  for (const edition of EDITIONS) {
    const path = join(dir, basename(templatePath(edition)));
    // No charts: Excel on the web refuses insertWorksheetsFromBase64 for a file holding any.
    const buffer = await writeWorkbook({ edition, charts: false });
    writeFileAtomic(path, buffer, { overwrite: true });
    console.log(`wrote ${path} (${buffer.length} bytes)`);
    const contract = join(dir, basename(contractPath(edition)));
    const json = `${JSON.stringify(templateContract(edition), null, 2)}\n`;
    writeFileAtomic(contract, json, { overwrite: true });
    console.log(`wrote ${contract} (${Buffer.byteLength(json)} bytes)`);
    // The standalone workbook, charts included (what `npm run workbook` writes).
    const standalone = join(downloads, basename(downloadPath(edition)));
    const withCharts = await writeWorkbook({ edition });
    writeFileAtomic(standalone, withCharts, { overwrite: true });
    console.log(`wrote ${standalone} (${withCharts.length} bytes)`);
  }
  writeFileAtomic(stamp, `${sources}\n`, { overwrite: true });
}

main().catch((e: unknown) => {
  console.error(`build-templates: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

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
 */
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
}

main().catch((e: unknown) => {
  console.error(`build-templates: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

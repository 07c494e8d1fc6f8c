/**
 * Writes the templates the task pane inserts: eco-planning-zh-CN.xlsx and eco-planning-en-US.xlsx
 * (default inputs: 10万 vehicles, mid), without charts. Default directory build/templates, which webpack copies
 * to dist/templates; `--out-dir DIR` writes elsewhere.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { EDITIONS, templatePath } from "../src/workbook";
import { writeWorkbook } from "../src/workbook/generate";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "out-dir": { type: "string", default: "build/templates" } },
    strict: true,
  });
  const dir = values["out-dir"] ?? "build/templates";
  mkdirSync(dir, { recursive: true });
  for (const edition of EDITIONS) {
    const path = join(dir, basename(templatePath(edition)));
    // No charts: Excel on the web refuses insertWorksheetsFromBase64 for a file holding any.
    const buffer = await writeWorkbook({ edition, charts: false });
    writeFileSync(path, buffer);
    console.log(`wrote ${path} (${buffer.length} bytes)`);
  }
}

main().catch((e: unknown) => {
  console.error(`build-templates: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

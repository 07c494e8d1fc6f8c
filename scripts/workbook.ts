/** npm run workbook -- --out FILE [--lang zh-CN|en-US] [--preset NAME] [--fleet N] [--scenario low|mid|high] [--force] */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseWorkbookArgs } from "../src/workbook/cli";
import { writeWorkbook } from "../src/workbook/generate";
import { commandSettings } from "../src/workbook/presetOption";

async function main(): Promise<void> {
  const cmd = parseWorkbookArgs(process.argv.slice(2));
  const path = resolve(cmd.out);
  if (existsSync(path) && !cmd.force)
    throw new Error(`${cmd.out} already exists; pass --force to overwrite it`);
  const buffer = await writeWorkbook({ edition: cmd.edition, ...commandSettings(cmd) });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buffer);
  console.log(
    `wrote ${cmd.out} (${cmd.edition}, ${cmd.preset ?? "default"} preset, fleet ${cmd.fleet}, ${cmd.scenario}, ${buffer.length} bytes)`
  );
}

main().catch((e: unknown) => {
  console.error(`workbook: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

/**
 * LibreOffice headless as an independent engine: a dedicated profile that recalculates
 * .xlsx files on load (OOXMLRecalcMode = 0), batch conversion, and an ExcelJS reader. A second
 * profile never recalculates (OOXMLRecalcMode = 1): it shows the values cached in the file, as
 * a previewer or Excel's Protected View does.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One profile per checkout: two checkouts sharing a profile would hand their work to each other's soffice. */
export const PROFILE_DIR = join(
  tmpdir(),
  `eco-lo-profile-${createHash("sha1").update(resolve(__dirname, "../..")).digest("hex").slice(0, 8)}`
);

/** always: recalculate every formula on load (0); never: keep the cached results (1). */
export type RecalcMode = "always" | "never";
const MODE_VALUE: Readonly<Record<RecalcMode, number>> = { always: 0, never: 1 };
const profileDir = (mode: RecalcMode): string => (mode === "always" ? PROFILE_DIR : `${PROFILE_DIR}-never`);

const recalcItems = (value: number): string => `
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${value}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${value}</value></prop></item>
`;

export function sofficePath(): string {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice"]) if (existsSync(p)) return p;
  throw new Error("LibreOffice (soffice) is not installed: the workbook tests need it (apt-get install libreoffice-calc-nogui)");
}

async function soffice(args: string[], mode: RecalcMode = "always"): Promise<void> {
  await run(sofficePath(), [`-env:UserInstallation=file://${profileDir(mode)}`, "--headless", "--norestore", ...args], { timeout: 240_000 });
}

const profileReady = new Map<RecalcMode, Promise<void>>();

/** A first headless start initialises the profile, then the recalc settings are merged in. */
async function prepareProfile(mode: RecalcMode): Promise<void> {
  const dir = profileDir(mode);
  const value = MODE_VALUE[mode];
  const xcu = join(dir, "user", "registrymodifications.xcu");
  if (!existsSync(xcu)) {
    mkdirSync(dir, { recursive: true });
    await soffice(["--terminate_after_init"], mode);
  }
  if (!existsSync(xcu)) {
    mkdirSync(join(dir, "user"), { recursive: true });
    writeFileSync(xcu, '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n</oor:items>\n');
  }
  const text = readFileSync(xcu, "utf8");
  if (!new RegExp(`OOXMLRecalcMode"[^>]*>\\s*<value>${value}<`).test(text)) {
    const cleaned = text.replace(/<item[^>]*Formula\/Load"[^]*?<\/item>\s*/g, "");
    writeFileSync(xcu, cleaned.replace("</oor:items>", `${recalcItems(value)}</oor:items>`));
  }
}

/** Creates each profile once per test process. */
export function ensureProfile(mode: RecalcMode = "always"): Promise<void> {
  let ready = profileReady.get(mode);
  if (!ready) profileReady.set(mode, (ready = prepareProfile(mode)));
  return ready;
}

/**
 * Converts files in one soffice start and returns the output paths in order. With the default
 * profile every formula is recalculated on load; with "never" the cached results are kept.
 */
export async function recalculate(
  files: readonly string[],
  outDir: string,
  format = "xlsx",
  mode: RecalcMode = "always"
): Promise<string[]> {
  await ensureProfile(mode);
  mkdirSync(outDir, { recursive: true });
  await soffice(["--convert-to", format, "--outdir", outDir, ...files], mode);
  return files.map((f) => {
    const out = join(outDir, basename(f).replace(/\.xlsx$/, `.${format}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
    return out;
  });
}

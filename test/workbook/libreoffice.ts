/**
 * LibreOffice headless as an independent engine: a dedicated profile that recalculates
 * .xlsx files on load (OOXMLRecalcMode = 0), batch conversion, and an ExcelJS reader.
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
const PROFILE_URL = `file://${PROFILE_DIR}`;

const RECALC_ITEMS = `
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
`;

export function sofficePath(): string {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice"]) if (existsSync(p)) return p;
  throw new Error("LibreOffice (soffice) is not installed: the workbook tests need it (apt-get install libreoffice-calc-nogui)");
}

async function soffice(args: string[]): Promise<void> {
  await run(sofficePath(), [`-env:UserInstallation=${PROFILE_URL}`, "--headless", "--norestore", ...args], { timeout: 240_000 });
}

let profileReady: Promise<void> | undefined;

/** Creates the profile once: a first headless start initialises it, then the recalc settings are merged in. */
export function ensureProfile(): Promise<void> {
  profileReady ??= (async () => {
    const xcu = join(PROFILE_DIR, "user", "registrymodifications.xcu");
    if (!existsSync(xcu)) {
      mkdirSync(PROFILE_DIR, { recursive: true });
      await soffice(["--terminate_after_init"]);
    }
    if (!existsSync(xcu)) {
      mkdirSync(join(PROFILE_DIR, "user"), { recursive: true });
      writeFileSync(xcu, '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n</oor:items>\n');
    }
    const text = readFileSync(xcu, "utf8");
    if (!/OOXMLRecalcMode"[^>]*>\s*<value>0</.test(text)) {
      const cleaned = text.replace(/<item[^>]*Formula\/Load"[^]*?<\/item>\s*/g, "");
      writeFileSync(xcu, cleaned.replace("</oor:items>", `${RECALC_ITEMS}</oor:items>`));
    }
  })();
  return profileReady;
}

/** Converts (and so recalculates) files in one soffice start; returns the output paths in order. */
export async function recalculate(files: readonly string[], outDir: string, format = "xlsx"): Promise<string[]> {
  await ensureProfile();
  mkdirSync(outDir, { recursive: true });
  await soffice(["--convert-to", format, "--outdir", outDir, ...files]);
  return files.map((f) => {
    const out = join(outDir, basename(f).replace(/\.xlsx$/, `.${format}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
    return out;
  });
}

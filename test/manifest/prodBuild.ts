import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const PROD_HOST_URL = "https://eco.example.com/addin/";
export const PROD_HOST = "eco.example.com";

/** Production mode needs the planning-workbook templates (build/templates/*.xlsx); until they exist, development. */
export function buildMode(): "production" | "development" {
  const dir = join(ROOT, "build", "templates");
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".xlsx"))
    ? "production"
    : "development";
}

/** Builds the add-in for `hostUrl` into a fresh temporary directory and returns it. */
export function buildForHost(hostUrl = PROD_HOST_URL): string {
  const out = mkdtempSync(join(tmpdir(), "eco-prod-"));
  execFileSync("npx", ["webpack", "--mode", buildMode()], {
    cwd: ROOT,
    env: { ...process.env, ECO_HOST_URL: hostUrl, ECO_OUT_DIR: out },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return out;
}

/** Every file under `dir`, relative, with "/" separators. */
export function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cacheKey, sharedFolder } from "../support/runCache";

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

/**
 * The add-in built for `hostUrl`, in a fresh temporary directory (the caller's) that it returns.
 * Built once per test run for each host and mode and copied for each caller
 * (test/support/runCache.ts): the files that test a production build share one.
 */
export function buildForHost(hostUrl = PROD_HOST_URL): string {
  const mode = buildMode();
  return sharedFolder(cacheKey("build", { hostUrl, mode }), (out) => {
    execFileSync("npx", ["webpack", "--mode", mode], {
      cwd: ROOT,
      env: { ...process.env, ECO_HOST_URL: hostUrl, ECO_OUT_DIR: out },
      stdio: ["ignore", "pipe", "pipe"],
    });
  });
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

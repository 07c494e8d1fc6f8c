/**
 * The template build (scripts/build-templates.ts) keeps the files it made from the same sources
 * (their hash in templates/.sources) and makes them again when that hash does not match.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { contractPath, downloadPath, EDITIONS, templatePath } from "../../src/workbook";
import { ROOT } from "../manifest/prodBuild";

const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function buildTemplates(args: string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [TSX, join(ROOT, "scripts", "build-templates.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 240_000,
  });
}

/** The six files a run writes into `dir` (templates, contracts) and `downloads`. */
function outputs(dir: string, downloads: string): string[] {
  return EDITIONS.flatMap((edition) => [
    join(dir, basename(templatePath(edition))),
    join(dir, basename(contractPath(edition))),
    join(downloads, basename(downloadPath(edition))),
  ]);
}

describe("scripts/build-templates.ts", () => {
  it("a run from the same sources as the last keeps every file and says so", () => {
    // The first run makes the files if the sources changed since npm run build, else keeps them.
    const first = buildTemplates();
    expect(first.status, first.stderr).toBe(0);
    const files = outputs(join(ROOT, "build", "templates"), join(ROOT, "build", "downloads"));
    const before = files.map((f) => ({ mtime: statSync(f).mtimeMs, bytes: readFileSync(f) }));
    const again = buildTemplates();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^templates up to date \(made from the same sources\)/);
    expect(again.stdout).not.toMatch(/wrote/);
    files.forEach((f, i) => {
      expect(statSync(f).mtimeMs, f).toBe(before[i]?.mtime);
      expect(readFileSync(f).equals(before[i]?.bytes ?? Buffer.alloc(0)), f).toBe(true);
    });
  });

  it("files whose recorded sources are not today's are made again, then kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-templates-"));
    const templates = join(dir, "templates");
    const downloads = join(dir, "downloads");
    mkdirSync(templates);
    mkdirSync(downloads);
    const files = outputs(templates, downloads);
    for (const f of files) writeFileSync(f, "made from older sources");
    writeFileSync(join(templates, ".sources"), "0".repeat(64));
    const args = ["--out-dir", templates, "--downloads-dir", downloads];
    const stale = buildTemplates(args);
    expect(stale.status, stale.stderr).toBe(0);
    for (const f of files) {
      expect(stale.stdout).toContain(`wrote ${f}`);
      expect(readFileSync(f, "utf8")).not.toBe("made from older sources");
    }
    expect(readFileSync(join(templates, ".sources"), "utf8")).toMatch(/^[0-9a-f]{64}\n$/);
    expect(readFileSync(join(templates, ".sources"), "utf8")).not.toMatch(/^0{64}/);
    const kept = buildTemplates(args);
    expect(kept.status, kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/^templates up to date/);
    rmSync(dir, { recursive: true, force: true });
  });
});

/** `npm run workbook`: bad options exit non-zero with a clear message; no silent overwrite. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorkbookArgs } from "../../src/workbook/cli";

function cli(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync("npx", ["tsx", "scripts/workbook.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}

describe("workbook command line", () => {
  it.each([
    [["--lang", "fr-FR"], /--lang must be one of zh-CN, en-US/],
    [["--fleet", "abc"], /--fleet must be a non-negative finite number/],
    [["--fleet=-5"], /--fleet must be a non-negative finite number/],
    [["--fleet", "Infinity"], /--fleet must be a non-negative finite number/],
    [["--scenario", "best"], /--scenario must be one of low, mid, high/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("refuses %j", (args, message) => {
    expect(() => parseWorkbookArgs(args)).toThrow(message);
  });

  it("defaults to dist/eco-planning-<lang>.xlsx", () => {
    expect(parseWorkbookArgs(["--lang", "en-US"]).out).toBe("dist/eco-planning-en-US.xlsx");
  });

  it("exits non-zero on a bad option and on an existing file without --force", () => {
    const bad = cli(["--scenario", "best"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--scenario must be one of low, mid, high/);
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-"));
    const out = join(dir, "x.xlsx");
    writeFileSync(out, "keep");
    const refused = cli(["--out", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already exists; pass --force/);
    const forced = cli(["--out", out, "--force", "--fleet", "250000", "--lang", "en-US"]);
    expect(forced.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

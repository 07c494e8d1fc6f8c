/**
 * Every fast-check property runs with a logged seed (issue 18): test/setup/fastCheck.ts sets one
 * global seed per file, from ECO_FC_SEED or fresh, and a failing test prints how to replay it.
 */
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastCheckSeed } from "../setup/fastCheck";

const ROOT = join(__dirname, "..", "..");

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "fixtures" ? [] : testFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

describe("fast-check runs with a logged, replayable seed", () => {
  it("the setup gives every property in this file one integer seed", () => {
    const { seed } = fc.readConfigureGlobal();
    expect(Number.isSafeInteger(seed)).toBe(true);
    // Same seed, same cases: what makes a printed seed enough to replay a failure.
    const again = fc.sample(fc.double(), { numRuns: 5, seed });
    expect(fc.sample(fc.double(), 5)).toEqual(again);
  });

  it("ECO_FC_SEED names the seed; a bad one is refused; none gives a fresh integer", () => {
    expect(fastCheckSeed("123")).toBe(123);
    expect(fastCheckSeed(" -42 ")).toBe(-42);
    expect(() => fastCheckSeed("abc")).toThrow(/ECO_FC_SEED must be an integer, not "abc"/);
    expect(() => fastCheckSeed("1.5")).toThrow(/ECO_FC_SEED/);
    for (const env of [undefined, "", "  "])
      expect(Number.isSafeInteger(fastCheckSeed(env))).toBe(true);
  });

  it("no property file fixes its own seed (the global one, logged, applies everywhere)", () => {
    const fixed = testFiles(join(ROOT, "test"))
      .filter((path) => /\bfast-check\b/.test(readFileSync(path, "utf8")))
      .filter((path) => /\bseed\s*:/.test(readFileSync(path, "utf8")))
      .map((path) => relative(ROOT, path));
    expect(fixed.filter((p) => !p.endsWith("fastCheckSeed.test.ts"))).toEqual([]);
  });

  // Two vitest runs in child processes: slow on a loaded machine, hence the longer timeout.
  it(
    "a failing property prints the line that replays it, and replaying finds the same case",
    { timeout: 300_000 },
    () => {
      // Inside the project (test-artifacts/ is ignored by git), so that fast-check resolves to the
      // same module as the setup's.
      mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
      const dir = mkdtempSync(join(ROOT, "test-artifacts", "fc-seed-"));
      try {
        // A property that fails on about one case in ten: which one depends on the seed.
        writeFileSync(
          join(dir, "fails.test.ts"),
          `import fc from "fast-check";
import { it } from "vitest";
it("fails", () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => { if (n % 10 === 7) throw new Error("case " + n); }), { endOnFailure: true });
});
`
        );
        writeFileSync(
          join(dir, "vitest.config.mts"),
          `export default { test: { include: ["fails.test.ts"], setupFiles: [${JSON.stringify(
            join(ROOT, "test", "setup", "fastCheck.ts")
          )}] } };\n`
        );
        const run = (env: Record<string, string>): string => {
          try {
            execFileSync(join(ROOT, "node_modules", ".bin", "vitest"), ["run", "--root", dir], {
              cwd: dir,
              env: { ...process.env, ...env },
              encoding: "utf8",
              stdio: "pipe",
            });
          } catch (e) {
            const { stdout, stderr } = e as { stdout: string; stderr: string };
            return stdout + stderr;
          }
          throw new Error("the failing property passed");
        };
        const first = run({ ECO_FC_SEED: "" });
        const seed = /replay with ECO_FC_SEED=(-?\d+) npx vitest run/.exec(first)?.[1];
        expect(seed).toBeDefined();
        const failingCase = /Counterexample: \[(\d+)\]/.exec(first)?.[1];
        expect(failingCase).toBeDefined();
        const replay = run({ ECO_FC_SEED: seed as string });
        expect(replay).toContain(`replay with ECO_FC_SEED=${seed as string}`);
        expect(/Counterexample: \[(\d+)\]/.exec(replay)?.[1]).toBe(failingCase);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  );
});

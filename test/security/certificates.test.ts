/**
 * Only `npm start` (the dev server) may touch certificates. A production build must never run
 * office-addin-dev-certs, whose installer calls `sudo … install_linux.sh` to trust a root
 * certificate and writes a private key under ~/.office-addin-dev-certs.
 * The build runs as a user would type it, from another folder with a relative ECO_OUT_DIR, which
 * must land in that folder (not in the package).
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../manifest/prodBuild";
import { sudoTrap, type SudoTrap } from "../support/fakeSudo";

describe.runIf(process.platform !== "win32")("npm run build never touches certificates", () => {
  const cwd = mkdtempSync(join(tmpdir(), "eco-build-nosudo-"));
  const name = `out-${process.pid}`;
  let trap: SudoTrap;
  let build: SpawnSyncReturns<string>;
  beforeAll(() => {
    trap = sudoTrap();
    const env = Object.fromEntries(
      Object.entries(trap.env).filter(([k]) => !k.startsWith("npm_") && k !== "INIT_CWD")
    );
    build = spawnSync("npm", ["--prefix", ROOT, "run", "build"], {
      cwd,
      env: { ...env, ECO_OUT_DIR: name },
      encoding: "utf8",
      timeout: 240_000,
    });
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("builds into ECO_OUT_DIR taken from the folder npm was run in", () => {
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(join(cwd, name))).toContain("functions.js");
    expect(existsSync(join(ROOT, name))).toBe(false);
  });

  it("runs no sudo and writes no key, with sudo on the PATH and an empty HOME", () => {
    expect(trap.calls()).toEqual([]);
    expect(trap.certificateFiles()).toEqual([]);
  });
});

/**
 * Only `npm start` (the dev server) may touch certificates. A production build must never run
 * office-addin-dev-certs, whose installer calls `sudo … install_linux.sh` to trust a root
 * certificate and writes a private key under ~/.office-addin-dev-certs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../manifest/prodBuild";
import { sudoTrap } from "../support/fakeSudo";

describe.runIf(process.platform !== "win32")("npm run build never touches certificates", () => {
  const out = mkdtempSync(join(tmpdir(), "eco-build-nosudo-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("runs no sudo and writes no key, with sudo on the PATH and an empty HOME", () => {
    const trap = sudoTrap();
    const r = spawnSync("npm", ["run", "build"], {
      cwd: ROOT,
      env: { ...trap.env, ECO_OUT_DIR: out },
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toContain("functions.js");
    expect(trap.calls()).toEqual([]);
    expect(trap.certificateFiles()).toEqual([]);
  });
});

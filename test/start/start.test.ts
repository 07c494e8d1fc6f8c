/**
 * `npm start` on a machine without Excel (this one): it must serve the add-in over HTTPS, print
 * the manifest's path and the steps to sideload in Excel on the web, and exit 0 only once the
 * server answers; `npm stop` must stop that server. Runs on a free port with its own state dir.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const state = mkdtempSync(join(tmpdir(), "eco-start-"));

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() =>
        typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))
      );
    });
  });
}

function status(url: string): Promise<number> {
  return new Promise((ok) => {
    const req = get(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on("error", () => ok(0));
    req.on("timeout", () => req.destroy());
  });
}

const env = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  ECO_DEV_PORT: String(port),
  ECO_DEV_STATE_DIR: state,
});

afterAll(() => {
  spawnSync(process.execPath, ["scripts/stop.mjs"], {
    cwd: ROOT,
    env: { ...process.env, ECO_DEV_STATE_DIR: state },
  });
  rmSync(state, { recursive: true, force: true });
});

describe.runIf(process.platform === "linux")("npm start / npm stop on Linux", () => {
  it("serves the add-in over HTTPS, prints how to sideload, and stop stops it", async () => {
    const port = await freePort();
    const start = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: env(port),
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(start.status, start.stderr).toBe(0);
    expect(start.stdout).toContain(`Serving the add-in at https://localhost:${port}/taskpane.html`);
    expect(start.stdout).toContain(join(ROOT, "manifest.xml"));
    expect(start.stdout).toContain("Upload My Add-in");
    expect(start.stdout).toContain("npm stop");

    for (const path of [
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions.zh-CN.json",
      "help.html",
      "assets/icon-32.png",
      "templates/eco-planning-zh-CN.xlsx",
    ]) {
      expect(await status(`https://localhost:${port}/${path}`), path).toBe(200);
    }

    const stop = spawnSync(process.execPath, ["scripts/stop.mjs"], {
      cwd: ROOT,
      env: env(port),
      encoding: "utf8",
    });
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain("Stopped the dev server");
    let down = false;
    for (let i = 0; i < 20 && !down; i++) {
      down = (await status(`https://localhost:${port}/taskpane.html`)) === 0;
      if (!down) await new Promise((r) => setTimeout(r, 250));
    }
    expect(down).toBe(true);
  });
});

/**
 * `npm start` on a machine without Excel (this one): it must serve the add-in over HTTPS, print
 * the manifest's path and the steps to sideload in Excel on the web, and exit 0 only once the
 * server answers; `npm stop` must stop that server. Runs on a free port with its own state dir,
 * with `sudo` replaced by a script that records its calls and an empty HOME.
 * The running server is checked as an attacker on the network or on another web page would see
 * it: loopback only, no wildcard CORS, no directory listing, none of webpack-dev-server's own pages,
 * no source in its source maps, no foreign Host header.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer, type Server } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metaPolicy } from "../security/policy";
import { sudoTrap, type SudoTrap } from "../support/fakeSudo";
import { pidRecord, processStart } from "../../scripts/common/process-identity.mjs";

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

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  readonly error?: string;
}

function fetchFrom(
  host: string,
  port: number,
  path: string,
  headers: Record<string, string> = {}
): Promise<Reply> {
  return new Promise((ok) => {
    const req = request(
      {
        host,
        port,
        path,
        headers,
        rejectUnauthorized: false,
        timeout: 5000,
        servername: "localhost",
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      }
    );
    req.on("error", (e: NodeJS.ErrnoException) =>
      ok({ status: 0, headers: {}, body: "", error: e.code ?? e.message })
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.end();
  });
}

const fetchLocal = (port: number, path: string, headers: Record<string, string> = {}) =>
  fetchFrom("localhost", port, path, headers);

/** Local addresses of the listening TCP sockets on `port` (Linux /proc/net/tcp and tcp6). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const found: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , st] = line.trim().split(/\s+/);
      if (!local || st !== "0A") continue; // 0A: LISTEN
      const [ip, p] = local.split(":");
      if (p !== hexPort || !ip) continue;
      if (ip.length === 8) {
        found.push(
          (ip.match(/../g) ?? [])
            .reverse()
            .map((b) => parseInt(b, 16))
            .join(".")
        );
      } else {
        // IPv6: four 32-bit words, each little-endian.
        const words = (ip.match(/.{8}/g) ?? []).map((w) =>
          (w.match(/../g) ?? []).reverse().join("")
        );
        found.push(
          words
            .join("")
            .replace(/(.{4})(?=.)/g, "$1:")
            .toLowerCase()
        );
      }
    }
  }
  return found;
}

const LOOPBACK = new Set([
  "127.0.0.1",
  "0000:0000:0000:0000:0000:0000:0000:0001",
  "0000:0000:0000:0000:0000:ffff:7f00:0001",
]);

function runScript(script: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 240_000,
  });
}

afterAll(() => {
  spawnSync(process.execPath, ["scripts/stop.mjs"], {
    cwd: ROOT,
    env: { ...process.env, ECO_DEV_STATE_DIR: state },
  });
  rmSync(state, { recursive: true, force: true });
});

describe.runIf(process.platform === "linux")("npm start / npm stop on Linux", () => {
  let port = 0;
  let trap: SudoTrap;
  let start: SpawnSyncReturns<string>;
  const env = (): NodeJS.ProcessEnv => ({
    ...trap.env,
    ECO_DEV_PORT: String(port),
    ECO_DEV_STATE_DIR: state,
  });

  beforeAll(async () => {
    port = await freePort();
    trap = sudoTrap();
    start = runScript("scripts/start.mjs", env());
  });

  it("serves the add-in over HTTPS and prints how to sideload", async () => {
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
      expect((await fetchLocal(port, `/${path}`)).status, path).toBe(200);
    }
  });

  it("its pages' Content-Security-Policy names the port it serves (ECO_DEV_PORT), not 3000", async () => {
    expect(port).not.toBe(3000);
    for (const page of ["taskpane.html", "help.html"]) {
      const r = await fetchLocal(port, `/${page}`);
      expect(r.status, page).toBe(200);
      const policy = metaPolicy(r.body)?.policy;
      for (const directive of ["default-src", "script-src", "connect-src"])
        expect(policy?.get(directive), `${page} ${directive}`).toContain(
          `https://localhost:${port}`
        );
      expect(r.body, page).not.toContain("localhost:3000");
    }
    const manifest = await fetchLocal(port, "/manifest.xml");
    if (manifest.status === 200) expect(manifest.body).not.toContain("localhost:3000");
  });

  it("ran no sudo and wrote no certificate or key in HOME; its own key is readable by its owner only", () => {
    expect(trap.calls()).toEqual([]);
    expect(trap.certificateFiles()).toEqual([]);
    const cache = join(ROOT, "node_modules", ".cache", "webpack-dev-server");
    expect(statSync(cache).mode & 0o077).toBe(0);
    const pem = join(cache, "server.pem");
    if (existsSync(pem)) expect(statSync(pem).mode & 0o077).toBe(0);
  });

  it("listens on the loopback interface only", async () => {
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(LOOPBACK.has(a), `listening on ${a}`).toBe(true);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === "IPv4");
    if (external) {
      const r = await fetchFrom(external.address, port, "/taskpane.html");
      expect(r.status, `reachable at ${external.address}`).toBe(0);
    }
  });

  it("sends no wildcard CORS: only Office's own origins get Access-Control-Allow-Origin", async () => {
    const plain = await fetchLocal(port, "/functions.json");
    expect(plain.headers["access-control-allow-origin"]).toBeUndefined();
    const foreign = await fetchLocal(port, "/functions.json", { Origin: "https://evil.example" });
    expect(foreign.status).toBe(200);
    expect(foreign.headers["access-control-allow-origin"]).toBeUndefined();
    const lookalike = await fetchLocal(port, "/functions.json", {
      Origin: "https://excel.officeapps.live.com.evil.example",
    });
    expect(lookalike.headers["access-control-allow-origin"]).toBeUndefined();
    const excel = await fetchLocal(port, "/functions.json", {
      Origin: "https://excel.officeapps.live.com",
    });
    expect(excel.headers["access-control-allow-origin"]).toBe("https://excel.officeapps.live.com");
    expect(String(excel.headers["vary"])).toMatch(/Origin/);
  });

  it("lists no directory and exposes none of webpack-dev-server's pages", async () => {
    for (const path of [
      "/",
      "/templates/",
      "/templates",
      "/assets/",
      "/webpack-dev-server",
      "/webpack-dev-server/",
      "/webpack-dev-server/invalidate",
      "/webpack-dev-server/open-editor?fileName=x",
      "/__webpack_dev_server__/sockjs.bundle.js",
      // webpack-dev-server's routes are Express's: any case, and an absolute-form request line
      "/Webpack-Dev-Server/invalidate",
      "/WEBPACK-DEV-SERVER",
      "/Webpack-Dev-Server/open-editor?fileName=x",
      `http://localhost:${port}/webpack-dev-server/invalidate`,
      "//webpack-dev-server/invalidate",
      "/webpack%2Ddev-server/invalidate",
    ]) {
      const r = await fetchLocal(port, path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/eco-planning|<ul|Assets Report|listing/i);
    }
  });

  it("refuses a foreign Host header (DNS rebinding)", async () => {
    const r = await fetchLocal(port, "/taskpane.html", { Host: "evil.example" });
    expect(r.status).toBe(403);
  });

  it("serves source maps without the source", async () => {
    for (const name of ["functions.js", "taskpane.js", "help.js"]) {
      const js = await fetchLocal(port, `/${name}`);
      expect(js.status).toBe(200);
      const map = await fetchLocal(port, `/${name}.map`);
      if (map.status === 404) continue;
      expect(map.status, `${name}.map`).toBe(200);
      const parsed = JSON.parse(map.body) as { sources: string[]; sourcesContent?: unknown[] };
      expect(parsed.sources.length).toBeGreaterThan(0);
      expect((parsed.sourcesContent ?? []).filter((c) => c !== null)).toEqual([]);
      expect(map.body).not.toContain("export function");
    }
  });

  it("npm start again finds its server and keeps it; npm stop stops it", async () => {
    const again = runScript("scripts/start.mjs", env());
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("ECO's dev server already answers");

    const stop = runScript("scripts/stop.mjs", env());
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain("Stopped the dev server");
    let down = false;
    for (let i = 0; i < 20 && !down; i++) {
      down = (await fetchLocal(port, "/taskpane.html")).status === 0;
      if (!down) await new Promise((r) => setTimeout(r, 250));
    }
    expect(down).toBe(true);
  });
});

describe.runIf(process.platform === "linux")("npm start's port handling", () => {
  it.each(["abc", "0", "70000", "3000x", "-1"])(
    "ECO_DEV_PORT=%s is refused before anything starts",
    (bad) => {
      const r = runScript("scripts/start.mjs", {
        ...process.env,
        ECO_DEV_PORT: bad,
        ECO_DEV_STATE_DIR: mkdtempSync(join(tmpdir(), "eco-start-bad-")),
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(
        `ECO_DEV_PORT must be a port number from 1 to 65535; got "${bad}"`
      );
    }
  );

  it("a port taken by another program gets a clear message, not a silent 'using it'", async () => {
    const port = await freePort();
    const other: Server = createServer((socket) => socket.end("HTTP/1.1 200 OK\r\n\r\nhello"));
    await new Promise<void>((ok) => other.listen(port, "127.0.0.1", ok));
    try {
      const dir = mkdtempSync(join(tmpdir(), "eco-start-taken-"));
      const r = runScript("scripts/start.mjs", {
        ...process.env,
        ECO_DEV_PORT: String(port),
        ECO_DEV_STATE_DIR: dir,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Port ${port} is taken by another program`);
      expect(existsSync(join(dir, "dev-server.pid"))).toBe(false);
    } finally {
      await new Promise((ok) => other.close(ok));
    }
  });
});

describe.runIf(process.platform === "linux")("npm stop", () => {
  it("leaves alone a process that is no longer the dev server (a stale pid)", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-stop-stale-"));
    // A process group leader, as the dev server was: what npm stop would signal.
    const sleeper = spawn("sleep", ["30"], { detached: true, stdio: "ignore" });
    sleeper.unref();
    const pid = sleeper.pid ?? 0;
    writeFileSync(join(dir, "dev-server.pid"), String(pid));
    try {
      const r = runScript("scripts/stop.mjs", { ...process.env, ECO_DEV_STATE_DIR: dir });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Process ${pid} is no longer the dev server`);
      expect(existsSync(`/proc/${pid}`)).toBe(true);
    } finally {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  });

  /** A process group leader whose command line says webpack, as another project's dev server's. */
  function webpackLookalike(): number {
    const child = spawn(
      process.execPath,
      ["-e", "setTimeout(() => {}, 60000)", "node_modules/webpack-cli/bin/cli.js", "serve"],
      { detached: true, stdio: "ignore" }
    );
    child.unref();
    const pid = child.pid ?? 0;
    expect(readFileSync(`/proc/${pid}/cmdline`, "utf8")).toContain("webpack");
    return pid;
  }

  function alive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  function end(pid: number): void {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }

  it.each([
    ["a bare pid (an older npm start's file)", (pid: number) => String(pid)],
    [
      "a pid recorded with another start (the dev server ended; the pid was reused)",
      (pid: number) => JSON.stringify({ pid, started: `${processStart(pid) ?? "linux:x:1"}0` }),
    ],
  ])(
    "a stale pid file (%s) pointing at an unrelated process running webpack: it survives",
    async (_, pidFileText) => {
      const dir = mkdtempSync(join(tmpdir(), "eco-stop-webpack-"));
      const pid = webpackLookalike();
      writeFileSync(join(dir, "dev-server.pid"), pidFileText(pid));
      try {
        const r = runScript("scripts/stop.mjs", { ...process.env, ECO_DEV_STATE_DIR: dir });
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(
          new RegExp(
            `Process ${pid} (can't be proved to be|is no longer) the dev server .*; left alone`
          )
        );
        expect(r.stdout).not.toMatch(/Stopped/);
        await new Promise((ok) => setTimeout(ok, 300));
        expect(alive(pid)).toBe(true);
        expect(existsSync(join(dir, "dev-server.pid"))).toBe(false);
      } finally {
        end(pid);
      }
    }
  );

  it("a pid recorded with its own start, as npm start writes it, is stopped (its whole group)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-stop-ours-"));
    const pid = webpackLookalike();
    const record = pidRecord(pid);
    expect(record).toBeDefined();
    writeFileSync(join(dir, "dev-server.pid"), record ?? "");
    try {
      const r = runScript("scripts/stop.mjs", { ...process.env, ECO_DEV_STATE_DIR: dir });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Stopped the dev server (pid ${pid})`);
      let gone = false;
      for (let i = 0; i < 20 && !gone; i++) {
        gone = !alive(pid) || /^[^)]*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
        if (!gone) await new Promise((ok) => setTimeout(ok, 100));
      }
      expect(gone).toBe(true);
    } finally {
      end(pid);
    }
  });
});

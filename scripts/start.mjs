// npm start: builds the planning templates, serves the add-in over HTTPS on port 3000 and
// sideloads it into desktop Excel where the platform allows (Windows, macOS). Where it doesn't
// (Linux), the server still runs and the exact steps to sideload in Excel on the web are printed.
// `npm stop` stops what this started. It never exits quietly having done nothing.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { join, resolve } from "node:path";
import { pidRecord } from "./common/process-identity.mjs";

const root = resolve(import.meta.dirname, "..");
const stateDir = process.env.ECO_DEV_STATE_DIR || join(root, ".eco-dev");
const pidFile = join(stateDir, "dev-server.pid");
const logFile = join(stateDir, "dev-server.log");
const manifest = join(root, "manifest.xml");
const port = devPort();
const url = `https://localhost:${port}/taskpane.html`;

/** ECO_DEV_PORT (tests), else the package's config.dev_server_port, else 3000; checked. */
function devPort() {
  const raw = String(
    process.env.ECO_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000
  );
  const value = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= 65535)) {
    console.error(`✖ ECO_DEV_PORT must be a port number from 1 to 65535; got "${raw}".`);
    process.exit(2);
  }
  return value;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(" ")} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
}

/** Nothing listens (an AggregateError when both ::1 and 127.0.0.1 were tried). */
function refused(e) {
  const all = Array.isArray(e.errors) && e.errors.length > 0 ? e.errors : [e];
  return all.every((x) => x.code === "ECONNREFUSED");
}

/** "eco" when ECO's dev server answers at the port, "other" when something else does, or "none". */
function answering() {
  return new Promise((ok) => {
    const req = get(
      `https://localhost:${port}/functions.json`,
      { rejectUnauthorized: false, timeout: 2000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () =>
          ok(res.statusCode === 200 && body.includes('"DATA_ASSET_VALUE"') ? "eco" : "other")
        );
        res.on("error", () => ok("other"));
      }
    );
    req.on("error", (e) => ok(refused(e) ? "none" : "other"));
    req.on("timeout", () => req.destroy(new Error("timeout")));
  });
}

async function responds() {
  return (await answering()) === "eco";
}

async function waitForServer(child, seconds) {
  for (let i = 0; i < seconds; i++) {
    if (await responds()) return true;
    if (child.exitCode !== null) return false;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

function tail(file, lines = 30) {
  return existsSync(file)
    ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
    : "(no log)";
}

async function startServer() {
  const before = await answering();
  if (before === "eco") {
    console.log(
      `• ECO's dev server already answers at ${url}; using it (npm stop stops the one npm start started).`
    );
    return;
  }
  if (before === "other") {
    console.error(
      `✖ Port ${port} is taken by another program (it is not ECO's dev server). Stop that program, or run on another port with ECO_DEV_PORT=<port> npm start (sideloading the manifest needs port 3000).`
    );
    process.exit(1);
  }
  mkdirSync(stateDir, { recursive: true });
  const out = openSync(logFile, "w");
  const webpackCli = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", out, out],
  });
  // the pid with the moment its process started: npm stop signals it only while they still match
  // (where that moment can't be read, the bare pid: npm stop then leaves the process alone)
  writeFileSync(pidFile, pidRecord(child.pid) ?? String(child.pid));
  console.log(`• Starting the HTTPS dev server (pid ${child.pid}, log ${logFile}) …`);
  if (!(await waitForServer(child, 180))) {
    console.error(
      `✖ The dev server did not answer at ${url}. Last lines of its log:\n${tail(logFile)}`
    );
    try {
      process.kill(-child.pid);
    } catch {
      /* already gone */
    }
    process.exit(1);
  }
  child.unref();
  console.log(`✔ Serving the add-in at ${url}`);
}

function webSideloadSteps() {
  return [
    "",
    "Excel desktop can't run on this platform, so the add-in was not sideloaded automatically.",
    "To use it in Excel on the web (the server must stay reachable from the browser you use):",
    `  1. Open https://localhost:${port}/taskpane.html once in that browser and accept the`,
    "     self-signed certificate. (npm start never runs sudo; to trust a certificate instead, run",
    "     npx office-addin-dev-certs install yourself and import ~/.office-addin-dev-certs/ca.crt",
    "     into the browser's certificate settings, then npm stop and npm start.)",
    "  2. Open a workbook in Excel on the web (https://www.office.com → Excel).",
    "  3. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.",
    `  4. Upload this manifest: ${manifest}`,
    "  5. Type =ECODEV.DATA_ASSET_VALUE(100000) in a cell (76,500,000), or open Home → Ecosystem planner.",
    "     (This development add-in is \"ECO After-Sales Ecosystem (development)\", namespace ECODEV, so",
    "     it can sit beside the release, whose functions are =ECO.…)",
    "",
    "To host it for a workshop instead, see docs/WORKSHOP.md. Stop the server with: npm stop",
  ].join("\n");
}

run(process.execPath, [
  join(root, "node_modules", "tsx", "dist", "cli.mjs"),
  "scripts/build-templates.ts",
]);
if (port !== 3000) {
  console.log(
    `• Note: ECO_DEV_PORT=${port}, but manifest.xml points at port 3000; sideloading it needs port 3000.`
  );
}
await startServer();
if (process.platform === "win32" || process.platform === "darwin") {
  console.log("• Sideloading into Excel desktop …");
  run("npx", [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--no-debug",
    "--dev-server-port",
    String(port),
  ]);
} else {
  console.log(webSideloadSteps());
}

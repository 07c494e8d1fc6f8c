#!/usr/bin/env node
// Packages the add-in for one host:
//   node scripts/package.mjs --host https://your.host/path/      (or ECO_HOST_URL=https://…)
// Builds into a temporary directory for that host, then writes
//   release/eco-addin-<version>.zip   everything to upload to the host (the build minus source maps)
//   release/manifest.xml              the manifest to hand out (every URL on that host)
// Options: --out DIR (instead of release/), --mode development|production (default production,
// which needs the planning-workbook templates in build/templates/).
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function fail(message, code = 1) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { host: process.env.ECO_HOST_URL, out: join(ROOT, "release"), mode: "production" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) fail(`${a} needs a value`, 2);
      return v;
    };
    if (a === "--host") opts.host = value();
    else if (a.startsWith("--host=")) opts.host = a.slice("--host=".length);
    else if (a === "--out") opts.out = resolve(value());
    else if (a === "--mode") opts.mode = value();
    else if (a === "--help" || a === "-h") {
      process.stdout.write(
        "usage: node scripts/package.mjs --host https://your.host/path/ [--out DIR] [--mode production|development]\n"
      );
      process.exit(0);
    } else
      fail(
        `unknown argument ${a} (usage: node scripts/package.mjs --host https://your.host/path/)`,
        2
      );
  }
  return opts;
}

function checkHost(raw) {
  if (!raw)
    fail(
      "no host given: pass --host https://your.host/path/ or set ECO_HOST_URL (the URL the add-in's files will be served from)",
      2
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`the host "${raw}" is not an absolute URL; use e.g. https://eco.example.com/addin/`, 2);
  }
  if (url.protocol !== "https:")
    fail(`the host must use https:// (Office loads add-ins only over HTTPS); got "${raw}"`, 2);
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1")
    fail(`refusing to package for ${url.hostname}: that is the dev server, use npm start`, 2);
  if (url.search || url.hash) fail(`the host must not have a query or fragment; got "${raw}"`, 2);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function files(dir, prefix = "") {
  const out = [];
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...files(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

const opts = parseArgs(process.argv.slice(2));
const host = checkHost(opts.host);
if (opts.mode !== "production" && opts.mode !== "development")
  fail(`--mode must be production or development; got "${opts.mode}"`, 2);
if (spawnSync("zip", ["-v"], { stdio: "ignore" }).status !== 0)
  fail("the zip command is not installed (apt-get install zip)");

const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const build = mkdtempSync(join(tmpdir(), "eco-package-"));
try {
  process.stderr.write(`package: building ${version} for ${host} (${opts.mode})\n`);
  const res = spawnSync("npx", ["webpack", "--mode", opts.mode], {
    cwd: ROOT,
    env: { ...process.env, ECO_HOST_URL: host, ECO_OUT_DIR: build },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (res.status !== 0) fail(`the build failed (webpack exit ${res.status})`);

  for (const f of files(build)) if (f.endsWith(".map")) rmSync(join(build, f));
  const shipped = files(build);
  for (const need of [
    "manifest.xml",
    "functions.js",
    "functions.json",
    "functions.zh-CN.json",
    "taskpane.html",
    "help.html",
  ]) {
    if (!shipped.includes(need)) fail(`the build has no ${need}`);
  }
  const origin = new URL(host).origin;
  for (const f of shipped.filter((n) => !n.endsWith(".png") && !n.endsWith(".xlsx"))) {
    if (readFileSync(join(build, f), "utf8").includes("localhost"))
      fail(`${f} still points at localhost; the build did not apply ${host}`);
  }
  if (!readFileSync(join(build, "manifest.xml"), "utf8").includes(`${origin}`))
    fail(`manifest.xml does not point at ${origin}`);

  mkdirSync(opts.out, { recursive: true });
  const zipFile = join(opts.out, `eco-addin-${version}.zip`);
  rmSync(zipFile, { force: true });
  execFileSync("zip", ["-q", "-r", "-X", zipFile, ...shipped], {
    cwd: build,
    stdio: ["ignore", "ignore", "inherit"],
  });
  copyFileSync(join(build, "manifest.xml"), join(opts.out, "manifest.xml"));
  const rel = (p) => relative(process.cwd(), p) || p;
  process.stdout.write(
    `${rel(zipFile)}  (${shipped.length} files: upload to ${host})\n${rel(join(opts.out, "manifest.xml"))}  (hand this out)\n`
  );
} finally {
  if (existsSync(build)) rmSync(build, { recursive: true, force: true });
}

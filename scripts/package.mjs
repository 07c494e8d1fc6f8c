#!/usr/bin/env node
// Packages the add-in for one host:
//   npm run package -- --host https://your.host/path/      (or ECO_HOST_URL=https://…)
// Builds the planning templates and a production build for that host in a temporary folder, then
// writes
//   release/eco-addin-<version>.zip   everything to upload to the host (no source maps)
//   release/manifest.xml              the manifest to hand out (every URL on that host)
// Options: --out DIR (instead of release/ in the ECO folder; a relative DIR is taken from the
// folder npm was run in), --force (replace an existing zip/manifest there), --help.
// A release is always a production build: a development build keeps comments that point at the
// dev server and unminified code, and is for `npm start` only (so there is no --mode).
// The zip and the manifest are written complete beside their targets, and only then renamed into
// place, together: if either cannot be written, neither target changes (with --force, the old pair
// stays). --out is compared by its real path, so a link to the ECO folder or dist/ is refused too.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { replaceTogether, writeNewFile } from "./common/atomic-file.mjs";
import { describeWriteError } from "./common/describe-write-error.mjs";
import { optionsNpmTook, userFolder } from "./common/npm-invocation.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { hostUrl, HostUrlError, mentionsDevServer } = createRequire(import.meta.url)(
  "./webpack/host.js"
);
const SCRIPT = "package";
const USAGE = "usage: npm run package -- --host https://your.host/path/ [--out DIR] [--force]";
const HELP = `${USAGE}

Builds ECO for one HTTPS host and writes the zip to upload there and the manifest to hand out.

  --host URL   where the add-in's files will be served from, e.g. https://eco.example.com/addin/
               (https only; no user name or password, query or fragment; not this computer)
               default: the ECO_HOST_URL environment variable
  --out DIR    the folder for eco-addin-<version>.zip and manifest.xml; a relative DIR is taken
               from the folder you run npm in; a missing folder is created (and named)
               default: release/ in the ECO folder
  --force      replace the zip and manifest if DIR already has them, both or neither
               default: existing files are never replaced
  -h, --help   print this help`;

/** A failure to report in one sentence; `code` 2 for a bad command line, 1 otherwise. */
class PackageError extends Error {
  constructor(message, code = 1) {
    super(message);
    this.exitCode = code;
  }
}

function fail(message, code = 1) {
  throw new PackageError(message, code);
}

function usageError(message) {
  fail(`${message}\n${USAGE}`, 2);
}

function readOptions(argv) {
  const took = optionsNpmTook(SCRIPT, ["host", "out", "force"]);
  if (took.length > 0)
    fail(
      `npm took ${took.map((n) => `--${n}`).join(", ")} for itself: put -- before the options, as in npm run package -- --host https://your.host/path/`,
      2
    );
  if (argv.some((a) => a === "--mode" || a.startsWith("--mode=")))
    usageError(
      "--mode was removed: a release is always a production build (use npm run build:dev for a development build)"
    );
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        host: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    const option = /'(-[^' ]+)/.exec(e.message)?.[1];
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") usageError(`unknown option ${option}`);
    usageError(`${option ?? "an option"} needs a value`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  if (parsed.positionals.length > 0)
    usageError(`unexpected argument ${JSON.stringify(parsed.positionals[0])}`);
  for (const name of ["host", "out"])
    if (parsed.tokens.filter((t) => t.kind === "option" && t.name === name).length > 1)
      usageError(`--${name} is given twice; give it once`);
  return parsed.values;
}

function releaseHost(values) {
  const fromOption = values.host !== undefined;
  const raw = fromOption ? values.host : process.env.ECO_HOST_URL;
  if (!raw)
    fail(
      "no host given: pass --host https://your.host/path/ or set ECO_HOST_URL (the URL the add-in's files will be served from)",
      2
    );
  try {
    return hostUrl(raw, { label: fromOption ? "--host" : "ECO_HOST_URL", release: true });
  } catch (e) {
    if (e instanceof HostUrlError) fail(e.message, 2);
    throw e;
  }
}

function outFolder(values, here) {
  if (values.out !== undefined && values.out.trim() === "") usageError("--out must name a folder");
  const out = values.out === undefined ? join(ROOT, "release") : resolve(here, values.out.trim());
  let stat;
  try {
    stat = statSync(out, { throwIfNoEntry: false });
  } catch {
    fail(`a part of --out ${values.out} is a file, not a folder`, 2);
  }
  if (stat && !stat.isDirectory()) fail(`--out ${values.out} is a file, not a folder`, 2);
  // Compared as real paths: a symbolic link to the ECO folder (or to dist/) is that folder.
  const real = realPath(out);
  const root = realPath(ROOT);
  const dist = realPath(join(ROOT, "dist"));
  const via = real === out ? "" : ` (through a link, it is ${real})`;
  if (real === root)
    fail(
      `--out is the ECO folder itself${via}, whose manifest.xml is the development manifest; choose another folder`,
      2
    );
  if (real === dist || real.startsWith(dist + sep))
    fail(`--out is inside dist/${via}, which every build empties; choose another folder`, 2);
  return out;
}

/**
 * The real path of `path` (every symbolic link resolved), also for a path that does not exist yet:
 * its nearest existing folder resolved, and the rest appended.
 */
function realPath(path) {
  const rest = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return resolve(path);
      rest.push(basename(p));
    }
  }
}

function isFolder(path) {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
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

function run(what, command, args, { cwd = ROOT, env = process.env } = {}) {
  const r = spawnSync(command, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) fail(`${what} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Zips `names` (in `folder`) into `zipFile`. zip reports a failed write with exit 14 and the
 * system's reason on its standard output ("zip I/O error: No space left on device"): a full disk
 * becomes the ENOSPC error a failed write of our own would be, so that it is said in the same words.
 */
function zipInto(zipFile, names, folder) {
  const r = spawnSync("zip", ["-q", "-r", "-X", zipFile, ...names], {
    cwd: folder,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (r.status === 0) return;
  const said = `${r.stdout ?? ""}\n${r.stderr ?? ""}`.trim();
  const full = /no space left on device|disk quota exceeded/i.exec(said);
  if (full)
    throw Object.assign(new Error(said), {
      code: /quota/i.test(full[0]) ? "EDQUOT" : "ENOSPC",
    });
  if (said) process.stderr.write(`${said}\n`);
  fail(`zip failed (exit ${r.status ?? r.signal}${said ? `: ${said.split("\n").pop()}` : ""})`);
}

/**
 * Writes the zip and the manifest together or not at all (a manifest must never point at a zip it
 * was not built with), turning a file-system error into one true sentence.
 */
function placePair(zipFile, manifestFile, force, entries) {
  const before = [zipFile, manifestFile].filter((f) => existsSync(f));
  try {
    replaceTogether(entries, { overwrite: force });
  } catch (e) {
    const untouched =
      before.length === 0
        ? "nothing was left behind"
        : `the release already there, ${before.map(show).join(" and ")}, is untouched`;
    if (e instanceof PackageError) fail(`${e.message}; ${untouched}`, e.exitCode);
    const failed = e && typeof e === "object" && "failedPath" in e ? e.failedPath : zipFile;
    const sentence = describeWriteError(e, show(failed)).replace(
      / ?[(;,]? ?(any existing file is unchanged|nothing was written)\)?$/,
      ""
    );
    fail(
      `${sentence}; neither ${show(zipFile)} nor ${show(manifestFile)} was written${force ? " or replaced" : ""} (${untouched})`
    );
  }
}

/** The first folder on the way to `folder` that does not exist yet (the write creates it), or undefined. */
function missingFolder(folder) {
  let missing;
  for (let f = folder; !existsSync(f); f = dirname(f)) {
    missing = f;
    if (dirname(f) === f) break;
  }
  return missing;
}

let here = process.cwd();
const show = (p) => (relative(here, p).startsWith("..") ? p : relative(here, p));

function main() {
  const values = readOptions(process.argv.slice(2));
  here = userFolder(SCRIPT);
  const host = releaseHost(values);
  const out = outFolder(values, here);
  const force = values.force === true;
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  const zipFile = join(out, `eco-addin-${version}.zip`);
  const manifestFile = join(out, "manifest.xml");

  for (const target of [zipFile, manifestFile]) {
    if (isFolder(target)) fail(describeWriteError({ code: "EISDIR" }, show(target)));
    if (!force && existsSync(target)) fail(describeWriteError({ code: "EEXIST" }, show(target)));
  }
  if (spawnSync("zip", ["-v"], { stdio: "ignore" }).status !== 0)
    fail("the zip command is not installed (apt-get install zip)");

  const build = mkdtempSync(join(tmpdir(), "eco-package-"));
  try {
    process.stderr.write(`package: building ${version} for ${host}\n`);
    run("the template build", process.execPath, [
      join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      join(ROOT, "scripts", "build-templates.ts"),
    ]);
    run(
      "the build",
      process.execPath,
      [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
      { env: { ...process.env, ECO_HOST_URL: host, ECO_OUT_DIR: build } }
    );

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
    if (!shipped.some((f) => f.startsWith("templates/") && f.endsWith(".xlsx")))
      fail("the build has no planning-workbook templates");
    if (!shipped.some((f) => f.startsWith("templates/") && f.endsWith(".contract.json")))
      fail("the build has no template contracts (the task pane reads them)");
    if (!shipped.some((f) => f.startsWith("downloads/") && f.endsWith(".xlsx")))
      fail("the build has no standalone planning workbooks (downloads)");
    for (const f of shipped.filter((n) => !n.endsWith(".png") && !n.endsWith(".xlsx"))) {
      const text = readFileSync(join(build, f), "utf8");
      if (mentionsDevServer(text))
        fail(`${f} still points at localhost; the build did not apply ${host}`);
      if (/sourceMappingURL=/.test(text)) fail(`${f} refers to a source map that is not shipped`);
    }
    const manifest = readFileSync(join(build, "manifest.xml"), "utf8");
    if (!manifest.includes(new URL(host).origin)) fail(`manifest.xml does not point at ${host}`);

    const created = missingFolder(out);
    placePair(zipFile, manifestFile, force, [
      {
        path: zipFile,
        produce: (temporary) => zipInto(temporary, shipped, build),
      },
      { path: manifestFile, produce: (temporary) => writeNewFile(temporary, manifest) },
    ]);
    if (created) process.stdout.write(`created the folder ${show(created)}\n`);
    process.stdout.write(
      `${show(zipFile)}  (${shipped.length} files: upload to ${host})\n${show(manifestFile)}  (hand this out)\n`
    );
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof PackageError)) throw e;
  process.stderr.write(`package: ${e.message}\n`);
  process.exitCode = e.exitCode;
}

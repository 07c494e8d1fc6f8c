#!/usr/bin/env node
// Checks a host before a workshop, from the venue's network:
//   npm run check-host -- https://training.example.com/eco/1.0.1/ [--manifest FILE]
// Prints one PASS/FAIL line per check and a verdict; exits 1 if any check fails (2 for a bad
// command line). What it checks: scripts/host-check/checks.mjs. The release's files are listed
// from the zip beside the manifest (npm run package writes both into release/).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkHost, manifestVersion, OFFICE_JS_URL } from "./host-check/checks.mjs";
import { optionsNpmTook, userFolder } from "./common/npm-invocation.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPT = "check-host";
const USAGE = "usage: npm run check-host -- https://your.host/path/ [--manifest FILE]";
/**
 * The Node.js option that makes TLS trust the system's certificate store, as the attendees'
 * browsers and Office do: on Linux --use-openssl-ca (OpenSSL's store, the system's there, in every
 * Node.js); elsewhere --use-system-ca where Node.js has it (23.8 and later: Windows' store, macOS's
 * keychain), else none (Node.js's own list of CAs, Mozilla's, is all there is).
 */
const SYSTEM_CA_OPTION =
  process.platform === "linux"
    ? "--use-openssl-ca"
    : process.allowedNodeEnvironmentFlags.has("--use-system-ca")
      ? "--use-system-ca"
      : undefined;

/** Which certificates this run trusts, in a sentence for its output. */
function trustedStore() {
  const extra = process.env.NODE_EXTRA_CA_CERTS
    ? `, plus NODE_EXTRA_CA_CERTS (${process.env.NODE_EXTRA_CA_CERTS})`
    : "";
  return SYSTEM_CA_OPTION && process.execArgv.includes(SYSTEM_CA_OPTION)
    ? `this machine's system certificate store${extra}`
    : `Node.js's own list of CAs (Mozilla's), not this machine's store: a CA installed only in the system's store is not trusted by this check (a Node.js of 23.8 or later uses the store)${extra}`;
}

const HELP = `${USAGE}

Checks, from this machine's network, that a host serves the ECO release built for it: every file
of the release (byte for byte) and of the manifest, the content types of .json and .xlsx, the
certificate, Access-Control-Allow-Origin on functions.json for Excel on the web, and the Office.js
CDN. One PASS/FAIL line per check, then a verdict; exits 1 if any check fails.

The certificate is checked against this machine's system certificate store, as the attendees'
browsers and Office check it (on Windows and macOS this needs Node.js 23.8 or later; an older
one checks against Node.js's own list of CAs), plus the CA file NODE_EXTRA_CA_CERTS names. Run it
on a machine set up as the attendees' are: a CA your organisation installs on their machines must
be installed on this one too.
The Office.js CDN line fails on an isolated network (no internet access): the task pane loads
Office.js from Microsoft's CDN, so it cannot start there either.

  URL              the URL the release was built for and uploaded to (npm run package --host)
  --manifest FILE  the manifest handed out; the release's zip (eco-addin-<version>.zip) must be
                   beside it. A relative FILE is taken from the folder you run npm in.
                   default: release/manifest.xml in the ECO folder
  -h, --help       print this help

Environment: ECO_OFFICE_JS_URL checks another Office.js URL than ${OFFICE_JS_URL}.`;

class UsageError extends Error {}

function readOptions(argv) {
  const took = optionsNpmTook(SCRIPT, ["manifest"]);
  if (took.length > 0)
    throw new UsageError(
      `npm took --manifest for itself: put -- before the options, as in npm run check-host -- https://your.host/path/ --manifest FILE`
    );
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { manifest: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const option = /'(-[^' ]+)/.exec(e.message)?.[1];
    throw new UsageError(
      e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `unknown option ${option}`
        : `${option ?? "an option"} needs a value`
    );
  }
  if (parsed.values.help) return "help";
  if (parsed.positionals.length !== 1)
    throw new UsageError(
      parsed.positionals.length === 0
        ? "give the URL the release is served from"
        : `give one URL; got ${parsed.positionals.length} arguments`
    );
  return { url: parsed.positionals[0], manifest: parsed.values.manifest };
}

/** The base URL, ending in "/", or a UsageError. */
function baseUrl(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UsageError(
      `${JSON.stringify(text)} is not a URL; give e.g. https://training.example.com/eco/1.0.1/`
    );
  }
  if (url.search || url.hash)
    throw new UsageError("give the URL without a query (?…) or fragment (#…)");
  if (url.username || url.password)
    throw new UsageError("give the URL without a user name or password");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const unescapeXml = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Every URL in the manifest: attribute values that are URLs, and <AppDomain>s. */
function manifestUrls(xml) {
  const urls = [];
  for (const m of xml.matchAll(/\s(?:DefaultValue|Value|Override)="(https?:\/\/[^"]*)"/g))
    urls.push(unescapeXml(m[1]));
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g))
    urls.push(unescapeXml(m[1].trim()));
  return [...new Set(urls)];
}

/** The release's files, path → bytes, from the zip beside the manifest; or the problem. */
function releaseFiles(manifestFile, xml) {
  const version = manifestVersion(xml);
  if (!version) return { problem: `${manifestFile} has no <Version>; is it ECO's manifest?` };
  const zip = join(dirname(manifestFile), `eco-addin-${version}.zip`);
  if (!existsSync(zip))
    return {
      problem: `no ${zip} beside the manifest, so the release's files can't be listed (copy the zip from npm run package next to the manifest)`,
    };
  try {
    const names = execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" })
      .split("\n")
      .filter((n) => n && !n.endsWith("/"));
    const files = new Map();
    for (const name of names)
      files.set(name, execFileSync("unzip", ["-p", zip, name], { maxBuffer: 256 * 1024 * 1024 }));
    return { files, zip };
  } catch (e) {
    return {
      problem: `${zip} could not be read (${e instanceof Error ? e.message.split("\n")[0] : e})`,
    };
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const here = userFolder(SCRIPT);
  const base = baseUrl(options.url);
  const manifestFile =
    options.manifest === undefined
      ? join(ROOT, "release", "manifest.xml")
      : resolve(here, options.manifest);
  const shown = relative(here, manifestFile).startsWith("..")
    ? manifestFile
    : relative(here, manifestFile);

  let xml;
  let manifestProblem;
  try {
    xml = readFileSync(manifestFile, "utf8");
  } catch {
    manifestProblem = `${shown} can't be read; give the manifest handed out with --manifest FILE`;
  }
  const listed = xml
    ? releaseFiles(manifestFile, xml)
    : { problem: "no manifest, so no zip beside it" };

  process.stdout.write(
    `check-host: ${base}\n  release: ${listed.zip ? (relative(here, listed.zip).startsWith("..") ? listed.zip : relative(here, listed.zip)) : "?"} (${listed.files ? `${listed.files.size} files` : "not found"}), manifest ${shown}\n  certificates trusted: ${trustedStore()}\n`
  );
  const results = await checkHost({
    base,
    files: listed.files,
    filesProblem: listed.problem,
    manifestUrls: xml ? manifestUrls(xml) : [],
    manifestProblem,
    manifestVersion: xml ? manifestVersion(xml) : undefined,
    manifestShown: shown,
    officeJsUrl: process.env.ECO_OFFICE_JS_URL || OFFICE_JS_URL,
  });
  for (const r of results)
    process.stdout.write(`${r.ok ? "PASS" : "FAIL"}  ${r.what}: ${r.found}\n`);
  const failed = results.filter((r) => !r.ok);
  process.stdout.write(
    failed.length === 0
      ? `\nVERDICT: PASS. All ${results.length} checks passed: this machine can load ECO from ${base}\n`
      : `\nVERDICT: FAIL. ${failed.length} of ${results.length} checks failed: ${failed.map((r) => r.what).join(", ")}\n`
  );
  return failed.length === 0 ? 0 : 1;
}

/** Runs this script again with SYSTEM_CA_OPTION, resolving to its exit code. */
function onSystemStore() {
  const r = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      SYSTEM_CA_OPTION,
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { stdio: "inherit" }
  );
  return r.status ?? 1;
}

(SYSTEM_CA_OPTION && !process.execArgv.includes(SYSTEM_CA_OPTION)
  ? Promise.resolve(onSystemStore())
  : main()
).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`check-host: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`check-host: ${e instanceof Error ? e.stack : e}\n`);
    process.exitCode = 1;
  }
);

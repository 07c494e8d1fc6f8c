/**
 * `npm run check-host` (scripts/check-host.mjs) against hosts started here on 127.0.0.1: an HTTPS
 * host serving a release (certificate from a CA made for the test and trusted through
 * NODE_EXTRA_CA_CERTS) and a plain HTTP stand-in for the Office.js CDN (ECO_OFFICE_JS_URL). A
 * good host passes every check; each way a facilitator's upload goes wrong fails its own line, the
 * verdict and the exit code.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, ROOT } from "../manifest/prodBuild";

const require = createRequire(__filename);
const { rewriteManifest } = require(join(ROOT, "scripts", "webpack", "host.js")) as {
  rewriteManifest(xml: string, host: string): string;
};
const { stampVersion } = require(join(ROOT, "scripts", "webpack", "manifest-version.js")) as {
  stampVersion(xml: string, version: string): string;
};
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** How the test host misbehaves; reset to a good host before each case. */
interface HostFaults {
  missing: Set<string>;
  types: Record<string, string>;
  cors: boolean;
  replaced: Record<string, string>;
}
const good = (): HostFaults => ({ missing: new Set(), types: {}, cors: true, replaced: {} });

const work = mkdtempSync(join(tmpdir(), "eco-check-host-"));
const site = join(work, "site");
const release = join(work, "release");
let faults = good();
let host: HttpsServer;
let cdn: HttpServer;
let base = "";
let cdnBase = "";
let caFile = "";

function openssl(args: string[]): void {
  execFileSync("openssl", args, { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
}

/** A CA and a certificate for 127.0.0.1 signed by it (a self-signed leaf for the untrusted case). */
function makeCertificates(): void {
  openssl([
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "2",
    "-subj",
    "/CN=ECO test CA/O=ECO test CA",
  ]);
  openssl([
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "host.key",
    "-out",
    "host.csr",
    "-subj",
    "/CN=127.0.0.1",
  ]);
  writeFileSync(join(work, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
  openssl([
    "x509",
    "-req",
    "-in",
    "host.csr",
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "host.crt",
    "-days",
    "2",
    "-extfile",
    "san.ext",
  ]);
  caFile = join(work, "ca.crt");
}

function listen(server: HttpServer | HttpsServer): Promise<number> {
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => ok((server.address() as AddressInfo).port))
  );
}

/** Runs check-host as a facilitator would (a separate process), resolving to its exit and output. */
function checkHost(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "check-host.mjs"), ...args], {
      cwd: ROOT,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_"))),
        NODE_EXTRA_CA_CERTS: caFile,
        ECO_OFFICE_JS_URL: `${cdnBase}/lib/1/hosted/office.js`,
        ...env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (status) => ok({ status, stdout, stderr }));
  });
}

const lines = (out: string, verdict: "PASS" | "FAIL") =>
  out.split("\n").filter((l) => l.startsWith(`${verdict}  `));

beforeAll(async () => {
  makeCertificates();
  host = createHttpsServer(
    { key: readFileSync(join(work, "host.key")), cert: readFileSync(join(work, "host.crt")) },
    (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "https://x").pathname);
      const prefix = `/eco/${VERSION}/`;
      const file = path.startsWith(prefix) ? path.slice(prefix.length) : "";
      if (req.headers.origin && faults.cors) res.setHeader("Access-Control-Allow-Origin", "*");
      let body: Buffer;
      try {
        if (!file || faults.missing.has(file)) throw new Error("missing");
        body =
          faults.replaced[file] !== undefined
            ? Buffer.from(faults.replaced[file])
            : readFileSync(join(site, file));
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": faults.types[file] ?? TYPES[extname(file)] ?? "application/octet-stream",
      });
      res.end(body);
    }
  );
  cdn = createHttpServer((req, res) => {
    if (req.url === "/lib/1/hosted/office.js")
      res.writeHead(200, { "Content-Type": "text/javascript" }).end("var Office = {};");
    else res.writeHead(404).end();
  });
  base = `https://127.0.0.1:${await listen(host)}/eco/${VERSION}/`;
  cdnBase = `http://127.0.0.1:${await listen(cdn)}`;

  // The release as npm run package makes it: the built files (no maps) and a manifest for `base`,
  // zipped, with the manifest beside the zip; the host serves the unzipped files.
  const manifest = stampVersion(
    rewriteManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), base),
    VERSION
  );
  mkdirSync(site, { recursive: true });
  const files = listFiles(join(ROOT, "dist")).filter((f) => !f.endsWith(".map"));
  for (const f of files) {
    mkdirSync(join(site, f, ".."), { recursive: true });
    cpSync(join(ROOT, "dist", f), join(site, f));
  }
  writeFileSync(join(site, "manifest.xml"), manifest);
  mkdirSync(release);
  execFileSync("zip", ["-q", "-r", "-X", join(release, `eco-addin-${VERSION}.zip`), ...files], {
    cwd: site,
  });
  writeFileSync(join(release, "manifest.xml"), manifest);
});

afterAll(async () => {
  await new Promise((ok) => host?.close(ok));
  await new Promise((ok) => cdn?.close(ok));
  rmSync(work, { recursive: true, force: true });
});

describe("npm run check-host against a host serving the release correctly", () => {
  it("passes every check, one PASS line each, and exits 0", async () => {
    faults = good();
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(lines(r.stdout, "FAIL")).toEqual([]);
    const pass = lines(r.stdout, "PASS").join("\n");
    for (const check of [
      "PASS  certificate: trusted by this machine",
      "PASS  manifest: its",
      "PASS  taskpane.js: 200",
      "PASS  templates/eco-planning-zh-CN.xlsx: 200",
      "PASS  content type functions.json: application/json",
      "PASS  content type downloads/eco-planning-en-US.xlsx: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "PASS  CORS functions.json: Access-Control-Allow-Origin: *",
      "PASS  Office.js CDN:",
    ])
      expect(pass).toContain(check);
    // every file of the release has its line
    const zipped = execFileSync("unzip", ["-Z1", join(release, `eco-addin-${VERSION}.zip`)], {
      encoding: "utf8",
    })
      .split("\n")
      .filter(Boolean);
    for (const f of zipped) expect(pass).toContain(`PASS  ${f}: 200`);
    expect(r.stdout).toMatch(/VERDICT: PASS\. All \d+ checks passed/);
  });
});

describe("npm run check-host fails loudly, naming the check, for each way a host goes wrong", () => {
  it.each([
    [
      "an upload without taskpane.js (no manifest URL names it)",
      { missing: new Set(["taskpane.js"]) },
      /^FAIL {2}taskpane\.js: 404 not found: the upload is missing this file$/m,
      1,
    ],
    [
      "functions.json served as text/plain",
      { types: { "functions.json": "text/plain" } },
      /^FAIL {2}content type functions\.json: text\/plain, not application\/json/m,
      1,
    ],
    [
      "a template served as application/octet-stream",
      { types: { "templates/eco-planning-en-US.xlsx": "application/octet-stream" } },
      /^FAIL {2}content type templates\/eco-planning-en-US\.xlsx: application\/octet-stream, not application\/vnd\.openxmlformats/m,
      1,
    ],
    [
      "no Access-Control-Allow-Origin header on functions.json",
      { cors: false },
      /^FAIL {2}CORS functions\.json: no Access-Control-Allow-Origin header for Origin https:\/\/excel\.officeapps\.live\.com/m,
      2, // functions.json and functions.zh-CN.json
    ],
    [
      "an older functions.js left on the host",
      { replaced: { "functions.js": "/* last week's functions */" } },
      /^FAIL {2}functions\.js: 200, but .* differ from the release's/m,
      1,
    ],
  ])("%s", async (_, fault, message, failing) => {
    faults = { ...good(), ...fault };
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(lines(r.stdout, "FAIL")).toHaveLength(failing);
    expect(r.stdout).toMatch(new RegExp(`VERDICT: FAIL\\. ${failing} of \\d+ checks failed`));
  });

  it("a certificate this machine does not trust", async () => {
    faults = good();
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")], {
      NODE_EXTRA_CA_CERTS: "",
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}certificate: the certificate's (chain|CA)/m);
    expect(r.stdout).toMatch(/VERDICT: FAIL/);
  });

  it("an Office.js CDN this network can't reach", async () => {
    faults = good();
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")], {
      ECO_OFFICE_JS_URL: `${cdnBase}/blocked/office.js`,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^FAIL {2}Office\.js CDN: .*answers 404; the task pane cannot start without it/m
    );
    expect(lines(r.stdout, "FAIL")).toHaveLength(1);
  });

  it("a manifest built for another URL", async () => {
    faults = good();
    const other = join(work, "other");
    mkdirSync(other, { recursive: true });
    cpSync(join(release, `eco-addin-${VERSION}.zip`), join(other, `eco-addin-${VERSION}.zip`));
    writeFileSync(
      join(other, "manifest.xml"),
      stampVersion(
        rewriteManifest(
          readFileSync(join(ROOT, "manifest.xml"), "utf8"),
          "https://elsewhere.example.com/eco/"
        ),
        VERSION
      )
    );
    const r = await checkHost([base, "--manifest", join(other, "manifest.xml")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}manifest: points elsewhere than/m);
  });

  it("a bad command line exits 2 with the usage", async () => {
    const none = await checkHost([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(
      /give the URL the release is served from\nusage: npm run check-host/
    );
    const bogus = await checkHost([base, "--manifset", "x"]);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toMatch(/unknown option --manifset/);
  });
});

/**
 * `npm run check-host` (scripts/check-host.mjs) against hosts started here on 127.0.0.1: an HTTPS
 * host serving a release (certificate from a CA made for the test and trusted through
 * NODE_EXTRA_CA_CERTS) and a plain HTTP stand-in for the Office.js CDN (ECO_OFFICE_JS_URL). A
 * good host passes every check; each way a facilitator's upload goes wrong fails its own line, the
 * verdict and the exit code.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import {
  createServer as createHttpServer,
  type Server as HttpServer,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles, ROOT } from "../manifest/prodBuild";
import { get, MAX_BYTES } from "../../scripts/host-check/fetch.mjs";

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
  /** Files answered with a body that never ends. */
  endless: Set<string>;
}
const good = (): HostFaults => ({
  missing: new Set(),
  types: {},
  cors: true,
  replaced: {},
  endless: new Set(),
});

/**
 * Answers 200 and then sends without end, 64 KB at a time, as fast as the reader takes it. Only a
 * safety net stops it (at STOP_AT, far past check-host's cap), so that a check-host without the
 * cap fails this test instead of filling the shared machine's memory.
 */
const STOP_AT = 256 * 1024 * 1024;
function streamEndlessly(res: ServerResponse, type: string): void {
  res.writeHead(200, { "Content-Type": type });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const more = (): void => {
    while (!res.destroyed) {
      if (sent > STOP_AT) {
        res.end();
        return;
      }
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once("drain", more);
        return;
      }
    }
  };
  res.on("close", () => res.removeAllListeners("drain"));
  more();
}

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

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const closed = createHttpServer();
  const port = await listen(closed);
  await new Promise((ok) => closed.close(ok));
  return port;
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
      if (faults.endless.has(file)) {
        streamEndlessly(res, TYPES[extname(file)] ?? "application/octet-stream");
        return;
      }
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
    else if (req.url === "/endless/office.js") streamEndlessly(res, "text/javascript");
    else if (req.url === "/drip") {
      // five bytes a second: never silent for long, never done
      res.writeHead(200, { "Content-Type": "text/plain" });
      const timer = setInterval(() => res.write("."), 200);
      res.on("close", () => clearInterval(timer));
    } else res.writeHead(404).end();
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
  host?.closeAllConnections();
  cdn?.closeAllConnections();
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

  it("a host whose answers never end: check-host stops at its cap, says so, and finishes", async () => {
    expect(MAX_BYTES).toBeLessThan(STOP_AT / 4);
    faults = { ...good(), endless: new Set(["taskpane.js"]) };
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")], {
      ECO_OFFICE_JS_URL: `${cdnBase}/endless/office.js`,
    });
    expect(r.status, r.stderr).toBe(1);
    const cap = `${MAX_BYTES / (1024 * 1024)} MB`;
    expect(r.stdout).toMatch(
      new RegExp(
        `^FAIL {2}taskpane\\.js: the answer is larger than ${cap} \\(it kept sending\\); check-host stopped reading it`,
        "m"
      )
    );
    expect(r.stdout).toMatch(
      new RegExp(
        `^FAIL {2}Office\\.js CDN: .*/endless/office\\.js: the answer is larger than ${cap}`,
        "m"
      )
    );
    expect(lines(r.stdout, "FAIL")).toHaveLength(2);
  });

  it("an answer that keeps trickling in is given up after the time limit, with a clear sentence", async () => {
    const reply = await get(`${cdnBase}/drip`, {}, { totalMs: 1500 });
    expect(reply.error).toMatch(/^no complete answer within 2 s \(check-host stopped waiting/);
  });

  it("an answer that announces more than the cap is refused before it is read", async () => {
    const big = createHttpServer((_, res) => {
      res.writeHead(200, { "Content-Length": String(MAX_BYTES + 1) });
      res.write("x");
    });
    const port = await listen(big);
    try {
      const reply = await get(`http://127.0.0.1:${port}/`);
      expect(reply.error).toMatch(/larger than \d+ MB \(it announces \d+ MB\)/);
    } finally {
      big.closeAllConnections();
      await new Promise((ok) => big.close(ok));
    }
  });

  it("a manifest handed out that is older than what the host serves: said once, naming both versions, the upload not blamed", async () => {
    faults = good();
    const OLD = "0.9.0";
    const oldSite = join(work, "old-site");
    cpSync(site, oldSite, { recursive: true });
    for (const f of ["functions.js", "taskpane.js", "help.html", "functions.json"])
      writeFileSync(join(oldSite, f), `/* ${OLD}'s ${f} */`);
    const oldManifest = stampVersion(
      rewriteManifest(
        readFileSync(join(ROOT, "manifest.xml"), "utf8"),
        base.replace(`/${VERSION}/`, `/${OLD}/`)
      ),
      OLD
    );
    writeFileSync(join(oldSite, "manifest.xml"), oldManifest);
    const old = join(work, "handout-old");
    mkdirSync(old, { recursive: true });
    const zipped = execFileSync("unzip", ["-Z1", join(release, `eco-addin-${VERSION}.zip`)], {
      encoding: "utf8",
    })
      .split("\n")
      .filter((n) => n && !n.endsWith("/"));
    execFileSync("zip", ["-q", "-r", "-X", join(old, `eco-addin-${OLD}.zip`), ...zipped], {
      cwd: oldSite,
    });
    writeFileSync(join(old, "manifest.xml"), oldManifest);

    const r = await checkHost([base, "--manifest", join(old, "manifest.xml")]);
    expect(r.status).toBe(1);
    const failing = lines(r.stdout, "FAIL");
    expect(failing, r.stdout).toHaveLength(1);
    expect(failing[0]).toMatch(
      new RegExp(
        `^FAIL {2}manifest: .*manifest\\.xml is version ${OLD.replace(/\./g, "\\.")}, older than the ${VERSION.replace(/\./g, "\\.")} this host serves: hand out the manifest of ${VERSION.replace(/\./g, "\\.")}`
      )
    );
    expect(r.stdout).toContain(`PASS  functions.js: 200`);
  });

  it("a manifest handed out that is newer than what the host serves: the upload is the older one", async () => {
    faults = good();
    const NEW = "99.0.0";
    const newer = join(work, "handout-new");
    mkdirSync(newer, { recursive: true });
    cpSync(join(release, `eco-addin-${VERSION}.zip`), join(newer, `eco-addin-${NEW}.zip`));
    writeFileSync(
      join(newer, "manifest.xml"),
      stampVersion(rewriteManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), base), NEW)
    );
    const r = await checkHost([base, "--manifest", join(newer, "manifest.xml")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^FAIL {2}manifest: .* is version ${NEW.replace(/\./g, "\\.")}, but this host serves ${VERSION.replace(/\./g, "\\.")}: upload eco-addin-${NEW.replace(/\./g, "\\.")}\\.zip`,
        "m"
      )
    );
  });

  it("a certificate this machine does not trust is one FAIL line, with the fix; the files are still checked", async () => {
    faults = { ...good(), missing: new Set(["taskpane.js"]) };
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")], {
      NODE_EXTRA_CA_CERTS: "",
    });
    expect(r.status).toBe(1);
    const failing = lines(r.stdout, "FAIL");
    expect(failing[0]).toMatch(
      /^FAIL {2}certificate: the certificate's (chain|CA).*\. Fix: .*\. The files below were read without trusting it/
    );
    // the one other failure is the one really there, not the certificate again
    expect(failing.slice(1)).toEqual([
      "FAIL  taskpane.js: 404 not found: the upload is missing this file",
    ]);
    expect(r.stdout).toContain("PASS  functions.js: 200");
  });

  it("an http:// URL is one FAIL line, with the https:// command to run instead", async () => {
    faults = good();
    const plain = base.replace(/^https:/, "http:");
    const r = await checkHost([plain, "--manifest", join(release, "manifest.xml")]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout, "FAIL")).toEqual([
      `FAIL  HTTPS: ${plain} is not https://: Office loads add-ins only over HTTPS, so the host's files were not checked. Serve the release over HTTPS and check the URL the release was built for: npm run check-host -- ${base}`,
    ]);
  });

  it("a host that can't be reached is one FAIL line, not one per file", async () => {
    faults = good();
    const port = await closedPort();
    const r = await checkHost([
      `https://127.0.0.1:${port}/eco/${VERSION}/`,
      "--manifest",
      join(release, "manifest.xml"),
    ]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout, "FAIL")).toEqual([
      "FAIL  certificate: the connection was refused (nothing listens there). The host's files were not checked",
    ]);
  });

  it("says which certificates it trusts (the system's store) and that the Office.js line needs the internet", async () => {
    const help = await checkHost(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/checked against this machine.s system certificate store/);
    expect(help.stdout).toMatch(/Office\.js CDN line fails on an isolated network/);
    faults = good();
    const r = await checkHost([base, "--manifest", join(release, "manifest.xml")]);
    expect(r.stdout).toMatch(
      process.platform === "linux"
        ? /^ {2}certificates trusted: this machine's system certificate store, plus NODE_EXTRA_CA_CERTS/m
        : /^ {2}certificates trusted: /m
    );
    const offline = await checkHost([base, "--manifest", join(release, "manifest.xml")], {
      ECO_OFFICE_JS_URL: `https://127.0.0.1:${await closedPort()}/lib/1/hosted/office.js`,
    });
    expect(offline.stdout).toMatch(
      /^FAIL {2}Office\.js CDN: .*the connection was refused.*on a network without internet access this line always fails/m
    );
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

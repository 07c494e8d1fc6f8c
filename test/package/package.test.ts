/**
 * `npm run package` (scripts/package.mjs): refuses hosts it can't write safely, escapes the ones
 * it can, ships no source maps and no references to them, writes a manifest that says what it is,
 * resolves --out from the folder npm was run in, never replaces files without --force, and never
 * runs sudo or writes certificates.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkManifestFile, manifestUrls, xmllint } from "../manifest/check";
import { parseXml } from "../manifest/xml";
import { PROD_HOST, PROD_HOST_URL, ROOT } from "../manifest/prodBuild";
import { metaPolicy } from "../security/policy";
import { sudoTrap, type SudoTrap } from "../support/fakeSudo";

const SCRIPT = join(ROOT, "scripts", "package.mjs");
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;
const ZIP = `eco-addin-${VERSION}.zip`;

/** The environment without npm's variables (as when run directly with node). */
function plainEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("npm_") && k !== "INIT_CWD" && k !== "ECO_HOST_URL"
    )
  );
  return { ...e, ...extra };
}

function pkg(
  args: string[],
  env: Record<string, string | undefined> = {}
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    env: plainEnv(env),
    encoding: "utf8",
    timeout: 240_000,
  });
}

function unzip(zip: string, file: string): string {
  return execFileSync("unzip", ["-p", zip, file], { encoding: "utf8" });
}

function listing(zip: string): string[] {
  return execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.endsWith("/"))
    .sort();
}

/** An attribute value as xmllint (libxml2, not our reader) decodes it. */
function xpath(file: string, expression: string): string {
  return execFileSync("xmllint", ["--xpath", expression, file], { encoding: "utf8" }).replace(
    /\n$/,
    ""
  );
}

describe("scripts/package.mjs refuses a missing or unsafe host, before building", () => {
  it.each([
    ["no host", [], /no host given: pass --host https:\/\//],
    ["http://", ["--host", "http://eco.example.com/addin/"], /--host must use https:\/\//],
    ["not a URL", ["--host", "eco.example.com"], /--host must be an absolute URL/],
    ["localhost", ["--host", "https://localhost:3000/"], /localhost is this computer/],
    ["a .localhost name", ["--host", "https://eco.localhost/"], /eco\.localhost is this computer/],
    ["127.0.0.1", ["--host", "https://127.0.0.1/"], /127\.0\.0\.1 is this computer/],
    [
      "127.x written as a number",
      ["--host", "https://2130706433/"],
      /127\.0\.0\.1 is this computer/,
    ],
    ["another 127.x", ["--host", "https://127.1.2.3:8443/"], /127\.1\.2\.3 is this computer/],
    [
      "0.0.0.0",
      ["--host", "https://0.0.0.0/"],
      /0\.0\.0\.0 is not an address a browser can load from/,
    ],
    [
      "IPv6 loopback",
      ["--host", "https://[::1]/"],
      /an IPv6 address can't be listed in the add-in's Content-Security-Policy/,
    ],
    [
      "an IPv6 address",
      ["--host", "https://[2001:db8::1]/eco/"],
      /an IPv6 address can't be listed/,
    ],
    ["a link-local address", ["--host", "https://169.254.1.1/"], /link-local/],
    [
      "a query string",
      ["--host", "https://eco.example.com/?a=1"],
      /must not have a query \(\?…\) or fragment/,
    ],
    ["an empty query", ["--host", "https://eco.example.com/eco?"], /must not have a query/],
    ["a fragment", ["--host", "https://eco.example.com/eco/#top"], /must not have a query/],
    ["an empty fragment", ["--host", "https://eco.example.com/eco#"], /must not have a query/],
    [
      "a ; in the host name",
      ["--host", "https://eco;x.example.com/"],
      /may hold only letters, digits, hyphens and dots/,
    ],
    [
      "a quote in the host name",
      ["--host", "https://eco%27x.example.com/"],
      /may hold only letters, digits, hyphens and dots/,
    ],
    [
      "an unknown option",
      ["--hots", "https://eco.example.com/"],
      /unknown option --hots\nusage: npm run package/,
    ],
    [
      "a stray argument",
      ["https://eco.example.com/"],
      /unexpected argument "https:\/\/eco.example.com\/"/,
    ],
    [
      "--host twice",
      ["--host", "https://a.example.com/", "--host", "https://b.example.com/"],
      /--host is given twice/,
    ],
    [
      "--mode (removed)",
      ["--host", PROD_HOST_URL, "--mode", "development"],
      /--mode was removed: a release is always a production build/,
    ],
    [
      "--out as a file",
      ["--host", PROD_HOST_URL, "--out", join(ROOT, "package.json")],
      /is a file, not a folder/,
    ],
    [
      "--out under a file",
      ["--host", PROD_HOST_URL, "--out", join(ROOT, "package.json", "r")],
      /a part of --out .* is a file, not a folder/,
    ],
    [
      "--out the ECO folder",
      ["--host", PROD_HOST_URL, "--out", ROOT, "--force"],
      /whose manifest.xml is the development manifest/,
    ],
    [
      "--out inside dist/",
      ["--host", PROD_HOST_URL, "--out", join(ROOT, "dist", "r")],
      /inside dist\//,
    ],
  ])("%s → exit 2 with a clear message", (_, args, message) => {
    const r = pkg(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/building/);
  });

  it("ECO_HOST_URL=http://… is refused too, naming ECO_HOST_URL", () => {
    const r = pkg([], { ECO_HOST_URL: "http://eco.example.com/" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ECO_HOST_URL must use https:\/\//);
  });

  it("a URL with a user name and password is refused without ever printing the password", () => {
    for (const host of [
      "https://facilitator:s3cret-pw@eco.example.com/addin/",
      "https://facilitator:s3cret-pw@",
    ]) {
      const r = pkg(["--host", host]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /--host must (not contain a user name or password|be an absolute URL)/
      );
      expect(r.stderr + r.stdout).not.toContain("s3cret-pw");
      expect(r.stderr + r.stdout).not.toContain("facilitator");
    }
  });

  it("--help prints the options and exits 0", () => {
    const r = pkg(["--help"]);
    expect(r.status).toBe(0);
    for (const text of [
      "--host URL",
      "--out DIR",
      "--force",
      "default: release/ in the ECO folder",
      "-h, --help",
    ])
      expect(r.stdout).toContain(text);
  });

  it("options npm kept for itself (before --) are named", () => {
    const r = spawnSync(
      "npm",
      ["--prefix", ROOT, "run", "--silent", "package", "--host=https://eco.example.com/"],
      {
        cwd: tmpdir(),
        env: plainEnv(),
        encoding: "utf8",
      }
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/npm took --host for itself: put -- before the options/);
  });

  it.each([
    [
      "the ECO folder",
      ROOT,
      /--out is the ECO folder itself \(through a link, it is .*\), whose manifest.xml is the development manifest/,
    ],
    ["dist/", join(ROOT, "dist"), /--out is inside dist\/ \(through a link/],
  ])(
    "--out through a symbolic link to %s is refused by its real path, and the project's manifest.xml is untouched",
    (_, target, message) => {
      const before = readFileSync(join(ROOT, "manifest.xml"), "utf8");
      const links = mkdtempSync(join(tmpdir(), "eco-release-link-"));
      symlinkSync(target, join(links, "out"));
      const r = pkg(["--host", PROD_HOST_URL, "--out", join(links, "out"), "--force"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/building/);
      expect(readFileSync(join(ROOT, "manifest.xml"), "utf8")).toBe(before);
      rmSync(links, { recursive: true, force: true });
    }
  );

  it("--force where manifest.xml is a folder: refused before building, the old zip untouched", () => {
    const out = mkdtempSync(join(tmpdir(), "eco-release-dir-"));
    writeFileSync(join(out, ZIP), "the zip on the host");
    mkdirSync(join(out, "manifest.xml"));
    const r = pkg(["--host", PROD_HOST_URL, "--out", out, "--force"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/manifest\.xml is a folder/);
    expect(readFileSync(join(out, ZIP), "utf8")).toBe("the zip on the host");
    expect(readdirSync(out).sort()).toEqual([ZIP, "manifest.xml"]);
    rmSync(out, { recursive: true, force: true });
  });

  it("never replaces an existing zip or manifest without --force", () => {
    const out = mkdtempSync(join(tmpdir(), "eco-release-kept-"));
    writeFileSync(join(out, "manifest.xml"), "the facilitator's manifest");
    const r = pkg(["--host", PROD_HOST_URL, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/manifest\.xml already exists; pass --force to replace it/);
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe("the facilitator's manifest");
    expect(readdirSync(out)).toEqual(["manifest.xml"]);
  });
});

describe(`scripts/package.mjs --host ${PROD_HOST_URL}`, () => {
  let out: string;
  let files: string[];
  let parent: string;
  let stdout: string;
  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), "eco-release-"));
    out = join(parent, "handout", "day1");
    const r = pkg(["--host", PROD_HOST_URL, "--out", out]);
    if (r.status !== 0) throw new Error(`package.mjs failed (${r.status}):\n${r.stderr}`);
    stdout = r.stdout;
    files = listing(join(out, ZIP));
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it("writes the zip and the manifest, nothing else", () => {
    expect(readdirSync(out).sort()).toEqual([ZIP, "manifest.xml"]);
  });

  it("--out into a folder that does not exist: creates it and says so", () => {
    expect(stdout).toContain(`created the folder ${join(parent, "handout")}`);
  });

  it("zips exactly what the host serves: pages, bundles, metadata, icons, manifest, templates, downloads; no source maps", () => {
    for (const f of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions.zh-CN.json",
      "help.html",
      "help.js",
      "manifest.xml",
    ]) {
      expect(files).toContain(f);
    }
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80])
      expect(files).toContain(`assets/icon-${size}.png`);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const allowed = (f: string) =>
      /^(taskpane|help|functions)\.(html|js|css)$/.test(f) ||
      ["functions.json", "functions.zh-CN.json", "manifest.xml"].includes(f) ||
      /^assets\/icon-\d+\.png$/.test(f) ||
      /^(templates|downloads)\/[^/]+\.xlsx$/.test(f) ||
      /^templates\/[^/]+\.contract\.json$/.test(f);
    expect(files.filter((f) => !allowed(f))).toEqual([]);
    expect(files).toContain("templates/eco-planning-zh-CN.xlsx");
    expect(files).toContain("templates/eco-planning-en-US.xlsx");
    expect(files).toContain("templates/eco-planning-zh-CN.contract.json");
    expect(files).toContain("templates/eco-planning-en-US.contract.json");
    expect(files).toContain("downloads/eco-planning-zh-CN.xlsx");
    expect(files).toContain("downloads/eco-planning-en-US.xlsx");
  });

  it("its scripts and styles point at no source map (none is shipped)", () => {
    for (const f of files.filter((n) => /\.(js|css)$/.test(n)))
      expect(unzip(join(out, ZIP), f), f).not.toMatch(/sourceMappingURL/);
  });

  it("hands out a manifest that points only at the host, says it is a release, and passes the manifest checks", () => {
    const manifest = join(out, "manifest.xml");
    const xml = readFileSync(manifest, "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(xml).not.toMatch(/[Dd]evelopment manifest/);
    expect(xml).toMatch(/<!-- ECO after-sales ecosystem planning add-in\. Built for one host/);
    const urls = manifestUrls(parseXml(xml)).map((u) => u.url);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls)
      expect(`${new URL(u).protocol}//${new URL(u).host}`, u).toBe("https://eco.example.com");
    expect(unzip(join(out, ZIP), "manifest.xml")).toBe(xml);
    expect(
      checkManifestFile(manifest, { expectedHost: PROD_HOST, assetDirs: [join(ROOT, "assets")] })
    ).toEqual([]);
  });
});

describe("npm run package from another folder, for a host whose path holds &", () => {
  const HOST = "https://a.example.com/x&y/";
  let cwd: string;
  let out: string;
  let trap: SudoTrap;
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), "eco-package-cwd-"));
    out = join(cwd, "handout");
    mkdirSync(out);
    writeFileSync(join(out, "manifest.xml"), "an older manifest");
    trap = sudoTrap(plainEnv());
    run = spawnSync(
      "npm",
      [
        "--prefix",
        ROOT,
        "run",
        "--silent",
        "package",
        "--",
        "--host",
        HOST,
        "--out",
        "handout",
        "--force",
      ],
      {
        cwd,
        env: trap.env,
        encoding: "utf8",
        timeout: 240_000,
      }
    );
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("writes into --out taken from the folder npm was run in, replacing the old manifest with --force", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([ZIP, "manifest.xml"]);
    expect(existsSync(join(ROOT, "handout"))).toBe(false);
    expect(run.stdout).toContain(`handout/${ZIP}`);
  });

  it("ran no sudo and wrote no certificate", () => {
    expect(trap.calls()).toEqual([]);
    expect(trap.certificateFiles()).toEqual([]);
  });

  it("the manifest is well-formed XML (xmllint) and every URL reads back as the host plus a file", () => {
    const manifest = join(out, "manifest.xml");
    expect(xmllint(readFileSync(manifest, "utf8"))).toBeUndefined();
    expect(readFileSync(manifest, "utf8")).toContain("https://a.example.com/x&amp;y/taskpane.html");
    expect(
      xpath(
        manifest,
        'string(//*[local-name()="DefaultSettings"]/*[local-name()="SourceLocation"]/@DefaultValue)'
      )
    ).toBe(`${HOST}taskpane.html`);
    expect(xpath(manifest, 'string(//*[local-name()="AppDomain"])')).toBe("https://a.example.com");
    const urls = manifestUrls(parseXml(readFileSync(manifest, "utf8")));
    expect(urls.length).toBeGreaterThan(5);
    for (const { where, url } of urls)
      if (where === "<AppDomain>") expect(url).toBe("https://a.example.com");
      else expect(url.startsWith(HOST), `${where}: ${url}`).toBe(true);
  });

  it("the function metadata's help URLs and the pages' policy carry the host too", () => {
    const zip = join(out, ZIP);
    for (const [file, suffix] of [
      ["functions.json", "help.html#"],
      ["functions.zh-CN.json", "help.html?lang=zh-CN#"],
    ] as const) {
      const meta = JSON.parse(unzip(zip, file)) as { functions: { helpUrl?: string }[] };
      const helpUrls = meta.functions.map((f) => f.helpUrl);
      expect(helpUrls.length).toBeGreaterThan(0);
      for (const u of helpUrls)
        expect(u?.startsWith(`${HOST}${suffix}`), `${file}: ${u}`).toBe(true);
    }
    for (const page of ["taskpane.html", "help.html"]) {
      const policy = metaPolicy(unzip(zip, page))?.policy;
      expect(policy?.get("default-src")).toEqual(["'self'", "https://a.example.com"]);
    }
  });
});

describe("npm run package --force replaces the zip and the manifest together or not at all", () => {
  let out: string;
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "eco-release-pair-"));
    writeFileSync(join(out, ZIP), "the zip on the host");
    writeFileSync(join(out, "manifest.xml"), "the manifest handed out with it");
    // The disk fills up while the manifest is written (the zip is written by the zip command,
    // which the simulation does not reach, so the zip is complete by then).
    run = pkg(["--host", PROD_HOST_URL, "--out", out, "--force"], {
      NODE_OPTIONS: `--require ${join(ROOT, "test", "workbook", "fullDisk.cjs")}`,
      ECO_TEST_FULL_DIR: out,
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("a manifest that cannot be written keeps the old pair: the old zip and the old manifest", () => {
    expect(run.status).toBe(1);
    expect(readFileSync(join(out, ZIP), "utf8")).toBe("the zip on the host");
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe("the manifest handed out with it");
    expect(readdirSync(out).sort()).toEqual([ZIP, "manifest.xml"]);
  });

  it("and the message says what is true: the disk is full, neither file was replaced", () => {
    expect(run.stderr).toMatch(/the disk is full; .*manifest\.xml was not written/);
    expect(run.stderr).toMatch(/neither .*\.zip nor .*manifest\.xml was written or replaced/);
  });
});

describe("npm run package on a disk that fills up while the zip is written", () => {
  let out: string;
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "eco-release-zipfull-"));
    writeFileSync(join(out, ZIP), "the zip on the host");
    writeFileSync(join(out, "manifest.xml"), "the manifest handed out with it");
    // `zip` is the real zip writing the archive to /dev/full, where every write fails with ENOSPC
    // as on a full disk; it then exits 14 and says "zip I/O error: No space left on device" on
    // its standard error, sent here to its standard output, where zip says it when the archive is
    // a file (as measured on a full tmpfs). Its -v (package.mjs's check for zip) is left as is.
    const real = execFileSync("sh", ["-c", "command -v zip"], { encoding: "utf8" }).trim();
    const bin = mkdtempSync(join(tmpdir(), "eco-zip-full-"));
    writeFileSync(
      join(bin, "zip"),
      `#!/bin/sh\nif [ "$1" = "-v" ]; then exec '${real}' "$@"; fi\nshift 4\nexec '${real}' -q -r -X - "$@" 2>&1 > /dev/full\n`
    );
    chmodSync(join(bin, "zip"), 0o755);
    run = pkg(["--host", PROD_HOST_URL, "--out", out, "--force"], {
      PATH: `${bin}${delimiter}${process.env["PATH"] ?? ""}`,
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("says the disk is full and that the release already there is untouched, and it is", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the disk is full; .*\.zip was not written/);
    expect(run.stderr).toMatch(
      /the release already there, .*\.zip and .*manifest\.xml, is untouched/
    );
    expect(run.stderr).not.toMatch(/zip failed \(exit/);
    expect(readFileSync(join(out, ZIP), "utf8")).toBe("the zip on the host");
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe("the manifest handed out with it");
    expect(readdirSync(out).sort()).toEqual([ZIP, "manifest.xml"]);
  });
});

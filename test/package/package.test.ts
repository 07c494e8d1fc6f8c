import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkManifestFile, manifestUrls } from "../manifest/check";
import { parseXml } from "../manifest/xml";
import { buildMode, PROD_HOST, PROD_HOST_URL, ROOT } from "../manifest/prodBuild";

const SCRIPT = join(ROOT, "scripts", "package.mjs");
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

function pkg(args: string[], env: Record<string, string | undefined> = {}) {
  const e: Record<string, string | undefined> = { ...process.env, ...env };
  if (!("ECO_HOST_URL" in env)) delete e["ECO_HOST_URL"];
  return spawnSync("node", [SCRIPT, ...args], { cwd: ROOT, env: e, encoding: "utf8" });
}

describe("scripts/package.mjs refuses a missing or unsafe host, before building", () => {
  it.each([
    ["no host", [], /no host given: pass --host https:\/\//],
    ["http://", ["--host", "http://eco.example.com/addin/"], /must use https:\/\//],
    ["not a URL", ["--host", "eco.example.com"], /not an absolute URL/],
    ["localhost", ["--host", "https://localhost:3000/"], /refusing to package for localhost/],
    ["a query string", ["--host", "https://eco.example.com/?a=1"], /query or fragment/],
    ["an unknown option", ["--hots", "https://eco.example.com/"], /unknown argument --hots/],
  ])("%s → non-zero exit with a clear message", (_, args, message) => {
    const r = pkg(args as string[]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });

  it("ECO_HOST_URL=http://… is refused too", () => {
    const r = pkg([], { ECO_HOST_URL: "http://eco.example.com/" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/must use https:\/\//);
  });
});

describe(`scripts/package.mjs --host ${PROD_HOST_URL}`, () => {
  let out: string;
  let listing: string[];
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "eco-release-"));
    const r = pkg(["--host", PROD_HOST_URL, "--out", out, "--mode", buildMode()]);
    if (r.status !== 0) throw new Error(`package.mjs failed (${r.status}):\n${r.stderr}`);
    const l = execFileSync("unzip", ["-Z1", join(out, `eco-addin-${VERSION}.zip`)], {
      encoding: "utf8",
    });
    listing = l
      .split("\n")
      .filter((f) => f && !f.endsWith("/"))
      .sort();
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes the zip and the manifest", () => {
    expect(existsSync(join(out, `eco-addin-${VERSION}.zip`))).toBe(true);
    expect(existsSync(join(out, "manifest.xml"))).toBe(true);
  });

  it("zips exactly what the host serves: pages, bundles, metadata, icons, manifest, templates; no source maps", () => {
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
      expect(listing).toContain(f);
    }
    for (const size of [16, 32, 64, 80]) expect(listing).toContain(`assets/icon-${size}.png`);
    expect(listing.filter((f) => f.endsWith(".map"))).toEqual([]);
    const allowed = (f: string) =>
      /^(taskpane|help|functions)\.(html|js|css)$/.test(f) ||
      ["functions.json", "functions.zh-CN.json", "manifest.xml"].includes(f) ||
      /^assets\/icon-\d+\.png$/.test(f) ||
      /^templates\/[^/]+\.xlsx$/.test(f);
    expect(listing.filter((f) => !allowed(f))).toEqual([]);
    if (buildMode() === "production")
      expect(listing.some((f) => f.startsWith("templates/"))).toBe(true);
  });

  it("hands out a manifest that points only at the host and passes the manifest checks", () => {
    const manifest = join(out, "manifest.xml");
    const xml = readFileSync(manifest, "utf8");
    expect(xml).not.toMatch(/localhost/);
    // Every URL in an attribute or element (comments and xmlns namespace names are not fetched).
    const urls = manifestUrls(parseXml(xml)).map((u) => u.url);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls)
      expect(`${new URL(u).protocol}//${new URL(u).host}`, u).toBe("https://eco.example.com");
    const zipped = execFileSync(
      "unzip",
      ["-p", join(out, `eco-addin-${VERSION}.zip`), "manifest.xml"],
      { encoding: "utf8" }
    );
    expect(zipped).toBe(xml);
    expect(
      checkManifestFile(manifest, { expectedHost: PROD_HOST, assetDirs: [join(ROOT, "assets")] })
    ).toEqual([]);
  });
});

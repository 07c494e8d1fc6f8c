/**
 * scripts/webpack/host.js: the one check of the host URL (npm run build with ECO_HOST_URL, and
 * npm run package --host) and the manifest rewrite that writes it, escaped, into manifest.xml.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestUrls, xmllint } from "../manifest/check";
import { ROOT } from "../manifest/prodBuild";
import { parseXml } from "../manifest/xml";

interface HostModule {
  hostUrl(raw: string, options?: { label?: string; release?: boolean }): string;
  rewriteManifest(xml: string, host: string): string;
  mentionsDevServer(text: string): boolean;
  HostUrlError: new (message: string) => Error;
}
const host = createRequire(__filename)(join(ROOT, "scripts", "webpack", "host.js")) as HostModule;
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("mentionsDevServer (npm run package's check that the build applied the host)", () => {
  it.each([
    'fetch("https://localhost:3000/functions.json")',
    '<SourceLocation DefaultValue="https://LOCALHOST/taskpane.html"/>',
    "//localhost:8080",
  ])("%j names the development server", (text) => {
    expect(host.mentionsDevServer(text)).toBe(true);
  });

  it.each([
    "https://localhost.training.example/eco/1.0.0/functions.json",
    "https://eco.example.com/localhost/",
    "https://mylocalhost.example/",
  ])("%j does not (a host whose name only starts with localhost is refused no more)", (text) => {
    expect(host.mentionsDevServer(text)).toBe(false);
  });
});

describe("hostUrl", () => {
  it.each([
    ["https://eco.example.com/addin", "https://eco.example.com/addin/"],
    ["  https://eco.example.com  ", "https://eco.example.com/"],
    ["https://ECO.Example.com:8443/a b/", "https://eco.example.com:8443/a%20b/"],
    ["https://a.example.com/x&y/", "https://a.example.com/x&y/"],
    ["https://10.1.2.3/eco/", "https://10.1.2.3/eco/"],
    ["https://intranet/eco/", "https://intranet/eco/"],
  ])("%j → %j", (raw, normalised) => {
    expect(host.hostUrl(raw, { release: true })).toBe(normalised);
  });

  it("a development build may use this computer; a release may not", () => {
    expect(host.hostUrl("https://localhost:3000/")).toBe("https://localhost:3000/");
    expect(host.hostUrl("https://127.0.0.1:8443/")).toBe("https://127.0.0.1:8443/");
    expect(() => host.hostUrl("https://localhost:3000/", { release: true })).toThrow(
      /this computer/
    );
  });

  it.each([
    ["https://user:pw@eco.example.com/", /must not contain a user name or password/],
    ["https://user@eco.example.com/", /must not contain a user name or password/],
    ["https://[::1]/", /IPv6/],
    ["https://0.0.0.0/", /not an address a browser can load from/],
    ["https://224.0.0.1/", /multicast or reserved/],
    ["https://eco.example.com./", /without the final dot/],
    ["https://eco_x.example.com/", /only letters, digits, hyphens and dots/],
    ["ftp://eco.example.com/", /must use https:\/\//],
  ])("refuses %j in any build", (raw, message) => {
    expect(() => host.hostUrl(raw)).toThrow(host.HostUrlError);
    expect(() => host.hostUrl(raw)).toThrow(message);
  });

  it.each([
    "localhost6",
    "localhost6.localdomain6",
    "ip6-localhost",
    "IP6-Loopback",
    "localhost.localdomain",
    "localhost4",
    "localhost4.localdomain4",
    "ip6-allnodes",
    "eco.localhost",
  ])(
    "a release refuses %s, a name that means this computer by convention (/etc/hosts, RFC 6761)",
    (name) => {
      expect(() => host.hostUrl(`https://${name}/eco/`, { release: true })).toThrow(
        new RegExp(`${name.toLowerCase().replace(/\./g, "\\.")} is this computer`)
      );
      expect(host.hostUrl(`https://${name}/eco/`)).toBe(`https://${name.toLowerCase()}/eco/`);
    }
  );

  it.each(["https://eco.example.com:0/", "https://eco.example.com:000/eco/"])(
    "refuses port 0 (%s), which no server is reached on, in any build",
    (raw) => {
      expect(() => host.hostUrl(raw)).toThrow(/port 0 is not a port a server can be reached on/);
      expect(() => host.hostUrl(raw, { release: true })).toThrow(host.HostUrlError);
    }
  );

  it("refuses a host name longer than DNS's 253 characters, and accepts one of exactly 253", () => {
    const label = "a".repeat(63);
    const exactly = `${label}.${label}.${label}.${"b".repeat(61)}`;
    expect(exactly).toHaveLength(253);
    expect(host.hostUrl(`https://${exactly}/`, { release: true })).toBe(`https://${exactly}/`);
    expect(() => host.hostUrl(`https://${exactly}c/`, { release: true })).toThrow(
      /the host name is 254 characters long; DNS allows at most 253/
    );
  });

  it("refuses a label longer than DNS's 63 characters between two dots, and says so", () => {
    const raw = `https://eco.${"x".repeat(64)}.example.com/`;
    expect(() => host.hostUrl(raw, { release: true })).toThrow(
      /is 64 characters long; DNS allows at most 63 between two dots/
    );
    expect(host.hostUrl(`https://eco.${"x".repeat(63)}.example.com/`)).toContain("x".repeat(63));
  });

  it("names where the URL came from and never repeats a password", () => {
    expect(() => host.hostUrl("https://u:secret@", { label: "--host" })).toThrow(
      /^--host must be an absolute URL such as https:\/\/eco\.example\.com\/addin\/; got "https:\/\/…@"$/
    );
  });

  it("ECO_HOST_URL with a password stops npm run build's webpack before it writes anything", () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ECO_HOST_URL: "https://u:secret@eco.example.com/",
          ECO_OUT_DIR: "/nonexistent/eco",
        },
        encoding: "utf8",
      }
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/ECO_HOST_URL must not contain a user name or password/);
    expect(r.stderr + r.stdout).not.toContain("secret");
  });
});

describe("rewriteManifest", () => {
  it("leaves the development manifest as it is for the dev server", () => {
    expect(host.rewriteManifest(MANIFEST, "https://localhost:3000/")).toBe(MANIFEST);
  });

  it("escapes the host for XML, so that the manifest stays well-formed and every URL reads back", () => {
    const url = host.hostUrl("https://a.example.com/x&y/it's/", { release: true });
    const xml = host.rewriteManifest(MANIFEST, url);
    expect(xmllint(xml)).toBeUndefined();
    const urls = manifestUrls(parseXml(xml));
    expect(urls.length).toBeGreaterThan(5);
    for (const { where, url: u } of urls)
      if (where === "<AppDomain>") expect(u).toBe("https://a.example.com");
      else expect(u.startsWith("https://a.example.com/x&y/it's/"), u).toBe(true);
  });

  it("replaces the development comment with one that is true for a release", () => {
    const xml = host.rewriteManifest(MANIFEST, "https://eco.example.com/addin/");
    expect(MANIFEST).toMatch(/Development manifest/);
    expect(xml).not.toMatch(/Development manifest|localhost/);
    expect(xml).toMatch(/<!-- ECO after-sales ecosystem planning add-in\. Built for one host/);
  });
});

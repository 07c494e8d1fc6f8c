import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildForHost, buildMode, PROD_HOST_URL, ROOT } from "../manifest/prodBuild";
import { absoluteUrls, dynamicCode, metaPolicy, tags } from "./policy";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_JS_CDN}/lib/1/hosted/office.js`;
const PAGES = ["taskpane.html", "help.html"];

/**
 * Absolute URLs a built file may contain besides the add-in's own origin:
 * - https://appsforoffice.microsoft.com (office.js, the only third-party script; allowed by the CSP);
 * - XML namespace names and schema locations (http://www.w3.org/…, http://schemas.microsoft.com/…,
 *   http://schemas.openxmlformats.org/…): identifiers compared as strings, never fetched.
 */
const NAMESPACE_PREFIXES = [
  "http://www.w3.org/",
  "http://schemas.microsoft.com/",
  "http://schemas.openxmlformats.org/",
  "http://purl.org/",
];

function allowedUrl(url: string, origin: string): boolean {
  if (url === OFFICE_JS_CDN || url.startsWith(`${OFFICE_JS_CDN}/`)) return true;
  if (url === origin || url.startsWith(`${origin}/`)) return true;
  return NAMESPACE_PREFIXES.some((p) => url.startsWith(p));
}

function checkPolicy(html: string, origin: string): string[] {
  const problems: string[] = [];
  const found = metaPolicy(html);
  if (!found) return ["no Content-Security-Policy meta"];
  const { policy } = found;
  const allowedSources = new Set(["'self'", "'none'", origin, OFFICE_JS_CDN]);
  for (const [directive, sources] of policy) {
    for (const s of sources) {
      if (s === "data:" && directive === "img-src") continue; // icons inlined by CSS; images can't run code
      // office.js sets style attributes in Excel on the web (office-js #1687); styles can't run code.
      if (s === "'unsafe-inline'" && directive === "style-src") continue;
      if (s.includes("*")) problems.push(`${directive}: wildcard ${s}`);
      else if (
        s === "'unsafe-eval'" ||
        s === "'unsafe-inline'" ||
        s === "'unsafe-hashes'" ||
        s === "'wasm-unsafe-eval'"
      )
        problems.push(`${directive}: ${s}`);
      else if (!allowedSources.has(s))
        problems.push(
          `${directive}: source ${s} is neither the add-in's origin nor the Office.js CDN`
        );
    }
  }
  for (const needed of ["default-src", "script-src", "object-src", "base-uri"])
    if (!policy.has(needed)) problems.push(`missing ${needed}`);
  if ((policy.get("object-src") ?? []).join(" ") !== "'none'")
    problems.push("object-src is not 'none'");
  const style = policy.get("style-src") ?? policy.get("default-src") ?? [];
  if (html.includes(OFFICE_JS) && !style.includes("'unsafe-inline'"))
    problems.push("style-src lacks 'unsafe-inline', which office.js needs in Excel on the web");
  const script = policy.get("script-src") ?? policy.get("default-src") ?? [];
  if (!script.includes(OFFICE_JS_CDN) && html.includes(OFFICE_JS))
    problems.push("script-src does not allow office.js, which the page loads");
  return problems;
}

function checkPage(html: string, origin: string): string[] {
  const problems = checkPolicy(html, origin);
  const lower = html.toLowerCase();
  const metaAt = lower.indexOf("content-security-policy");
  const firstScript = lower.indexOf("<script");
  if (firstScript >= 0 && metaAt > firstScript)
    problems.push("the CSP meta comes after a <script>, which it would not cover");
  for (const s of tags(html, "script")) {
    const src = s["src"];
    if (src === undefined)
      problems.push("an inline <script> (blocked without 'unsafe-inline'; move it to a file)");
    else if (/^[a-z]+:|^\/\//i.test(src) && src !== OFFICE_JS && !src.startsWith(`${origin}/`))
      problems.push(`<script src="${src}"> is off-origin`);
  }
  for (const attr of ["onclick=", "onload=", "onerror=", "javascript:"])
    if (lower.includes(attr)) problems.push(`inline handler/URL ${attr}`);
  for (const url of absoluteUrls(html))
    if (!allowedUrl(url, origin)) problems.push(`absolute URL ${url}`);
  return problems;
}

function checkScripts(dir: string, origin: string): string[] {
  const problems: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
    const js = readFileSync(join(dir, f), "utf8");
    for (const d of dynamicCode(js)) problems.push(`${f}: ${d}`);
    for (const url of absoluteUrls(js))
      if (!allowedUrl(url, origin)) problems.push(`${f}: absolute URL ${url}`);
  }
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".css") || n.endsWith(".json"))) {
    for (const url of absoluteUrls(readFileSync(join(dir, f), "utf8")))
      if (!allowedUrl(url, origin)) problems.push(`${f}: absolute URL ${url}`);
  }
  return problems;
}

describe("the checks themselves catch bad pages and scripts", () => {
  const origin = "https://eco.example.com";
  const page = (csp: string, body = "") =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><script src="${OFFICE_JS}"></script></head><body>${body}</body></html>`;
  const good = `default-src 'self' ${origin}; script-src 'self' ${origin} ${OFFICE_JS_CDN}; style-src 'self' 'unsafe-inline' ${OFFICE_JS_CDN}; object-src 'none'; base-uri 'self'`;
  it.each([
    [
      "'unsafe-eval'",
      page(`${good}; script-src 'self' 'unsafe-eval' ${OFFICE_JS_CDN}`),
      /unsafe-eval/,
    ],
    [
      "'unsafe-inline' in script-src",
      page(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")),
      /unsafe-inline/,
    ],
    [
      "'unsafe-inline' in default-src",
      page(good.replace("default-src 'self'", "default-src 'self' 'unsafe-inline'")),
      /default-src: 'unsafe-inline'/,
    ],
    [
      "a style-src office.js can't work with",
      page(good.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'")),
      /style-src lacks 'unsafe-inline'/,
    ],
    ["a wildcard", page(good.replace("default-src 'self'", "default-src *")), /wildcard/],
    [
      "another host",
      page(good.replace(OFFICE_JS_CDN, `${OFFICE_JS_CDN} https://cdn.example.net`)),
      /cdn\.example\.net is neither/,
    ],
    ["no policy", "<html><head></head></html>", /no Content-Security-Policy/],
    ["an inline script", page(good, "<script>alert(1)</script>"), /inline <script>/],
    [
      "an off-origin link",
      page(good, '<a href="https://tracker.example.org/x">x</a>'),
      /absolute URL https:\/\/tracker/,
    ],
  ])("%s", (_, html, problem) => {
    expect(checkPage(html, origin).join("\n")).toMatch(problem);
  });
  it("accepts a good page", () => expect(checkPage(page(good), origin)).toEqual([]));
  it.each([
    ["eval(", "var a=eval('1')"],
    ["new Function", "var f=new Function('return 1')"],
    ["Function(", "var f=Function('return this')()"],
    ["setTimeout with a string", 'setTimeout("go()", 1)'],
    ["window.Function", "var f=window.Function('x')"],
  ])("finds %s", (_, js) => expect(dynamicCode(js)).not.toHaveLength(0));
  it("does not flag ordinary code", () =>
    expect(
      dynamicCode(
        "function f(){}; obj.eval(1); medieval(2); setTimeout(() => 1, 0); typeof Function"
      )
    ).toEqual([]));
});

describe("the development build (dist/)", () => {
  const dist = join(ROOT, "dist");
  it.each(PAGES)(
    "%s has a strict CSP for https://localhost:3000 and the Office.js CDN only",
    (page) => {
      expect(checkPage(readFileSync(join(dist, page), "utf8"), "https://localhost:3000")).toEqual(
        []
      );
    }
  );
  it("its scripts have no eval/Function/string timers and no other host", () => {
    expect(checkScripts(dist, "https://localhost:3000")).toEqual([]);
  });
});

describe(`a ${buildMode()} build for ${PROD_HOST_URL}`, () => {
  let out: string;
  const origin = new URL(PROD_HOST_URL).origin;
  beforeAll(() => {
    out = buildForHost(PROD_HOST_URL);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(PAGES)("%s allows only https://eco.example.com and the Office.js CDN", (page) => {
    const html = readFileSync(join(out, page), "utf8");
    expect(checkPage(html, origin)).toEqual([]);
    const policy = metaPolicy(html)?.policy;
    expect(policy?.get("script-src")).toEqual(["'self'", origin, OFFICE_JS_CDN]);
    expect(policy?.get("style-src")).toEqual(["'self'", origin, "'unsafe-inline'", OFFICE_JS_CDN]);
    expect(policy?.get("default-src")).toEqual(["'self'", origin]);
    expect(metaPolicy(html)?.raw).not.toMatch(/localhost/);
  });

  it("its scripts have no eval(, new Function, Function( or string timers, and no URL to another host", () => {
    expect(checkScripts(out, origin)).toEqual([]);
  });

  it("taskpane.html loads office.js from the CDN and the bundles from its own origin", () => {
    const srcs = tags(readFileSync(join(out, "taskpane.html"), "utf8"), "script").map(
      (s) => s["src"]
    );
    expect(srcs).toContain(OFFICE_JS);
    expect(
      srcs
        .filter((s) => s !== OFFICE_JS)
        .every((s) => s !== undefined && !/^[a-z]+:|^\/\//i.test(s))
    ).toBe(true);
  });
});

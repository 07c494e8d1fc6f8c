/**
 * The production build's Content-Security-Policy against the real office.js, loaded the way Excel
 * on the web loads a task pane: in a frame of an Excel-on-the-web page (a host name office.js's
 * own list accepts, excel.officeapps.live.com), with the host-info query parameter and the
 * cross-frame info Excel adds to the task pane URL, and a parent that answers office.js's
 * handshake (test/fixtures/office-web/host.js). office.js then loads excel-web-16.00.js, its
 * strings and telemetry script from the CDN (served from @microsoft/office-js/dist) and resolves
 * Office.onReady with host Excel.
 *
 * The host-info format is office.js's (_retrieveHostInfo in office.debug.js): fields
 * type$platform$version$locale$correlation$isDialog$disableLogging$flags, "$"- or "|"-separated;
 * both spellings seen in the wild are loaded. The cross-frame info is "#&_xdm_Info=
 * conversation$appId$hostUrl" (setAgaveHostCommunication in excel-web-16.00.debug.js).
 *
 * Every Content-Security-Policy violation (securitypolicyviolation events in every frame, and
 * Chromium's console reports) fails the test. The same page with the policy before this change
 * (style-src without 'unsafe-inline') shows office.js's violations (office-js #1687), so the
 * detector is known to work.
 *
 * Not counted: "Failed to read the 'sessionStorage' property ... Access is denied" — this
 * Chromium denies storage to every cross-site frame (reproduced with two bare pages); office.js
 * logs it and carries on. It is not a CSP report.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildForHost, PROD_HOST_URL, ROOT } from "../manifest/prodBuild";
import { launchChromium } from "../support/browser";
import { metaPolicy } from "./policy";

const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN_HOST = "appsforoffice.microsoft.com";
const CDN = `https://${CDN_HOST}/lib/1/hosted/`;
const EXCEL_WEB = "https://excel.officeapps.live.com";
const EXCEL_WEB_PAGE = `${EXCEL_WEB}/x/_layouts/xlviewerinternal.aspx`;
const HOST_SCRIPT = readFileSync(join(ROOT, "test/fixtures/office-web/host.js"), "utf8");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
};

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly page: string;
}
interface Load {
  readonly violations: readonly Violation[];
  /** Chromium's console lines about the Content-Security-Policy. */
  readonly cspConsole: readonly string[];
  /** Office.onReady's host and platform in the task pane frame. */
  readonly ready: { host: string | null; platform: string | null };
  readonly hostCalls: readonly string[];
  readonly cdnFiles: readonly string[];
  /** Requests to any other host (aborted). */
  readonly offsite: readonly string[];
  readonly pagePolicy: string;
}

/** The policy this change replaced: styles as strict as scripts. */
const oldPolicy = (html: string): string =>
  html.replace(/(style-src[^;"]*?) 'unsafe-inline'/, "$1");

let out: string;
let browser: Browser;
beforeAll(async () => {
  out = buildForHost(PROD_HOST_URL);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

function serve(dir: string, prefix: string, path: string): { status: number; body?: Buffer } {
  const file = normalize(join(dir, path.slice(prefix.length)));
  if (!file.startsWith(dir) || !existsSync(file)) return { status: 404 };
  return { status: 200, body: readFileSync(file) };
}

async function loadInExcelWeb(
  hostInfo: string,
  locale: string,
  transformPane: (html: string) => string = (html) => html
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const violations: Violation[] = [];
  const cspConsole: string[] = [];
  const cdnFiles: string[] = [];
  const offsite: string[] = [];
  let pagePolicy = "";
  await page.exposeFunction("__ecoCspViolation", (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __ecoCspViolation: (v: Violation) => void })
        .__ecoCspViolation;
      void report({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        page: location.href,
      });
    });
  });
  page.on("console", (m) => {
    if (/content security policy/i.test(m.text())) cspConsole.push(m.text());
  });
  const addin = new URL(PROD_HOST_URL);
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === addin.origin && url.pathname.startsWith(addin.pathname)) {
      const { status, body } = serve(out, addin.pathname, url.pathname);
      if (body === undefined) return route.fulfill({ status, body: "" });
      const type = TYPES[extname(url.pathname)] ?? "application/octet-stream";
      if (url.pathname.endsWith("/taskpane.html")) {
        const html = transformPane(body.toString("utf8"));
        pagePolicy = metaPolicy(html)?.raw ?? "";
        return route.fulfill({ status, contentType: type, body: html });
      }
      return route.fulfill({ status, contentType: type, body });
    }
    if (url.hostname === CDN_HOST) {
      const { status, body } = serve(OFFICE_DIST, "/lib/1/hosted/", url.pathname);
      cdnFiles.push(url.pathname.slice("/lib/1/hosted/".length));
      const type = TYPES[extname(url.pathname)] ?? "application/octet-stream";
      return route.fulfill({ status, contentType: type, body: body ?? "" });
    }
    if (url.origin === EXCEL_WEB) {
      const conversation = "eco-conversation";
      const pane =
        `${PROD_HOST_URL}taskpane.html?_host_Info=${hostInfo}` +
        `#&_xdm_Info=${conversation}$eco-app$${encodeURIComponent(EXCEL_WEB_PAGE)}&_serializer_version=1`;
      const html =
        `<!doctype html><html><head><title>Excel</title>` +
        `<script>window.__ecoLocale=${JSON.stringify(locale)};${HOST_SCRIPT}</script></head>` +
        `<body><iframe id="pane" title="ECO" width="350" height="700" src="${pane.replace(/"/g, "&quot;")}"></iframe></body></html>`;
      return route.fulfill({ status: 200, contentType: TYPES[".html"], body: html });
    }
    offsite.push(url.href);
    return route.abort();
  });

  await page.goto(EXCEL_WEB_PAGE);
  const pane = await paneFrame(() => page.frames());
  const ready = await pane.evaluate(() =>
    Office.onReady().then((info) => ({ host: info.host ?? null, platform: info.platform ?? null }))
  );
  // office.js keeps working after onReady (event registrations, the first Excel.run, telemetry
  // script); give it time to show any late violation.
  await page.waitForTimeout(3000);
  const hostCalls = await page.evaluate(
    () => (window as unknown as { __ecoHostCalls: string[] }).__ecoHostCalls
  );
  await context.close();
  return {
    violations,
    cspConsole,
    ready: { host: String(ready.host), platform: String(ready.platform) },
    hostCalls,
    cdnFiles,
    offsite,
    pagePolicy,
  };
}

async function paneFrame(frames: () => Frame[]): Promise<Frame> {
  for (let i = 0; i < 150; i++) {
    const frame = frames().find((f) => f.url().startsWith(`${PROD_HOST_URL}taskpane.html`));
    if (frame) {
      await frame.waitForFunction(() => typeof Office !== "undefined", undefined, {
        timeout: 20_000,
      });
      return frame;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error("the task pane frame never appeared");
}

const fromOfficeJs = (v: Violation): boolean => v.source.startsWith(`https://${CDN_HOST}/`);

describe.each([
  ["Excel$Web$16.01$en-US$$$$0", "en-US"],
  ["Excel|Web|16.00|zh-CN|ed67539d-0516-3a3c-103d-1788ee84ce81", "zh-CN"],
])("office.js as Excel on the web loads it (_host_Info=%s)", (hostInfo, locale) => {
  it("runs under the production policy without a single CSP violation", async () => {
    const load = await loadInExcelWeb(hostInfo, locale);
    // office.js really took the Excel-on-the-web path and finished loading.
    expect(load.cdnFiles).toContain("office.js");
    expect(load.cdnFiles).toContain("excel-web-16.00.js");
    expect(load.hostCalls).toContain("ContextActivationManager_getAppContextAsync");
    expect(load.ready).toEqual({ host: "Excel", platform: "OfficeOnline" });
    // The policy is the production one: inline styles allowed, scripts strict.
    expect(load.pagePolicy).toMatch(/style-src [^;]*'unsafe-inline'/);
    expect(load.pagePolicy).toMatch(
      /script-src 'self' https:\/\/eco\.example\.com https:\/\/appsforoffice\.microsoft\.com;/
    );
    expect(load.pagePolicy).not.toMatch(/unsafe-eval/);
    expect(load.violations).toEqual([]);
    expect(load.cspConsole).toEqual([]);
    expect(load.offsite).toEqual([]);
  });

  it("the policy without 'unsafe-inline' in style-src is refused by office.js (office-js #1687)", async () => {
    const load = await loadInExcelWeb(hostInfo, locale, oldPolicy);
    expect(load.pagePolicy).not.toMatch(/unsafe-inline/);
    expect(load.ready.host).toBe("Excel");
    const officeJs = load.violations.filter(fromOfficeJs);
    expect(officeJs.length).toBeGreaterThan(0);
    for (const v of officeJs) {
      expect(v.directive).toMatch(/^style-src/);
      expect(v.source).toMatch(/excel-web-16\.00\.js/);
    }
    expect(load.cspConsole.join("\n")).toMatch(/inline style/i);
  });
});

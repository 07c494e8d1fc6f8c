/**
 * The harness for task-pane tests: the built dist/taskpane.html in headless Chromium, office.js
 * served from @microsoft/office-js instead of the CDN, and (inside "Excel") a fake Excel host that
 * records what the pane does. Any request that leaves localhost, any console error and any page
 * error is recorded in `problems`; tests expect it empty. One browser per test file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { templateContract } from "../../src/workbook";
import type { CalcMode } from "../fixtures/fake-excel/browser";
import type {
  FakeCell,
  FakeName,
  FakeProtection,
  FakeState,
  FakeTemplate,
} from "../fixtures/fake-excel/state";
import { fakeTemplate, layoutTemplate } from "../fixtures/fake-excel/template";
import type { FakeOfficeTheme } from "../fixtures/fake-excel/theme";
import { launchChromium, serveDirectory, type StaticServer } from "../support/browser";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts");
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Where the tests serve axe-core from the page's own origin (the page's CSP allows only that). */
export const AXE_PATH = "/__test__/axe.min.js";

/**
 * The namespace of the built add-in, as dist/manifest.xml declares it: ECODEV for the
 * development manifest `npm run build` writes (scripts/webpack/identity.js). Excel takes it from
 * the manifest; the fake host calculates only calls in it.
 */
export function builtNamespace(): string {
  const xml = readFileSync(join(DIST, "manifest.xml"), "utf8");
  const found = /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"\/>/.exec(xml)?.[1];
  if (found === undefined) throw new Error("dist/manifest.xml declares no Functions.Namespace");
  return found;
}

export interface Harness {
  readonly origin: string;
  /** builtNamespace(): the namespace the pane in dist/ writes and the fake host calculates. */
  readonly namespace: string;
  readonly browser: Browser;
  readonly templates: Record<string, FakeTemplate>;
  /**
   * The same keys, with the real planning workbook's every cell (layoutTemplate): as large as
   * what Excel inserts, for the tests of the pane's request sizes (issue 25).
   */
  readonly layoutTemplates: () => Record<string, FakeTemplate>;
  readonly fakeBundle: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (
    !existsSync(join(DIST, "taskpane.html")) ||
    !existsSync(join(DIST, "templates/eco-planning-zh-CN.xlsx"))
  ) {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const templates: Record<string, FakeTemplate> = {};
  // Made on first use only: resolving the layout takes a second or two per edition.
  let layouts: Record<string, FakeTemplate> | undefined;
  const lengths: [string, "zh-CN" | "en-US"][] = [];
  for (const edition of ["zh-CN", "en-US"] as const) {
    const contract = templateContract(edition);
    const base64 = readFileSync(join(DIST, contract.templatePath)).toString("base64");
    templates[String(base64.length)] = fakeTemplate(contract);
    lengths.push([String(base64.length), edition]);
  }
  const fakeBundle = buildSync({
    entryPoints: [join(ROOT, "test/fixtures/fake-excel/browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
  }).outputFiles[0]!.text;
  const server: StaticServer = await serveDirectory(DIST);
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    origin: server.origin,
    namespace: builtNamespace(),
    browser,
    templates,
    layoutTemplates: () =>
      (layouts ??= Object.fromEntries(lengths.map(([key, e]) => [key, layoutTemplate(e)]))),
    fakeBundle,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Where the pane runs: inside Excel (the fake host), or outside Office: office.js loads and reports
 * no host ("no-host"), office.js is blocked ("blocked"), or it loads but never gets ready because
 * its host table is missing ("never-ready").
 */
export type OfficeMode = "excel" | "no-host" | "blocked" | "never-ready";

export interface PaneOptions {
  /** Office's display language inside Excel; the browser's language outside. */
  readonly lang: string;
  readonly userSheets?: string[];
  readonly excelApi?: number;
  readonly office?: OfficeMode;
  readonly width?: number;
  readonly height?: number;
  /** 2 with a 175 px viewport is a 350 px pane at 200 % zoom. */
  readonly deviceScaleFactor?: number;
  /** "hold": template downloads wait for `releaseTemplates()`; "fail": they answer HTTP 500. */
  readonly templates?: "serve" | "hold" | "fail";
  /** The fake host inserts the real planning workbook (Harness.layoutTemplates). */
  readonly realWorkbook?: boolean;
  /** How the fake Excel calculates ECO formulas (default "eco": with the pane's functions.js). */
  readonly calc?: CalcMode;
  /** Content and protection of the user's sheets, by sheet name. */
  readonly userCells?: Record<string, Record<string, FakeCell>>;
  readonly userProtection?: Record<string, FakeProtection>;
  /**
   * The clipboard as Office's webview may offer it: "allow" (writeText works), "refuse"
   * (writeText is refused, execCommand("copy") works), "none" (both refused).
   */
  readonly clipboard?: "allow" | "refuse" | "none";
  /**
   * Excel on Windows (default), Excel on the web (adds ExcelApiOnline 1.1), or Excel on Mac (adds
   * OpenBrowserWindowApi 1.1 and an Office.context.ui.openBrowserWindow that records each address
   * in window.__ecoOpened instead of opening a browser).
   */
  readonly platform?: Platform;
  /** Worksheet.activate() throws, as it can on Mac right after an insertion (office-js #2625). */
  readonly activateFails?: boolean;
  /** The workbook names the user has (default none). */
  readonly userNames?: FakeName[];
  /** Office.context.officeTheme inside Excel (default: none, as an Office without the API). */
  readonly officeTheme?: FakeOfficeTheme;
  /** The system's colour scheme and Windows High Contrast (forced colours). */
  readonly colorScheme?: "light" | "dark";
  readonly forcedColors?: "active" | "none";
}

export type Platform = "desktop" | "web" | "mac";

export interface Pane {
  readonly page: Page;
  readonly problems: string[];
  readonly fake: () => Promise<FakeState>;
  readonly releaseTemplates: () => void;
  close(): Promise<void>;
}

/**
 * Makes Office.onReady report Excel, with the given display language and ExcelApi version, the
 * manifest's custom-functions sets (CustomFunctionsRuntime 1.4, SharedRuntime 1.1) and Office's
 * diagnostics. Versions compare part by part (1.9 < 1.13), as isSetSupported does.
 */
function officeOverride(displayLanguage: string, excelApi: number, platform: Platform): string {
  const web = platform === "web";
  const mac = platform === "mac";
  const sets = {
    ExcelApi: String(excelApi),
    CustomFunctionsRuntime: "1.4",
    SharedRuntime: "1.1",
    // Excel on the web only (WorksheetProtection.isPasswordProtected, among others).
    ...(web ? { ExcelApiOnline: "1.1" } : {}),
    ...(mac ? { OpenBrowserWindowApi: "1.1" } : {}),
  };
  const diagnostics = {
    host: "Excel",
    platform: web ? "OfficeOnline" : mac ? "Mac" : "PC",
    version: web ? "16.0.19328.42000" : mac ? "16.91" : "16.0.17928.20114",
  };
  return `
;(function () {
  var info = { host: "Excel", platform: ${JSON.stringify(diagnostics.platform)}, addin: null };
  var sets = ${JSON.stringify(sets)};
  var parts = function (v) { return String(v || "1.1").split(".").map(Number); };
  var context = {
    displayLanguage: ${JSON.stringify(displayLanguage)},
    diagnostics: ${JSON.stringify(diagnostics)},
    // Office's theme and the document's events, from the fake host (fake-excel/theme.ts).
    get officeTheme() { return window.__ecoFakeOffice ? window.__ecoFakeOffice.theme : undefined; },
    get document() { return window.__ecoFakeOffice ? window.__ecoFakeOffice.document : undefined; },
    ui: ${mac ? `{ openBrowserWindow: function (url) { (window.__ecoOpened = window.__ecoOpened || []).push(String(url)); } }` : "undefined"},
    requirements: { isSetSupported: function (name, version) {
      if (!(name in sets)) return false;
      var want = parts(version), have = parts(sets[name]);
      return want[0] < have[0] || (want[0] === have[0] && (want[1] || 0) <= (have[1] || 0));
    } }
  };
  // office.js defines its own CustomFunctions; the fake host calculates ECO formulas with the
  // functions functions.js associates, so it records them too.
  if (typeof CustomFunctions !== "undefined" && window.__ecoFunctions) {
    var associate = CustomFunctions.associate;
    CustomFunctions.associate = function (id, fn) {
      if (typeof id === "string") window.__ecoFunctions[id.toUpperCase()] = fn;
      else for (var key in id) window.__ecoFunctions[key.toUpperCase()] = id[key];
      return associate.apply(this, arguments);
    };
  }
  Office.onReady = function (callback) {
    return Promise.resolve(info).then(function (i) {
      // office.js defines Office.context itself while it starts; the host's context is set last.
      Object.defineProperty(Office, "context", { configurable: true, get: function () { return context; } });
      if (callback) callback(i);
      return i;
    });
  };
})();`;
}

/**
 * Outside an Office host, o15apptofilemappingtable.js opens a hidden telemetry iframe
 * (telemetryservice.firstpartyapps.oaspapps.com, with an inline style) 3 s after loading. The
 * add-in's CSP blocks both, which Chromium logs as two console errors. The tests send no
 * telemetry, so they mark the frame as already made.
 */
const NO_ULS_FRAME = `
;if (typeof OSF !== "undefined" && OSF.Logger && OSF.Logger.ulsEndpoint) { OSF.Logger.ulsEndpoint.proxyFrame = {}; }`;

export async function openPane(harness: Harness, options: PaneOptions): Promise<Pane> {
  const { origin, browser } = harness;
  const office = options.office ?? "excel";
  const excelApi = options.excelApi ?? 1.17;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 350, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.lang,
    // Screenshots are taken right after a change: no transitions to catch half-way.
    reducedMotion: "reduce",
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ?? "none",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  /** Console errors Chromium logs for the requests a mode blocks on purpose. */
  const expectedFailure = (url: string): boolean =>
    (office === "blocked" && url.startsWith(CDN)) ||
    (office === "never-ready" && url.endsWith("/o15apptofilemappingtable.js"));
  page.on("console", (message) => {
    if (process.env["ECO_DEBUG_BROWSER"]) console.log(`[${message.type()}] ${message.text()}`);
    if (message.type() !== "error" || expectedFailure(message.location().url)) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    // Without office.js, functions.js (loaded by the pane too) cannot register its functions:
    // its generated CustomFunctions.associate calls throw. Expected there, and harmless.
    if (office === "blocked" && error.message === "CustomFunctions is not defined") return;
    problems.push(`page error: ${error.message}`);
  });

  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === `${origin}${AXE_PATH}`)
      return route.fulfill({ status: 200, contentType: "text/javascript", path: AXE });
    if (url.startsWith(`${origin}/templates/`) && options.templates === "hold") await held;
    if (url.startsWith(`${origin}/templates/`) && options.templates === "fail")
      return route.fulfill({ status: 500, body: "" });
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(CDN)) {
      if (office === "blocked") return route.abort("blockedbyclient");
      const file = join(OFFICE_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (!file.startsWith(OFFICE_DIST) || !existsSync(file) || expectedFailure(url))
        return route.fulfill({ status: 404, body: "" });
      let body = readFileSync(file, "utf8");
      if (file.endsWith("/office.js") && office === "excel")
        body += officeOverride(options.lang, excelApi, options.platform ?? "desktop");
      if (file.endsWith("/o15apptofilemappingtable.js")) body += NO_ULS_FRAME;
      return route.fulfill({ status: 200, contentType: "text/javascript", body });
    }
    problems.push(`request left localhost: ${url}`);
    return route.abort();
  });
  if (office === "excel") {
    await page.addInitScript(
      ({ config, bundle }) => {
        Object.assign(window, { __ecoFakeConfig: config });
        // office.js defines Office.context (non-configurable) while it starts; the fake host must
        // replace it with its own when Office.onReady resolves, so the property stays configurable.
        const define = Object.defineProperty;
        Object.defineProperty = <T>(
          target: T,
          key: PropertyKey,
          attributes: PropertyDescriptor & ThisType<unknown>
        ): T =>
          define(
            target,
            key,
            key === "context" ? { ...attributes, configurable: true } : attributes
          );
        // The bundle is test code, evaluated by the test harness outside the page's CSP.
        new Function(bundle)();
      },
      {
        config: {
          userSheets: options.userSheets ?? ["Sheet1"],
          userNames: options.userNames ?? [],
          template: options.realWorkbook === true ? harness.layoutTemplates() : harness.templates,
          userCells: options.userCells ?? {},
          userProtection: options.userProtection ?? {},
          calc: options.calc ?? "eco",
          namespace: harness.namespace,
          officeTheme: options.officeTheme,
          activateFails: options.activateFails ?? false,
        },
        bundle: harness.fakeBundle,
      }
    );
  }
  const clipboard = options.clipboard ?? "allow";
  if (clipboard === "allow")
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  else {
    // Office's webviews may refuse navigator.clipboard.writeText (no clipboard-write permission
    // in the add-in's frame); "none" also refuses document.execCommand("copy"). Reading stays
    // possible so the test can see what was copied.
    await context.grantPermissions(["clipboard-read"], { origin });
    await page.addInitScript((mode) => {
      const refuse = () =>
        Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
      Object.defineProperty(navigator.clipboard, "writeText", { value: refuse });
      if (mode === "none") Object.defineProperty(document, "execCommand", { value: () => false });
    }, clipboard);
  }
  await page.goto(`${origin}/taskpane.html`);
  const ready = office === "excel" ? "#tab-insert" : "#outside-office";
  await page
    .waitForSelector(ready, { timeout: office === "never-ready" ? 15_000 : 10_000 })
    .catch((error: unknown) => {
      throw new Error(`the pane did not start: ${String(error)}\n${problems.join("\n")}`);
    });
  return {
    page,
    problems,
    fake: () => page.evaluate(() => (window as unknown as { __ecoFake: FakeState }).__ecoFake),
    releaseTemplates: () => release(),
    close: () => context.close(),
  };
}

/** Records every text the pane's one live region (#announcer) says, in order, from now on. */
export async function listenToAnnouncer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    Object.assign(window, { __heard: heard });
    const region = document.getElementById("announcer")!;
    new MutationObserver(() => heard.push(region.textContent ?? "")).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

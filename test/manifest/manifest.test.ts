import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACTIVATION_SETS,
  checkManifest,
  checkManifestFile,
  declaredSets,
  GATED_MEMBERS,
  parseXml,
  runtimeChecks,
  permissionAtMost,
  pngSize,
  RIBBON_ICON_SIZES,
  TASKPANE_PERMISSIONS,
  type CheckOptions,
  type Permission,
  type Problem,
  type Rule,
} from "./check";
import { buildForHost, listFiles, PROD_HOST, PROD_HOST_URL, ROOT } from "./prodBuild";

const MANIFEST = join(ROOT, "manifest.xml");
const DIST = join(ROOT, "dist");
const DEV: CheckOptions = {
  expectedHost: "localhost:3000",
  namespace: "ECODEV",
  assetDirs: [join(ROOT, "assets"), join(DIST, "assets")],
};
const source = readFileSync(MANIFEST, "utf8");

const show = (problems: readonly Problem[]): string =>
  problems.map((p) => `[${p.rule}] ${p.message}`).join("\n");

/** A copy of the manifest with `from` replaced by `to` (which must occur). */
function mutate(from: string, to: string, xml = source): string {
  expect(xml.includes(from), `mutation target "${from}" not in manifest.xml`).toBe(true);
  return xml.split(from).join(to);
}

describe("manifest.xml", () => {
  it("passes every check, including requirement sets against src/", () => {
    const problems = checkManifestFile(MANIFEST, { ...DEV, sourceDir: join(ROOT, "src") });
    expect(show(problems)).toBe("");
  });

  it("the manifest dist/ was built with passes too", () => {
    expect(show(checkManifestFile(join(DIST, "manifest.xml"), DEV))).toBe("");
  });

  it("requires only what the functions need; the insertion's ExcelApi 1.13 is asked at run time, with the download as fallback", () => {
    const root = parseXml(source);
    expect([...declaredSets(root)]).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.2"],
    ]);
    expect(ACTIVATION_SETS).toEqual(["SharedRuntime", "CustomFunctionsRuntime"]);
    // The pane's guard: Excel is asked for the set the insertion needs, and the check reads it.
    const index = readFileSync(join(ROOT, "src/taskpane/index.ts"), "utf8");
    expect(runtimeChecks(index)).toContainEqual({ set: "ExcelApi", version: "1.13" });
    expect(GATED_MEMBERS).toContainEqual({
      member: "insertWorksheetsFromBase64",
      set: "ExcelApi",
      version: "1.13",
    });
    const insert = readFileSync(join(ROOT, "src/taskpane/insert.ts"), "utf8");
    expect(insert).toMatch(/requires\(\s*[\w.]+,\s*"ExcelApi",\s*"1\.13"/);
  });

  it("office-addin-manifest info accepts it (exit 0)", () => {
    const out = execFileSync("npx", ["--no-install", "office-addin-manifest", "info", MANIFEST], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toMatch(/ae887e6c-1ea0-4eb8-a11b-c2bd27ac4950/);
  });

  it("every icon in assets/ has the pixel size its name says", () => {
    for (const size of [...RIBBON_ICON_SIZES, 128]) {
      expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });
});

describe("permission order (MS-OWEMXML 2.3.35 ST_Permissions1)", () => {
  it("is inclusion: Restricted < ReadDocument < ReadAllDocument < ReadWriteDocument and Restricted < WriteDocument < ReadWriteDocument", () => {
    const below = (a: Permission, b: Permission) => permissionAtMost(a, b);
    for (const p of TASKPANE_PERMISSIONS) {
      expect(below("Restricted", p)).toBe(true);
      expect(below(p, "ReadWriteDocument")).toBe(true);
    }
    expect(below("ReadDocument", "ReadAllDocument")).toBe(true);
    expect(below("WriteDocument", "ReadAllDocument")).toBe(false);
    expect(below("ReadAllDocument", "WriteDocument")).toBe(false);
    expect(below("ReadWriteDocument", "ReadAllDocument")).toBe(false);
  });
});

interface Mutation {
  readonly name: string;
  readonly xml: () => string;
  readonly rule: Rule;
  readonly message: RegExp;
  readonly options?: () => CheckOptions;
}

let tmpAssets: string;
beforeAll(() => {
  tmpAssets = mkdtempSync(join(tmpdir(), "eco-assets-"));
  cpSync(join(ROOT, "assets"), tmpAssets, { recursive: true });
  rmSync(join(tmpAssets, "icon-64.png"));
  copyFileSync(join(ROOT, "assets", "icon-32.png"), join(tmpAssets, "icon-16.png"));
});
afterAll(() => rmSync(tmpAssets, { recursive: true, force: true }));

const MUTATIONS: readonly Mutation[] = [
  {
    name: "dangling resid",
    xml: () =>
      mutate('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Namespac"/>'),
    rule: "resid",
    message: /resid="Functions\.Namespac"> points at no bt:Image, bt:Url or bt:String/,
  },
  {
    name: "unused resource id",
    xml: () =>
      mutate(
        "</bt:ShortStrings>",
        '<bt:String id="Orphan.Label" DefaultValue="x"/></bt:ShortStrings>'
      ),
    rule: "resid",
    message: /"Orphan\.Label" is declared but no resid uses it/,
  },
  {
    name: "duplicate resource id",
    xml: () =>
      mutate(
        "</bt:ShortStrings>",
        '<bt:String id="Group.Label" DefaultValue="x"/></bt:ShortStrings>'
      ),
    rule: "resid",
    message: /"Group\.Label" is declared more than once/,
  },
  {
    name: "http:// URL",
    xml: () =>
      mutate('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
    rule: "url",
    message: /"http:\/\/localhost:3000\/functions\.js" is not HTTPS/,
  },
  {
    name: "URL on another host",
    xml: () =>
      mutate(
        '"https://localhost:3000/help.html"/>\n      </bt:Urls>',
        '"https://cdn.evil.example/help.html"/>\n      </bt:Urls>'
      ),
    rule: "url",
    message:
      /"https:\/\/cdn\.evil\.example\/help\.html" is on host "cdn\.evil\.example", expected "localhost:3000"/,
  },
  {
    name: "AppDomain of another origin",
    xml: () =>
      mutate(
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://login.example.org</AppDomain>"
      ),
    rule: "url",
    message: /AppDomain> "https:\/\/login\.example\.org" should be the add-in's own origin/,
  },
  {
    name: "dev manifest checked against the production host",
    xml: () => source,
    options: () => ({ ...DEV, expectedHost: PROD_HOST }),
    rule: "url",
    message: /on host "localhost:3000", expected "eco\.example\.com"/,
  },
  {
    name: "ReadWriteMailbox permission (an Outlook permission)",
    xml: () =>
      mutate(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadWriteMailbox</Permissions>"
      ),
    rule: "permission",
    message: /ReadWriteMailbox.*is not a task-pane add-in permission.*Outlook permission/,
  },
  {
    name: "ReadAllDocument permission (no write access)",
    xml: () =>
      mutate(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadAllDocument</Permissions>"
      ),
    rule: "permission",
    message: /ReadAllDocument<\/Permissions> does not grant WriteDocument, ReadWriteDocument/,
  },
  {
    name: "ReadWriteDocument above a stricter maximum",
    xml: () => source,
    options: () => ({ ...DEV, maxPermission: "ReadDocument", requiredPermission: "ReadDocument" }),
    rule: "permission",
    message: /ReadWriteDocument<\/Permissions> asks for more than ReadDocument/,
  },
  {
    name: "missing Permissions",
    xml: () => mutate("<Permissions>ReadWriteDocument</Permissions>", ""),
    rule: "permission",
    message: /<Permissions> is missing/,
  },
  {
    name: 'namespace "FOO"',
    xml: () =>
      mutate(
        'id="Functions.Namespace" DefaultValue="ECODEV"',
        'id="Functions.Namespace" DefaultValue="FOO"'
      ),
    rule: "namespace",
    message: /namespace is "FOO", expected "ECODEV"/,
  },
  {
    name: "icon file that does not exist",
    xml: () =>
      mutate(
        "https://localhost:3000/assets/icon-80.png",
        "https://localhost:3000/assets/icon-96.png"
      ),
    rule: "icon",
    message: /icon-96\.png is missing from .*assets/,
  },
  {
    name: "icon missing from an asset directory",
    xml: () => source,
    options: () => ({ ...DEV, assetDirs: [tmpAssets] }),
    rule: "icon",
    message: /<HighResolutionIconUrl>: icon-64\.png is missing from/,
  },
  {
    name: "icon whose pixels don't match its name",
    xml: () => source,
    options: () => ({ ...DEV, assetDirs: [tmpAssets] }),
    rule: "icon",
    message: /icon-16\.png is 32×32, its name says 16×16/,
  },
  {
    name: "ribbon icon without its 80px size",
    xml: () => mutate('<bt:Image size="80" resid="Icon.80x80"/>', ""),
    rule: "icon",
    message: /ribbon <Icon> has no 80px/,
  },
  ...RIBBON_ICON_SIZES.map((size): Mutation => ({
    name: `ribbon icon without its ${size}px size`,
    xml: () =>
      mutate(`\n                  <bt:Image size="${size}" resid="Icon.${size}x${size}"/>`, ""),
    rule: "icon",
    message: new RegExp(`ribbon <Icon> has no ${size}px`),
  })),
  {
    name: "bt:Image size pointing at an icon of another size",
    xml: () =>
      mutate(
        '<bt:Image size="16" resid="Icon.16x16"/>',
        '<bt:Image size="16" resid="Icon.32x32"/>'
      ),
    rule: "icon",
    message: /size="16" resid="Icon\.32x32"> points at icon-32\.png/,
  },
  {
    name: "ExcelApi 1.13 (the insertion's) required of the whole add-in",
    xml: () =>
      mutate(
        '<Set Name="SharedRuntime" MinVersion="1.1"/>',
        '<Set Name="SharedRuntime" MinVersion="1.1"/><Set Name="ExcelApi" MinVersion="1.13"/>'
      ),
    rule: "activation",
    message:
      /requires ExcelApi 1\.13: Excel without it would not load the add-in at all, functions included/,
  },
  {
    name: "ExcelApi 1.13 required in VersionOverrides",
    xml: () =>
      mutate(
        '<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">',
        '<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0"><Requirements><bt:Sets DefaultMinVersion="1.13"><bt:Set Name="ExcelApi"/></bt:Sets></Requirements>'
      ),
    rule: "activation",
    message:
      /<VersionOverrides> has <Requirements>.*the functions, the shared runtime and the ribbon would be gone/,
  },
  {
    name: "not well-formed",
    xml: () => mutate("</Permissions>", "</Permission>"),
    rule: "wellFormed",
    message: /xmllint rejects the manifest/,
  },
  {
    name: "short-lived runtime",
    xml: () => mutate('lifetime="long"', 'lifetime="short"'),
    rule: "sharedRuntime",
    message: /no <Runtime lifetime="long">/,
  },
  {
    name: "CustomFunctions page not the shared runtime",
    xml: () =>
      mutate(
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="Help.Url"/>'
      ),
    rule: "sharedRuntime",
    message:
      /CustomFunctions <Page> is "https:\/\/localhost:3000\/help\.html", not the shared runtime/,
  },
  {
    name: "SharedRuntime set not declared",
    xml: () => mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
    rule: "sharedRuntime",
    message: /SharedRuntime requirement set is not declared/,
  },
  {
    name: "no zh-CN metadata override",
    xml: () =>
      mutate(
        '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>',
        ""
      ),
    rule: "metadataLocale",
    message: /has no <bt:Override Locale="zh-CN">/,
  },
  {
    name: "zh-CN metadata override pointing at the wrong file",
    xml: () => mutate("functions.zh-CN.json", "functions.zh.json"),
    rule: "metadataLocale",
    message: /zh-CN metadata is ".*functions\.zh\.json", expected ".*functions\.zh-CN\.json"/,
  },
];

describe("the checker catches broken manifests", () => {
  it.each(MUTATIONS)("$name → [$rule]", ({ xml, rule, message, options }) => {
    const problems = checkManifest(xml(), options ? options() : DEV);
    const hits = problems.filter((p) => p.rule === rule && message.test(p.message));
    expect(
      hits,
      `expected a [${rule}] problem matching ${String(message)}; got:\n${show(problems)}`
    ).not.toHaveLength(0);
  });

  it("a requirement set the code needs but the manifest lacks is reported", () => {
    const problems = checkManifest(
      mutate(
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'
      ),
      {
        ...DEV,
        sourceDir: join(ROOT, "src"),
      }
    );
    expect(show(problems)).toMatch(
      /\[requirementSet\] CustomFunctions\.Error needs CustomFunctionsRuntime 1\.2, but the manifest declares CustomFunctionsRuntime 1\.1/
    );
  });
});

describe("a production build for https://eco.example.com/addin/", () => {
  let out: string;
  beforeAll(() => {
    out = buildForHost(PROD_HOST_URL);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes a manifest that passes every check with eco.example.com as the host", () => {
    const problems = checkManifestFile(join(out, "manifest.xml"), {
      expectedHost: PROD_HOST,
      assetDirs: [join(out, "assets")],
    });
    expect(show(problems)).toBe("");
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).toContain('DefaultValue="https://eco.example.com/addin/functions.js"');
    expect(xml).toContain("<AppDomain>https://eco.example.com</AppDomain>");
  });

  // Development beside production (office-js #3486): the two manifests must not share an Id or a
  // namespace, and a facilitator must tell them apart by name; nothing else may differ.
  it("differs from the development manifest (dist/, as npm run build writes it) in exactly its Id, display name (both languages) and namespace", () => {
    const dev = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const release = readFileSync(join(out, "manifest.xml"), "utf8");
    // Put the release back on the dev server's host, with the dev comment: what remains is identity.
    const devComment = /<!--(?:(?!-->)[^])*-->/.exec(dev)?.[0] ?? "";
    const onDevHost = release
      .replace(/<!--(?:(?!-->)[^])*-->/, devComment)
      .split(PROD_HOST_URL)
      .join("https://localhost:3000/")
      .replace(
        "<AppDomain>https://eco.example.com</AppDomain>",
        "<AppDomain>https://localhost:3000</AppDomain>"
      );
    const a = dev.split("\n");
    const b = onDevHost.split("\n");
    expect(b).toHaveLength(a.length);
    const differing = a.flatMap((line, i) => (line === b[i] ? [] : [[line.trim(), b[i]?.trim()]]));
    expect(differing).toEqual([
      [
        "<Id>ae887e6c-1ea0-4eb8-a11b-c2bd27ac4950</Id>",
        "<Id>89af9c52-c42c-45f0-b519-789f90473886</Id>",
      ],
      [
        '<DisplayName DefaultValue="ECO After-Sales Ecosystem (development)">',
        '<DisplayName DefaultValue="ECO After-Sales Ecosystem">',
      ],
      [
        '<Override Locale="zh-CN" Value="ECO 售后生态规划（开发版）"/>',
        '<Override Locale="zh-CN" Value="ECO 售后生态规划"/>',
      ],
      [
        '<bt:String id="Functions.Namespace" DefaultValue="ECODEV"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="ECO"/>',
      ],
    ]);
    // The functions are the same in both: the metadata names them alike.
    expect(
      readFileSync(join(out, "functions.json"), "utf8").replace(
        /https:\/\/eco\.example\.com\/addin\//g,
        "https://localhost:3000/"
      )
    ).toBe(readFileSync(join(DIST, "functions.json"), "utf8"));
  });

  // The pane writes, shows and self-tests ECO calls in a namespace fixed at build time
  // (src/taskpane/addinNamespace.ts): it must be the one its own manifest declares, in both builds.
  it("builds each pane for its own manifest's namespace: ECODEV for the dev server, ECO for a host", async () => {
    type Config = {
      plugins: { constructor: { name: string }; definitions?: Record<string, string> }[];
    };
    const { default: webpackConfig } = (await import(join(ROOT, "webpack.config.js"))) as {
      default: (env: Record<string, string>, options: { mode: string }) => Promise<Config>;
    };
    const namespaceOf = (dir: string) =>
      /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"\/>/.exec(
        readFileSync(join(dir, "manifest.xml"), "utf8")
      )?.[1];
    const builds: { env: Record<string, string>; dir: string }[] = [
      { env: {}, dir: DIST },
      { env: { host: PROD_HOST_URL }, dir: out },
    ];
    const seen: (string | undefined)[] = [];
    for (const { env, dir } of builds) {
      const config = await webpackConfig(env, { mode: "production" });
      const define = config.plugins.find((p) => p.constructor.name === "DefinePlugin");
      const namespace = namespaceOf(dir);
      seen.push(namespace);
      expect(define?.definitions?.["__ECO_NAMESPACE__"]).toBe(JSON.stringify(namespace));
      // Replaced in the bundle, not left for the pane to look up at run time.
      expect(readFileSync(join(dir, "taskpane.js"), "utf8")).not.toContain("__ECO_NAMESPACE__");
    }
    expect(seen).toEqual(["ECODEV", "ECO"]);
  });

  // Source maps are left out: they embed the TypeScript source, whose JSDoc @helpurl is written for
  // the dev server, and they are not shipped (scripts/package.mjs drops them from the release zip).
  it("leaves no localhost anywhere in the shipped output (manifest, metadata helpUrls, html, js, css)", () => {
    const offenders = listFiles(out)
      .filter((f) => !f.endsWith(".png") && !f.endsWith(".xlsx") && !f.endsWith(".map"))
      .filter((f) => readFileSync(join(out, f), "utf8").toLowerCase().includes("localhost"));
    expect(offenders).toEqual([]);
    const query = { "functions.json": "", "functions.zh-CN.json": "?lang=zh-CN" };
    for (const [file, q] of Object.entries(query)) {
      const meta = JSON.parse(readFileSync(join(out, file), "utf8")) as {
        functions: { id: string; helpUrl?: string }[];
      };
      for (const f of meta.functions)
        expect(f.helpUrl).toBe(`${PROD_HOST_URL}help.html${q}#${f.id}`);
    }
  });

  it("office-addin-manifest info accepts the production manifest", () => {
    const out2 = execFileSync(
      "npx",
      ["--no-install", "office-addin-manifest", "info", join(out, "manifest.xml")],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(out2).toMatch(/eco\.example\.com/);
    expect(out2).toMatch(/89af9c52-c42c-45f0-b519-789f90473886/);
  });
});

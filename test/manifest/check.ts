/**
 * Offline checks of the add-in manifest (manifest.xml, or the one a build writes). checkManifest
 * returns a list of problems, each with the rule it breaks and a message a person can act on; an
 * empty list means the manifest passes. What is checked, and why:
 *
 * - wellFormed: `xmllint --noout` accepts it (and our own reader, xml.ts, can read it).
 * - resid: every resid="X" resolves to a bt:Image / bt:Url / bt:String with id="X" under
 *   <Resources>; every such id is used; no id is declared twice.
 * - url: every URL the manifest makes Office fetch or show (DefaultValue, Value, AppDomain, text of
 *   *Url elements) is https:// and on the expected host (XML namespace URIs are not URLs to fetch and
 *   are skipped). AppDomains list the expected origin only.
 * - permission: <Permissions> is a task-pane permission (MS-OWEMXML §2.3.35 ST_Permissions1:
 *   Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument) that is no more
 *   than `maxPermission` and grants what the add-in needs (`requiredPermission`). The levels form
 *   a partial order by inclusion, per that section: ReadDocument and WriteDocument each include
 *   Restricted, ReadAllDocument includes ReadDocument, ReadWriteDocument includes ReadDocument,
 *   WriteDocument and ReadAllDocument. So ReadWriteDocument is the top level for task-pane add-ins;
 *   ReadAllDocument is below it but lacks write access, which the task pane needs (it inserts sheets).
 * - icon: every icon the manifest names (IconUrl, HighResolutionIconUrl, bt:Image) is a file
 *   icon-N.png that exists in each asset directory and is an N×N PNG (read from its IHDR chunk);
 *   every ribbon <Icon> has every size the icon guidance lists (RIBBON_ICON_SIZES: 16, 32 and 80
 *   required, 20, 24, 40, 48 and 64 for the other scalings), each pointing at an icon of that size.
 * - namespace: the custom functions namespace string is exactly `namespace` ("ECO").
 * - sharedRuntime: a <Runtime lifetime="long"> whose URL is the CustomFunctions <Page>, the task
 *   pane action's SourceLocation, the FunctionFile and the DefaultSettings SourceLocation; and the
 *   SharedRuntime requirement set is declared.
 * - metadataLocale: the CustomFunctions metadata URL has a zh-CN Override pointing at
 *   functions.zh-CN.json next to functions.json.
 * - requirementSet (only with `sourceDir`): see checkRequirementSets.
 * - activation: the base <Requirements> declare only the sets the functions need (ACTIVATION_SETS:
 *   SharedRuntime, CustomFunctionsRuntime), and <VersionOverrides> has no <Requirements>. A set
 *   in the base ones keeps the whole add-in from activating on an Excel without it; one in
 *   VersionOverrides' drops its <Hosts>, that is the functions, the shared runtime and the ribbon
 *   (learn.microsoft.com, manifest reference, "Requirements element"). What only the pane needs
 *   (the insertion's ExcelApi 1.13) is asked at run time, with its fallback (src/taskpane/apiSets.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { child, findAll, localName, parseXml, walk, type XmlElement } from "./xml";

export type Rule =
  | "wellFormed"
  | "resid"
  | "url"
  | "permission"
  | "icon"
  | "namespace"
  | "sharedRuntime"
  | "metadataLocale"
  | "requirementSet"
  | "activation";

export interface Problem {
  readonly rule: Rule;
  readonly message: string;
}

export const TASKPANE_PERMISSIONS = [
  "Restricted",
  "ReadDocument",
  "ReadAllDocument",
  "WriteDocument",
  "ReadWriteDocument",
] as const;
export type Permission = (typeof TASKPANE_PERMISSIONS)[number];

/** What each level grants, itself included (MS-OWEMXML 2.3.35 ST_Permissions1). */
const GRANTS: Readonly<Record<Permission, readonly Permission[]>> = {
  Restricted: ["Restricted"],
  ReadDocument: ["Restricted", "ReadDocument"],
  ReadAllDocument: ["Restricted", "ReadDocument", "ReadAllDocument"],
  WriteDocument: ["Restricted", "WriteDocument"],
  ReadWriteDocument: [
    "Restricted",
    "ReadDocument",
    "ReadAllDocument",
    "WriteDocument",
    "ReadWriteDocument",
  ],
};

/** a ≤ b in the permission order: everything a grants, b grants too. */
export function permissionAtMost(a: Permission, b: Permission): boolean {
  return GRANTS[a].every((p) => GRANTS[b].includes(p));
}

const isPermission = (v: string): v is Permission =>
  (TASKPANE_PERMISSIONS as readonly string[]).includes(v);

export interface CheckOptions {
  /** host[:port] every URL must be on, e.g. "localhost:3000" or "eco.example.com". */
  readonly expectedHost: string;
  /** Directories that must hold every icon (assets/, dist/assets/). */
  readonly assetDirs: readonly string[];
  readonly namespace?: string;
  readonly maxPermission?: Permission;
  readonly requiredPermission?: Permission;
  /** When given, also check requirement sets against the code under this directory (src/). */
  readonly sourceDir?: string;
}

export function checkManifestFile(file: string, options: CheckOptions): Problem[] {
  return checkManifest(readFileSync(file, "utf8"), options);
}

export function checkManifest(xml: string, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (rule: Rule, message: string): void => void problems.push({ rule, message });

  const lint = xmllint(xml);
  if (lint) add("wellFormed", `xmllint rejects the manifest: ${lint}`);
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    add("wellFormed", e instanceof Error ? e.message : String(e));
    return problems;
  }
  if (localName(root.name) !== "OfficeApp")
    add("wellFormed", `the root element is <${root.name}>, not <OfficeApp>`);

  const resources = resourcesById(root, add);
  checkResids(root, resources, add);
  checkUrls(root, options.expectedHost, add);
  checkPermission(
    root,
    options.maxPermission ?? "ReadWriteDocument",
    options.requiredPermission ?? "ReadWriteDocument",
    add
  );
  checkIcons(root, resources, options.assetDirs, add);
  checkNamespace(root, resources, options.namespace ?? "ECO", add);
  checkSharedRuntime(root, resources, add);
  checkActivation(root, add);
  checkMetadataLocale(root, resources, add);
  if (options.sourceDir) {
    for (const message of checkRequirementSets(declaredSets(root), options.sourceDir))
      add("requirementSet", message);
  }
  return problems;
}

/** xmllint's complaint, or undefined when the document is well-formed. */
export function xmllint(xml: string): string | undefined {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
    return undefined;
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr || (e instanceof Error ? e.message : String(e));
  }
}

// ---- resources and resids ----------------------------------------------------------------------

interface Resource {
  readonly kind: "Image" | "Url" | "String";
  readonly value: string;
  readonly overrides: readonly { readonly locale: string; readonly value: string }[];
}

type Add = (rule: Rule, message: string) => void;

function resourcesById(root: XmlElement, add: Add): Map<string, Resource> {
  const map = new Map<string, Resource>();
  const defs = findAll(
    root,
    (el, anc) =>
      anc.some((a) => localName(a.name) === "Resources") &&
      ["Image", "Url", "String"].includes(localName(el.name)) &&
      "id" in el.attrs
  );
  for (const el of defs) {
    const id = el.attrs["id"] ?? "";
    if (map.has(id)) add("resid", `resource id "${id}" is declared more than once`);
    const overrides = el.children
      .filter((c) => localName(c.name) === "Override")
      .map((c) => ({ locale: c.attrs["Locale"] ?? "", value: c.attrs["Value"] ?? "" }));
    map.set(id, {
      kind: localName(el.name) as Resource["kind"],
      value: el.attrs["DefaultValue"] ?? "",
      overrides,
    });
    if (!("DefaultValue" in el.attrs)) add("resid", `resource "${id}" has no DefaultValue`);
  }
  return map;
}

function checkResids(root: XmlElement, resources: Map<string, Resource>, add: Add): void {
  const used = new Set<string>();
  walk(root, (el) => {
    const resid = el.attrs["resid"];
    if (resid === undefined) return;
    used.add(resid);
    if (!resources.has(resid))
      add(
        "resid",
        `<${el.name} resid="${resid}"> points at no bt:Image, bt:Url or bt:String with id="${resid}"`
      );
  });
  for (const id of resources.keys()) {
    if (!used.has(id)) add("resid", `resource id "${id}" is declared but no resid uses it`);
  }
}

// ---- URLs --------------------------------------------------------------------------------------

function isUrlLike(v: string): boolean {
  const s = v.trim().toLowerCase();
  return (
    s.startsWith("http://") ||
    s.startsWith("https://") ||
    s.startsWith("//") ||
    s.startsWith("ftp://") ||
    s.startsWith("file:")
  );
}

/** Every URL the manifest makes Office load or link to, with where it was found. */
export function manifestUrls(root: XmlElement): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  walk(root, (el) => {
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:") || attr.startsWith("xsi:")) continue; // namespace names, not fetched
      if (isUrlLike(value)) urls.push({ where: `<${el.name} ${attr}>`, url: value.trim() });
    }
    if (el.text && isUrlLike(el.text)) urls.push({ where: `<${el.name}>`, url: el.text });
  });
  return urls;
}

function checkUrls(root: XmlElement, expectedHost: string, add: Add): void {
  for (const { where, url } of manifestUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      add("url", `${where}: "${url}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:")
      add("url", `${where}: "${url}" is not HTTPS (Office loads add-ins only over https://)`);
    if (parsed.host !== expectedHost)
      add("url", `${where}: "${url}" is on host "${parsed.host}", expected "${expectedHost}"`);
  }
  const domains = findAll(root, (el) => localName(el.name) === "AppDomain").map((el) => el.text);
  for (const d of domains) {
    if (d !== `https://${expectedHost}`)
      add("url", `<AppDomain> "${d}" should be the add-in's own origin https://${expectedHost}`);
  }
}

// ---- permission --------------------------------------------------------------------------------

function checkPermission(root: XmlElement, max: Permission, required: Permission, add: Add): void {
  const el = child(root, "Permissions");
  if (!el) return add("permission", "<Permissions> is missing");
  const value = el.text;
  if (!isPermission(value)) {
    return add(
      "permission",
      `<Permissions>${value}</Permissions> is not a task-pane add-in permission; use one of ${TASKPANE_PERMISSIONS.join(", ")}` +
        (value.includes("Mailbox") || value.includes("Item")
          ? ` ("${value}" is an Outlook permission)`
          : "")
    );
  }
  if (!permissionAtMost(value, max)) {
    add(
      "permission",
      `<Permissions>${value}</Permissions> asks for more than ${max}; request the least privilege the add-in needs`
    );
  }
  if (!permissionAtMost(required, value)) {
    const missing = GRANTS[required].filter((p) => !GRANTS[value].includes(p));
    add(
      "permission",
      `<Permissions>${value}</Permissions> does not grant ${missing.join(", ")}, which the add-in needs (${required}: the task pane reads and writes the workbook)`
    );
  }
}

// ---- icons -------------------------------------------------------------------------------------

/**
 * The ribbon icon sizes of the manifest reference's Image element: 16, 32 and 80 px required, and
 * 20, 24, 40, 48 and 64 px supported (Office picks the one for the screen's scaling: 125 %, 150 %,
 * 200 %…; without them it scales another and the icon blurs).
 */
export const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

/** Width and height from a PNG's IHDR chunk, or undefined if the file is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const type = String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0);
  if (type !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function iconSizeFromName(file: string): number | undefined {
  const prefix = "icon-";
  const suffix = ".png";
  if (!file.startsWith(prefix) || !file.endsWith(suffix)) return undefined;
  const n = Number(file.slice(prefix.length, -suffix.length));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function checkIconFile(
  where: string,
  url: string,
  assetDirs: readonly string[],
  add: Add
): number | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined; // reported by the URL rule
  }
  const file = basename(path);
  const size = iconSizeFromName(file);
  if (size === undefined) {
    add("icon", `${where}: "${file}" is not named icon-<size>.png`);
    return undefined;
  }
  for (const dir of assetDirs) {
    const full = join(dir, file);
    if (!existsSync(full)) {
      add("icon", `${where}: ${file} is missing from ${dir}`);
      continue;
    }
    const dims = pngSize(readFileSync(full));
    if (!dims) add("icon", `${full} is not a PNG`);
    else if (dims.width !== size || dims.height !== size)
      add("icon", `${full} is ${dims.width}×${dims.height}, its name says ${size}×${size}`);
  }
  return size;
}

function checkIcons(
  root: XmlElement,
  resources: Map<string, Resource>,
  assetDirs: readonly string[],
  add: Add
): void {
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = child(root, name);
    if (!el) add("icon", `<${name}> is missing`);
    else checkIconFile(`<${name}>`, el.attrs["DefaultValue"] ?? "", assetDirs, add);
  }
  for (const [id, r] of resources) {
    if (r.kind === "Image") checkIconFile(`bt:Image "${id}"`, r.value, assetDirs, add);
  }
  // Ribbon icons: each <Icon> has every listed size, each pointing at an icon of that size.
  const icons = findAll(root, (el) => localName(el.name) === "Icon");
  for (const icon of icons) {
    const sizes = new Set<string>();
    for (const img of icon.children.filter((c) => localName(c.name) === "Image")) {
      const size = img.attrs["size"] ?? "";
      sizes.add(size);
      const r = resources.get(img.attrs["resid"] ?? "");
      if (!r) continue; // reported by the resid rule
      const file = (() => {
        try {
          return basename(new URL(r.value).pathname);
        } catch {
          return r.value;
        }
      })();
      if (String(iconSizeFromName(file)) !== size)
        add(
          "icon",
          `<bt:Image size="${size}" resid="${img.attrs["resid"] ?? ""}"> points at ${file}`
        );
    }
    for (const need of RIBBON_ICON_SIZES)
      if (!sizes.has(String(need))) add("icon", `a ribbon <Icon> has no ${need}px <bt:Image>`);
  }
}

// ---- namespace, shared runtime, zh-CN metadata --------------------------------------------------

function customFunctionsPoint(root: XmlElement): XmlElement | undefined {
  return findAll(
    root,
    (el) => localName(el.name) === "ExtensionPoint" && el.attrs["xsi:type"] === "CustomFunctions"
  )[0];
}

function resolve(resources: Map<string, Resource>, el: XmlElement | undefined): string | undefined {
  const resid = el?.attrs["resid"];
  return resid === undefined ? undefined : resources.get(resid)?.value;
}

function checkNamespace(
  root: XmlElement,
  resources: Map<string, Resource>,
  expected: string,
  add: Add
): void {
  const point = customFunctionsPoint(root);
  if (!point) return add("namespace", "there is no CustomFunctions extension point");
  const ns = resolve(resources, child(point, "Namespace"));
  if (ns === undefined)
    return add("namespace", "the CustomFunctions <Namespace> does not resolve to a string");
  if (ns !== expected)
    add(
      "namespace",
      `the custom functions namespace is "${ns}", expected "${expected}" (formulas are =${expected}.NAME)`
    );
}

function declaredSets(root: XmlElement): Map<string, string> {
  const sets = new Map<string, string>();
  const setsEl = child(child(root, "Requirements"), "Sets");
  const def = setsEl?.attrs["DefaultMinVersion"] ?? "1.1";
  for (const s of setsEl?.children ?? [])
    if (localName(s.name) === "Set") sets.set(s.attrs["Name"] ?? "", s.attrs["MinVersion"] ?? def);
  return sets;
}

function checkSharedRuntime(root: XmlElement, resources: Map<string, Resource>, add: Add): void {
  const runtimes = findAll(root, (el) => localName(el.name) === "Runtime");
  const long = runtimes.find((r) => r.attrs["lifetime"] === "long");
  if (!long)
    return add(
      "sharedRuntime",
      'no <Runtime lifetime="long">: the functions and the task pane would not share a runtime'
    );
  const url = resolve(resources, long);
  if (url === undefined)
    return add("sharedRuntime", "the long-lived <Runtime> resid does not resolve to a URL");
  const point = customFunctionsPoint(root);
  const page = resolve(resources, child(child(point, "Page"), "SourceLocation"));
  if (page !== url)
    add(
      "sharedRuntime",
      `the CustomFunctions <Page> is "${page ?? "missing"}", not the shared runtime "${url}"`
    );
  const actions = findAll(
    root,
    (el) => localName(el.name) === "Action" && el.attrs["xsi:type"] === "ShowTaskpane"
  );
  if (actions.length === 0) add("sharedRuntime", "no ShowTaskpane action");
  for (const a of actions) {
    const src = resolve(resources, child(a, "SourceLocation"));
    if (src !== url)
      add(
        "sharedRuntime",
        `the task pane SourceLocation is "${src ?? "missing"}", not the shared runtime "${url}"`
      );
  }
  for (const ff of findAll(root, (el) => localName(el.name) === "FunctionFile")) {
    const src = resolve(resources, ff);
    if (src !== url)
      add(
        "sharedRuntime",
        `<FunctionFile> is "${src ?? "missing"}", not the shared runtime "${url}"`
      );
  }
  const def = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs["DefaultValue"];
  if (def !== url)
    add(
      "sharedRuntime",
      `<DefaultSettings><SourceLocation> is "${def ?? "missing"}", not the shared runtime "${url}"`
    );
  if (!declaredSets(root).has("SharedRuntime"))
    add("sharedRuntime", "the SharedRuntime requirement set is not declared");
}

function checkMetadataLocale(root: XmlElement, resources: Map<string, Resource>, add: Add): void {
  const point = customFunctionsPoint(root);
  const resid = child(child(point, "Metadata"), "SourceLocation")?.attrs["resid"];
  const r = resid === undefined ? undefined : resources.get(resid);
  if (!r)
    return add("metadataLocale", "the CustomFunctions <Metadata> does not resolve to a bt:Url");
  const zh = r.overrides.find((o) => o.locale === "zh-CN");
  if (!zh)
    return add(
      "metadataLocale",
      `bt:Url "${resid ?? ""}" has no <bt:Override Locale="zh-CN">: Chinese Excel would show English function names`
    );
  const expected = r.value.endsWith("functions.json")
    ? `${r.value.slice(0, -"functions.json".length)}functions.zh-CN.json`
    : undefined;
  if (zh.value !== expected)
    add(
      "metadataLocale",
      `the zh-CN metadata is "${zh.value}", expected "${expected ?? "functions.zh-CN.json next to functions.json"}"`
    );
}

// ---- activation --------------------------------------------------------------------------------

/** The only sets the manifest may require: without them the functions cannot run at all. */
export const ACTIVATION_SETS: readonly string[] = ["SharedRuntime", "CustomFunctionsRuntime"];

function checkActivation(root: XmlElement, add: Add): void {
  for (const [set, version] of declaredSets(root))
    if (!ACTIVATION_SETS.includes(set))
      add(
        "activation",
        `the manifest requires ${set} ${version}: Excel without it would not load the add-in at all, functions included; ask for it at run time (isSetSupported) with a fallback`
      );
  const overrides = findAll(root, (el) => localName(el.name) === "VersionOverrides");
  for (const vo of overrides)
    if (child(vo, "Requirements"))
      add(
        "activation",
        "<VersionOverrides> has <Requirements>: an Excel without them ignores its <Hosts>, so the functions, the shared runtime and the ribbon would be gone; ask at run time instead"
      );
}

// ---- requirement sets ---------------------------------------------------------------------------

/**
 * API members the code may use that need a requirement set above what every host with
 * SharedRuntime 1.1 has. Pragmatic: SharedRuntime 1.1 needs Excel on Windows 2002+ / Mac 16.35+ /
 * the web, which (our assumption, from the requirement-set tables) already support ExcelApi ≤ 1.11,
 * so only newer members are listed. Extend this table when the task pane uses more.
 */
export const GATED_MEMBERS: readonly {
  readonly member: string;
  readonly set: string;
  readonly version: string;
}[] = [
  { member: "insertWorksheetsFromBase64", set: "ExcelApi", version: "1.13" },
  { member: "getLinkedEntityCellValue", set: "ExcelApi", version: "1.16" },
  { member: "onFormulaChanged", set: "ExcelApi", version: "1.13" },
  { member: "getDirectPrecedents", set: "ExcelApi", version: "1.12" },
  { member: "isPasswordProtected", set: "ExcelApiOnline", version: "1.1" },
];

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith(".ts") || name.endsWith(".js")) out.push(full);
  }
  return out;
}

/**
 * Run-time checks in the code, allowed above the declared minimum: isSetSupported("Set", "v")
 * calls, and the task pane's guard requires(has, "Set", "v", use, fallback) (src/taskpane/apiSets.ts,
 * which calls isSetSupported with its arguments; test/support/apiSets.ts proves each use sits
 * inside one).
 */
export function runtimeChecks(code: string): { set: string; version: string }[] {
  const out: { set: string; version: string }[] = [];
  for (const m of code.matchAll(
    /\brequires\(\s*\w+\s*,\s*["'`](\w+)["'`]\s*,\s*["'`]([\d.]+)["'`]/g
  ))
    if (m[1] && m[2]) out.push({ set: m[1], version: m[2] });
  const marker = "isSetSupported(";
  let i = code.indexOf(marker);
  while (i >= 0) {
    const args = code.slice(i + marker.length, code.indexOf(")", i));
    const strings = args.split(",").map((s) => s.trim().replace(/^["'`]|["'`]$/g, ""));
    if (strings[0]) out.push({ set: strings[0], version: strings[1] || "1.1" });
    i = code.indexOf(marker, i + 1);
  }
  return out;
}

/**
 * Problems with requirement sets: CustomFunctionsRuntime and SharedRuntime must be declared
 * (CustomFunctions.Error, used by the functions, is CustomFunctionsRuntime 1.2); every gated member
 * used anywhere under `sourceDir` needs its set declared at that version, or an
 * isSetSupported(set, ≥ version) check somewhere in the code (run-time guarded).
 */
export function checkRequirementSets(
  declared: ReadonlyMap<string, string>,
  sourceDir: string
): string[] {
  const problems: string[] = [];
  const files = sourceFiles(sourceDir).map((f) => ({ file: f, code: readFileSync(f, "utf8") }));
  const all = files.map((f) => f.code).join("\n");
  const need = (set: string, version: string, why: string): void => {
    const have = declared.get(set);
    if (have === undefined || compareVersions(have, version) < 0) {
      problems.push(
        `${why} needs ${set} ${version}, but the manifest declares ${have === undefined ? "no " + set : set + " " + have}`
      );
    }
  };
  if (all.includes("CustomFunctions.associate") || all.includes("@customfunction"))
    need("CustomFunctionsRuntime", "1.1", "custom functions");
  if (all.includes("CustomFunctions.Error"))
    need("CustomFunctionsRuntime", "1.2", "CustomFunctions.Error");
  need("SharedRuntime", "1.1", "the shared runtime (functions and task pane in one page)");
  const guards = runtimeChecks(all);
  for (const { file, code } of files) {
    for (const g of GATED_MEMBERS) {
      if (!code.includes(g.member)) continue;
      const have = declared.get(g.set);
      if (have !== undefined && compareVersions(have, g.version) >= 0) continue;
      const guarded = guards.some(
        (c) => c.set === g.set && compareVersions(c.version, g.version) >= 0
      );
      if (!guarded) {
        problems.push(
          `${file} uses ${g.member} (${g.set} ${g.version}) without an Office.context.requirements.isSetSupported("${g.set}", "${g.version}") check, and the manifest does not declare ${g.set} ${g.version}`
        );
      }
    }
  }
  return problems;
}

export { declaredSets, parseXml };

/**
 * Wires chart parts into an .xlsx package written by ExcelJS (Open Packaging Conventions):
 * xl/charts/chartN.xml, xl/drawings/drawingN.xml and their _rels, the sheet's relationship to
 * its drawing, the sheet's <drawing r:id> element in its schema position, and the content types.
 */
import JSZip from "jszip";
import type { ChartSpec } from "../contract";
import { chartXml } from "./chartXml";
import {
  CONTENT_TYPE,
  drawingXml,
  REL,
  relationshipsXml,
  type Anchor,
  type Relationship,
} from "./drawingXml";
import type { ChartCells } from "./seriesXml";
import { el, esc } from "./xml";
import { deflatedPackage } from "../zip";

export interface ChartPartsOptions {
  /** Cell values and formats for the charts' caches; without values, no caches are written. */
  readonly cells?: ChartCells;
  /** Language of the charts' text. */
  readonly lang: string;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
      );
    return named[e.toLowerCase()] ?? "";
  });
}

/** Attributes of every `<name …>` start tag in a document. */
export function tagsOf(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const tag = new RegExp(`<${name.replace(":", "\\:")}(\\s[^>]*?)?/?>`, "g");
  for (const m of xml.matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
      attrs[a[1] ?? ""] = unescapeXml(a[3] ?? a[4] ?? "");
    out.push(attrs);
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that owns the rels. */
export function resolveTarget(ownerFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerFolder === "" ? [] : ownerFolder.split("/");
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** Sheet name → worksheet part path (e.g. "仪表盘" → "xl/worksheets/sheet3.xml"). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map(
    tagsOf(rels, "Relationship").map((r) => [r["Id"] ?? "", r["Target"] ?? ""])
  );
  const parts = new Map<string, string>();
  for (const s of tagsOf(workbook, "sheet")) {
    const target = targets.get(s["r:id"] ?? "");
    if (s["name"] !== undefined && target !== undefined)
      parts.set(s["name"], resolveTarget("xl", target));
  }
  return parts;
}

/** Adds a relationship to a rels part (created if absent), with an id the part does not use yet. */
function withRelationship(
  xml: string | undefined,
  type: string,
  target: string
): { xml: string; id: string } {
  const existing: Relationship[] = tagsOf(xml ?? "", "Relationship").map((r) => ({
    id: r["Id"] ?? "",
    type: r["Type"] ?? "",
    target: r["Target"] ?? "",
  }));
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = el("Relationship", { Id: id, Type: type, Target: target });
  if (xml === undefined) return { xml: relationshipsXml([{ id, type, target }]), id };
  return { xml: xml.replace(/<\/Relationships>\s*$/, `${entry}</Relationships>`), id };
}

/** Elements that CT_Worksheet lists after <drawing> (ECMA-376 Part 1, §18.3.1.99). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Puts `<drawing r:id>` where the worksheet schema wants it: before the first later element. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const dataEnd = Math.max(sheetXml.indexOf("</sheetData>"), sheetXml.indexOf("<sheetData/>"));
  if (dataEnd < 0) throw new Error("worksheet has no sheetData");
  const tail = sheetXml.slice(dataEnd);
  if (/<drawing[\s/>]/.test(tail)) throw new Error("worksheet already has a drawing");
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const i = tail.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && dataEnd + i < at) at = dataEnd + i;
  }
  if (at < 0) throw new Error("worksheet has no end tag");
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${esc(relId)}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml))
    xml = xml.replace(
      /<worksheet\b/,
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    );
  return xml;
}

function withOverrides(xml: string, parts: readonly { part: string; type: string }[]): string {
  const have = new Set(tagsOf(xml, "Override").map((o) => o["PartName"]));
  const add = parts
    .filter((p) => !have.has(`/${p.part}`))
    .map((p) => el("Override", { PartName: `/${p.part}`, ContentType: p.type }))
    .join("");
  return xml.replace(/<\/Types>\s*$/, `${add}</Types>`);
}

/** The first `${prefix}N${suffix}` not in the package. */
function freeName(zip: JSZip, prefix: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (zip.file(name) === null && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const base = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/**
 * Adds the charts to the package: each chart sits on `spec.sheet ?? spec.data.sheet`, and every
 * sheet it names must exist. Returns the new package, every part deflated (../zip.ts: the given
 * package may store its parts uncompressed); throws on an unknown sheet or a bad spec.
 */
export async function addChartParts(
  xlsx: Uint8Array,
  specs: readonly ChartSpec[],
  options: ChartPartsOptions
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = await sheetParts(zip);
  const ids = new Set<string>();
  const bySheet = new Map<string, ChartSpec[]>();
  for (const spec of specs) {
    if (ids.has(spec.id)) throw new Error(`chart "${spec.id}": id used twice`);
    ids.add(spec.id);
    for (const name of [spec.data.sheet, spec.sheet ?? spec.data.sheet])
      if (!sheets.has(name)) throw new Error(`chart "${spec.id}": no sheet named "${name}"`);
    const host = spec.sheet ?? spec.data.sheet;
    bySheet.set(host, [...(bySheet.get(host) ?? []), spec]);
  }
  const taken = new Set<string>();
  const types: { part: string; type: string }[] = [];
  const cells = options.cells ?? {};
  for (const [sheet, charts] of bySheet) {
    const sheetPart = sheets.get(sheet) ?? "";
    const drawingPart = freeName(zip, "xl/drawings/drawing", ".xml", taken);
    const drawingRels: Relationship[] = [];
    const anchors: Anchor[] = [];
    for (const spec of charts) {
      const chartPart = freeName(zip, "xl/charts/chart", ".xml", taken);
      zip.file(chartPart, chartXml(spec, { cells, lang: options.lang }));
      types.push({ part: chartPart, type: CONTENT_TYPE.chart });
      const relId = `rId${drawingRels.length + 1}`;
      drawingRels.push({ id: relId, type: REL.chart, target: `../charts/${base(chartPart)}` });
      anchors.push({
        name: spec.id,
        description: spec.title,
        topLeft: spec.topLeft,
        bottomRight: spec.bottomRight,
        relId,
      });
    }
    zip.file(drawingPart, drawingXml(anchors));
    zip.file(relsPathOf(drawingPart), relationshipsXml(drawingRels));
    types.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
    const sheetRelsPath = relsPathOf(sheetPart);
    const rel = withRelationship(
      await text(zip, sheetRelsPath),
      REL.drawing,
      `../drawings/${base(drawingPart)}`
    );
    zip.file(sheetRelsPath, rel.xml);
    zip.file(sheetPart, insertDrawingElement((await text(zip, sheetPart)) ?? "", rel.id));
  }
  const contentTypes = (await text(zip, "[Content_Types].xml")) ?? "";
  zip.file("[Content_Types].xml", withOverrides(contentTypes, types));
  return deflatedPackage(zip);
}

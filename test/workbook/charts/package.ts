/**
 * Reads the chart wiring of an .xlsx for the tests: sheets and their parts, each sheet's drawing
 * and its anchors, each chart part with its series references, and the content types. Parsed
 * with test/manifest/xml.ts (no XML package).
 */
import JSZip from "jszip";
import { child, findAll, localName, parseXml, type XmlElement } from "../../manifest/xml";

export interface ChartInPackage {
  readonly part: string;
  readonly xml: string;
  readonly root: XmlElement;
  /** The shape name in the drawing (the spec's id). */
  readonly name: string;
  readonly from: { col: number; row: number };
  readonly to: { col: number; row: number };
  /** Every <c:f> in the chart, in document order. */
  readonly refs: readonly string[];
}

export interface SheetInPackage {
  readonly name: string;
  readonly part: string;
  readonly xml: string;
  readonly drawing?: string;
  readonly charts: readonly ChartInPackage[];
}

export interface Package {
  readonly zip: JSZip;
  readonly files: readonly string[];
  readonly contentTypes: ReadonlyMap<string, string>;
  readonly sheets: readonly SheetInPackage[];
  text(path: string): Promise<string>;
}

const resolve = (folder: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter((p) => p !== "");
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
};
const folderOf = (p: string): string => p.slice(0, p.lastIndexOf("/"));
const relsOf = (p: string): string =>
  `${folderOf(p)}/_rels/${p.slice(p.lastIndexOf("/") + 1)}.rels`;

async function rels(
  zip: JSZip,
  part: string
): Promise<Map<string, { type: string; target: string }>> {
  const xml = await zip.file(relsOf(part))?.async("string");
  const out = new Map<string, { type: string; target: string }>();
  if (xml === undefined) return out;
  for (const r of parseXml(xml).children)
    out.set(r.attrs["Id"] ?? "", {
      type: r.attrs["Type"] ?? "",
      target: resolve(folderOf(part), r.attrs["Target"] ?? ""),
    });
  return out;
}

const num = (el: XmlElement | undefined): number => Number(el?.text ?? NaN);

export async function readPackage(data: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(data);
  const text = async (path: string): Promise<string> => {
    const f = zip.file(path);
    if (f === null) throw new Error(`no part ${path}`);
    return f.async("string");
  };
  const contentTypes = new Map<string, string>();
  for (const o of parseXml(await text("[Content_Types].xml")).children)
    if (localName(o.name) === "Override")
      contentTypes.set(o.attrs["PartName"] ?? "", o.attrs["ContentType"] ?? "");
  const workbookRels = await rels(zip, "xl/workbook.xml");
  const workbook = parseXml(await text("xl/workbook.xml"));
  const sheets: SheetInPackage[] = [];
  for (const s of findAll(workbook, (e) => localName(e.name) === "sheet")) {
    const part = workbookRels.get(s.attrs["r:id"] ?? "")?.target ?? "";
    const xml = await text(part);
    const drawingEl = findAll(parseXml(xml), (e) => e.name === "drawing")[0];
    const sheetRels = await rels(zip, part);
    const drawing = drawingEl ? sheetRels.get(drawingEl.attrs["r:id"] ?? "")?.target : undefined;
    const charts: ChartInPackage[] = [];
    if (drawing !== undefined) {
      const drawingRels = await rels(zip, drawing);
      for (const anchor of parseXml(await text(drawing)).children) {
        const chartRef = findAll(anchor, (e) => e.name === "c:chart")[0];
        const chartPart = drawingRels.get(chartRef?.attrs["r:id"] ?? "")?.target ?? "";
        const chartXml = await text(chartPart);
        const root = parseXml(chartXml);
        const from = child(anchor, "from");
        const to = child(anchor, "to");
        charts.push({
          part: chartPart,
          xml: chartXml,
          root,
          name: findAll(anchor, (e) => e.name === "xdr:cNvPr")[0]?.attrs["name"] ?? "",
          from: { col: num(child(from, "col")), row: num(child(from, "row")) },
          to: { col: num(child(to, "col")), row: num(child(to, "row")) },
          refs: findAll(root, (e) => e.name === "c:f").map((f) => f.text),
        });
      }
    }
    sheets.push({ name: s.attrs["name"] ?? "", part, xml, drawing, charts });
  }
  const files = Object.keys(zip.files).filter((f) => !zip.files[f]?.dir);
  return { zip, files, contentTypes, sheets, text };
}

/** Top-level element names of a worksheet, in order. */
export function worksheetOrder(xml: string): string[] {
  return parseXml(xml).children.map((c) => c.name);
}

/** Cells present in a worksheet (with a value or a formula), by address. */
export function filledCells(xml: string): Set<string> {
  const out = new Set<string>();
  for (const c of findAll(parseXml(xml), (e) => e.name === "c"))
    if (c.children.some((k) => k.name === "v" || k.name === "f" || k.name === "is"))
      out.add(c.attrs["r"] ?? "");
  return out;
}

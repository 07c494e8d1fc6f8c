/**
 * Types values into cells of an .xlsx, as a user would, by editing the sheets' XML: each edited
 * cell keeps its style and loses any formula and cached result; nothing else in the file changes
 * (no ExcelJS read and write of the whole workbook). The cached results of the other formulas stay
 * as they were: an engine that opens the file recalculates them.
 */
import JSZip from "jszip";

export interface CellEdit {
  readonly sheet: string;
  /** One cell, A1 notation without `$`. */
  readonly address: string;
  /** null empties the cell (an optional input left blank), keeping its style. */
  readonly value: number | string | null;
}

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Sheet name → its part ("xl/worksheets/sheet3.xml"), from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const text = async (p: string): Promise<string> => (await zip.file(p)?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of (await text("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
    const part = targets.get(attr(m[0], "r:id") ?? "");
    if (part) parts.set(unescape(attr(m[0], "name") ?? ""), part);
  }
  return parts;
}

function cellXml(
  address: string,
  style: string | undefined,
  value: number | string | null
): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null) return `<c r="${address}"${s}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${address}: ${value} is not a cell value`);
    return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
  }
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

/** The file with each edit's value typed into its cell; throws for a cell the file does not have. */
export async function withCellValues(source: Buffer, edits: readonly CellEdit[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  const parts = await sheetParts(zip);
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  for (const [sheet, mine] of bySheet) {
    const part = parts.get(sheet);
    if (part === undefined) throw new Error(`no sheet ${sheet}`);
    let xml = (await zip.file(part)?.async("string")) ?? "";
    for (const e of mine) {
      if (!/^[A-Z]+\d+$/.test(e.address)) throw new Error(`not one cell: ${e.address}`);
      const cell = new RegExp(`<c r="${e.address}"(?=[\\s/>])([^>]*?)(?:/>|>[^]*?</c>)`);
      const found = cell.exec(xml);
      if (!found) throw new Error(`${sheet}!${e.address} is not in the file`);
      xml =
        xml.slice(0, found.index) +
        cellXml(e.address, attr(found[1] ?? "", "s"), e.value) +
        xml.slice(found.index + found[0].length);
    }
    zip.file(part, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

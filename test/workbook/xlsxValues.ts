/**
 * Reads the values an engine stored in an .xlsx (cached results of formulas included) straight
 * from the XML, because ExcelJS drops falsy formula results (FALSE, 0) when it reads a file.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";

export type CellReading = number | string | boolean | null | { error: string };
export type SheetValues = ReadonlyMap<string, CellReading>;

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

const attr = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

export async function readValues(path: string): Promise<Map<string, SheetValues>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = async (p: string): Promise<string> => (await zip.file(p)?.async("string")) ?? "";
  const shared = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([^]*?)<\/si>/g)].map((m) =>
    decode([...(m[1] ?? "").matchAll(/<t[^>]*>([^]*?)<\/t>/g)].map((t) => t[1] ?? "").join(""))
  );
  const rels = new Map<string, string>();
  for (const m of (await text("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) rels.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const result = new Map<string, SheetValues>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(attr(m[0], "name") ?? "");
    const rid = attr(m[0], "r:id") ?? "";
    const xml = await text(rels.get(rid) ?? "");
    const cells = new Map<string, CellReading>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([^]*?)<\/c>)/g)) {
      const head = c[1] ?? "";
      const body = c[2] ?? "";
      const address = attr(head, "r") ?? "";
      const t = attr(head, "t") ?? "n";
      const v = body.match(/<v>([^]*?)<\/v>/)?.[1];
      const inline = body.match(/<is>([^]*?)<\/is>/)?.[1];
      let value: CellReading = null;
      if (t === "inlineStr" && inline !== undefined) value = decode([...inline.matchAll(/<t[^>]*>([^]*?)<\/t>/g)].map((x) => x[1] ?? "").join(""));
      else if (v === undefined) value = null;
      else if (t === "s") value = shared[Number(v)] ?? "";
      else if (t === "str") value = decode(v);
      else if (t === "b") value = v.trim() !== "0";
      else if (t === "e") value = { error: decode(v) };
      else value = Number(v);
      cells.set(address, value);
    }
    result.set(name, cells);
  }
  return result;
}

export function isError(r: CellReading | undefined): r is { error: string } {
  return typeof r === "object" && r !== null && "error" in r;
}

export function valueAt(values: Map<string, SheetValues>, sheet: string, address: string): CellReading {
  const s = values.get(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.get(address) ?? null;
}

/** Every cell holding an error value, as "sheet!A1: #ERR". */
export function errorCells(values: Map<string, SheetValues>): string[] {
  const found: string[] = [];
  for (const [sheet, cells] of values) for (const [address, r] of cells) if (isError(r)) found.push(`${sheet}!${address}: ${r.error}`);
  return found;
}

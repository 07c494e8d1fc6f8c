/** PDF pages as pixels for the render checks: pdftoppm (poppler) output, read as binary PPM. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface Image {
  readonly width: number;
  readonly height: number;
  /** RGB triples, row by row. */
  readonly data: Uint8Array;
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Reads a binary PPM (P6, maxval 255). */
export function readPpm(path: string): Image {
  const buf = readFileSync(path);
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (i < buf.length && /\s/.test(String.fromCharCode(buf[i] ?? 32))) i++;
    if (buf[i] === 0x23) {
      while (i < buf.length && buf[i] !== 0x0a) i++;
      continue;
    }
    let token = "";
    while (i < buf.length && !/\s/.test(String.fromCharCode(buf[i] ?? 32)))
      token += String.fromCharCode(buf[i++] ?? 32);
    fields.push(token);
  }
  const [magic, w, h, max] = fields;
  if (magic !== "P6" || max !== "255") throw new Error(`${path}: not an 8-bit P6 PPM`);
  const width = Number(w);
  const height = Number(h);
  return { width, height, data: buf.subarray(i + 1, i + 1 + width * height * 3) };
}

/** Number of pages of a PDF (pdfinfo). */
export function pageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** The first page whose text contains `needle` (pdftotext), 1-based; 0 if none. */
export function pageWith(pdf: string, needle: string): number {
  const n = pageCount(pdf);
  for (let p = 1; p <= n; p++) {
    const text = execFileSync(
      "pdftotext",
      ["-f", String(p), "-l", String(p), "-layout", pdf, "-"],
      { encoding: "utf8" }
    );
    if (text.replace(/\s+/g, "").includes(needle.replace(/\s+/g, ""))) return p;
  }
  return 0;
}

/** Renders one page to PPM at `dpi` and reads it. */
export function renderPage(pdf: string, page: number, dpi: number, prefix: string): Image {
  execFileSync("pdftoppm", [
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    prefix,
  ]);
  return readPpm(`${prefix}.ppm`);
}

const at = (img: Image, x: number, y: number): [number, number, number] => {
  const o = (y * img.width + x) * 3;
  return [img.data[o] ?? 255, img.data[o + 1] ?? 255, img.data[o + 2] ?? 255];
};

export const isInk = (rgb: readonly number[]): boolean => rgb.some((c) => c < 235);

/** Pixels in `box` for which `pred` holds. */
export function count(
  img: Image,
  box: Box,
  pred: (rgb: [number, number, number]) => boolean
): number {
  let n = 0;
  for (let y = Math.max(0, box.y0); y < Math.min(img.height, box.y1); y++)
    for (let x = Math.max(0, box.x0); x < Math.min(img.width, box.x1); x++)
      if (pred(at(img, x, y))) n++;
  return n;
}

/** Pixels close to a colour (RRGGBB) within a per-channel tolerance. */
export function near(hex: string, tolerance = 40): (rgb: [number, number, number]) => boolean {
  const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (rgb) => rgb.every((c, i) => Math.abs(c - (want[i] ?? 0)) <= tolerance);
}

/** Bounding box of the pixels where two same-sized images differ; null if identical. */
export function diffBox(a: Image, b: Image): Box | null {
  if (a.width !== b.width || a.height !== b.height) throw new Error("images differ in size");
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      const p = at(a, x, y);
      const q = at(b, x, y);
      if (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 30) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + 1);
        y1 = Math.max(y1, y + 1);
      }
    }
  return x1 < 0 ? null : { x0, y0, x1, y1 };
}

/** Bounding box of all ink on a page. */
export function inkBox(img: Image): Box | null {
  const white: Image = {
    width: img.width,
    height: img.height,
    data: new Uint8Array(img.data.length).fill(255),
  };
  return diffBox(img, white);
}

/**
 * Runs of consecutive positions whose ink count is positive, along x (axis "x": per column of
 * pixels) or y, inside `box`; white gaps narrower than `minGap` pixels do not split a run.
 */
export function inkRuns(
  img: Image,
  box: Box,
  axis: "x" | "y",
  minGap = 3
): { from: number; to: number }[] {
  const [a0, a1] = axis === "x" ? [box.x0, box.x1] : [box.y0, box.y1];
  const profile: number[] = [];
  for (let a = a0; a < a1; a++) {
    const line: Box = axis === "x" ? { ...box, x0: a, x1: a + 1 } : { ...box, y0: a, y1: a + 1 };
    profile.push(count(img, line, isInk));
  }
  const runs: { from: number; to: number }[] = [];
  let start = -1;
  let lastInk = -Infinity;
  profile.forEach((n, i) => {
    if (n === 0) return;
    if (start < 0) start = i;
    else if (i - lastInk > minGap) {
      runs.push({ from: a0 + start, to: a0 + lastInk + 1 });
      start = i;
    }
    lastInk = i;
  });
  if (start >= 0) runs.push({ from: a0 + start, to: a0 + lastInk + 1 });
  return runs;
}

/** The text of one PDF page, all whitespace removed. */
export function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, "");
}

/** Renders one page to PNG (for people to look at). */
export function renderPng(pdf: string, page: number, dpi: number, prefix: string): void {
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    prefix,
  ]);
}

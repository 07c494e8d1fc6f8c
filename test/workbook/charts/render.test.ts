/**
 * LibreOffice (an engine we did not write) opens the standalone workbook and draws its charts:
 * on the dashboard page, the value chart left, the tornado right and the NPV histogram across
 * the page below, each inked in its colours (the value chart's red D threshold, the tornado's
 * orange and blue ends, the histogram's blue), and their titles in the page's text (absent from
 * the same file without charts). LibreOffice saving the file as .xlsx again keeps the charts.
 * PNGs of the renders are left in test-artifacts/charts for a look.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addChartParts } from "../../../src/workbook/charts";
import { cellsOf, parseCell } from "../../../src/workbook/charts/refs";
import { evaluateWorkbook } from "../../../src/workbook/calc/workbook";
import { EDITIONS, templateContract, type Edition } from "../../../src/workbook";
import { sharedWorkbook } from "../../support/workbooks";
import { DASHBOARD_TEXT } from "../../../src/workbook/layout/dashboard";
import { resolveLayout } from "../../../src/workbook/layout/resolve";
import { textIn } from "../../../src/workbook/layout/types";
import { CHART_COLORS } from "../../../src/workbook/styles";
import { recalculate } from "../libreoffice";
import { chartFreeAtSameExtent } from "./extent";
import { readPackage } from "./package";
import {
  count,
  inkBox,
  inkRuns,
  isInk,
  near,
  pageText,
  pageWith,
  renderPage,
  renderPng,
  type Box,
  type Image,
} from "./pixels";
import { combo, lookup, pie, sourceWorkbook, tornado } from "./sample";

const DIR = join("test-artifacts", "charts");
const DPI = 80;

interface Rendered {
  readonly pdf: string;
  readonly bare: string;
  readonly roundTrip: string;
}
const files = new Map<Edition | "sample", Rendered>();

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, "in"), { recursive: true });
  const inputs: string[] = [];
  const bare: string[] = [];
  for (const edition of EDITIONS) {
    const withCharts = join(DIR, "in", `charts-${edition}.xlsx`);
    const without = join(DIR, "in", `bare-${edition}.xlsx`);
    writeFileSync(withCharts, await sharedWorkbook({ edition }));
    writeFileSync(without, await chartFreeAtSameExtent(edition));
    inputs.push(withCharts);
    bare.push(without);
  }
  const sample = join(DIR, "in", "charts-sample.xlsx");
  writeFileSync(
    sample,
    await addChartParts(await sourceWorkbook(), [tornado, combo, pie], {
      lang: "en-US",
      cells: { value: lookup },
    })
  );
  inputs.push(sample);
  const pdfs = await recalculate([...inputs, ...bare], join(DIR, "pdf"), "pdf");
  const trips = await recalculate(inputs, join(DIR, "roundtrip"), "xlsx");
  for (const [i, key] of [...EDITIONS, "sample" as const].entries())
    files.set(key, {
      pdf: pdfs[i] ?? "",
      bare: pdfs[inputs.length + i] ?? "",
      roundTrip: trips[i] ?? "",
    });
});

const rendered = (key: Edition | "sample"): Rendered => {
  const r = files.get(key);
  if (!r) throw new Error(`not rendered: ${key}`);
  return r;
};

/** Black where two renders of the same page differ, white elsewhere. */
function differenceMask(a: Image, b: Image): Image {
  if (a.width !== b.width || a.height !== b.height) throw new Error("pages differ in size");
  const data = new Uint8Array(a.data.length).fill(255);
  for (let i = 0; i < a.data.length; i += 3) {
    const d =
      Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) +
      Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)) +
      Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0));
    if (d > 30) data.fill(0, i, i + 3);
  }
  return { width: a.width, height: a.height, data };
}

/**
 * Charts in reading order: bands of charts whose rows overlap (side by side), top to bottom;
 * left to right within a band.
 */
function byBand<T extends { readonly topLeft: string; readonly bottomRight: string }>(
  charts: readonly T[]
): T[] {
  const bands: T[][] = [];
  let bottom = 0;
  for (const c of [...charts].sort((a, b) => parseCell(a.topLeft).row - parseCell(b.topLeft).row)) {
    if (bands.length === 0 || parseCell(c.topLeft).row > bottom) bands.push([]);
    bands[bands.length - 1]?.push(c);
    bottom = Math.max(bands.length === 0 ? 0 : bottom, parseCell(c.bottomRight).row);
  }
  return bands.flatMap((band) =>
    band.sort((a, b) => parseCell(a.topLeft).col - parseCell(b.topLeft).col)
  );
}

/** Share of a box's pixels that carry ink. */
function inkShare(img: Image, box: Box): number {
  return count(img, box, isInk) / Math.max(1, (box.x1 - box.x0) * (box.y1 - box.y0));
}

describe.each(EDITIONS)("LibreOffice draws the %s dashboard's charts", (edition) => {
  const contract = templateContract(edition);
  // Charts by band (the band of charts side by side, then the full-width histogram below), left
  // to right within a band: the boxes' order below.
  // The first page's charts; the value bridge prints on the dashboard's second page (below).
  const charts = byBand(resolveLayout(edition).charts.filter((c) => c.id !== "valueBridge"));
  let page = 0;
  let img: Image;
  let boxes: Box[] = [];

  beforeAll(() => {
    const { pdf, bare } = rendered(edition);
    const title = textIn(DASHBOARD_TEXT.title, edition);
    page = pageWith(pdf, title);
    expect(page, "dashboard page").toBeGreaterThan(0);
    img = renderPage(pdf, page, DPI, join(DIR, `dashboard-${edition}`));
    renderPng(pdf, page, 150, join(DIR, `look-dashboard-${edition}`));
    // The same page without charts has the same cells at the same scale: what differs is charts.
    const without = renderPage(bare, pageWith(bare, title), DPI, join(DIR, `bare-${edition}`));
    const mask = differenceMask(img, without);
    const all = inkBox(mask);
    if (!all) throw new Error("the charts drew nothing");
    for (const band of inkRuns(mask, all, "y", 8)) {
      const strip: Box = { x0: all.x0, x1: all.x1, y0: band.from, y1: band.to };
      for (const c of inkRuns(mask, strip, "x", 8))
        boxes.push({ x0: c.from, x1: c.to, y0: band.from, y1: band.to });
    }
  });

  it("draws the value chart left, the tornado right, and the NPV histogram across the page below", () => {
    expect(boxes).toHaveLength(charts.length);
    const [left, right, below] = boxes as [Box, Box, Box];
    expect(left.x1).toBeLessThan(right.x0);
    expect(Math.max(left.y1, right.y1)).toBeLessThan(below.y0);
    expect(below.x1 - below.x0).toBeGreaterThan(right.x1 - left.x0 - 50);
    expect(charts.map((c) => c.id)).toEqual(["planThreshold", "tornado", "npvHistogram"]);
  });

  it("draws each chart inked, in its colours", () => {
    const results = evaluateWorkbook(resolveLayout(edition)).values;
    charts.forEach((spec, i) => {
      const box = boxes[i] as Box;
      expect(inkShare(img, box), `${spec.id}: ink`).toBeGreaterThan(0.04);
      // A series that is 0 in every cell at these inputs draws nothing.
      const drawn = spec.series.filter((s) =>
        cellsOf(s.values).some((a) => {
          const v = results.get(spec.data.sheet)?.get(a);
          return typeof v === "number" && v !== 0;
        })
      );
      expect(drawn.length, `${spec.id}: some series has values`).toBeGreaterThan(0);
      const colours = new Set([...drawn.map((s) => s.color), ...(spec.pointColors ?? [])]);
      for (const rgb of colours)
        expect(count(img, box, near(rgb, 30)), `${spec.id}: colour ${rgb}`).toBeGreaterThan(20);
    });
    // What a reader looks for: the red D threshold, the tornado's two ends, the histogram's blue.
    const box = (id: string): Box => boxes[charts.findIndex((c) => c.id === id)] as Box;
    expect(count(img, box("planThreshold"), near(CHART_COLORS.red, 30))).toBeGreaterThan(20);
    expect(count(img, box("tornado"), near(CHART_COLORS.orange, 30))).toBeGreaterThan(100);
    expect(count(img, box("tornado"), near(CHART_COLORS.blue, 30))).toBeGreaterThan(100);
    expect(count(img, box("npvHistogram"), near(CHART_COLORS.blue, 30))).toBeGreaterThan(100);
  });

  it("prints every chart's title, the years and the tornado's drivers: text the file without charts lacks", () => {
    const { pdf, bare } = rendered(edition);
    const title = textIn(DASHBOARD_TEXT.title, edition);
    const text = pageText(pdf, page);
    const without = pageText(bare, pageWith(bare, title));
    const times = (hay: string, needle: string): number => hay.split(needle).length - 1;
    // A chart title may repeat a block's title: count, don't just look.
    for (const spec of charts) {
      const t = spec.title.replace(/\s+/g, "");
      expect(times(text, t), spec.id).toBe(times(without, t) + 1);
    }
    // The tornado's driver names sit below the printed page: only the chart prints them.
    const tornado = charts.find((c) => c.id === "tornado");
    const results = evaluateWorkbook(resolveLayout(edition)).values;
    const drivers = cellsOf(tornado?.categories ?? "").map((a) =>
      String(results.get(contract.dashboardSheet)?.get(a)).replace(/\s+/g, "")
    );
    expect(drivers).toHaveLength(11);
    // Category labels in the cells' year format: once in the role path's header, once on the
    // value chart's axis (and where a driver's name or a title holds one: 第5年保有量).
    const year5 = edition === "zh-CN" ? "第5年" : "Year5";
    const inText = [...drivers, ...charts.map((c) => c.title.replace(/\s+/g, ""))].reduce(
      (n, d) => n + times(d, year5),
      0
    );
    expect(times(text, year5)).toBe(times(without, year5) + 1 + inText);
    for (const d of drivers)
      expect(times(text, d) - times(without, d), d).toBeGreaterThanOrEqual(1);
  });

  it("draws the value bridge on the second page: blue rises, the orange fall, navy totals", () => {
    const { pdf, bare } = rendered(edition);
    const bridge = resolveLayout(edition).charts.find((c) => c.id === "valueBridge");
    expect(bridge?.series[0]?.hidden).toBe(true);
    // The chart's title prints only where the chart is; the file without charts lacks it.
    const second = pageWith(pdf, bridge?.title ?? "");
    expect(second).toBeGreaterThan(page);
    const img2 = renderPage(pdf, second, DPI, join(DIR, `bridge-${edition}`));
    renderPng(pdf, second, 150, join(DIR, `look-bridge-${edition}`));
    const without = renderPage(bare, second, DPI, join(DIR, `bare-bridge-${edition}`));
    const all: Box = { x0: 0, y0: 0, x1: img2.width, y1: img2.height };
    const more = (rgb: string): number =>
      count(img2, all, near(rgb, 30)) - count(without, all, near(rgb, 30));
    expect(more(CHART_COLORS.blue), "rises").toBeGreaterThan(100);
    expect(more(CHART_COLORS.orange), "the traditional service's fall").toBeGreaterThan(20);
    expect(more(CHART_COLORS.navy), "today and year 5").toBeGreaterThan(100);
  });

  it("keeps the charts when LibreOffice saves the file as .xlsx again", async () => {
    const pkg = await readPackage(readFileSync(rendered(edition).roundTrip));
    const dashboard = pkg.sheets.find((s) => s.name === contract.dashboardSheet);
    // every chart of the layout, the second page's bridge too
    expect(dashboard?.charts.length).toBe(resolveLayout(edition).charts.length);
    for (const chart of dashboard?.charts ?? []) {
      expect(chart.refs.length, chart.part).toBeGreaterThan(0);
      for (const ref of chart.refs) expect(ref, chart.part).toContain(contract.dashboardSheet);
    }
  });
});

describe("LibreOffice draws the sample workbook's charts (tornado bars, combo, pie on another sheet)", () => {
  it("draws the tornado's orange and blue bars on its sheet", () => {
    const { pdf } = rendered("sample");
    const page = pageWith(pdf, "Battery life");
    expect(page).toBeGreaterThan(0);
    const img = renderPage(pdf, page, DPI, join(DIR, "sample-tornado"));
    renderPng(pdf, page, 150, join(DIR, "look-sample-tornado"));
    const all: Box = { x0: 0, y0: 0, x1: img.width, y1: img.height };
    expect(count(img, all, near(CHART_COLORS.orange, 30))).toBeGreaterThan(200);
    expect(count(img, all, near(CHART_COLORS.blue, 30))).toBeGreaterThan(200);
  });

  it("keeps all three charts through a LibreOffice .xlsx round trip", async () => {
    const pkg = await readPackage(readFileSync(rendered("sample").roundTrip));
    const ids = pkg.sheets.map((s) => [s.name, s.charts.length]);
    expect(ids).toEqual([
      ["Data assets", 1],
      ["仪表盘", 2],
      ["O'Brien's", 0],
    ]);
  });
});

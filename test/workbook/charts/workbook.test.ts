/**
 * The standalone planning workbook carries its charts, correctly wired, in both editions; the
 * task-pane templates carry none (nor drawings, comments, pivots or slicers: Excel on the web
 * refuses insertWorksheetsFromBase64 for a file that holds any of them).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { absoluteRef, cellsOf, parseCell, splitRef } from "../../../src/workbook/charts/refs";
import { EDITIONS, templateContract, templatePath, type Edition } from "../../../src/workbook";
import { chartCells } from "../../../src/workbook/generate";
import { sharedWorkbook } from "../../support/workbooks";
import { chartXml } from "../../../src/workbook/charts";
import { evaluateWorkbook } from "../../../src/workbook/calc/workbook";
import { resolveLayout } from "../../../src/workbook/layout/resolve";
import { findAll, localName, parseXml, type XmlElement } from "../../manifest/xml";
import { xmllint } from "../../support/xmllint";
import { filledCells, readPackage, type Package } from "./package";
import { orderProblems } from "./schemaOrder";

const packages = new Map<Edition, Package>();

beforeAll(async () => {
  for (const edition of EDITIONS)
    packages.set(edition, await readPackage(await sharedWorkbook({ edition })));
});

describe.each(EDITIONS)("the standalone %s workbook's charts", (edition) => {
  const layout = resolveLayout(edition);
  const contract = templateContract(edition);
  const pkg = (): Package => {
    const p = packages.get(edition);
    if (!p) throw new Error("not written");
    return p;
  };
  const dashboard = () => pkg().sheets.find((s) => s.name === contract.dashboardSheet);

  it("holds every chart of the layout, on the dashboard, in order, anchored where the spec says", () => {
    expect(layout.charts.map((c) => c.id)).toEqual([
      "planThreshold",
      "tornado",
      "npvHistogram",
      "valueBridge",
    ]);
    const charts = dashboard()?.charts ?? [];
    expect(charts.map((c) => c.name)).toEqual(layout.charts.map((c) => c.id));
    for (const [i, spec] of layout.charts.entries()) {
      const tl = parseCell(spec.topLeft);
      const br = parseCell(spec.bottomRight);
      expect(charts[i]?.from, spec.id).toEqual({ col: tl.col - 1, row: tl.row - 1 });
      expect(charts[i]?.to, spec.id).toEqual({ col: br.col, row: br.row });
    }
    // No other sheet has a drawing.
    expect(
      pkg()
        .sheets.filter((s) => s.drawing !== undefined)
        .map((s) => s.name)
    ).toEqual([contract.dashboardSheet]);
  });

  it("relates and declares every part: content types, one part per chart, rels resolving to parts", () => {
    const files = new Set(pkg().files);
    const charts = dashboard()?.charts ?? [];
    expect(new Set(charts.map((c) => c.part)).size).toBe(charts.length);
    for (const c of charts) {
      expect(files.has(c.part)).toBe(true);
      expect(pkg().contentTypes.get(`/${c.part}`)).toBe(
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      );
    }
    const drawing = dashboard()?.drawing ?? "";
    expect(files.has(drawing)).toBe(true);
    expect(pkg().contentTypes.get(`/${drawing}`)).toBe(
      "application/vnd.openxmlformats-officedocument.drawing+xml"
    );
    // Every chart and drawing part in the package is reachable from a sheet.
    const reachable = new Set([drawing, ...charts.map((c) => c.part)]);
    expect(
      pkg()
        .files.filter((f) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(f))
        .every((f) => reachable.has(f))
    ).toBe(true);
  });

  it("points every series, name and category at an existing, filled range on an existing sheet", () => {
    const sheets = new Map(pkg().sheets.map((s) => [s.name, filledCells(s.xml)]));
    const refs = (dashboard()?.charts ?? []).flatMap((c) =>
      c.refs.map((r) => [c.name, r] as const)
    );
    // A name, the categories and the values per series: the contribution chart's plan, status quo,
    // C and D lines (4), the tornado's downside and upside (2), the histogram's counts (1), the
    // bridge's invisible base, rises, falls (each with its part across 0) and totals (6).
    expect(refs.length).toBe(3 * (4 + 2 + 1 + 6));
    for (const [chart, ref] of refs) {
      const { sheet, address } = splitRef(ref);
      const filled = sheets.get(sheet);
      expect(filled, `${chart}: ${ref} names no sheet`).toBeDefined();
      for (const cell of cellsOf(address))
        expect(filled?.has(cell), `${chart}: ${ref} ${cell} is empty`).toBe(true);
      // Quoted as Excel reads it: the sheet name between apostrophes.
      expect(ref.startsWith(`'${contract.dashboardSheet}'!`)).toBe(true);
    }
  });

  it("draws the tornado as horizontal bars of each driver's change, sorted by swing, both ends", () => {
    const spec = layout.charts.find((c) => c.id === "tornado");
    if (!spec) throw new Error("no tornado");
    expect(spec.type).toBe("BarStacked");
    expect(spec.series).toHaveLength(2);
    const results = evaluateWorkbook(layout).values;
    const at = (address: string): unknown => results.get(spec.data.sheet)?.get(address);
    const [low = [], high = []] = spec.series.map((s) => cellsOf(s.values).map(at) as number[]);
    const labels = cellsOf(spec.categories).map(at);
    expect(labels).toHaveLength(11);
    const swings = low.map((l, i) => Math.abs((high[i] ?? 0) - l));
    // Sorted: the widest bar on top, and every bar spans zero (one end below, one above).
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    for (const [i, l] of low.entries())
      expect(l * (high[i] ?? 0), String(labels[i])).toBeLessThanOrEqual(0);
    // The top bar is the plan analysis sheet's largest incremental swing (MODEL.md §11.5:
    // Out_TornadoIncremental_MaxSwing), in the dashboard's unit; its label is that driver's.
    const max = contract.names.Out_TornadoIncremental_MaxSwing;
    const unit = edition === "zh-CN" ? 1e8 : 1e6;
    expect((swings[0] ?? 0) * unit).toBeCloseTo(
      results.get(max.sheet)?.get(max.address) as number,
      0
    );
    expect(labels[0]).toBe(edition === "zh-CN" ? "2 目标保有量" : "2 Target fleet");
  });

  it("references exactly the cells of each spec (names, categories, values)", () => {
    for (const [i, spec] of layout.charts.entries()) {
      const chart = dashboard()?.charts[i];
      const expected = spec.series.flatMap((s) => [
        absoluteRef(spec.data.sheet, s.nameAddress),
        absoluteRef(spec.data.sheet, spec.categories),
        absoluteRef(spec.data.sheet, s.values),
      ]);
      expect(chart?.refs, spec.id).toEqual(expected);
    }
  });

  it("caches the series names, the categories and every value the evaluator computed", () => {
    const results = evaluateWorkbook(layout).values;
    for (const [i, spec] of layout.charts.entries()) {
      const root = dashboard()?.charts[i]?.root;
      if (!root) throw new Error("no chart");
      const names = findAll(root, (e) => e.name === "c:tx")
        .flatMap((tx) => findAll(tx, (e) => e.name === "c:v"))
        .map((v) => v.text);
      expect(names, spec.id).toEqual(spec.series.map((s) => s.name));
      const cats = findAll(root, (e) => e.name === "c:cat")[0];
      expect(cats && findAll(cats, (e) => e.name === "c:pt").length, spec.id).toBe(
        cellsOf(spec.categories).length
      );
      const caches = findAll(root, (e) => e.name === "c:val").map(
        (v) => findAll(v, (e) => e.name === "c:numCache")[0]
      );
      spec.series.forEach((s, k) => {
        const cache = caches[k];
        expect(cache, `${spec.id} ${s.name}`).toBeDefined();
        const points = findAll(cache as XmlElement, (e) => e.name === "c:v").map((v) =>
          Number(v.text)
        );
        const want = cellsOf(s.values).map((a) => results.get(spec.data.sheet)?.get(a));
        expect(
          want.every((v) => typeof v === "number"),
          `${spec.id} ${s.name}`
        ).toBe(true);
        expect(points, `${spec.id} ${s.name}`).toEqual(want);
      });
    }
  });

  it("caches computed values once given (the hook for formula results), with the cells' format", () => {
    // A stand-in for the formula evaluator: any number per cell will do for the wiring.
    const computed = (sheet: string, address: string): number | undefined =>
      sheet === contract.dashboardSheet
        ? parseCell(address).row * 100 + parseCell(address).col
        : undefined;
    const cells = chartCells(layout, computed);
    for (const spec of layout.charts) {
      const root = parseXml(chartXml(spec, { lang: edition, cells }));
      const caches = findAll(root, (e) => e.name === "c:val").map(
        (v) => findAll(v, (e) => e.name === "c:numCache")[0]
      );
      spec.series.forEach((s, i) => {
        const cache = caches[i];
        expect(cache, `${spec.id} ${s.name}`).toBeDefined();
        const pts = findAll(cache as XmlElement, (e) => e.name === "c:v").map((v) =>
          Number(v.text)
        );
        expect(pts).toEqual(cellsOf(s.values).map((a) => computed(spec.data.sheet, a)));
        const format = findAll(cache as XmlElement, (e) => e.name === "c:formatCode")[0]?.text;
        expect(format).toBe(cells.format?.(spec.data.sheet, cellsOf(s.values)[0] ?? ""));
      });
    }
  });

  it("covers none of the dashboard's cells, no chart covers another, all inside the print area", async () => {
    const sheet = dashboard();
    const charts = sheet?.charts ?? [];
    const covers = (c: (typeof charts)[number], col: number, row: number): boolean =>
      col >= c.from.col + 1 && col <= c.to.col && row >= c.from.row + 1 && row <= c.to.row;
    for (const address of filledCells(sheet?.xml ?? "")) {
      const { col, row } = parseCell(address);
      for (const c of charts)
        expect(covers(c, col, row), `${c.name} covers ${address}`).toBe(false);
    }
    for (const a of charts)
      for (const b of charts)
        if (a !== b) {
          const apart =
            a.to.col <= b.from.col ||
            b.to.col <= a.from.col ||
            a.to.row <= b.from.row ||
            b.to.row <= a.from.row;
          expect(apart, `${a.name} and ${b.name} overlap`).toBe(true);
        }
    const workbook = parseXml(await pkg().text("xl/workbook.xml"));
    const printArea = findAll(
      workbook,
      (e) => e.name === "definedName" && e.attrs["name"] === "_xlnm.Print_Area"
    ).map((e) => e.text);
    const area = printArea.map((t) => splitRef(t)).find((r) => r.sheet === contract.dashboardSheet);
    expect(area).toBeDefined();
    const [tl = "A1", br = "A1"] = (area?.address ?? "").split(":");
    for (const c of charts) {
      expect(c.from.col + 1).toBeGreaterThanOrEqual(parseCell(tl).col);
      expect(c.to.col).toBeLessThanOrEqual(parseCell(br).col);
      expect(c.to.row).toBeLessThanOrEqual(parseCell(br).row);
    }
  });

  it("writes well-formed XML in every part the chart writer touched (xmllint --noout)", async () => {
    const sheet = dashboard();
    expect(sheet?.drawing).toBeDefined();
    expect(sheet?.charts).toHaveLength(layout.charts.length);
    const parts = [
      "[Content_Types].xml",
      sheet?.part ?? "",
      (sheet?.part ?? "").replace("worksheets/", "worksheets/_rels/") + ".rels",
      sheet?.drawing ?? "",
      (sheet?.drawing ?? "").replace("drawings/", "drawings/_rels/") + ".rels",
      ...(sheet?.charts ?? []).map((c) => c.part),
    ];
    const files = new Set(pkg().files);
    for (const part of parts) {
      expect(files.has(part), `${part} is in the package`).toBe(true);
      const text = await pkg().text(part);
      expect(text.length, part).toBeGreaterThan(0);
      // Well-formed and every prefix declared: xmllint exits 0 and reports nothing.
      expect({ part, ...xmllint(text, part) }).toEqual({ part, status: 0, report: "" });
    }
  });

  it("follows ECMA-376 element order in the charts, the drawing and the dashboard sheet", async () => {
    const sheet = dashboard();
    expect(orderProblems(parseXml(sheet?.xml ?? ""))).toEqual([]);
    expect(orderProblems(parseXml(await pkg().text(sheet?.drawing ?? "")))).toEqual([]);
    for (const c of sheet?.charts ?? []) expect(orderProblems(c.root), c.name).toEqual([]);
  });

  it("titles its charts in the edition's language", () => {
    const titles = (dashboard()?.charts ?? []).map((c) =>
      findAll(c.root, (e) => e.name === "a:t")
        .map((t) => t.text)
        .join("")
    );
    expect(titles).toEqual(layout.charts.map((c) => c.title));
    const cjk = titles.filter((t) => /[\u4e00-\u9fff]/.test(t.replace(/亿/g, "")));
    expect(cjk.length).toBe(edition === "zh-CN" ? titles.length : 0);
  });
});

describe("the task-pane bundle", () => {
  it("draws charts through the Excel API and carries no chart-part writer (Node only)", () => {
    const bundle = readFileSync(join("dist", "taskpane.js"), "utf8");
    expect(bundle).toContain("setXAxisValues");
    expect(bundle).not.toMatch(/c:chartSpace|JSZip|spreadsheetDrawing/);
  });
});

describe("npm run workbook", () => {
  it.each(EDITIONS)("writes the charts into the %s workbook", async (edition) => {
    const out = join(mkdtempSync(join(tmpdir(), "eco-cli-charts-")), `eco-${edition}.xlsx`);
    execFileSync("npx", ["tsx", "scripts/workbook.ts", "--out", out, "--lang", edition], {
      stdio: "pipe",
    });
    const pkg = await readPackage(readFileSync(out));
    const dashboard = pkg.sheets.find((s) => s.name === templateContract(edition).dashboardSheet);
    expect(dashboard?.charts.map((c) => c.name)).toEqual(
      resolveLayout(edition).charts.map((c) => c.id)
    );
  });
});

/** Parts and markers that make Excel on the web refuse insertWorksheetsFromBase64. */
async function forbiddenIn(data: Uint8Array): Promise<string[]> {
  const pkg = await readPackage(data);
  const found = pkg.files.filter((f) =>
    /^xl\/(charts|chartsheets|drawings|comments|threadedComments|persons|pivotTables|pivotCache|slicers|slicerCaches|timelines|timelineCaches)\b|comments\d*\.xml$/i.test(
      f
    )
  );
  for (const [part, type] of pkg.contentTypes)
    if (/chart|drawing|comments|pivot|slicer|timeline/i.test(type)) found.push(`${part}: ${type}`);
  for (const s of pkg.sheets)
    if (/<(drawing|legacyDrawing|legacyDrawingHF|picture)\b/.test(s.xml))
      found.push(`${s.name}: drawing element`);
  const workbook = await pkg.text("xl/workbook.xml");
  if (/pivotCaches|slicerCaches|timelineCaches/.test(workbook))
    found.push("workbook.xml: pivot/slicer caches");
  return found;
}

describe("the task-pane templates", () => {
  it.each(EDITIONS)(
    "generated with charts: false (%s) hold no chart, drawing, comment, pivot or slicer",
    async (edition) => {
      expect(await forbiddenIn(await sharedWorkbook({ edition, charts: false }))).toEqual([]);
    }
  );

  it("the standalone workbook does hold charts (the check above can fail)", async () => {
    const found = await forbiddenIn(await sharedWorkbook({ edition: "zh-CN" }));
    expect(found.some((f) => f.startsWith("xl/charts/"))).toBe(true);
  });

  it.each(["build/downloads", "dist/downloads"])(
    "in %s are the standalone workbooks: the same sheets, with the layout's charts (the pane's fallback download)",
    async (dir) => {
      for (const edition of EDITIONS) {
        const path = join(dir, `eco-planning-${edition}.xlsx`);
        expect(existsSync(path), `${path} (npm run build writes it)`).toBe(true);
        const pkg = await readPackage(readFileSync(path));
        const contract = templateContract(edition);
        expect(contract.downloadPath).toBe(`downloads/eco-planning-${edition}.xlsx`);
        expect(pkg.sheets.map((s) => s.name)).toEqual(contract.sheetNames);
        const dashboard = pkg.sheets.find((s) => s.name === contract.dashboardSheet);
        expect(dashboard?.charts.map((c) => c.name)).toEqual(contract.charts.map((c) => c.id));
      }
    }
  );

  it.each(["build/templates", "dist/templates"])(
    "in %s hold no chart, drawing, comment, pivot or slicer",
    async (dir) => {
      for (const edition of EDITIONS) {
        const path = join(dir, basename(templatePath(edition)));
        expect(existsSync(path), `${path} (npm run build writes it)`).toBe(true);
        expect(await forbiddenIn(readFileSync(path)), path).toEqual([]);
      }
    }
  );
});

/**
 * Excel crashes inserting a file whose workbook.xml has no activeTab (office-js #3346): every file
 * we produce names its active sheet in <bookViews>, and that sheet's view is the selected one.
 */
async function activeTabProblems(file: Buffer): Promise<string[]> {
  const pkg = await readPackage(file);
  const workbook = parseXml(await pkg.text("xl/workbook.xml"));
  const views = findAll(workbook, (el) => localName(el.name) === "workbookView");
  if (views.length === 0) return ["workbook.xml: no <bookViews><workbookView>"];
  const tab = views[0]?.attrs["activeTab"];
  if (tab === undefined || !/^\d+$/.test(tab)) return [`workbook.xml: activeTab ${String(tab)}`];
  const sheet = pkg.sheets[Number(tab)];
  if (!sheet) return [`workbook.xml: activeTab ${tab} of ${pkg.sheets.length} sheets`];
  const selected = pkg.sheets
    .filter(
      (s) =>
        findAll(parseXml(s.xml), (el) => localName(el.name) === "sheetView")[0]?.attrs[
          "tabSelected"
        ] === "1"
    )
    .map((s) => s.name);
  return selected.length === 1 && selected[0] === sheet.name
    ? []
    : [`tabSelected on ${selected.join(", ") || "no sheet"}, activeTab on ${sheet.name}`];
}

describe("every file we write names its active sheet (office-js #3346)", () => {
  it.each(EDITIONS)("templates and standalone workbooks, %s, as generated", async (edition) => {
    expect(await activeTabProblems(await sharedWorkbook({ edition, charts: false }))).toEqual([]);
    expect(await activeTabProblems(await sharedWorkbook({ edition }))).toEqual([]);
  });

  it.each(["build/templates", "dist/templates", "build/downloads", "dist/downloads"])(
    "the files in %s",
    async (dir) => {
      for (const edition of EDITIONS) {
        const path = dir.endsWith("templates")
          ? join(dir, basename(templatePath(edition)))
          : join(dir, `eco-planning-${edition}.xlsx`);
        expect(existsSync(path), `${path} (npm run build writes it)`).toBe(true);
        expect(await activeTabProblems(readFileSync(path)), path).toEqual([]);
      }
    }
  );
});

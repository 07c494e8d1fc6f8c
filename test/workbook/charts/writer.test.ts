/**
 * The chart-part writer (src/workbook/charts) on the small workbook of ./sample.ts: sheet names
 * with spaces, Chinese and apostrophes; a sheet with a note (comment) and a hyperlink, so the
 * <drawing> element must go between the schema's neighbours and the sheet's rels already exist.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { addChartParts, chartXml } from "../../../src/workbook/charts";
import { absoluteRef, cellsOf, splitRef } from "../../../src/workbook/charts/refs";
import type { ChartSpec } from "../../../src/workbook/contract";
import { findAll, parseXml } from "../../manifest/xml";
import { xmllint } from "../../support/xmllint";
import { readPackage, worksheetOrder, type Package } from "./package";
import { orderProblems } from "./schemaOrder";
import { CN, combo, DATA, lookup, pie, QUOTE, sourceWorkbook, tornado } from "./sample";

let pkg: Package;

beforeAll(async () => {
  const bytes = await addChartParts(await sourceWorkbook(), [tornado, combo, pie], {
    lang: "en-US",
    cells: { value: lookup, format: () => "0.00" },
  });
  pkg = await readPackage(bytes);
});

describe("references", () => {
  it("quotes every sheet name and doubles apostrophes", () => {
    expect(absoluteRef(DATA, "C4:C6")).toBe("'Data assets'!$C$4:$C$6");
    expect(absoluteRef(CN, "B3")).toBe("'仪表盘'!$B$3");
    expect(absoluteRef(QUOTE, "A2:A3")).toBe("'O''Brien''s'!$A$2:$A$3");
    expect(splitRef("'O''Brien''s'!$A$2:$A$3")).toEqual({ sheet: QUOTE, address: "A2:A3" });
    expect(cellsOf("Z9:AB10")).toEqual(["Z9", "AA9", "AB9", "Z10", "AA10", "AB10"]);
  });
});

describe("the package after addChartParts", () => {
  it("relates sheet → drawing → chart, and declares every new part's content type", () => {
    const bySheet = new Map(pkg.sheets.map((s) => [s.name, s]));
    expect(bySheet.get(DATA)?.charts.map((c) => c.name)).toEqual(["tornado"]);
    expect(bySheet.get(CN)?.charts.map((c) => c.name)).toEqual(["combo", "mix"]);
    expect(bySheet.get(QUOTE)?.drawing).toBeUndefined();
    const charts = pkg.sheets.flatMap((s) => s.charts);
    expect(new Set(charts.map((c) => c.part)).size).toBe(3);
    for (const c of charts)
      expect(pkg.contentTypes.get(`/${c.part}`)).toBe(
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      );
    for (const s of pkg.sheets.filter((x) => x.drawing))
      expect(pkg.contentTypes.get(`/${s.drawing ?? ""}`)).toBe(
        "application/vnd.openxmlformats-officedocument.drawing+xml"
      );
  });

  it("anchors each chart on the cells the spec names, the bottom-right cell covered", () => {
    const tornadoChart = pkg.sheets.flatMap((s) => s.charts).find((c) => c.name === "tornado");
    // F3 → zero-based column 5, row 2; M18 covered → the corner after it: column 13, row 18.
    expect(tornadoChart?.from).toEqual({ col: 5, row: 2 });
    expect(tornadoChart?.to).toEqual({ col: 13, row: 18 });
  });

  it("puts <drawing> in the worksheet schema's order: after the page setup, before the note's legacyDrawing", () => {
    const order = worksheetOrder(pkg.sheets.find((s) => s.name === CN)?.xml ?? "");
    const at = (name: string): number => order.indexOf(name);
    expect(at("drawing")).toBeGreaterThan(at("pageSetup"));
    expect(at("drawing")).toBeGreaterThan(at("hyperlinks"));
    expect(at("legacyDrawing")).toBeGreaterThan(at("drawing"));
    expect(order.filter((n) => n === "drawing")).toHaveLength(1);
  });

  it("keeps the sheet's existing relationships (note, hyperlink) and gives the drawing a new id", async () => {
    const part = pkg.sheets.find((s) => s.name === CN)?.part ?? "";
    const relsXml = await pkg.text(part.replace(/worksheets\//, "worksheets/_rels/") + ".rels");
    const rels = parseXml(relsXml).children.map((r) => r.attrs);
    const ids = rels.map((r) => r["Id"]);
    expect(new Set(ids).size).toBe(ids.length);
    const types = rels.map((r) => (r["Type"] ?? "").replace(/.*\//, ""));
    expect(types).toEqual(
      expect.arrayContaining(["hyperlink", "comments", "vmlDrawing", "drawing"])
    );
  });

  it("points series, names and categories at the intended cells, sheet names quoted", () => {
    const refs = (id: string): readonly string[] =>
      pkg.sheets.flatMap((s) => s.charts).find((c) => c.name === id)?.refs ?? [];
    expect(refs("tornado")).toEqual([
      "'Data assets'!$C$3",
      "'Data assets'!$B$4:$B$6",
      "'Data assets'!$C$4:$C$6",
      "'Data assets'!$D$3",
      "'Data assets'!$B$4:$B$6",
      "'Data assets'!$D$4:$D$6",
    ]);
    expect(refs("mix")).toEqual([
      "'O''Brien''s'!$B$1",
      "'O''Brien''s'!$A$2:$A$3",
      "'O''Brien''s'!$B$2:$B$3",
    ]);
    expect(refs("combo")).toContain("'仪表盘'!$C$4:$E$4");
  });

  it("is well-formed XML in every part it wrote (xmllint --noout)", async () => {
    const written = pkg.files.filter((f) =>
      /^xl\/(charts|drawings\/(_rels\/)?drawing)\d*|^xl\/worksheets\/(_rels\/)?sheet/.test(f)
    );
    expect(written.length).toBeGreaterThanOrEqual(3 + 2 + 2 + 3);
    for (const f of [...written, "[Content_Types].xml"]) {
      // Well-formed and every prefix declared: xmllint exits 0 and reports nothing.
      expect({ f, ...xmllint(await pkg.text(f), f) }).toEqual({ f, status: 0, report: "" });
    }
  });
});

describe("chart XML", () => {
  const xmlOf = (id: string): string =>
    pkg.sheets.flatMap((s) => s.charts).find((c) => c.name === id)?.xml ?? "";

  it("draws a tornado: stacked horizontal bars, categories top-down, value axis at the bottom", () => {
    const root = parseXml(xmlOf("tornado"));
    const one = (name: string): Record<string, string> =>
      findAll(root, (e) => e.name === name)[0]?.attrs ?? {};
    expect(one("c:barDir")["val"]).toBe("bar");
    expect(one("c:grouping")["val"]).toBe("stacked");
    expect(one("c:overlap")["val"]).toBe("100");
    const cat = findAll(root, (e) => e.name === "c:catAx")[0];
    const valAx = findAll(root, (e) => e.name === "c:valAx")[0];
    expect(cat && findAll(cat, (e) => e.name === "c:orientation")[0]?.attrs["val"]).toBe("maxMin");
    expect(cat && findAll(cat, (e) => e.name === "c:tickLblPos")[0]?.attrs["val"]).toBe("low");
    expect(valAx && findAll(valAx, (e) => e.name === "c:crosses")[0]?.attrs["val"]).toBe("max");
    expect(valAx && findAll(valAx, (e) => e.name === "c:numFmt")[0]?.attrs["formatCode"]).toBe(
      "#,##0.0"
    );
  });

  it("draws a combo: the line series in a lineChart on the bar chart's axes", () => {
    const root = parseXml(xmlOf("combo"));
    const bar = findAll(root, (e) => e.name === "c:barChart")[0];
    const line = findAll(root, (e) => e.name === "c:lineChart")[0];
    const axIds = (el: typeof bar): string[] =>
      el ? el.children.filter((c) => c.name === "c:axId").map((c) => c.attrs["val"] ?? "") : [];
    expect(axIds(bar)).toHaveLength(2);
    expect(axIds(line)).toEqual(axIds(bar));
    const idx = findAll(root, (e) => e.name === "c:ser").map((s) => s.children[0]?.attrs["val"]);
    expect(idx).toEqual(["0", "1"]);
    expect(line && findAll(line, (e) => e.name === "a:prstDash")[0]?.attrs["val"]).toBe("dash");
    expect(line && findAll(line, (e) => e.name === "a:srgbClr")[0]?.attrs["val"]).toBe("C00000");
  });

  it("writes Chinese titles with an East Asian typeface and the chart's language", () => {
    const root = parseXml(xmlOf("combo"));
    expect(findAll(root, (e) => e.name === "a:t").map((t) => t.text)).toEqual([
      "生态价值与 D 门槛",
    ]);
    const ea = findAll(root, (e) => e.name === "a:ea").map((e) => e.attrs["typeface"]);
    expect(ea.length).toBeGreaterThan(3);
    expect(new Set(ea)).toEqual(new Set(["Microsoft YaHei"]));
    expect(findAll(root, (e) => e.name === "c:lang")[0]?.attrs["val"]).toBe("en-US");
  });

  it("caches the values it is given: numbers (with the cell format), names and categories", () => {
    const root = parseXml(xmlOf("combo"));
    const caches = findAll(root, (e) => e.name === "c:numCache" || e.name === "c:strCache").map(
      (c) => c.children.filter((p) => p.name === "c:pt").map((p) => p.children[0]?.text)
    );
    expect(caches).toEqual([
      ["生态价值"],
      ["2025", "2026", "2027"],
      ["2.39", "6.68", "10.97"],
      ["D 门槛"],
      ["2025", "2026", "2027"],
      ["10", "10", "10"],
    ]);
    // Numeric categories (years) are a numRef with a format code.
    expect(findAll(root, (e) => e.name === "c:cat")[0]?.children[0]?.name).toBe("c:numRef");
  });

  it("leaves caches out where values are unknown, and everywhere without a lookup", () => {
    const partial = chartXml(combo, {
      lang: "zh-CN",
      cells: { value: (s, a) => (a.startsWith("B") ? lookup(s, a) : undefined) },
    });
    expect(findAll(parseXml(partial), (e) => e.name === "c:strCache")).toHaveLength(2);
    expect(findAll(parseXml(partial), (e) => e.name === "c:numCache")).toHaveLength(0);
    const bare = chartXml(combo, { lang: "zh-CN", cells: {} });
    expect(bare).not.toMatch(/Cache/);
  });

  it("colours each slice of a pie and labels percentages, in text that reads on the slice", () => {
    const root = parseXml(xmlOf("mix"));
    const inks = findAll(root, (e) => e.name === "c:dLbl").map((d) => [
      findAll(d, (e) => e.name === "c:idx")[0]?.attrs["val"],
      findAll(d, (e) => e.name === "a:srgbClr")[0]?.attrs["val"],
    ]);
    expect(inks).toEqual([
      ["0", "FFFFFF"],
      ["1", "262626"],
    ]);
    const dPt = findAll(root, (e) => e.name === "c:dPt");
    expect(dPt.map((d) => findAll(d, (e) => e.name === "a:srgbClr")[0]?.attrs["val"])).toEqual([
      "2E75B6",
      "A5A5A5",
    ]);
    expect(findAll(root, (e) => e.name === "c:showPercent")[0]?.attrs["val"]).toBe("1");
    expect(findAll(root, (e) => e.name === "c:catAx")).toHaveLength(0);
  });
});

describe("bad input fails with the chart's id and the reason", () => {
  it("rejects a series that is not the block's row or column", () => {
    const bad: ChartSpec = {
      ...combo,
      series: [combo.series[0]!, { ...combo.series[1]!, values: "C5:E5" }],
    };
    expect(() => chartXml(bad, { lang: "en-US", cells: {} })).toThrow(
      /chart "combo": series 2 .* must be C4:E4/
    );
  });
  it("rejects a line over horizontal bars, two series in a pie, a bad colour, a bad address", () => {
    const lineOnBars: ChartSpec = {
      ...tornado,
      series: [tornado.series[0]!, { ...tornado.series[1]!, type: "Line" }],
    };
    expect(() => chartXml(lineOnBars, { lang: "en-US", cells: {} })).toThrow(
      /tornado.*line series/
    );
    const twoSlices: ChartSpec = { ...pie, data: { sheet: QUOTE, address: "A2:B3" } };
    expect(() => chartXml(twoSlices, { lang: "en-US", cells: {} })).toThrow(/mix/);
    const colour: ChartSpec = { ...pie, pointColors: ["blue", "A5A5A5"] };
    expect(() => chartXml(colour, { lang: "en-US", cells: {} })).toThrow(/mix.*"blue"/);
    const address: ChartSpec = { ...combo, topLeft: "G0" };
    expect(() => chartXml(address, { lang: "en-US", cells: {} })).toThrow(/combo.*G0/);
  });
  it("rejects a chart on a sheet the workbook does not have, and a repeated id", async () => {
    const source = await sourceWorkbook();
    await expect(
      addChartParts(source, [{ ...combo, sheet: "Nope" }], { lang: "en-US" })
    ).rejects.toThrow(/combo.*"Nope"/);
    await expect(addChartParts(source, [combo, combo], { lang: "en-US" })).rejects.toThrow(
      /combo.*twice/
    );
  });
});

describe("ECMA-376 element order (what xmllint --noout does not check)", () => {
  it("holds in every chart, the drawings and the sheets that got a <drawing>", async () => {
    for (const s of pkg.sheets) {
      expect(orderProblems(parseXml(s.xml)), s.name).toEqual([]);
      if (s.drawing)
        expect(orderProblems(parseXml(await pkg.text(s.drawing))), s.drawing).toEqual([]);
      for (const c of s.charts) expect(orderProblems(c.root), c.part).toEqual([]);
    }
  });

  it("catches a misplaced element (the check can fail)", () => {
    const chart = pkg.sheets.flatMap((s) => s.charts)[0];
    const swapped = (chart?.xml ?? "").replace(
      /(<c:autoTitleDeleted val="0"\/>)(<c:title>.*?<\/c:title>)/s,
      "$2$1"
    );
    const moved = swapped.replace(
      "<c:autoTitleDeleted",
      '<c:plotVisOnly val="1"/><c:autoTitleDeleted'
    );
    expect(orderProblems(parseXml(moved)).length).toBeGreaterThan(0);
    const unknown = (chart?.xml ?? "").replace("<c:roundedCorners", "<c:bogus/><c:roundedCorners");
    expect(orderProblems(parseXml(unknown))).toEqual([expect.stringMatching(/bogus.*not allowed/)]);
  });
});

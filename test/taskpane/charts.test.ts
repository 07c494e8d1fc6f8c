/**
 * The task pane's chart step (src/taskpane/charts.ts) against the office-addin-mock host: every
 * field of a ChartSpec reaches the Excel API (series names, categories, colours, a combo's line,
 * slices, labels, legend, axis format, top-down bars), and nothing is asked of a series or slice
 * that Excel did not make.
 */
import { describe, expect, it } from "vitest";
import { addChart } from "../../src/taskpane/charts";
import type { ChartSpec } from "../../src/workbook/contract";
import { mockExcelRun } from "../fixtures/fake-excel/officeMock";
import { createState, type FakeChart, type FakeState } from "../fixtures/fake-excel/state";
import { fixtureContract } from "../fixtures/fake-excel/template";
import { EDITIONS, resolveLayout } from "../../src/workbook";

async function draw(specs: readonly ChartSpec[], sheets: readonly string[]): Promise<FakeState> {
  const state = createState(sheets, { sheets: [], names: [] });
  await mockExcelRun(state)(async (context) => {
    const sheetOf = (name: string): Excel.Worksheet => context.workbook.worksheets.getItem(name);
    for (const spec of specs) addChart(sheetOf, spec);
    await context.sync();
  });
  return state;
}

const chartOn = (state: FakeState, sheet: string, id: string): FakeChart | undefined =>
  state.sheets.find((s) => s.name === sheet)?.charts.find((c) => c.name === id);

describe("addChart (the pane's chart step)", () => {
  const contract = fixtureContract("zh-CN");
  const specs = contract.charts;

  it("draws a combo: columns, and the threshold as a dashed red line without markers", async () => {
    const state = await draw(specs, ["仪表板", "计算 模型"]);
    const plan = chartOn(state, "仪表板", "plan");
    expect(plan?.source).toBe("C13:G14");
    expect(plan?.series.map((s) => [s.name, s.chartType, s.categories])).toEqual([
      ["价值", "", "仪表板!C12:G12"],
      ["门槛", "Line", "仪表板!C12:G12"],
    ]);
    expect(plan?.series[0]?.fill).toBe("#2E75B6");
    expect(plan?.series[1]).toMatchObject({
      line: "#C00000",
      lineStyle: "Dash",
      markerStyle: "None",
      fill: "",
    });
    expect(plan?.valueAxisFormat).toBe("0.0");
    expect(plan?.legend).toBe("Bottom");
    expect(plan?.categoryAxis).toEqual({ reversed: false, position: "", tickLabels: "Low" });
  });

  it("puts a chart on another sheet than its data, with slice colours and percent labels", async () => {
    const state = await draw(specs, ["仪表板", "计算 模型"]);
    expect(state.sheets.find((s) => s.name === "计算 模型")?.charts).toEqual([]);
    const mix = chartOn(state, "仪表板", "mix");
    expect(mix?.type).toBe("Doughnut");
    expect(mix?.series).toHaveLength(1);
    expect(mix?.series[0]).toMatchObject({
      name: "收入",
      categories: "计算 模型!A3:A5",
      pointFills: ["#A5A5A5", "#2E75B6", "#ED7D31"],
      // Dark text on grey and orange, white on blue.
      pointLabelInk: ["#262626", "#FFFFFF", "#262626"],
      labels: "Percent",
    });
    expect(mix?.legend).toBe("Right");
    expect(mix?.valueAxisFormat).toBe("");
  });

  it("hides the legend and labels values when the spec says so", async () => {
    const state = await draw(specs, ["仪表板", "计算 模型"]);
    const streams = chartOn(state, "仪表板", "ecoStreams");
    expect(streams?.legend).toBe("None");
    expect(streams?.series[0]?.labels).toBe("Value");
  });

  it("lists horizontal bars top-down (a tornado sorted by swing reads from the top)", async () => {
    const tornado: ChartSpec = {
      id: "tornado",
      title: "Swing",
      type: "BarStacked",
      data: { sheet: "Plan", address: "C5:D9" },
      seriesBy: "Columns",
      categories: "B5:B9",
      series: [
        { name: "Low", nameAddress: "C4", values: "C5:C9", color: "ED7D31" },
        { name: "High", nameAddress: "D4", values: "D5:D9", color: "2E75B6" },
      ],
      numberFormat: "#,##0",
      legend: "Bottom",
      topLeft: "F4",
      bottomRight: "M20",
    };
    const state = await draw([tornado], ["Plan"]);
    const chart = chartOn(state, "Plan", "tornado");
    expect(chart?.categoryAxis).toEqual({ reversed: true, position: "Maximum", tickLabels: "Low" });
    expect(chart?.series.map((s) => [s.name, s.fill, s.categories])).toEqual([
      ["Low", "#ED7D31", "Plan!B5:B9"],
      ["High", "#2E75B6", "Plan!B5:B9"],
    ]);
  });

  it("fails, as Excel would, when the spec names more series than the block holds", async () => {
    const [first] = specs;
    if (!first) throw new Error("no chart");
    const bad: ChartSpec = { ...first, series: [...first.series, ...first.series] };
    await expect(draw([bad], ["仪表板", "计算 模型"])).rejects.toThrow(/no series 1/);
  });

  it.each(EDITIONS)(
    "%s: adds the simulation's NPV histogram (20 bins by COUNTIFS) as the standalone file's column chart",
    async (edition) => {
      const layout = resolveLayout(edition);
      const spec = layout.charts.find((c) => c.id === "npvHistogram");
      if (!spec) throw new Error("no histogram chart in the layout");
      const dashboard = layout.sheets.find((s) => s.key === "dashboard")?.name ?? "";
      const state = await draw([spec], [dashboard]);
      const chart = chartOn(state, dashboard, "npvHistogram");
      expect(chart?.type).toBe("ColumnClustered");
      expect(chart?.source).toBe(spec.data.address);
      expect(spec.data.address).toMatch(/^C(\d+):C(\d+)$/);
      const [, top, bottom] = /^C(\d+):C(\d+)$/.exec(spec.data.address) ?? [];
      expect(Number(bottom) - Number(top) + 1).toBe(20);
      expect(chart?.series).toHaveLength(1);
      expect(chart?.series[0]?.categories).toBe(`${dashboard}!${spec.categories}`);
      expect(chart?.legend).toBe("None");
    }
  );
});

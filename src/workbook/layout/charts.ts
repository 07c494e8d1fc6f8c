/**
 * Charts as layout data: a ChartLayout says what to draw over a table block (kind, which rows are
 * series, which series is a line, colours, legend, labels); resolveChart turns it and the block's
 * cells into the ChartSpec that both the .xlsx writer and the task pane draw. A new chart over any
 * block (e.g. the plan's tornado, sorted by swing: type "BarStacked") is one ChartLayout entry.
 */
import type { ChartKind, ChartSpec, Edition, LegendPosition } from "../contract";
import { CHART_COLORS, CHART_PALETTE, numberFormat, type ChartColor } from "../styles";
import { textIn, type Fmt, type Text } from "./types";

export interface ChartLayout {
  readonly id: string;
  readonly title: Text;
  readonly type: ChartKind;
  /** Rows: each row of the block is a series over the columns; Columns: the other way round. */
  readonly seriesBy: "Rows" | "Columns";
  /** Series (by key) drawn as a dashed line over the columns, on the same axes: thresholds. */
  readonly lines?: readonly string[];
  /** Colours by series key (pie, doughnut: by category key); the rest take the palette in order. */
  readonly colors?: Readonly<Record<string, ChartColor>>;
  /** Series (by key) drawn invisibly: a bridge's floating base (MODEL.md §11.7). */
  readonly hidden?: readonly string[];
  /** Default: below the plot. */
  readonly legend?: LegendPosition;
  readonly dataLabels?: "Value" | "Percent";
  /** How many rows tall the chart is where the layout stacks charts. */
  readonly heightRows: number;
}

/** A table block: a header row over value columns, a label column beside value rows. */
export interface ChartBlock {
  readonly sheet: string;
  readonly headerRow: number;
  readonly labelColumn: string;
  /** Value columns, left to right: key, column letter, header text. */
  readonly columns: readonly {
    readonly key: string;
    readonly column: string;
    readonly label: string;
  }[];
  /** Value rows, top to bottom: key, row number, label text. */
  readonly rows: readonly { readonly key: string; readonly row: number; readonly label: string }[];
  /** Format of the values: the value axis and value labels show it. */
  readonly fmt: Fmt;
}

export interface ChartPlace {
  readonly topLeft: string;
  readonly bottomRight: string;
  /** The sheet the chart sits on, when not the block's. */
  readonly sheet?: string;
}

export function resolveChart(
  chart: ChartLayout,
  block: ChartBlock,
  edition: Edition,
  place: ChartPlace
): ChartSpec {
  const first = block.columns[0];
  const last = block.columns[block.columns.length - 1];
  const top = block.rows[0];
  const bottom = block.rows[block.rows.length - 1];
  if (!first || !last || !top || !bottom)
    throw new Error(`layout: chart ${chart.id} has an empty block`);
  const byRows = chart.seriesBy === "Rows";
  // Named colours first; the other series (or slices) take the palette in order, skipping those.
  const named = new Set(Object.values(chart.colors ?? {}));
  const free = CHART_PALETTE.filter((c) => !named.has(c));
  const colourer = (keys: readonly string[]): ((key: string) => string) => {
    const unnamed = keys.filter((k) => chart.colors?.[k] === undefined);
    return (key) => {
      const c =
        chart.colors?.[key] ?? free[unnamed.indexOf(key) % Math.max(free.length, 1)] ?? "blue";
      return CHART_COLORS[c];
    };
  };
  const lines = new Set(chart.lines ?? []);
  const hidden = new Set(chart.hidden ?? []);
  const series = byRows
    ? block.rows.map((r) => ({
        key: r.key,
        name: r.label,
        nameAddress: `${block.labelColumn}${r.row}`,
        values: `${first.column}${r.row}:${last.column}${r.row}`,
      }))
    : block.columns.map((c) => ({
        key: c.key,
        name: c.label,
        nameAddress: `${c.column}${block.headerRow}`,
        values: `${c.column}${top.row}:${c.column}${bottom.row}`,
      }));
  const categoryKeys = byRows ? block.columns.map((c) => c.key) : block.rows.map((r) => r.key);
  const pie = chart.type === "Pie" || chart.type === "Doughnut";
  const seriesColour = colourer(series.map((s) => s.key));
  const pointColour = colourer(categoryKeys);
  return {
    id: chart.id,
    title: textIn(chart.title, edition),
    type: chart.type,
    data: { sheet: block.sheet, address: `${first.column}${top.row}:${last.column}${bottom.row}` },
    seriesBy: chart.seriesBy,
    categories: byRows
      ? `${first.column}${block.headerRow}:${last.column}${block.headerRow}`
      : `${block.labelColumn}${top.row}:${block.labelColumn}${bottom.row}`,
    series: series.map((s) => ({
      name: s.name,
      nameAddress: s.nameAddress,
      values: s.values,
      color: seriesColour(s.key),
      ...(lines.has(s.key) ? { type: "Line" as const, dashed: true } : {}),
      ...(hidden.has(s.key) ? { hidden: true } : {}),
    })),
    ...(pie ? { pointColors: categoryKeys.map(pointColour) } : {}),
    numberFormat: axisFormat(block.fmt, edition),
    legend: chart.legend ?? "Bottom",
    ...(chart.dataLabels ? { dataLabels: chart.dataLabels } : {}),
    ...(place.sheet ? { sheet: place.sheet } : {}),
    topLeft: place.topLeft,
    bottomRight: place.bottomRight,
  };
}

/**
 * The value axis's format: the cells' own, except amounts in a display unit (亿元 with two
 * decimals), whose axis reads better in General (0, 5, 10 … or 0.2, 0.4 …) than as 5.00, 10.00.
 * Value labels keep the cells' format.
 */
export function axisFormat(fmt: Fmt, edition: Edition): string {
  return fmt === "shown" && edition === "zh-CN" ? "General" : numberFormat(fmt, edition);
}

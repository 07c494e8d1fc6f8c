/** Checks a ChartSpec before anything is written: a bad spec fails with its id and the reason. */
import { CHART_KINDS, type ChartKind, type ChartSpec } from "../contract";
import { columnLetters, parseCell, parseRange, sizeOf } from "./refs";

export const isPie = (kind: ChartKind): boolean => kind === "Pie" || kind === "Doughnut";
export const isBar = (kind: ChartKind): boolean => kind === "BarClustered" || kind === "BarStacked";
export const isColumn = (kind: ChartKind): boolean =>
  kind === "ColumnClustered" || kind === "ColumnStacked";
export const isLineKind = (kind: ChartKind): boolean => kind === "Line" || kind === "LineMarkers";

const COLOR = /^[0-9A-F]{6}$/i;

/** The i-th row (Rows) or column (Columns) of the data block, as an A1 range. */
export function blockLine(spec: ChartSpec, i: number): string {
  const { from, to } = parseRange(spec.data.address);
  const a =
    spec.seriesBy === "Rows"
      ? { c1: from.col, r1: from.row + i, c2: to.col, r2: from.row + i }
      : { c1: from.col + i, r1: from.row, c2: from.col + i, r2: to.row };
  return `${columnLetters(a.c1)}${a.r1}:${columnLetters(a.c2)}${a.r2}`;
}

const same = (a: string, b: string): boolean => {
  const p = parseRange(a);
  const q = parseRange(b);
  return (
    p.from.col === q.from.col &&
    p.from.row === q.from.row &&
    p.to.col === q.to.col &&
    p.to.row === q.to.row
  );
};

/** Throws an Error naming the chart and the first thing wrong with it. */
export function checkChartSpec(spec: ChartSpec): void {
  const fail = (why: string): never => {
    throw new Error(`chart "${spec.id}": ${why}`);
  };
  try {
    if (!/^\S+$/.test(spec.id)) fail("id must be one word");
    if (!CHART_KINDS.includes(spec.type)) fail(`unknown type ${String(spec.type)}`);
    if (spec.numberFormat === "") fail("numberFormat is empty");
    const block = sizeOf(spec.data.address);
    const count = spec.seriesBy === "Rows" ? block.rows : block.cols;
    const points = spec.seriesBy === "Rows" ? block.cols : block.rows;
    if (spec.series.length !== count)
      fail(
        `the data block ${spec.data.address} holds ${count} series, the spec names ${spec.series.length}`
      );
    const cats = sizeOf(spec.categories);
    if (Math.min(cats.rows, cats.cols) !== 1 || Math.max(cats.rows, cats.cols) !== points)
      fail(`categories ${spec.categories} must be one line of ${points} cells`);
    spec.series.forEach((s, i) => {
      parseCell(s.nameAddress);
      if (!same(s.values, blockLine(spec, i)))
        fail(`series ${i + 1} (${s.name}) must be ${blockLine(spec, i)}, not ${s.values}`);
      if (!COLOR.test(s.color)) fail(`series ${i + 1} colour "${s.color}" is not RRGGBB`);
      if (s.type === "Line" && !isColumn(spec.type))
        fail(`a line series can only be drawn over columns, not on a ${spec.type} chart`);
    });
    if (isPie(spec.type)) {
      if (spec.series.length !== 1) fail(`a ${spec.type} chart takes one series`);
      if (spec.pointColors && spec.pointColors.length !== points)
        fail(`pointColors needs ${points} colours`);
    } else if (spec.dataLabels === "Percent") fail("percent labels need a pie or doughnut");
    for (const c of spec.pointColors ?? []) if (!COLOR.test(c)) fail(`colour "${c}" is not RRGGBB`);
    const tl = parseCell(spec.topLeft);
    const br = parseCell(spec.bottomRight);
    if (br.col < tl.col || br.row < tl.row)
      fail(`${spec.bottomRight} is not below-right of ${spec.topLeft}`);
  } catch (error) {
    if (error instanceof RangeError) fail(error.message);
    throw error;
  }
}

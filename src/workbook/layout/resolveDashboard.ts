/** The dashboard (dashboard.ts) written out as cells, with its charts' specs. */
import type { ChartSpec, Edition } from "../contract";
import type { AddressBook } from "./addresses";
import { resolveChart, type ChartBlock } from "./charts";
import {
  BLOCK_PLACES,
  CASES,
  BRIDGE_DATA,
  VALUATION_NOTE,
  blockColumns,
  blockRows,
  DASH_ROWS,
  DASH_WIDTHS,
  DASHBOARD_TEXT,
  DISTRIBUTION,
  SIMULATION_LINES,
  HISTOGRAM,
  nearFormula,
  nextColumn,
  ROLE_PATH,
  TILE_PLACES,
  TORNADO,
  type BlockPlace,
  type DashBlock,
} from "./dashboard";
import { resolveFormula, sheetName } from "./formula";
import { PLAN_YEARS } from "./plan";
import type { CellStyle, ResolvedSheet } from "./resolved";
import { collector, H, TAB, type Emit } from "./sheetParts";
import { textIn, type Text } from "./types";

/** Percent: rows 1–60 fit one A4 landscape page with the narrow margins (LibreOffice rendered). */
const PRINT_SCALE = 56;

/** The last column of the page (a margin) and the columns the chart data may use. */
const LAST_COLUMN = "Q";
const col = nextColumn;

const ROW_HEIGHTS: Readonly<Record<number, number>> = {
  [DASH_ROWS.title]: 32,
  [DASH_ROWS.subtitle]: 18,
  3: 6,
  [DASH_ROWS.tileCaption]: 20,
  [DASH_ROWS.tileValue]: 38,
  [DASH_ROWS.tileDetail]: 20,
  [DASH_ROWS.frozen]: 10,
  [DASH_ROWS.dilemmaTitle]: 20,
  [DASH_ROWS.dilemmaHeader + 1]: 22,
  [DASH_ROWS.pathTitle]: 20,
  [DASH_ROWS.pathHeader + 1]: 20,
  [DASH_ROWS.pathHeader + 2]: 20,
  [DASH_ROWS.casesTitle]: 20,
  [DASH_ROWS.casesHeader + 1]: 20,
  [DASH_ROWS.distributionHeader + 1]: 24,
  [DASH_ROWS.probDCaption + 1]: 30,
  [DASH_ROWS.bridgeTitle]: 20,
  [DASH_ROWS.valuationTitle]: 20,
};

interface Written {
  readonly labelColumn: string;
  readonly headerRow: number;
  readonly columns: readonly string[];
  readonly rows: ReadonlyMap<string, number>;
}

/** A block: optional title band, a header row, label/values/unit rows from column B. */
function writeBlock(
  emit: Emit,
  block: DashBlock,
  at: BlockPlace,
  edition: Edition,
  book: AddressBook,
  roleRanges: string[]
): Written {
  const label = at.label ?? "B";
  const columns = blockColumns(block, at);
  const unitColumn =
    block.header === "years"
      ? "I"
      : col(columns[0] ?? label, block.unitInTitle ? columns.length - 1 : columns.length);
  const band: string[] = [];
  for (let c = col(label, 1); c <= unitColumn; c = col(c, 1)) band.push(c);
  if (block.title && at.title !== undefined) {
    emit(`${label}${at.title}`, "section", { value: textIn(block.title, edition) });
    for (const c of band) emit(`${c}${at.title}`, "section", { value: "" });
  }
  emit(`${label}${at.header}`, "header", { value: textIn(block.corner, edition) });
  for (const c of band)
    if (!columns.includes(c) && c !== unitColumn) emit(`${c}${at.header}`, "header", { value: "" });
  if (block.header === "years")
    PLAN_YEARS.forEach((y, i) =>
      emit(`${columns[i]}${at.header}`, "headerNum", { value: y, fmt: "year" })
    );
  else
    block.header.forEach((t, i) =>
      emit(`${columns[i]}${at.header}`, "headerNum", {
        value: textIn(t, edition),
      })
    );
  if (!block.unitInTitle)
    emit(`${unitColumn}${at.header}`, "header", { value: textIn(H.unit, edition) });
  const rows = blockRows(block, at.header);
  for (const row of block.rows) {
    const r = rows.get(row.key) ?? 0;
    if ("formula" in row.label)
      emit(`${label}${r}`, "dashLabel", {
        formula: resolveFormula(
          typeof row.label.formula === "string"
            ? row.label.formula
            : textIn(row.label.formula, edition),
          { edition, book }
        ),
        fmt: "text",
      });
    else emit(`${label}${r}`, "dashLabel", { value: textIn(row.label, edition) });
    const style: CellStyle =
      row.style === "role" ? "role" : row.style === "total" ? "dashTotal" : "dashValue";
    columns.forEach((c, i) => {
      const template =
        block.header === "years"
          ? (row.cells[0] ?? "").replace(/#/g, String(PLAN_YEARS[i]))
          : (row.cells[i] ?? "");
      emit(`${c}${r}`, style, {
        formula: resolveFormula(template, { edition, book }),
        fmt: row.fmt,
      });
    });
    if (row.style === "role")
      roleRanges.push(`${columns[0]}${r}:${columns[columns.length - 1]}${r}`);
    if (!block.unitInTitle)
      emit(`${unitColumn}${r}`, "dashUnit", { value: textIn(row.unit, edition) });
  }
  return { labelColumn: label, headerRow: at.header, columns, rows };
}

function chartOf(
  block: DashBlock,
  written: Written,
  sheet: string,
  edition: Edition
): ChartSpec | undefined {
  const chart = block.chart;
  if (!chart) return undefined;
  const drawn = block.rows.filter((r) => chart.rows === undefined || chart.rows.includes(r.key));
  const data: ChartBlock = {
    sheet,
    headerRow: written.headerRow,
    labelColumn: written.labelColumn,
    columns: written.columns.map((column, i) => ({
      key: block.header === "years" ? `y${PLAN_YEARS[i]}` : `c${i}`,
      column,
      label:
        block.header === "years"
          ? String(PLAN_YEARS[i])
          : textIn(block.header[i] ?? H.value, edition),
    })),
    rows: drawn.map((r) => ({
      key: r.key,
      row: written.rows.get(r.key) ?? 0,
      label: "formula" in r.label ? "" : textIn(r.label, edition),
    })),
    fmt: drawn[0]?.fmt ?? "shown",
  };
  return resolveChart(chart, data, edition, {
    topLeft: chart.topLeft,
    bottomRight: chart.bottomRight,
  });
}

export function dashboardSheet(
  edition: Edition,
  book: AddressBook,
  charts: ChartSpec[]
): ResolvedSheet {
  const { cells, emit } = collector();
  const name = sheetName("dashboard", edition);
  const merges: string[] = [];
  const flagRanges: string[] = [];
  const roleRanges: string[] = [];
  const R = DASH_ROWS;

  emit(`B${R.title}`, "title", { value: textIn(DASHBOARD_TEXT.title, edition) });
  emit(`B${R.subtitle}`, "subtitle", {
    formula: resolveFormula(textIn(DASHBOARD_TEXT.subtitle, edition), { edition, book }),
  });

  for (const [tile, top] of TILE_PLACES) {
    const R = { tileCaption: top, tileValue: top + 1, tileDetail: top + 2 };
    const span = (row: number): string => `${tile.from}${row}:${tile.to}${row}`;
    const fill = (row: number, style: CellStyle): void => {
      for (let c = tile.from; c <= tile.to; c = col(c, 1))
        if (c !== tile.from) emit(`${c}${row}`, style, { value: "" });
    };
    const caption = textIn(tile.caption, edition);
    emit(
      `${tile.from}${R.tileCaption}`,
      "tileCaption",
      tile.captionIsFormula
        ? { formula: resolveFormula(caption, { edition, book }), fmt: "text" }
        : { value: caption }
    );
    emit(`${tile.from}${R.tileValue}`, tile.flag ? "tileFlag" : "tileValue", {
      formula: resolveFormula(tile.value, { edition, book }),
      fmt: tile.fmt,
    });
    emit(`${tile.from}${R.tileDetail}`, "tileDetail", {
      formula: resolveFormula(textIn(tile.detail, edition), { edition, book }),
      fmt: "text",
    });
    fill(R.tileCaption, "tileCaption");
    fill(R.tileValue, tile.flag ? "tileFlag" : "tileValue");
    fill(R.tileDetail, "tileDetail");
    merges.push(span(R.tileCaption), span(R.tileValue), span(R.tileDetail));
    if (tile.flag) flagRanges.push(`${tile.from}${R.tileValue}`);
  }

  const written = new Map<string, Written>();
  for (const [block, place] of BLOCK_PLACES) {
    if (block === TORNADO) {
      emit(`B${R.dataTitle}`, "section", { value: textIn(DASHBOARD_TEXT.dataTitle, edition) });
      for (const c of ["C", "D", "E", "F", "G", "H", "I"])
        emit(`${c}${R.dataTitle}`, "section", { value: "" });
    }
    written.set(block.key, writeBlock(emit, block, place, edition, book, roleRanges));
    if (block === ROLE_PATH) {
      emit(`B${R.legend}`, "footnote", {
        formula: resolveFormula(textIn(DASHBOARD_TEXT.legend, edition), { edition, book }),
        fmt: "text",
      });
      emit(`B${R.warning}`, "warning", {
        formula: resolveFormula(textIn(DASHBOARD_TEXT.warning, edition), { edition, book }),
        fmt: "text",
      });
      emit(`B${R.nearThreshold}`, "warning", {
        formula: resolveFormula(nearFormula(textIn(DASHBOARD_TEXT.nearThreshold, edition)), {
          edition,
          book,
        }),
        fmt: "text",
      });
    }
    const line = (at: string, style: "footnote" | "warning", text: Text, formula: boolean): void =>
      emit(
        at,
        style,
        formula
          ? { formula: resolveFormula(textIn(text, edition), { edition, book }), fmt: "text" }
          : { value: textIn(text, edition) }
      );
    if (block === DISTRIBUTION) {
      line(`K${R.noCostNote}`, "warning", SIMULATION_LINES.noCost, true);
      line(`K${R.distributionNote}`, "footnote", SIMULATION_LINES.baseAndTrials, false);
      line(`K${R.drawsNote}`, "footnote", SIMULATION_LINES.draws, true);
    }
    if (block === CASES) line(`B${R.casesNote}`, "footnote", SIMULATION_LINES.cases, true);
  }
  VALUATION_NOTE.forEach((line, i) =>
    emit(`B${R.valuationNote + i}`, "footnote", { value: textIn(line, edition) })
  );
  // Reading order: the contribution chart (left), the tornado (right), the histogram, the bridge.
  for (const block of [ROLE_PATH, TORNADO, HISTOGRAM, BRIDGE_DATA]) {
    const at = written.get(block.key);
    const spec = at && chartOf(block, at, name, edition);
    if (spec) charts.push(spec);
  }

  return {
    key: "dashboard",
    name,
    cells,
    widths: DASH_WIDTHS,
    freeze: { rows: R.frozen, columns: 0 },
    merges,
    validations: [],
    flagRanges,
    roleRanges,
    printArea: `A1:${LAST_COLUMN}${R.pageLast}`,
    tabColor: TAB.dashboard,
    // Two landscape pages, each one screenful: the page itself (rows 1–60, as one page before the
    // fourth edition) and the bridge with the valuation. A scale, since fit-to-pages ignores breaks.
    printScale: PRINT_SCALE,
    pageBreaks: [R.pageOne],
    narrowMargins: true,
    ownBands: true,
    rowHeights: ROW_HEIGHTS,
  };
}

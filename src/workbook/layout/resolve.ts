/** Second pass: the layout written out as cells for one edition. */
import type { ChartSpec, Edition, WorkbookName } from "../contract";
import { ADDIN, STATUS_TEXT } from "./addin";
import { resolveChart, type ChartBlock } from "./charts";
import {
  buildAddressBook,
  CALC_GEOMETRY,
  dashboardRows,
  YEAR_COLUMNS,
  type AddressBook,
} from "./addresses";
import { COVER } from "./cover";
import { DASHBOARD } from "./dashboard";
import { addressOf, qualified, resolveFormula, sheetName, yearColumn } from "./formula";
import { ANALYSIS } from "./analysis";
import { PLAN_YEARS } from "./plan";
import type { CellStyle, ResolvedInputCell, ResolvedSheet, ResolvedWorkbook } from "./resolved";
import { CALC_SHEETS, SHEET_ORDER, type SheetKey } from "./sheets";
import { textIn, type CalcSheet, type Text } from "./types";
import { NAME_TARGETS, type NameTarget } from "./names";
import { inputsSheet } from "./resolveInputs";
import { tableSheet } from "./resolveTable";
import { collector, H, TAB, titleRows } from "./sheetParts";
import { DEFAULT_SETTINGS, fleetPathLabels, scenarioLabels, type Settings } from "./settings";

function coverSheet(edition: Edition): ResolvedSheet {
  const { cells, emit } = collector();
  let r = 2;
  for (const line of COVER) {
    if (line.kind === "h2") r++;
    if (line.kind === "seed") {
      emit(`B${r}`, "seed", { value: line.id ?? "" });
      emit(`C${r}`, "p", { value: textIn(line.text, edition) });
    } else if (line.kind.startsWith("legend")) {
      emit(`B${r}`, line.kind as CellStyle, { value: "" });
      emit(`C${r}`, "p", { value: textIn(line.text, edition) });
    } else {
      emit(`B${r}`, line.kind as CellStyle, { value: textIn(line.text, edition) });
    }
    r++;
  }
  return {
    key: "cover",
    name: sheetName("cover", edition),
    cells,
    widths: [3, 8, 110],
    freeze: { rows: 0, columns: 0 },
    merges: [],
    validations: [],
    flagRanges: [],
    printArea: `A1:C${r}`,
    tabColor: TAB.cover,
    onePage: true,
  };
}

function calcSheet(sheet: CalcSheet, edition: Edition, book: AddressBook): ResolvedSheet {
  const { cells, emit } = collector();
  const years = sheet.columns === "years";
  const noteCols = years ? ["I", "J"] : ["D", "E"];
  const [seedCol = "D", noteCol = "E"] = noteCols;
  titleRows(emit, edition, sheet.title, sheet.subtitle);
  const hr = CALC_GEOMETRY.headerRow;
  emit(`A${hr}`, "header", { value: textIn(H.item, edition) });
  emit(`B${hr}`, "header", { value: textIn(H.unit, edition) });
  if (years)
    for (const y of PLAN_YEARS)
      emit(`${yearColumn(y)}${hr}`, "headerNum", { value: y, fmt: "year" });
  else emit(`C${hr}`, "header", { value: textIn(H.value, edition) });
  emit(`${seedCol}${hr}`, "header", { value: textIn(H.source, edition) });
  emit(`${noteCol}${hr}`, "header", { value: textIn(H.note, edition) });
  const flagRanges: string[] = [];
  const relative = new Set(
    sheet.sections.flatMap((x) => x.rows.map((row) => `${sheet.key}.${row.key}`))
  );
  let r = CALC_GEOMETRY.firstRow;
  for (const section of sheet.sections) {
    emit(`A${r}`, "section", { value: textIn(section.title, edition) });
    r++;
    for (const row of section.rows) {
      emit(`A${r}`, "label", { value: textIn(row.label, edition) });
      emit(`B${r}`, "unit", { value: textIn(row.unit, edition) });
      emit(`${seedCol}${r}`, "seed", { value: row.seed ?? "" });
      emit(`${noteCol}${r}`, "note", { value: row.note ? textIn(row.note, edition) : "" });
      const style: CellStyle = row.style ?? "calc";
      if (row.text) {
        emit(`C${r}`, "text", { value: textIn(row.text, edition), fmt: "text" });
      } else if (years) {
        for (const y of PLAN_YEARS) {
          const col = yearColumn(y);
          emit(`${col}${r}`, style, {
            formula: resolveFormula(row.formula, { edition, book, column: col, relative }),
            fmt: row.fmt,
          });
        }
      } else {
        emit(`C${r}`, style, {
          formula: resolveFormula(row.formula, { edition, book }),
          fmt: row.fmt,
        });
      }
      if (row.fmt === "bool") flagRanges.push(years ? `C${r}:H${r}` : `C${r}`);
      r++;
    }
    r++;
  }
  return {
    key: sheet.key,
    name: sheetName(sheet.key as SheetKey, edition),
    cells,
    widths: years ? [30, 12, 13, 13, 13, 13, 13, 13, 7, 34] : [46, 14, 18, 7, 52],
    freeze: { rows: hr, columns: years ? 2 : 1 },
    merges: [],
    validations: [],
    flagRanges,
    printArea: `A1:${noteCol}${r - 2}`,
    tabColor: sheet.key === "checks" ? TAB.checks : TAB.calc,
  };
}

function addinSheet(
  edition: Edition,
  book: AddressBook,
  eco: { sheet: string; address: string; formula: string }[]
): ResolvedSheet {
  const { cells, emit } = collector();
  titleRows(emit, edition, ADDIN.title, ADDIN.subtitle);
  const hr = CALC_GEOMETRY.headerRow;
  const heads: [string, Text][] = [
    ["A", H.item],
    ["B", H.unit],
    ["C", H.native],
    ["D", H.eco],
    ["E", H.status],
  ];
  for (const [col, t] of heads) emit(`${col}${hr}`, "header", { value: textIn(t, edition) });
  const name = sheetName("addin", edition);
  const tol = qualified("inputs", edition, addressOf(book, "in.tolerance").address);
  let r = CALC_GEOMETRY.firstRow;
  for (const row of ADDIN.rows) {
    emit(`A${r}`, "label", { value: textIn(row.label, edition) });
    emit(`B${r}`, "unit", { value: textIn(row.unit, edition) });
    emit(`C${r}`, "calc", { formula: resolveFormula(row.native, { edition, book }), fmt: row.fmt });
    const formula = resolveFormula(textIn(row.eco, edition), { edition, book });
    emit(`D${r}`, "addin", { formula, fmt: row.fmt });
    eco.push({ sheet: name, address: `D${r}`, formula: `=${formula}` });
    const t = (k: keyof typeof STATUS_TEXT): string => `"${textIn(STATUS_TEXT[k], edition)}"`;
    emit(`E${r}`, "status", {
      formula: `IF(ISERROR(D${r}),${t("notLoaded")},IF(OR(D${r}=C${r},ABS(D${r}-C${r})<=${tol}*ABS(C${r})),${t("ok")},${t("mismatch")}))`,
      fmt: "text",
    });
    r++;
  }
  return {
    key: "addin",
    name,
    cells,
    widths: [30, 12, 18, 18, 18],
    freeze: { rows: hr, columns: 1 },
    merges: [],
    validations: [],
    flagRanges: [`E${CALC_GEOMETRY.firstRow}:E${r - 1}`],
    printArea: `A1:E${r - 1}`,
    tabColor: TAB.addin,
  };
}

/**
 * The dashboard's charts sit right of its tables, two abreast, in table order (reading order):
 * columns K–P and R–W with a narrow gap column Q, rows from the table header row down. Tables
 * and charts together fit a projected 1920-pixel screen at 100 % zoom.
 */
const DASHBOARD_CHART_COLUMNS = [
  ["K", "P"],
  ["R", "W"],
] as const;
/** Widths of columns K–X (A–J are the tables'); X is a margin so the print area holds the last chart whole. */
const DASHBOARD_CHART_WIDTHS = [11, 11, 11, 11, 11, 11, 2, 11, 11, 11, 11, 11, 11, 2];

function chartGrid(): {
  place: (heightRows: number) => { topLeft: string; bottomRight: string };
  used: () => boolean;
  bottom: () => number;
  lastColumn: string;
} {
  let count = 0;
  let rowTop = CALC_GEOMETRY.headerRow;
  let rowHeight = 0;
  return {
    place(heightRows) {
      const slot = count % DASHBOARD_CHART_COLUMNS.length;
      if (slot === 0 && count > 0) {
        rowTop += rowHeight + 1;
        rowHeight = 0;
      }
      count++;
      rowHeight = Math.max(rowHeight, heightRows);
      const [left, right] = DASHBOARD_CHART_COLUMNS[slot] ?? ["K", "R"];
      return { topLeft: `${left}${rowTop}`, bottomRight: `${right}${rowTop + heightRows - 1}` };
    },
    used: () => count > 0,
    bottom: () => rowTop + rowHeight - 1,
    lastColumn: "X",
  };
}

function dashboardSheet(edition: Edition, book: AddressBook, charts: ChartSpec[]): ResolvedSheet {
  const { cells, emit } = collector();
  const name = sheetName("dashboard", edition);
  titleRows(
    emit,
    edition,
    DASHBOARD.title,
    resolveFormula(textIn(DASHBOARD.subtitle, edition), { edition, book })
  );
  const layout = dashboardRows();
  const merges: string[] = [];
  const flagRanges: string[] = [];
  emit(`B${CALC_GEOMETRY.headerRow}`, "header", {
    value: textIn({ zh: "关键指标", en: "Key figures" }, edition),
  });
  emit(`C${CALC_GEOMETRY.headerRow}`, "header", { value: textIn(H.value, edition) });
  emit(`F${CALC_GEOMETRY.headerRow}`, "header", { value: textIn(H.unit, edition) });
  merges.push(`C${CALC_GEOMETRY.headerRow}:E${CALC_GEOMETRY.headerRow}`);
  for (const kpi of DASHBOARD.kpis) {
    const r = layout.rows.get(`dashboard.${kpi.key}`) ?? 0;
    emit(`B${r}`, "kpiLabel", { value: textIn(kpi.label, edition) });
    emit(`C${r}`, kpi.style === "check" ? "check" : "kpi", {
      formula: resolveFormula(kpi.formula, { edition, book }),
      fmt: kpi.fmt,
    });
    emit(`F${r}`, "unit", { value: textIn(kpi.unit, edition) });
    merges.push(`C${r}:E${r}`);
    if (kpi.fmt === "bool") flagRanges.push(`C${r}`);
  }
  const grid = chartGrid();
  for (const table of DASHBOARD.tables) {
    const at = layout.tables.get(table.key);
    if (!at) continue;
    emit(`B${at.title}`, "section", { value: textIn(table.title, edition) });
    emit(`B${at.header}`, "header", { value: textIn(H.item, edition) });
    const columns =
      table.header === "years"
        ? PLAN_YEARS.map((y) => yearColumn(y))
        : table.header.map((_, i) => YEAR_COLUMNS[i] ?? "C");
    if (table.header === "years")
      for (const y of PLAN_YEARS)
        emit(`${yearColumn(y)}${at.header}`, "headerNum", { value: y, fmt: "year" });
    else
      table.header.forEach((t, i) =>
        emit(`${columns[i]}${at.header}`, "header", { value: textIn(t, edition) })
      );
    const unitCol = String.fromCharCode((columns[columns.length - 1] ?? "C").charCodeAt(0) + 1);
    emit(`${unitCol}${at.header}`, "header", { value: textIn(H.unit, edition) });
    for (const row of table.rows) {
      const r = layout.rows.get(`dashboard.${table.key}.${row.key}`) ?? 0;
      emit(`B${r}`, "label", { value: textIn(row.label, edition) });
      columns.forEach((col, i) => {
        const template =
          table.header === "years"
            ? (row.cells[0] ?? "").replace(/#/g, String(PLAN_YEARS[i]))
            : (row.cells[i] ?? "");
        emit(`${col}${r}`, "calc", {
          formula: resolveFormula(template, { edition, book }),
          fmt: row.fmt,
        });
      });
      emit(`${unitCol}${r}`, "unit", { value: textIn(row.unit, edition) });
    }
    if (table.chart) {
      const chart = table.chart;
      const block: ChartBlock = {
        sheet: name,
        headerRow: at.header,
        labelColumn: "B",
        columns: columns.map((column, i) => ({
          key: table.header === "years" ? `y${PLAN_YEARS[i]}` : `c${i}`,
          column,
          label:
            table.header === "years"
              ? String(PLAN_YEARS[i])
              : textIn(table.header[i] ?? H.value, edition),
        })),
        rows: table.rows.map((row) => ({
          key: row.key,
          row: layout.rows.get(`dashboard.${table.key}.${row.key}`) ?? 0,
          label: textIn(row.label, edition),
        })),
        fmt: table.rows[0]?.fmt ?? "dec2",
      };
      charts.push(resolveChart(chart, block, edition, grid.place(chart.heightRows)));
    }
  }
  return {
    key: "dashboard",
    name,
    cells,
    widths: [2, 30, 12, 12, 12, 12, 12, 12, 16, 3, ...DASHBOARD_CHART_WIDTHS],
    freeze: { rows: CALC_GEOMETRY.headerRow - 1, columns: 0 },
    merges,
    validations: [],
    flagRanges,
    printArea: grid.used()
      ? `A1:${grid.lastColumn}${Math.max(layout.last, grid.bottom())}`
      : `A1:I${layout.last}`,
    tabColor: TAB.dashboard,
    onePage: true,
  };
}

function nameAddress(book: AddressBook, target: NameTarget): { sheet: SheetKey; address: string } {
  if (typeof target === "string") return addressOf(book, target);
  const a = addressOf(book, target.from);
  const b = addressOf(book, target.to);
  if (a.sheet !== b.sheet) throw new Error(`layout: name spans two sheets`);
  return { sheet: a.sheet, address: `${a.address}:${b.address}` };
}

export function resolveLayout(
  edition: Edition,
  settings: Settings = DEFAULT_SETTINGS
): ResolvedWorkbook {
  const book = buildAddressBook();
  const inputCells: ResolvedInputCell[] = [];
  const charts: ChartSpec[] = [];
  const ecoFormulas: { sheet: string; address: string; formula: string }[] = [];
  const byKey = new Map<SheetKey, ResolvedSheet>();
  byKey.set("cover", coverSheet(edition));
  byKey.set("inputs", inputsSheet(edition, book, settings, inputCells));
  byKey.set("dashboard", dashboardSheet(edition, book, charts));
  for (const sheet of CALC_SHEETS)
    byKey.set(sheet.key as SheetKey, calcSheet(sheet, edition, book));
  byKey.set("analysis", tableSheet(ANALYSIS, edition, book));
  byKey.set("addin", addinSheet(edition, book, ecoFormulas));
  const sheets = SHEET_ORDER.map((k) => {
    const s = byKey.get(k);
    if (!s) throw new Error(`layout: sheet ${k} missing`);
    return s;
  });
  const names = (Object.entries(NAME_TARGETS) as [WorkbookName, NameTarget][]).map(
    ([name, target]) => {
      const a = nameAddress(book, target);
      return { name, sheet: sheetName(a.sheet, edition), address: a.address.replace(/\$/g, "") };
    }
  );
  return {
    edition,
    sheets,
    names,
    inputCells,
    charts,
    ecoFormulas,
    scenarioLabels: scenarioLabels(edition),
    fleetPathLabels: fleetPathLabels(edition),
  };
}

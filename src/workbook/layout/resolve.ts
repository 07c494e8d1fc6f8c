/** Second pass: the layout written out as cells for one edition. */
import type { ChartSpec, Edition, WorkbookName } from "../contract";
import { ADDIN, STATUS_TEXT } from "./addin";
import {
  buildAddressBook,
  CALC_GEOMETRY,
  dashboardRows,
  INPUTS_GEOMETRY,
  YEAR_COLUMNS,
  type AddressBook,
} from "./addresses";
import { COVER } from "./cover";
import { DASHBOARD } from "./dashboard";
import { addressOf, qualified, resolveFormula, sheetName, yearColumn } from "./formula";
import { ANALYSIS } from "./analysis";
import { INPUT_SECTIONS, TIMELINE_SECTIONS } from "./inputs";
import { PLAN_YEARS } from "./plan";
import type {
  CellStyle,
  ResolvedCell,
  ResolvedInputCell,
  ResolvedSheet,
  ResolvedWorkbook,
} from "./resolved";
import { CALC_SHEETS, SHEET_ORDER, type SheetKey } from "./sheets";
import {
  textIn,
  type CalcSheet,
  type InputRow,
  type Source,
  type TableSheet,
  type Text,
} from "./types";
import { NAME_TARGETS, type NameTarget } from "./names";
import { DEFAULT_SETTINGS, fleetPathLabels, scenarioLabels, type Settings } from "./settings";

const H = {
  item: { zh: "项目", en: "Item" },
  unit: { zh: "单位", en: "Unit" },
  value: { zh: "数值", en: "Value" },
  source: { zh: "来源", en: "Source" },
  note: { zh: "说明", en: "Note" },
  assumption: { zh: "假设", en: "Assumption" },
  used: { zh: "选用值", en: "Value used" },
  native: { zh: "原生公式", en: "Native formula" },
  eco: { zh: "ECO 函数", en: "ECO function" },
  status: { zh: "核对", en: "Reconciliation" },
} as const satisfies Record<string, Text>;

const TAB = {
  cover: "1F3864",
  inputs: "FFC000",
  dashboard: "2E75B6",
  calc: "5B9BD5",
  checks: "70AD47",
  addin: "A5A5A5",
} as const;

type Emit = (
  address: string,
  style: CellStyle,
  content?: { formula?: string; value?: string | number | null; fmt?: ResolvedCell["fmt"] }
) => void;

function collector(): { cells: ResolvedCell[]; emit: Emit } {
  const cells: ResolvedCell[] = [];
  const emit: Emit = (address, style, content = {}) => {
    const cell: ResolvedCell = { address, style, ...content };
    cells.push(cell);
  };
  return { cells, emit };
}

function titleRows(emit: Emit, edition: Edition, title: Text, subtitle: Text | string): void {
  emit("A1", "title", { value: textIn(title, edition) });
  if (typeof subtitle === "string") emit("A2", "subtitle", { formula: subtitle });
  else emit("A2", "subtitle", { value: textIn(subtitle, edition) });
}

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

const SOURCE_ANALYST: Text = { zh: "分析师", en: "analyst" };

function sourceText(seed: Source | undefined, edition: Edition): string {
  return seed === "analyst" ? textIn(SOURCE_ANALYST, edition) : (seed ?? "");
}

function inputsSheet(
  edition: Edition,
  book: AddressBook,
  settings: Settings,
  inputCells: ResolvedInputCell[]
): ResolvedSheet {
  const { cells, emit } = collector();
  const c = INPUTS_GEOMETRY.columns;
  const name = sheetName("inputs", edition);
  const labels = scenarioLabels(edition);
  const validations: { address: string; list: readonly string[]; title: string }[] = [];
  titleRows(
    emit,
    edition,
    { zh: "假设:所有输入集中于此", en: "Inputs: every assumption in one place" },
    {
      zh: "浅黄底蓝字为输入,可修改;“选用值”按所选情景取低/中/高;来源列为种子数字编号或“分析师”;百分比按小数存储",
      en: "Light-yellow cells are inputs; “value used” takes low/mid/high by the scenario; source = seed figure id or “analyst”; percentages are stored as fractions",
    }
  );
  const fr = INPUTS_GEOMETRY.fleetRow;
  const sr = INPUTS_GEOMETRY.scenarioRow;
  emit(`${c.label}${fr}`, "label", {
    value: textIn({ zh: "当前保有量", en: "Vehicles in service today" }, edition),
  });
  emit(`${c.unit}${fr}`, "unit", { value: textIn({ zh: "辆", en: "vehicles" }, edition) });
  emit(`${c.value}${fr}`, "input", { value: settings.fleet, fmt: "count" });
  emit(`${c.seed}${fr}`, "seed", { value: "S4" });
  emit(`${c.note}${fr}`, "note", {
    value: textIn(
      { zh: "In_Fleet:规划第0年的保有量", en: "In_Fleet: the plan's year-0 fleet" },
      edition
    ),
  });
  inputCells.push({
    key: "fleet",
    column: "value",
    sheet: name,
    address: `${c.value}${fr}`,
    value: settings.fleet,
  });
  emit(`${c.label}${sr}`, "label", { value: textIn({ zh: "情景", en: "Scenario" }, edition) });
  emit(`${c.unit}${sr}`, "unit", {
    value: textIn({ zh: "低/中/高", en: "low/mid/high" }, edition),
  });
  emit(`${c.value}${sr}`, "input", { value: labels[settings.scenario], fmt: "text" });
  emit(`${c.note}${sr}`, "note", {
    value: textIn(
      {
        zh: "In_Scenario:下拉选择,决定每个区间取值",
        en: "In_Scenario: pick from the list; sets every ranged input",
      },
      edition
    ),
  });
  inputCells.push({
    key: "scenario",
    column: "value",
    sheet: name,
    address: `${c.value}${sr}`,
    value: labels[settings.scenario],
  });
  validations.push({
    address: `${c.value}${sr}`,
    list: [labels.low, labels.mid, labels.high],
    title: textIn({ zh: "情景", en: "Scenario" }, edition),
  });

  const hr = INPUTS_GEOMETRY.headerRow;
  const headers: [string, string][] = [
    [c.label, textIn(H.assumption, edition)],
    [c.unit, textIn(H.unit, edition)],
    [c.low, labels.low],
    [c.mid, labels.mid],
    [c.high, labels.high],
    [c.value, textIn(H.used, edition)],
    [c.seed, textIn(H.source, edition)],
    [c.note, textIn(H.note, edition)],
  ];
  // Number columns get right-aligned headers, over right-aligned numbers.
  const numeric = new Set<string>([c.low, c.mid, c.high, c.value]);
  for (const [col, text] of headers)
    emit(`${col}${hr}`, numeric.has(col) ? "headerNum" : "header", { value: text });
  for (const col of ["G", "H"]) emit(`${col}${hr}`, "header", { value: "" });

  const match = `MATCH(${qualified("inputs", edition, `$${c.value}$${sr}`)},${qualified("inputs", edition, `$${c.low}$${hr}:$${c.high}$${hr}`)},0)`;
  const describe = (row: InputRow, r: number): void => {
    if (book.rows.get(`in.${row.key}`)?.row !== r)
      throw new Error(`layout: input ${row.key} moved`);
    emit(`${c.label}${r}`, "label", { value: textIn(row.label, edition) });
    emit(`${c.unit}${r}`, "unit", { value: textIn(row.unit, edition) });
    emit(`${c.seed}${r}`, "seed", { value: sourceText(row.seed, edition) });
    emit(`${c.note}${r}`, "note", { value: textIn(row.note, edition) });
  };
  let r: number = INPUTS_GEOMETRY.firstRow;
  for (const section of INPUT_SECTIONS) {
    emit(`${c.label}${r}`, "section", { value: textIn(section.title, edition) });
    r++;
    for (const row of section.rows) {
      describe(row, r);
      if (row.kind === "ranged") {
        for (const col of ["low", "mid", "high"] as const) {
          emit(`${c[col]}${r}`, "input", { value: row[col], fmt: row.fmt });
          inputCells.push({
            key: row.key,
            column: col,
            sheet: name,
            address: `${c[col]}${r}`,
            value: row[col],
          });
        }
        emit(`${c.value}${r}`, "calc", {
          formula: `INDEX(${qualified("inputs", edition, `$${c.low}$${r}:$${c.high}$${r}`)},${match})`,
          fmt: row.fmt,
        });
      } else if (row.kind === "point") {
        const value = row.fromSettings ? row.fromSettings(settings) : row.value;
        emit(`${c.value}${r}`, value === null ? "inputOptional" : "input", {
          value,
          fmt: row.fmt,
        });
        inputCells.push({
          key: row.key,
          column: "value",
          sheet: name,
          address: `${c.value}${r}`,
          value,
        });
      } else if (row.kind === "choice") {
        const value = textIn(
          row.options[row.fromSettings(settings)] ?? { zh: "", en: "" },
          edition
        );
        emit(`${c.value}${r}`, "input", { value, fmt: "text" });
        inputCells.push({
          key: row.key,
          column: "value",
          sheet: name,
          address: `${c.value}${r}`,
          value,
        });
        validations.push({
          address: `${c.value}${r}`,
          list: Object.values(row.options).map((t) => textIn(t, edition)),
          title: textIn(row.label, edition),
        });
      } else if (row.kind === "derived") {
        emit(`${c.value}${r}`, "calc", {
          formula: resolveFormula(row.formula, { edition, book }),
          fmt: row.fmt,
        });
      } else {
        throw new Error(`layout: timeline input ${row.key} among the single inputs`);
      }
      r++;
    }
  }
  TIMELINE_SECTIONS.forEach((section, i) => {
    const place = book.sections.get(`inputs.timeline${i}`);
    if (!place) throw new Error("layout: timeline inputs not placed");
    emit(`${c.label}${place.title}`, "section", { value: textIn(section.title, edition) });
    emit(`${c.label}${place.header}`, "header", { value: textIn(H.assumption, edition) });
    emit(`${c.unit}${place.header}`, "header", { value: textIn(H.unit, edition) });
    for (const y of PLAN_YEARS)
      emit(`${yearColumn(y)}${place.header}`, "headerNum", { value: y, fmt: "year" });
    emit(`${c.seed}${place.header}`, "header", { value: textIn(H.source, edition) });
    emit(`${c.note}${place.header}`, "header", { value: textIn(H.note, edition) });
    r = place.first;
    for (const row of section.rows) {
      if (row.kind !== "timeline") throw new Error(`layout: ${row.key} is not a timeline input`);
      describe(row, r);
      const values = row.fromSettings(settings);
      for (const y of PLAN_YEARS) {
        const address = `${yearColumn(y)}${r}`;
        emit(address, "input", { value: values[y], fmt: row.fmt });
        inputCells.push({
          key: row.key,
          column: "year",
          year: y,
          sheet: name,
          address,
          value: values[y],
        });
      }
      r++;
    }
  });
  return {
    key: "inputs",
    name,
    cells,
    widths: [36, 16, 13, 13, 13, 13, 13, 13, 8, 64],
    freeze: { rows: hr, columns: 1 },
    merges: [],
    validations,
    flagRanges: [],
    printArea: `A1:${c.note}${r - 1}`,
    tabColor: TAB.inputs,
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
  let chartTop = CALC_GEOMETRY.headerRow;
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
      const lastCol = columns[columns.length - 1] ?? "C";
      charts.push({
        id: table.chart.id,
        title: textIn(table.chart.title, edition),
        type: table.chart.type,
        data: { sheet: name, address: `B${at.header}:${lastCol}${at.last}` },
        seriesBy: table.chart.seriesBy,
        topLeft: `K${chartTop}`,
        bottomRight: `R${chartTop + table.chart.heightRows - 1}`,
      });
      chartTop += table.chart.heightRows + 1;
    }
  }
  return {
    key: "dashboard",
    name,
    cells,
    widths: [2, 30, 12, 12, 12, 12, 12, 12, 16, 3],
    freeze: { rows: CALC_GEOMETRY.headerRow - 1, columns: 0 },
    merges,
    validations: [],
    flagRanges,
    printArea: `A1:I${layout.last}`,
    tabColor: TAB.dashboard,
    onePage: true,
  };
}

function tableSheet(sheet: TableSheet, edition: Edition, book: AddressBook): ResolvedSheet {
  const { cells, emit } = collector();
  titleRows(emit, edition, sheet.title, sheet.subtitle);
  const [seedCol, noteCol] = ["I", "J"] as const;
  const flagRanges: string[] = [];
  let last: number = CALC_GEOMETRY.headerRow;
  for (const section of sheet.sections) {
    const place = book.sections.get(`${sheet.key}.${section.key}`);
    if (!place) throw new Error(`layout: section ${section.key} not placed`);
    const relative = new Set(section.rows.map((row) => `${sheet.key}.${row.key}`));
    emit(`A${place.title}`, "section", { value: textIn(section.title, edition) });
    emit(`A${place.header}`, "header", { value: textIn(H.item, edition) });
    emit(`B${place.header}`, "header", { value: textIn(H.unit, edition) });
    // The header band runs across every value column, named or not.
    YEAR_COLUMNS.forEach((col, i) => {
      const t = section.headers[i];
      emit(`${col}${place.header}`, "headerNum", { value: t ? textIn(t, edition) : "" });
    });
    emit(`${seedCol}${place.header}`, "header", { value: textIn(H.source, edition) });
    emit(`${noteCol}${place.header}`, "header", { value: textIn(H.note, edition) });
    for (const row of section.rows) {
      const r = book.rows.get(`${sheet.key}.${row.key}`)?.row ?? 0;
      const ctx = { edition, book, row: r, relative, section: place };
      if ("formula" in row.label)
        emit(`A${r}`, "calc", { formula: resolveFormula(row.label.formula, ctx), fmt: "text" });
      else emit(`A${r}`, "label", { value: textIn(row.label, edition) });
      emit(`B${r}`, "unit", { value: textIn(row.unit, edition) });
      emit(`${seedCol}${r}`, "seed", { value: sourceText(row.seed, edition) });
      emit(`${noteCol}${r}`, "note", { value: row.note ? textIn(row.note, edition) : "" });
      const rowCells =
        section.across === undefined
          ? row.cells
          : Array.from({ length: section.across }, () => row.cells[0] ?? null);
      rowCells.forEach((cell, i) => {
        const column = YEAR_COLUMNS[i];
        if (cell === null || column === undefined) return;
        const at = `${column}${r}`;
        if (typeof cell !== "string" && "value" in cell) {
          emit(at, "rank", { value: cell.value, fmt: cell.fmt ?? row.fmt });
          return;
        }
        const spec = typeof cell === "string" ? { formula: cell } : cell;
        emit(at, spec.style ?? row.style ?? "calc", {
          formula: resolveFormula(spec.formula, { ...ctx, column }),
          fmt: spec.fmt ?? row.fmt,
        });
      });
      if (row.fmt === "bool") flagRanges.push(`C${r}`);
    }
    last = place.last;
  }
  return {
    key: sheet.key,
    name: sheetName(sheet.key as SheetKey, edition),
    cells,
    widths: [36, 14, 16, 16, 16, 16, 16, 10, 7, 44],
    freeze: { rows: CALC_GEOMETRY.headerRow - 1, columns: 1 },
    merges: [],
    validations: [],
    flagRanges,
    printArea: `A1:${noteCol}${last}`,
    tabColor: TAB.calc,
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

/** The inputs sheet written out: single inputs by scenario column, then the timeline block. */
import type { Edition } from "../contract";
import { INPUTS_GEOMETRY, type AddressBook } from "./addresses";
import { qualified, resolveFormula, sheetName, yearColumn } from "./formula";
import { FLEET_INPUT, INPUT_SECTIONS, TIMELINE_SECTIONS } from "./inputs";
import { PLAN_YEARS } from "./plan";
import type { ResolvedInputCell, ResolvedSheet } from "./resolved";
import { scenarioLabels, type Settings } from "./settings";
import { collector, H, sourceText, TAB, titleRows } from "./sheetParts";
import { textIn, type InputRow } from "./types";
import { CASE_FACTOR_ROWS, FACTOR_COLUMNS, factorValue } from "./caseFactors";
import { U } from "./units";

const FACTOR_HEADERS = {
  title: {
    zh: "情景系数：十一个驱动因素的悲观端与乐观端（基准 = 1）",
    en: "Case factors: each driver's downside and upside (base = 1)",
  },
  downside: { zh: "悲观", en: "Downside" },
  upside: { zh: "乐观", en: "Upside" },
  used: { zh: "所选情景", en: "Selected" },
  how: { zh: "作用方式", en: "How it applies" },
} as const;

/**
 * In_CaseFactors (11 × 2) and, beside it, the factor the selected scenario uses (low = downside,
 * mid = 1, high = upside); returns the row after the block.
 */
function factorBlock(
  edition: Edition,
  book: AddressBook,
  settings: Settings,
  inputCells: ResolvedInputCell[],
  emit: ReturnType<typeof collector>["emit"],
  match: string
): number {
  const c = INPUTS_GEOMETRY.columns;
  const f = FACTOR_COLUMNS;
  const place = book.sections.get("inputs.factors");
  if (!place) throw new Error("layout: case factors not placed");
  const name = sheetName("inputs", edition);
  emit(`${c.label}${place.title}`, "section", { value: textIn(FACTOR_HEADERS.title, edition) });
  emit(`${c.label}${place.header}`, "header", { value: textIn(H.assumption, edition) });
  emit(`${c.unit}${place.header}`, "header", { value: textIn(U.factor, edition) });
  emit(`${f.downside}${place.header}`, "headerNum", {
    value: textIn(FACTOR_HEADERS.downside, edition),
  });
  emit(`${f.upside}${place.header}`, "headerNum", {
    value: textIn(FACTOR_HEADERS.upside, edition),
  });
  emit(`${f.used}${place.header}`, "headerNum", { value: textIn(FACTOR_HEADERS.used, edition) });
  emit(`F${place.header}`, "header", { value: textIn(FACTOR_HEADERS.how, edition) });
  for (const col of ["G", "H"]) emit(`${col}${place.header}`, "header", { value: "" });
  emit(`${c.seed}${place.header}`, "headerCenter", { value: textIn(H.source, edition) });
  emit(`${c.note}${place.header}`, "header", { value: textIn(H.note, edition) });
  let r = place.first;
  for (const row of CASE_FACTOR_ROWS) {
    if (book.rows.get(`in.${row.key}`)?.row !== r)
      throw new Error(`layout: factor ${row.key} moved`);
    emit(`${c.label}${r}`, "label", { value: textIn(row.label, edition) });
    emit(`${c.unit}${r}`, "unit", { value: textIn(U.factor, edition) });
    ([0, 1] as const).forEach((end) => {
      const col = end === 0 ? f.downside : f.upside;
      const formula = row.formulas?.[end];
      if (formula !== undefined) {
        emit(`${col}${r}`, "calc", {
          formula: resolveFormula(formula, { edition, book }),
          fmt: "rate",
        });
        return;
      }
      const value = factorValue(settings, row.driver, end);
      emit(`${col}${r}`, "input", { value, fmt: "rate" });
      inputCells.push({
        key: row.key,
        column: end === 0 ? "low" : "high",
        sheet: name,
        address: `${col}${r}`,
        value,
      });
    });
    // The selected scenario's factor: downside, 1 (the base) or upside by the scenario's position.
    emit(`${f.used}${r}`, "calc", {
      formula: `CHOOSE(${match},${f.downside}${r},1,${f.upside}${r})`,
      fmt: "rate",
    });
    emit(`F${r}`, "note", { value: textIn(row.how, edition) });
    emit(`${c.seed}${r}`, "seed", { value: sourceText(row.seed, edition) });
    emit(`${c.note}${r}`, "note", { value: textIn(row.note, edition) });
    r++;
  }
  return r;
}

export function inputsSheet(
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
    { zh: "假设：所有输入集中于此", en: "Inputs: every assumption in one place" },
    {
      zh: "浅黄底蓝字为输入，可修改；“选用值”按所选情景取低/中/高；来源列为种子数字编号或“分析师”；百分比按小数存储",
      en: "Light-yellow cells are inputs; “value used” takes low/mid/high by the scenario; source = seed figure id or “analyst”; percentages are stored as fractions",
    }
  );
  const fr = INPUTS_GEOMETRY.fleetRow;
  const sr = INPUTS_GEOMETRY.scenarioRow;
  emit(`${c.label}${fr}`, "label", { value: textIn(FLEET_INPUT.label, edition) });
  emit(`${c.unit}${fr}`, "unit", { value: textIn({ zh: "辆", en: "vehicles" }, edition) });
  emit(`${c.value}${fr}`, "input", { value: settings.fleet, fmt: FLEET_INPUT.fmt });
  emit(`${c.seed}${fr}`, "seed", { value: "S4" });
  emit(`${c.note}${fr}`, "note", {
    value: textIn(
      { zh: "规划第0年（今天）的保有量", en: "the plan's year-0 (today's) fleet" },
      edition
    ),
  });
  inputCells.push({
    key: FLEET_INPUT.key,
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
        zh: "下拉选择：决定每个区间取值与十一个驱动因素的系数（低 = 悲观端，高 = 乐观端）",
        en: "pick one: sets every ranged input and the eleven drivers' factors (low = downside, high = upside)",
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
    emit(
      `${col}${hr}`,
      numeric.has(col) ? "headerNum" : col === c.seed ? "headerCenter" : "header",
      {
        value: text,
      }
    );
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
  const pageBreaks: number[] = [];
  for (const section of INPUT_SECTIONS) {
    if (section.newPage) pageBreaks.push(r - 1);
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
        const value =
          row.perEdition?.[edition] ?? (row.fromSettings ? row.fromSettings(settings) : row.value);
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
      } else if (row.kind === "constant") {
        emit(`${c.value}${r}`, "constant", { value: row.value, fmt: row.fmt });
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
    emit(`${c.seed}${place.header}`, "headerCenter", { value: textIn(H.source, edition) });
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
  r = factorBlock(edition, book, settings, inputCells, emit, match);
  return {
    key: "inputs",
    name,
    cells,
    widths: [48, 15, 11, 11, 11, 12, 11, 11, 8, 68],
    freeze: { rows: hr, columns: 1 },
    merges: [],
    validations,
    flagRanges: [],
    printArea: `A1:${c.note}${r - 1}`,
    tabColor: TAB.inputs,
    pageBreaks,
    printTitleRows: `${hr}:${hr}`,
  };
}

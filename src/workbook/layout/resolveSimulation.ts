/** The simulation sheet written out (MODEL.md §9): parameters, summary, histogram bins, trials. */
import type { Edition } from "../contract";
import { addressOf, qualified, sheetName } from "./formula";
import type { AddressBook } from "./addresses";
import { CASE_FACTOR_ROWS } from "./caseFactors";
import { HEADER_3_LINES, pagesWide, type ResolvedSheet } from "./resolved";
import { collector, TAB, titleRows, type Emit } from "./sheetParts";
import {
  HISTOGRAM_BINS,
  LAST_TRIAL_ROW,
  PARAMETER_LABELS,
  PARAMETER_ROWS,
  paramRow,
  PRIMES,
  SIM_GEOMETRY as G,
  SIM_SHEET,
  SIM_TRIALS,
  summaryRow,
  type SummaryKey,
} from "./simulation";
import { textIn, type Fmt, type Text } from "./types";
import { variantCells } from "./variants";
import { VARIANT_COLUMNS, variantColumn, type VariantColumnKey } from "./variantColumns";
import { resolveFormula } from "./formula";

/**
 * The variant columns a trial needs: years 1…5 (year 0 is today, the status quo measured, which no
 * NPV counts) and the NPVs; not the year-5 role (V_5 carries it).
 */
export const SIM_OUTPUTS = VARIANT_COLUMNS.filter(
  (c) => c.key !== "role5" && !/^[FEV]0$/.test(c.key)
);
const SIM_KEYS = new Set(SIM_OUTPUTS.map((c) => c.key));

/** A whole column of the trials, absolute: `$AK$28:$AK$1027`. */
export function trialRange(key: VariantColumnKey): string {
  const col = variantColumn(G.firstOutput, key);
  return `$${col}$${G.firstTrial}:$${col}$${LAST_TRIAL_ROW}`;
}

const at = (k: SummaryKey): string => `$C$${summaryRow(k)}`;
/** The constant a summary row uses (percentile level, rounding step, number of bins), in column B. */
const param = (k: SummaryKey): string => `$B$${summaryRow(k)}`;
const CONSTANTS: Partial<Record<SummaryKey, number>> = {
  p10: 0.1,
  p50: 0.5,
  p90: 0.9,
  binStart: 1_000_000,
  binWidth: HISTOGRAM_BINS,
};
const p = (col: string, row: (typeof PARAMETER_ROWS)[number]): string => `${col}$${paramRow(row)}`;

/** The triangular inverse at the u in `u` for the driver whose parameters sit in column `col`. */
function factorFormula(col: string, u: string): string {
  const lo = p(col, "lo");
  const hi = p(col, "hi");
  const mode = p(col, "mode");
  return `IF(${hi}=${lo},${lo},IF(${u}<${p(col, "split")},${lo}+SQRT(${u}*(${hi}-${lo})*(${mode}-${lo})),${hi}-SQRT((1-${u})*(${hi}-${lo})*(${hi}-${mode}))))`;
}

const SUMMARY: Readonly<Record<SummaryKey, { label: Text; formula: string; fmt: Fmt }>> = {
  trials: {
    label: { zh: "试验次数", en: "Trials" },
    formula: `ROWS(A${G.firstTrial}:A${LAST_TRIAL_ROW})`,
    fmt: "count",
  },
  p10: {
    label: { zh: "净现值 P10", en: "NPV P10" },
    formula: `_xlfn.PERCENTILE.INC(${trialRange("npv")},${param("p10")})`,
    fmt: "amount",
  },
  p50: {
    label: { zh: "净现值 P50", en: "NPV P50" },
    formula: `_xlfn.PERCENTILE.INC(${trialRange("npv")},${param("p50")})`,
    fmt: "amount",
  },
  p90: {
    label: { zh: "净现值 P90", en: "NPV P90" },
    formula: `_xlfn.PERCENTILE.INC(${trialRange("npv")},${param("p90")})`,
    fmt: "amount",
  },
  probD: {
    label: { zh: "第5年达到 D（价值引擎）的概率", en: "Probability of D (value engine) in year 5" },
    formula: `SUMPRODUCT(--(ROUND(${trialRange("V5")},0)>={in.valueEngineValue}))/${at("trials")}`,
    fmt: "pct",
  },
  probInc: {
    label: { zh: "增量净现值为正的概率", en: "Probability of a positive incremental NPV" },
    formula: `SUMPRODUCT(--(ROUND(${trialRange("npvInc")},0)>0))/${at("trials")}`,
    fmt: "pct",
  },
  binStart: {
    label: { zh: "直方图起点（整百万元）", en: "Histogram start (whole millions)" },
    formula: `ROUND(MIN(${trialRange("npv")})/${param("binStart")},0)*${param("binStart")}-${param("binStart")}`,
    fmt: "amount",
  },
  binWidth: {
    label: { zh: "直方图组距（整百万元）", en: "Histogram bin width (whole millions)" },
    formula: `ROUND((MAX(${trialRange("npv")})-${at("binStart")})/${param("binWidth")}/${param("binStart")},0)*${param("binStart")}+${param("binStart")}`,
    fmt: "amount",
  },
};

function trialRow(
  emit: Emit,
  edition: Edition,
  book: AddressBook,
  r: number,
  check: boolean
): void {
  // The trial number counts on from the row above: the check row is trial 0.
  if (check) emit(`A${r}`, "calc", { value: 0, fmt: "count" });
  else emit(`A${r}`, "calc", { formula: `A${r - 1}+1`, fmt: "count" });
  G.uColumns.forEach((col, j) => {
    const u = `${col}${r}`;
    const uFormula = check ? p(col, "split") : `MOD($A${r}*SQRT(${p(col, "q")}),1)`;
    emit(u, "calc", { formula: uFormula, fmt: "ratio" });
    emit(`${G.factorColumns[j]}${r}`, "calc", { formula: factorFormula(col, u), fmt: "ratio" });
  });
  const cells = variantCells(
    { row: r, factors: G.factorColumns.map((c) => `${c}${r}`), firstOutput: G.firstOutput },
    edition,
    book
  );
  for (const c of cells)
    if (SIM_KEYS.has(c.key)) emit(c.address, "calc", { formula: c.formula, fmt: c.fmt });
}

export function simulationSheet(edition: Edition, book: AddressBook): ResolvedSheet {
  const { cells, emit } = collector();
  titleRows(emit, edition, SIM_SHEET.title, SIM_SHEET.subtitle);
  const f = (template: string): string => resolveFormula(template, { edition, book });

  for (const k of Object.keys(SUMMARY) as SummaryKey[]) {
    const s = SUMMARY[k];
    emit(`A${summaryRow(k)}`, "label", { value: textIn(s.label, edition) });
    const constant = CONSTANTS[k];
    if (constant !== undefined)
      emit(`B${summaryRow(k)}`, "calc", {
        value: constant,
        fmt: k === "binStart" || k === "binWidth" ? "count" : "ratio",
      });
    emit(
      `C${summaryRow(k)}`,
      k === "binStart" || k === "binWidth" || k === "trials" ? "calc" : "output",
      {
        formula: f(s.formula),
        fmt: s.fmt,
      }
    );
  }

  emit(`A${G.paramHeader}`, "header", {
    value: textIn({ zh: "驱动因素参数", en: "Driver parameters" }, edition),
  });
  CASE_FACTOR_ROWS.forEach((row, j) => {
    const col = G.uColumns[j] ?? "";
    emit(`${col}${G.paramHeader}`, "headerNum", { value: `k${j + 1}` });
    for (const name of PARAMETER_ROWS) {
      const a = p(col, name).replace("$", "");
      if (name === "q") emit(a, "calc", { value: PRIMES[j] ?? null, fmt: "count" });
      else if (name === "down" || name === "up") {
        const src = addressOf(book, `in.${row.key}@${name === "down" ? "C" : "D"}`);
        emit(a, "calc", { formula: qualified(src.sheet, edition, src.address), fmt: "ratio" });
      } else {
        const lo = p(col, "lo");
        const hi = p(col, "hi");
        const formula = {
          lo: `MIN(${p(col, "down")},${p(col, "up")})`,
          hi: `MAX(${p(col, "down")},${p(col, "up")})`,
          mode: `MEDIAN(${lo},1,${hi})`,
          split: `IF(${hi}=${lo},0,(${p(col, "mode")}-${lo})/(${hi}-${lo}))`,
        }[name];
        emit(a, "calc", { formula, fmt: "ratio" });
      }
    }
  });
  for (const name of PARAMETER_ROWS)
    emit(`A${paramRow(name)}`, "label", { value: textIn(PARAMETER_LABELS[name], edition) });

  const b = G.binColumns;
  const binHeaders: [string, Text][] = [
    [b.bin, { zh: "组", en: "Bin" }],
    // Broken where a reader would break them: the columns are narrow.
    [b.from, { zh: "组下限\n（含）", en: "Bin from\n(incl.)" }],
    [b.to, { zh: "组上限\n（不含）", en: "Bin to\n(excl.)" }],
    [b.mid, { zh: "组中点\n（亿元）", en: "Midpoint\n(CNY m)" }],
    [b.count, { zh: "试验数", en: "Trials" }],
  ];
  for (const [col, text] of binHeaders)
    emit(`${col}${G.binHeader}`, "headerNum", { value: textIn(text, edition) });
  for (let i = 0; i < HISTOGRAM_BINS; i++) {
    const r = G.binHeader + 1 + i;
    const npv = trialRange("npv");
    emit(`${b.bin}${r}`, "calc", { value: i + 1, fmt: "count" });
    emit(`${b.from}${r}`, "calc", {
      formula: `${at("binStart")}+(${b.bin}${r}-1)*${at("binWidth")}`,
      fmt: "amount",
    });
    emit(`${b.to}${r}`, "calc", { formula: `${b.from}${r}+${at("binWidth")}`, fmt: "amount" });
    emit(`${b.mid}${r}`, "calc", {
      formula: f(`MEDIAN(${b.from}${r},${b.to}${r})/{in.amountUnit}`),
      fmt: "shown",
    });
    emit(`${b.count}${r}`, "calc", {
      formula: `COUNTIFS(${npv},">="&${b.from}${r},${npv},"<"&${b.to}${r})`,
      fmt: "count",
    });
  }

  emit(`A${G.trialHeader - 1}`, "note", {
    value: textIn(
      {
        zh: "i = 0 为校验行：各 u 取 F（众数），各系数取众数（1），结果须等于中（基准）情景（见“校验”表）",
        en: "i = 0 is the check row: every u at F(mode), so every factor is its mode (1); it must give the mid case (see Checks)",
      },
      edition
    ),
  });
  emit(`A${G.trialHeader}`, "header", { value: textIn({ zh: "试验 i", en: "Trial i" }, edition) });
  G.uColumns.forEach((col, j) => {
    emit(`${col}${G.trialHeader}`, "headerNum", { value: `u${j + 1}` });
    emit(`${G.factorColumns[j]}${G.trialHeader}`, "headerNum", { value: `k${j + 1}` });
  });
  for (const c of SIM_OUTPUTS)
    emit(`${variantColumn(G.firstOutput, c.key)}${G.trialHeader}`, "headerNum", {
      value: textIn(c.header, edition),
    });
  trialRow(emit, edition, book, G.checkRow, true);
  for (let i = 0; i < SIM_TRIALS; i++) trialRow(emit, edition, book, G.firstTrial + i, false);

  const lastCol = variantColumn(
    G.firstOutput,
    SIM_OUTPUTS[SIM_OUTPUTS.length - 1]?.key ?? "npvInc"
  );
  // The variant block's columns the simulation leaves out stay as narrow gaps, so that each
  // column it keeps sits where the case rows have it.
  const widths = [
    30,
    // Column B (u1) also holds the summary's constants, 1,000,000 among them.
    ...G.uColumns.map((_, j) => (j === 0 ? 11 : 9)),
    ...G.factorColumns.map(() => 9),
    ...VARIANT_COLUMNS.map((c) => (SIM_KEYS.has(c.key) ? 12 : 2)),
  ];
  return {
    key: "sim",
    name: sheetName("sim", edition),
    cells,
    widths,
    freeze: { rows: G.trialHeader, columns: 1 },
    merges: [],
    validations: [],
    flagRanges: [],
    printArea: `A1:${lastCol}${G.firstTrial + 9}`,
    tabColor: TAB.calc,
    printTitleRows: `${G.trialHeader}:${G.trialHeader}`,
    printPagesWide: pagesWide(widths),
    // Three lines for the longest column headers (the bins', the case rows' outputs).
    rowHeights: { [G.binHeader]: HEADER_3_LINES, [G.trialHeader]: HEADER_3_LINES },
  };
}

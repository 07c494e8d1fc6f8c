/**
 * The simulation sheet written out (MODEL.md §9, §11.4): summary, parameters, histogram bins,
 * trials. A trial row: its number i (typed), z_0 = NORMSINV(MOD(i·SQRT(37), 1)), then per driver
 * k_j = the triangular inverse at v = flip + sign·w, w = NORMSDIST(√ρ·z_0 + √(1 − ρ)·NORMSINV(MOD(
 * i·SQRT(q_j), 1))) (driver 11: w = MOD(i·SQRT(31), 1)), written inline; then V_1…V_5, NPV and the
 * incremental NPV from planTemplates, the case rows' own formulas.
 */
import { COMMON_PRIME, CORRELATED_DRIVERS } from "../../model";
import type { Edition } from "../contract";
import { addressOf, qualified, resolveFormula, sheetName } from "./formula";
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
  SIM_LAST_COLUMN,
  SIM_OUTPUT_KEYS,
  SIM_OUTPUTS,
  SIM_SHEET,
  SIM_TRIALS,
  simColumn,
  summaryRow,
  type SimOutputKey,
  type SummaryKey,
} from "./simulation";
import { textIn, type Fmt, type Text } from "./types";
import { planTemplates } from "./variants";

/** A whole column of the trials, absolute: `$S$35:$S$1034`. */
export function trialRange(key: SimOutputKey): string {
  const col = simColumn(key);
  return `$${col}$${G.firstTrial}:$${col}$${LAST_TRIAL_ROW}`;
}

const at = (k: SummaryKey): string => `$C$${summaryRow(k)}`;
/** The constant a summary row uses (percentile level, rounding step, number of bins), in column B. */
const param = (k: SummaryKey): string => `$B$${summaryRow(k)}`;
const CONSTANTS: Partial<Record<SummaryKey, number>> = {
  p10: 0.1,
  p50: 0.5,
  p90: 0.9,
  incP10: 0.1,
  incP50: 0.5,
  incP90: 0.9,
  binStart: 1_000_000,
  binWidth: HISTOGRAM_BINS,
};
const p = (col: string, row: (typeof PARAMETER_ROWS)[number]): string => `${col}$${paramRow(row)}`;

/** The triangular inverse at the v of expression `v` for the driver whose parameters sit in `col`. */
function factorFormula(col: string, v: string): string {
  const lo = p(col, "lo");
  const hi = p(col, "hi");
  const mode = p(col, "mode");
  return `IF(${hi}=${lo},${lo},IF(${v}<${p(col, "split")},${lo}+SQRT(${v}*(${hi}-${lo})*(${mode}-${lo})),${hi}-SQRT((1-${v})*(${hi}-${lo})*(${hi}-${mode}))))`;
}

/** u = MOD(i·SQRT(q), 1) of row r, q the prime above column `col`. */
const uOf = (col: string, r: number): string => `MOD($A${r}*SQRT(${p(col, "q")}),1)`;

const percentile = (key: SimOutputKey, level: SummaryKey): string =>
  `_xlfn.PERCENTILE.INC(${trialRange(key)},${param(level)})`;

const SUMMARY: Readonly<Record<SummaryKey, { label: Text; formula: string; fmt: Fmt }>> = {
  trials: {
    label: { zh: "试验次数", en: "Trials" },
    formula: `ROWS(A${G.firstTrial}:A${LAST_TRIAL_ROW})`,
    fmt: "count",
  },
  correlation: {
    label: { zh: "相关系数 ρ（见“假设”表）", en: "Correlation ρ (from the inputs)" },
    formula: "{in.correlation}",
    fmt: "ratio",
  },
  weightCommon: {
    label: { zh: "共同抽样权重 √ρ", en: "Weight of the common draw √ρ" },
    formula: `SQRT(${at("correlation")})`,
    fmt: "ratio",
  },
  weightOwn: {
    label: { zh: "自身抽样权重 √(1 − ρ)", en: "Weight of the driver's own draw √(1 − ρ)" },
    formula: `SQRT(1-${at("correlation")})`,
    fmt: "ratio",
  },
  p10: {
    label: { zh: "净现值 P10", en: "NPV P10" },
    formula: percentile("npv", "p10"),
    fmt: "amount",
  },
  p50: {
    label: { zh: "净现值 P50", en: "NPV P50" },
    formula: percentile("npv", "p50"),
    fmt: "amount",
  },
  p90: {
    label: { zh: "净现值 P90", en: "NPV P90" },
    formula: percentile("npv", "p90"),
    fmt: "amount",
  },
  mean: {
    label: { zh: "净现值均值（各试验平均）", en: "NPV mean (over the trials)" },
    formula: `AVERAGE(${trialRange("npv")})`,
    fmt: "amount",
  },
  incP10: {
    label: { zh: "增量净现值 P10", en: "Incremental NPV P10" },
    formula: percentile("npvInc", "incP10"),
    fmt: "amount",
  },
  incP50: {
    label: { zh: "增量净现值 P50", en: "Incremental NPV P50" },
    formula: percentile("npvInc", "incP50"),
    fmt: "amount",
  },
  incP90: {
    label: { zh: "增量净现值 P90", en: "Incremental NPV P90" },
    formula: percentile("npvInc", "incP90"),
    fmt: "amount",
  },
  incMean: {
    label: { zh: "增量净现值均值", en: "Incremental NPV mean" },
    formula: `AVERAGE(${trialRange("npvInc")})`,
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
/** The summary rows that are named outputs (the others are working cells). */
const OUTPUT_ROWS: ReadonlySet<SummaryKey> = new Set([
  "p10",
  "p50",
  "p90",
  "mean",
  "incP10",
  "incP50",
  "incP90",
  "probD",
  "probInc",
]);

/** v of driver j (0-based) in row r: flip + sign·w, the favourable side first. */
function vOf(j: number, col: string, r: number): string {
  const w =
    j < CORRELATED_DRIVERS
      ? `NORMSDIST(${at("weightCommon")}*$${G.commonColumn}${r}+${at("weightOwn")}*NORMSINV(${uOf(col, r)}))`
      : uOf(col, r);
  return `(${p(col, "flip")}+${p(col, "sign")}*${w})`;
}

function trialRow(
  emit: Emit,
  edition: Edition,
  book: AddressBook,
  r: number,
  check: boolean
): void {
  // The trial number is typed: the check row is trial 0.
  emit(`A${r}`, "calc", { value: check ? 0 : r - G.firstTrial + 1, fmt: "count" });
  if (!check)
    emit(`${G.commonColumn}${r}`, "calc", {
      formula: `NORMSINV(${uOf(G.commonColumn, r)})`,
      fmt: "ratio",
    });
  G.factorColumns.forEach((col, j) => {
    const v = check ? p(col, "split") : vOf(j, col, r);
    emit(`${col}${r}`, "calc", { formula: factorFormula(col, v), fmt: "ratio" });
  });
  const t = planTemplates(
    G.factorColumns.map((c) => `${c}${r}`),
    edition
  );
  const f = (template: string): string => resolveFormula(template, { edition, book });
  const cell = (key: SimOutputKey): string => `${simColumn(key)}${r}`;
  const formulas: Record<SimOutputKey, string> = {
    V1: "",
    V2: "",
    V3: "",
    V4: "",
    V5: "",
    npv: t.npv(`${cell("V1")}:${cell("V5")}`),
    npvInc: `${cell("npv")}-${t.npvStatusQuo(t.fleetYears())}`,
  };
  for (const y of [1, 2, 3, 4, 5] as const)
    formulas[`V${y}`] = t.value(y, `(${t.fleet(y)})`, `(${t.eco(y)})`);
  SIM_OUTPUTS.forEach((c, i) => {
    const key = SIM_OUTPUT_KEYS[i] as SimOutputKey;
    emit(cell(key), "calc", { formula: f(formulas[key]), fmt: c.fmt });
  });
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
    emit(`C${summaryRow(k)}`, OUTPUT_ROWS.has(k) ? "output" : "calc", {
      formula: f(s.formula),
      fmt: s.fmt,
    });
  }

  emit(`A${G.paramHeader}`, "header", {
    value: textIn({ zh: "驱动因素参数", en: "Driver parameters" }, edition),
  });
  emit(`${G.commonColumn}${G.paramHeader}`, "headerNum", { value: "z₀" });
  emit(`${G.commonColumn}${paramRow("q")}`, "calc", { value: COMMON_PRIME, fmt: "count" });
  CASE_FACTOR_ROWS.forEach((row, j) => {
    const col = G.factorColumns[j] ?? "";
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
        const favourable = `${p(col, "up")}>=${p(col, "down")}`;
        const formula = {
          lo: `MIN(${p(col, "down")},${p(col, "up")})`,
          hi: `MAX(${p(col, "down")},${p(col, "up")})`,
          mode: `MEDIAN(${lo},1,${hi})`,
          split: `IF(${hi}=${lo},0,(${p(col, "mode")}-${lo})/(${hi}-${lo}))`,
          flip: `IF(${favourable},0,1)`,
          sign: `IF(${favourable},1,-1)`,
        }[name];
        emit(a, "calc", { formula, fmt: name === "flip" || name === "sign" ? "count" : "ratio" });
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

  emit(`A${G.trialHeader - 2}`, "note", {
    value: textIn(
      {
        zh: "每行只存结果所需：抽样 z₀、系数 k（各自的抽样写在公式内）、第1–5年贡献 V（保有量与每车生态写在公式内）、净现值与增量净现值",
        en: "Each row keeps only what the results need: the draw z₀, the factors k (each one's own draw inside its formula), contribution V in years 1–5 (fleet and eco per vehicle inside), the NPV and the incremental NPV",
      },
      edition
    ),
  });
  emit(`A${G.trialHeader - 1}`, "note", {
    value: textIn(
      {
        zh: "i = 0 为校验行：各 v 取 F（众数），各系数取众数（1），结果须等于中（基准）情景（见“校验”表）",
        en: "i = 0 is the check row: every v at F(mode), so every factor is its mode (1); it must give the mid case (see Checks)",
      },
      edition
    ),
  });
  emit(`A${G.trialHeader}`, "header", { value: textIn({ zh: "试验 i", en: "Trial i" }, edition) });
  emit(`${G.commonColumn}${G.trialHeader}`, "headerNum", { value: "z₀" });
  G.factorColumns.forEach((col, j) =>
    emit(`${col}${G.trialHeader}`, "headerNum", { value: `k${j + 1}` })
  );
  SIM_OUTPUTS.forEach((c, i) =>
    emit(`${simColumn(SIM_OUTPUT_KEYS[i] as SimOutputKey)}${G.trialHeader}`, "headerNum", {
      value: textIn(c.header, edition),
    })
  );
  trialRow(emit, edition, book, G.checkRow, true);
  for (let i = 0; i < SIM_TRIALS; i++) trialRow(emit, edition, book, G.firstTrial + i, false);

  const widths = [
    30,
    // Column B (z₀) also holds the summary's constants, 1,000,000 among them.
    11,
    // Column C (k1) also holds the summary's values.
    ...G.factorColumns.map((_, j) => (j === 0 ? 14 : 9)),
    ...SIM_OUTPUTS.map(() => 13),
    2, // U: a gap before the histogram
    5,
    13,
    13,
    10,
    8,
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
    printArea: `A1:${SIM_LAST_COLUMN}${G.firstTrial + 9}`,
    tabColor: TAB.calc,
    printTitleRows: `${G.trialHeader}:${G.trialHeader}`,
    printPagesWide: pagesWide(widths),
    // Three lines for the longest column headers (the bins', the outputs').
    rowHeights: { [G.binHeader]: HEADER_3_LINES, [G.trialHeader]: HEADER_3_LINES },
  };
}

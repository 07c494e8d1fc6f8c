/**
 * The dashboard (仪表盘): the lesson's dilemma on one landscape page (MODEL.md §8), as data.
 * resolveDashboard.ts writes it. Every cell links to a calculation sheet; the only arithmetic
 * here is display: ÷ the inputs sheet's unit constants (亿元 / CNY m, 万辆 / vehicles), the role's
 * letter. The page, top to bottom:
 * - tiles: today → status quo in year 5 → the plan in year 5 (roles and values), the incremental
 *   NPV with IRR and payback, the fleet it takes to be D, and the checks in words (frozen);
 * - left: the dilemma block, the role path of plan and status quo with their contributions and
 *   the C and D thresholds, the band legend, the no-cost warning and the near-threshold flag, the
 *   contribution chart, and the status quo and three cases side by side;
 * - right: the worth against doing nothing (NPV, incremental NPV, IRR, payback, operating
 *   break-even), the incremental NPV's tornado over all eleven drivers, and rows kept free for issue 16's
 *   simulation results (DASH_ROWS.simulationFirst…simulationLast).
 * The charts' data sit below the printed page in a block of links (chart data), visible, unhidden.
 */
import { CALIBRATION_MESSAGE } from "./calibrationChecks";
import type { ChartLayout } from "./charts";
import type { Fmt, Formula, Text } from "./types";
import { SIM_GEOMETRY, simColumn } from "./simulation";
import { SHOWN, U } from "./units";

/** Columns A–Q: margin, labels, six years, unit, gap, six chart columns, margin. */
export const DASH_WIDTHS = [
  1.5, 22, 10, 10, 10, 10, 10, 10, 9, 2, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 1.5,
];
export const DASH_YEARS = ["C", "D", "E", "F", "G", "H"] as const;

export interface Tile {
  readonly key: string;
  /** First and last column. */
  readonly from: string;
  readonly to: string;
  /** A fixed caption, or a formula per edition. */
  readonly caption: Text;
  readonly captionIsFormula?: boolean;
  readonly value: Formula;
  readonly fmt: Fmt;
  /** A formula per edition (a text built from the figures). */
  readonly detail: Text;
  /** Check_All: coloured TRUE/FALSE. */
  readonly flag?: boolean;
}

const amount = (key: string): Formula => `${key}/{in.amountUnit}`;
/**
 * TEXT(x, format), except that a value whose magnitude shows as zero reads as zero: a tiny
 * negative (−0.001亿) is "0.00", where TEXT alone writes "-0.00" in Excel and "0.00" in
 * LibreOffice. No rounding digits in the formula: the format alone decides.
 */
export const zeroSafeText = (x: string, format: string): string =>
  `IF(TEXT(ABS(${x}),"${format}")=TEXT(0,"${format}"),TEXT(0,"${format}"),TEXT(${x},"${format}"))`;

/** An amount as text in the page's unit: 亿元 with two decimals (zh-CN), CNY m whole (en-US). */
const money = (key: string, zh: boolean): string =>
  zeroSafeText(amount(key), zh ? "#,##0.00" : "#,##0");

/** A display amount as text: 亿 with two decimals (zh-CN), CNY m with separators (en-US). */
const shownText = (key: string, zh: boolean): string => money(key, zh);

/** No platform opex and no capex in any year (MODEL.md §11.8): the NPV is an upper bound. */
const NO_INVESTMENT = "AND({in.ecoOpex}=0,SUM({range:in.capex@0..capex@5})=0)";

export const TILES: readonly Tile[] = [
  {
    key: "dilemma",
    from: "B",
    to: "E",
    caption: {
      zh: "问题1（S18）：今天 → 现状第5年 → 规划第5年",
      en: "Q1 (S18): today → status quo, year 5 → plan, year 5",
    },
    value: `LEFT({plan.role@0},1)&" → "&LEFT({plan.statusQuoRole@5},1)&" → "&LEFT({plan.role@5},1)`,
    fmt: "text",
    detail: {
      zh: `${shownText("{plan.ecoValue@0}", true)}&" → "&${shownText("{plan.profit@5}", true)}&" → "&${shownText("{plan.ecoValue@5}", true)}&" 亿元/年（税前贡献）"`,
      en: `"CNY m/yr "&${shownText("{plan.ecoValue@0}", false)}&" → "&${shownText("{plan.profit@5}", false)}&" → "&${shownText("{plan.ecoValue@5}", false)}&" (pre-tax)"`,
    },
  },
  {
    key: "npvInc",
    from: "F",
    to: "I",
    caption: {
      zh: `IF(${NO_INVESTMENT},"增量净现值 · 未录入投资：上限","对比现状的增量净现值（税前，折现率 "&TEXT({in.discountRate}*{in.kDiscountRate@E},"0.0%")&"）")`,
      en: `IF(${NO_INVESTMENT},"Incremental NPV · no investment entered: an upper bound","Incremental NPV vs status quo (pre-tax, "&TEXT({in.discountRate}*{in.kDiscountRate@E},"0.0%")&")")`,
    },
    captionIsFormula: true,
    value: amount("{analysis.npvInc}"),
    fmt: "tileAmount",
    detail: {
      zh:
        `IF(${NO_INVESTMENT},"IRR、回收期不适用：没有投资，无可回收",` +
        `"IRR "&IF(ISNUMBER({analysis.irr}),${zeroSafeText("{analysis.irr}", "0.0%")},{analysis.irr})&" · 回收："&IF(ISNUMBER({analysis.payback}),"第"&{analysis.payback}&"年",{analysis.payback}))`,
      en:
        `IF(${NO_INVESTMENT},"IRR and payback n/a: nothing invested, nothing to pay back",` +
        `"IRR "&IF(ISNUMBER({analysis.irr}),${zeroSafeText("{analysis.irr}", "0.0%")},{analysis.irr})&" · payback: "&IF(ISNUMBER({analysis.payback}),"year "&{analysis.payback},{analysis.payback}))`,
    },
  },
  {
    key: "fleetForD",
    from: "K",
    to: "M",
    caption: {
      zh: "成为价值引擎所需的第5年保有量",
      en: "Year-5 fleet for D (vehicles)",
    },
    value:
      "IF(ISNUMBER({analysis.fleetForD}),ROUNDUP({analysis.fleetForD},0)/{in.fleetUnit},{analysis.fleetForD})",
    fmt: "tileFleet",
    detail: {
      zh: `"规划第5年 "&TEXT({plan.fleet@5}/{in.fleetUnit},"#,##0.0")&" 万辆，今天 "&TEXT({in.fleet}/{in.fleetUnit},"#,##0.0")&" 万辆"`,
      en: `"Year 5: "&TEXT({plan.fleet@5}/{in.fleetUnit},"#,##0")&"; today: "&TEXT({in.fleet}/{in.fleetUnit},"#,##0")`,
    },
  },
  {
    key: "checkAll",
    from: "N",
    to: "P",
    caption: { zh: "校验", en: "Checks" },
    value: "IF({checks.all},{txt:checksPass},{txt:checksFail})",
    fmt: "text",
    flag: true,
    detail: {
      zh: `IF({checks.all},"见“校验”表","请查看“校验”表")`,
      en: `IF({checks.all},"see Checks","open the Checks sheet")`,
    },
  },
];

/** A row of a block: a label, one formula per column (`#` = the column's plan year). */
export interface DashRow {
  readonly key: string;
  /** A fixed text, or a formula (one for both editions, or one per edition). */
  readonly label: Text | { readonly formula: Formula | Text };
  readonly cells: readonly Formula[];
  readonly fmt: Fmt;
  readonly style?: "value" | "role" | "total";
  readonly unit: Text;
}

export interface DashBlock {
  readonly key: string;
  readonly title?: Text;
  /** Header texts of the value columns, or "years" for 第0年…第5年. */
  readonly header: "years" | readonly Text[];
  /** The header of the label column. */
  readonly corner: Text;
  readonly rows: readonly DashRow[];
  /** The title names the unit, and the block has no unit column (it fills its half's width). */
  readonly unitInTitle?: boolean;
  readonly chart?: ChartLayout & {
    readonly topLeft: string;
    readonly bottomRight: string;
    /** Series keys: the block's rows (seriesBy Rows) that the chart draws; default all. */
    readonly rows?: readonly string[];
  };
}

const ITEM: Text = { zh: "项目", en: "Item" };
const yearly = (formula: Formula): readonly Formula[] => [formula];

/** Today, the status quo in year 5 and the plan in year 5: the lesson's dilemma (S17–S18). */
export const DILEMMA: DashBlock = {
  key: "dilemma",
  title: {
    zh: "两难：继续亏损，还是创造价值？（税前贡献，亿元/年）",
    en: "The dilemma in year 5: keep losing, or create value? (pre-tax, CNY m/yr)",
  },
  header: [
    { zh: "今天（第0年）", en: "Today (yr 0)" },
    { zh: "现状 第5年", en: "Status quo" },
    { zh: "规划 第5年", en: "Plan" },
  ],
  corner: ITEM,
  rows: [
    {
      key: "role",
      label: { zh: "角色（S18）", en: "Role (S18)" },
      cells: ["LEFT({plan.role@0},1)", "LEFT({plan.statusQuoRole@5},1)", "LEFT({plan.role@5},1)"],
      fmt: "text",
      style: "role",
      unit: U.role,
    },
    {
      key: "value",
      label: { zh: "年贡献 V", en: "Contribution V" },
      cells: [amount("{plan.ecoValue@0}"), amount("{plan.profit@5}"), amount("{plan.ecoValue@5}")],
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
  ],
};

/** The role path of the plan and of the status quo over their contributions and the thresholds. */
export const ROLE_PATH: DashBlock = {
  key: "path",
  title: {
    zh: "角色路径与年贡献：规划与现状（亿元/年）",
    en: "Role path and contribution: plan and status quo (CNY m/yr)",
  },
  header: "years",
  corner: ITEM,
  rows: [
    {
      key: "role",
      label: { zh: "规划角色", en: "Plan role" },
      cells: yearly("LEFT({plan.role@#},1)"),
      fmt: "text",
      style: "role",
      unit: U.role,
    },
    {
      key: "sqRole",
      label: { zh: "现状角色", en: "Status-quo role" },
      cells: yearly("LEFT({plan.statusQuoRole@#},1)"),
      fmt: "text",
      style: "role",
      unit: U.role,
    },
    {
      key: "ecoValue",
      label: { zh: "规划年贡献 V", en: "Plan contribution V" },
      cells: yearly(amount("{plan.ecoValue@#}")),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
    {
      key: "sqValue",
      label: { zh: "现状年贡献 P", en: "Status-quo contribution P" },
      cells: yearly(amount("{plan.profit@#}")),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
    {
      key: "thresholdC",
      label: { zh: "C 门槛", en: "C threshold" },
      cells: yearly(amount("{in.profitCentreMargin}")),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
    {
      key: "thresholdD",
      label: { zh: "D 门槛", en: "D threshold" },
      cells: yearly(amount("{in.valueEngineValue}")),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
  ],
  chart: {
    id: "planThreshold",
    title: {
      zh: "年贡献：规划与现状，对照 C、D 门槛（亿元/年）",
      en: "Contribution: plan and status quo against the C and D thresholds (CNY m/yr)",
    },
    type: "ColumnClustered",
    seriesBy: "Rows",
    rows: ["ecoValue", "sqValue", "thresholdC", "thresholdD"],
    lines: ["thresholdC", "thresholdD"],
    colors: { ecoValue: "blue", sqValue: "grey", thresholdC: "orange", thresholdD: "red" },
    // No value labels: a threshold line would strike them; the table above gives every value.
    heightRows: 14,
    topLeft: "B25",
    bottomRight: "I39",
  },
};

/** The status quo and the three cases side by side, whatever In_Scenario says. */
export const CASES: DashBlock = {
  key: "cases",
  title: {
    zh: "现状与三个情景（全量重算，亿元）",
    en: "Status quo and the three cases (full recomputations, CNY m)",
  },
  header: [
    { zh: "现状（中）", en: "Status quo" },
    { zh: "低（悲观）", en: "Low (down)" },
    { zh: "中（基准）", en: "Mid (base)" },
    { zh: "高（乐观）", en: "High (up)" },
  ],
  corner: ITEM,
  rows: [
    {
      key: "role",
      label: { zh: "第5年角色", en: "Year-5 role" },
      cells: ["C", "D", "E", "F"].map((c) => `LEFT({analysis.caseRole@${c}},1)`),
      fmt: "text",
      style: "role",
      unit: U.role,
    },
    {
      key: "value",
      label: { zh: "第5年年贡献 V", en: "Year-5 contribution V" },
      cells: ["C", "D", "E", "F"].map((c) => amount(`{analysis.caseValue@${c}}`)),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
    {
      key: "npv",
      label: { zh: "税前净现值", en: "Pre-tax NPV" },
      cells: ["C", "D", "E", "F"].map((c) => amount(`{analysis.caseNpv@${c}}`)),
      fmt: "shown",
      unit: SHOWN.amount,
    },
    {
      key: "npvInc",
      label: { zh: "增量净现值", en: "Incremental NPV" },
      cells: ["C", "D", "E", "F"].map((c) => amount(`{analysis.caseNpvInc@${c}}`)),
      fmt: "shown",
      unit: SHOWN.amount,
    },
  ],
};

/** What the plan is worth against doing nothing (right column, under the tiles). */
export const WORTH: DashBlock = {
  key: "worth",
  title: { zh: "对比现状的价值（所选情景）", en: "Worth against doing nothing (selected case)" },
  header: [{ zh: "数值", en: "Value" }],
  corner: ITEM,
  rows: [
    {
      key: "npv",
      label: { zh: "规划税前净现值", en: "Plan NPV (pre-tax)" },
      cells: [amount("{analysis.npv}")],
      fmt: "shown",
      unit: SHOWN.amount,
    },
    {
      key: "npvSq",
      label: { zh: "现状税前净现值", en: "Status-quo NPV" },
      cells: [amount("{analysis.npvSq}")],
      fmt: "shown",
      unit: SHOWN.amount,
    },
    {
      key: "npvInc",
      label: { zh: "增量净现值", en: "Incremental NPV" },
      cells: [amount("{analysis.npvInc}")],
      fmt: "shown",
      style: "total",
      unit: SHOWN.amount,
    },
    {
      key: "irr",
      label: { zh: "增量 IRR", en: "Incremental IRR" },
      cells: ["{analysis.irr}"],
      fmt: "pct",
      unit: U.share,
    },
    {
      key: "payback",
      label: { zh: "投资回收年", en: "Payback year" },
      cells: ["{analysis.payback}"],
      fmt: "year",
      unit: U.planYear,
    },
    {
      key: "breakeven",
      label: { zh: "经营盈亏平衡年（V ≥ 0）", en: "Operating break-even (V ≥ 0)" },
      cells: ["{analysis.breakevenYear}"],
      fmt: "year",
      unit: U.planYear,
    },
  ],
};

const sorted = (rank: number): DashRow => ({
  key: `sorted${rank}`,
  label: { formula: `{analysis.sorted${rank}@A}` },
  cells: [amount(`{analysis.sorted${rank}@G}`), amount(`{analysis.sorted${rank}@H}`)],
  fmt: "shown",
  unit: SHOWN.amount,
});

/**
 * Chart data (below the printed page): the tornado's bars, all eleven drivers ranked by the
 * incremental NPV's swing (MODEL.md §11.5), each end's change from the base case's incremental NPV.
 */
export const TORNADO: DashBlock = {
  key: "tornado",
  header: [
    { zh: "悲观端 − 基准", en: "Downside − base" },
    { zh: "乐观端 − 基准", en: "Upside − base" },
  ],
  corner: { zh: "增量净现值敏感性（按摆幅排序）", en: "Incremental NPV sensitivity (by swing)" },
  rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(sorted),
  chart: {
    id: "tornado",
    title: {
      zh: "敏感性：增量净现值相对基准的变动（亿元，按摆幅排序）",
      en: "Sensitivity: incremental NPV change from the base case (CNY m, by swing)",
    },
    type: "BarStacked",
    seriesBy: "Columns",
    colors: { c0: "orange", c1: "blue" },
    heightRows: 16,
    topLeft: "K17",
    bottomRight: "P34",
  },
};

/**
 * The plan as a distribution (MODEL.md §9, §11.4), under the page's first half: P10 / P50 / P90
 * and the mean of the NPV and of the incremental NPV from the simulation sheet, beside the base
 * case (the mid case: every driver at its most likely value).
 */
export const DISTRIBUTION: DashBlock = {
  key: "distribution",
  title: {
    zh: "净现值的分布（1,000 次模拟试验，亿元）",
    en: "The NPV as a distribution (1,000 simulated trials, CNY m)",
  },
  header: [
    { zh: "P10", en: "P10" },
    { zh: "P50", en: "P50" },
    { zh: "P90", en: "P90" },
    { zh: "均值", en: "Mean" },
    { zh: "基准（中）", en: "Base (mid)" },
  ],
  corner: ITEM,
  unitInTitle: true,
  rows: [
    {
      key: "npv",
      label: { zh: "净现值", en: "NPV" },
      cells: [
        amount("{sim.p10}"),
        amount("{sim.p50}"),
        amount("{sim.p90}"),
        amount("{sim.mean}"),
        amount("{analysis.caseNpv@E}"),
      ],
      fmt: "shown",
      style: "total",
      unit: SHOWN.amount,
    },
    {
      key: "npvInc",
      label: { zh: "增量净现值", en: "Incremental NPV" },
      cells: [
        amount("{sim.incP10}"),
        amount("{sim.incP50}"),
        amount("{sim.incP90}"),
        amount("{sim.incMean}"),
        amount("{analysis.caseNpvInc@E}"),
      ],
      fmt: "shown",
      unit: SHOWN.amount,
    },
  ],
};

/** The headline beside it: the probability of D (value engine) in year 5. */
export const PROB_D_TILE: Tile = {
  key: "probD",
  from: "K",
  to: "P",
  caption: { zh: "第5年成为价值引擎（D）的概率", en: "Probability of D (value engine) in year 5" },
  value: "{sim.probD}",
  fmt: "pct",
  detail: {
    zh: `"增量净现值为正的概率 "&TEXT({sim.probInc},"0.0%")`,
    en: `"Probability that the strategy beats the status quo: "&TEXT({sim.probInc},"0.0%")`,
  },
};

/**
 * The simulation's lines (MODEL.md §11.4): under the probability tile, when P(ecosystem beats the
 * status quo) is 100 % only because no ecosystem cost or investment has been entered (the
 * incremental flows are then data and stream margins, never negative); then what the base case
 * and the trials are, without claiming why their NPVs differ; beside the cases, that the low and
 * high cases put every driver at its extreme at once, with the count of trials beyond each.
 */
const TRIAL_NPVS = `{range:sim.firstTrial@${simColumn("npv")}..lastTrial@${simColumn("npv")}}`;

export const SIMULATION_LINES = {
  noCost: {
    zh: 'IF(AND({sim.probInc}=1,{in.ecoOpex}=0,SUM({range:in.capex@0..capex@5})=0),"注：未录入任何生态成本或投资，增量必为正，故为 100 %","")',
    en: 'IF(AND({sim.probInc}=1,{in.ecoOpex}=0,SUM({range:in.capex@0..capex@5})=0),"Note: 100 % only because no ecosystem cost or investment is entered","")',
  },
  baseAndTrials: {
    zh: "基准（中）：每个驱动因素取最可能值（系数 1）；试验：每个驱动因素在其区间内抽样",
    en: "Base (mid): every driver at its most likely value (1); trials: every driver drawn within its range",
  },
  draws: {
    zh: '"三角分布；驱动因素 1–10 相关 ρ = "&TEXT({in.correlation},"0.00")&"，折现率单独抽样；详见“模拟”表"',
    en: '"Triangular; drivers 1–10 correlated, ρ = "&TEXT({in.correlation},"0.00")&", the discount rate on its own; see Simulation"',
  },
  cases: {
    zh: `"低、高情景让所有驱动因素同时取极端值，很少或没有试验达到：净现值低于低情景的试验 "&COUNTIF(${TRIAL_NPVS},"<"&{analysis.caseNpv@D})&" 次，高于高情景的 "&COUNTIF(${TRIAL_NPVS},">"&{analysis.caseNpv@F})&" 次（共 "&TEXT({sim.trials},"#,##0")&" 次）"`,
    en: `"The low and high cases put every driver at its extreme at once, so few or no trials reach them: "&COUNTIF(${TRIAL_NPVS},"<"&{analysis.caseNpv@D})&" of "&TEXT({sim.trials},"#,##0")&" trials below low, "&COUNTIF(${TRIAL_NPVS},">"&{analysis.caseNpv@F})&" above high"`,
  },
} as const satisfies Record<string, Text>;

const bin = (i: number): DashRow => ({
  key: `bin${i}`,
  // The axis reads in the page's unit: 亿元 to one decimal, CNY m whole.
  label: {
    formula: {
      zh: zeroSafeText(`{sim.bin${i}@${SIM_GEOMETRY.binColumns.mid}}`, "#,##0.0"),
      en: zeroSafeText(`{sim.bin${i}@${SIM_GEOMETRY.binColumns.mid}}`, "#,##0"),
    },
  },
  cells: [`{sim.bin${i}@${SIM_GEOMETRY.binColumns.count}}`],
  fmt: "count",
  unit: { zh: "次", en: "trials" },
});

/** Chart data: the simulation's histogram bins (midpoint, trials), drawn as columns. */
export const HISTOGRAM: DashBlock = {
  key: "histogram",
  header: [{ zh: "试验数", en: "Trials" }],
  corner: { zh: "净现值直方图（组中点，亿元）", en: "NPV histogram (bin midpoint, CNY m)" },
  rows: Array.from({ length: 20 }, (_, i) => bin(i)),
  chart: {
    id: "npvHistogram",
    title: {
      zh: "净现值分布：1,000 次试验的直方图（横轴：净现值，亿元）",
      en: "NPV distribution: histogram of 1,000 trials (across: NPV, CNY m)",
    },
    type: "ColumnClustered",
    seriesBy: "Columns",
    colors: { c0: "blue" },
    legend: "None",
    heightRows: 14,
    topLeft: "B48",
    bottomRight: "P60",
  },
};

const BRIDGE_LABELS: readonly Text[] = [
  { zh: "今天 V₀", en: "Today V0" },
  { zh: "传统售后", en: "Traditional" },
  { zh: "数据", en: "Data" },
  { zh: "BaaS", en: "BaaS" },
  { zh: "充电", en: "Charging" },
  { zh: "保险", en: "Insurance" },
  { zh: "NIO Life", en: "NIO Life" },
  { zh: "二手车", en: "Used cars" },
  { zh: "平台成本", en: "Platform opex" },
  { zh: "第5年 V₅", en: "Year 5 V5" },
];

/** The bridge's bars (MODEL.md §11.7) in the page's unit, from Out_Bridge on the analysis sheet. */
export const BRIDGE: DashBlock = {
  key: "bridge",
  title: {
    zh: "价值桥：今天 → 第5年的年贡献（税前，亿元/年，所选情景）",
    en: "Value bridge: the contribution from today to year 5 (pre-tax, CNY m/yr, selected case)",
  },
  header: [{ zh: "变动", en: "Change" }],
  corner: ITEM,
  rows: BRIDGE_LABELS.map((label, i) => ({
    key: `bar${i}`,
    label,
    cells: [amount(`{analysis.bridge${i}}`)],
    fmt: "shown",
    ...(i === 0 || i === 9 ? { style: "total" as const } : {}),
    unit: SHOWN.amountYear,
  })),
};

/** A valuation amount in the page's unit, or its n/a text (d ≤ g). */
const shownOrText = (key: string): Formula => `IF(ISNUMBER(${key}),${key}/{in.amountUnit},${key})`;

/** Question 3 (MODEL.md §11.6): what after-sales adds to valuation, at the selected case. */
export const VALUATION: DashBlock = {
  key: "valuation",
  title: {
    zh: "问题3：售后为估值增加什么（税前，亿元）",
    en: "Question 3: what after-sales adds to valuation (pre-tax, CNY m)",
  },
  header: [{ zh: "价值", en: "Value" }],
  corner: ITEM,
  rows: [
    {
      key: "plan",
      label: { zh: "规划：净现值 + 第5年永续（不再投资）", en: "Plan: NPV + year 5 in perpetuity" },
      cells: [shownOrText("{analysis.valuePlan}")],
      fmt: "shown",
      unit: SHOWN.amount,
    },
    {
      key: "sq",
      label: { zh: "现状：假设第5年贡献持续", en: "Status quo: its year 5 goes on" },
      cells: [shownOrText("{analysis.valueSq}")],
      fmt: "shown",
      unit: SHOWN.amount,
    },
    {
      key: "inc",
      label: { zh: "售后生态增加的价值", en: "Value added by the ecosystem" },
      cells: [shownOrText("{analysis.valueInc}")],
      fmt: "shown",
      style: "total",
      unit: SHOWN.amount,
    },
  ],
};

/** What the valuation is and is not (MODEL.md §11.6), under its block. */
export const VALUATION_NOTE: readonly Text[] = [
  {
    zh: "税前；永续为第5年年贡献按增长率 g 持续、不再投资；现状假设其第5年贡献持续",
    en: "Pre-tax; the perpetuity is year 5 growing at g with no reinvestment; the status quo's year 5 goes on",
  },
  {
    zh: "未录入生态成本与投资时为上限，同净现值；详见“规划分析”表",
    en: "With no ecosystem cost or investment entered an upper bound, like the NPV; see Plan analysis",
  },
];

/** Where bar i starts and ends, in the page's unit: the running sum of the bars before it. */
const barStart = (i: number): string =>
  i === 0 ? "0" : `SUM({range:analysis.bridge0..bridge${i - 1}})/{in.amountUnit}`;
const barEnd = (i: number): string => `SUM({range:analysis.bridge0..bridge${i}})/{in.amountUnit}`;

/**
 * Chart data of the bridge: stacked columns over an invisible base (MODEL.md §11.7). Positive
 * pieces stack up from 0 and negative ones down, so a bar that crosses 0 is drawn as two pieces
 * (main: the part on the side it ends, cross: the part on the other side).
 */
const bridgeDataRow = (label: Text, i: number): DashRow => {
  const total = i === 0 || i === 9;
  const a = barStart(i);
  const b = barEnd(i);
  const lo = `MIN(${a},${b})`;
  const hi = `MAX(${a},${b})`;
  const main = `IF(${lo}>=0,${hi}-${lo},IF(${hi}<=0,${lo}-${hi},${hi}))`;
  const cross = `IF(AND(${lo}<0,${hi}>0),${lo},0)`;
  const up = `${b}>=${a}`;
  const cells = total
    ? ["0", "0", "0", "0", "0", `{analysis.bridge${i}}/{in.amountUnit}`]
    : [
        `IF(${lo}>=0,${lo},IF(${hi}<=0,${hi},0))`,
        `IF(${up},${main},0)`,
        `IF(${up},${cross},0)`,
        `IF(${up},0,${main})`,
        `IF(${up},0,${cross})`,
        "0",
      ];
  return { key: `bar${i}`, label, cells, fmt: "shown", unit: SHOWN.amountYear };
};

export const BRIDGE_DATA: DashBlock = {
  key: "bridgeData",
  header: [
    { zh: "底（不显示）", en: "Base (hidden)" },
    { zh: "增加", en: "Increase" },
    { zh: "增加（跨零）", en: "Increase (across 0)" },
    { zh: "减少", en: "Decrease" },
    { zh: "减少（跨零）", en: "Decrease (across 0)" },
    { zh: "合计", en: "Total" },
  ],
  corner: { zh: "价值桥（亿元/年）", en: "Value bridge (CNY m/yr)" },
  rows: BRIDGE_LABELS.map(bridgeDataRow),
  chart: {
    id: "valueBridge",
    title: {
      zh: "价值桥：今天 → 第5年（税前年贡献，亿元/年）",
      en: "Value bridge: today → year 5 (pre-tax contribution, CNY m/yr)",
    },
    type: "ColumnStacked",
    seriesBy: "Columns",
    hidden: ["c0"],
    colors: { c0: "grey", c1: "blue", c2: "blue", c3: "orange", c4: "orange", c5: "navy" },
    legend: "None",
    heightRows: 22,
    topLeft: "H62",
    bottomRight: "P84",
  },
};

/** Where each part sits: rows of the page and of the chart-data area below it. */
export const DASH_ROWS = {
  title: 1,
  subtitle: 2,
  tileCaption: 4,
  tileValue: 5,
  tileDetail: 6,
  /** Rows 1–7 stay on screen (frozen): the tiles and the checks. */
  frozen: 7,
  dilemmaTitle: 8,
  dilemmaHeader: 9,
  pathTitle: 13,
  pathHeader: 14,
  /** Under the role path: the bands, the warning, the threshold flag. */
  legend: 22,
  warning: 23,
  nearThreshold: 24,
  casesTitle: 41,
  casesHeader: 42,
  worthTitle: 8,
  worthHeader: 9,
  /**
   * Kept free for the simulation's results (issue 16: P10/P50/P90, the probability of D, the
   * histogram): columns K–P of these rows.
   */
  simulationFirst: 36,
  simulationLast: 47,
  distributionTitle: 36,
  distributionHeader: 37,
  probDCaption: 41,
  /** Under the probability tile: the no-cost note; then the base case and the trials. */
  noCostNote: 44,
  distributionNote: 45,
  drawsNote: 46,
  /** Under the cases. */
  casesNote: 47,
  /** The histogram spans the page's width below both columns. */
  histogramChart: 48,
  /** Last row of the first printed page. */
  pageOne: 60,
  /** The second page (MODEL.md §11.6, §11.7): the value bridge, its chart and the valuation. */
  bridgeTitle: 62,
  bridgeHeader: 63,
  valuationTitle: 76,
  valuationHeader: 77,
  valuationNote: 81,
  /** Last printed row. */
  pageLast: 84,
  dataTitle: 87,
  tornadoHeader: 88,
  histogramHeader: 102,
  bridgeDataHeader: 124,
} as const;

/** Where a block sits: its title and header rows, its label column and first value column. */
export interface BlockPlace {
  readonly title?: number;
  readonly header: number;
  readonly label?: string;
  readonly firstValue?: string;
}

/** Every block of the page with its place, in the order the sheet writes them. */
export const BLOCK_PLACES: readonly (readonly [DashBlock, BlockPlace])[] = [
  [DILEMMA, { title: DASH_ROWS.dilemmaTitle, header: DASH_ROWS.dilemmaHeader, firstValue: "D" }],
  [ROLE_PATH, { title: DASH_ROWS.pathTitle, header: DASH_ROWS.pathHeader }],
  [CASES, { title: DASH_ROWS.casesTitle, header: DASH_ROWS.casesHeader, firstValue: "D" }],
  [
    WORTH,
    { title: DASH_ROWS.worthTitle, header: DASH_ROWS.worthHeader, label: "K", firstValue: "N" },
  ],
  [
    DISTRIBUTION,
    {
      title: DASH_ROWS.distributionTitle,
      header: DASH_ROWS.distributionHeader,
      label: "K",
      firstValue: "L",
    },
  ],
  [BRIDGE, { title: DASH_ROWS.bridgeTitle, header: DASH_ROWS.bridgeHeader, firstValue: "D" }],
  [
    VALUATION,
    { title: DASH_ROWS.valuationTitle, header: DASH_ROWS.valuationHeader, firstValue: "F" },
  ],
  [TORNADO, { header: DASH_ROWS.tornadoHeader }],
  [HISTOGRAM, { header: DASH_ROWS.histogramHeader }],
  [BRIDGE_DATA, { header: DASH_ROWS.bridgeDataHeader }],
];

/** A block's value columns: the six years, or one per header text from its first value column. */
export function blockColumns(block: DashBlock, place: BlockPlace): readonly string[] {
  const label = place.label ?? "B";
  const first = place.firstValue ?? nextColumn(label, 1);
  return block.header === "years"
    ? [...DASH_YEARS]
    : block.header.map((_, i) => nextColumn(first, i));
}

/** Where a block's rows are, given its header row. */
export function blockRows(block: DashBlock, headerRow: number): Map<string, number> {
  return new Map(block.rows.map((r, i) => [r.key, headerRow + 1 + i]));
}

export const nextColumn = (letter: string, by: number): string =>
  String.fromCharCode(letter.charCodeAt(0) + by);

/** The tiles with their caption rows (value and detail below). */
export const TILE_PLACES: readonly (readonly [Tile, number])[] = [
  ...TILES.map((t) => [t, DASH_ROWS.tileCaption] as const),
  [PROB_D_TILE, DASH_ROWS.probDCaption],
];

export const DASHBOARD_TEXT = {
  name: { zh: "仪表盘", en: "Dashboard" },
  title: {
    zh: "售后生态仪表盘：继续亏损，还是创造价值？",
    en: "After-sales ecosystem: keep losing, or create value?",
  },
  subtitle: {
    zh: '"当前保有量 "&TEXT({in.fleet},"#,##0")&" 辆 · 情景："&{in.scenario}&" · 规划第5年 "&TEXT({plan.fleet@5},"#,##0")&" 辆 · 金额：亿元，税前"',
    en: '"Fleet today "&TEXT({in.fleet},"#,##0")&" vehicles · scenario: "&{in.scenario}&" · year 5: "&TEXT({plan.fleet@5},"#,##0")&" vehicles · amounts: CNY m, pre-tax"',
  },
  // The thresholds are inputs: the legend quotes them through formulas (MODEL.md §11.2).
  legend: {
    zh: '"角色按税前年贡献 V：A 成本中心 < 0 ≤ B 盈亏平衡 < "&{in.profitCentreMargin}/{in.amountUnit}&"亿 ≤ C 利润中心 < "&{in.valueEngineValue}/{in.amountUnit}&"亿 ≤ D 价值引擎"',
    en: '"Roles on pre-tax contribution V: A cost centre < 0 ≤ B break-even < CNY "&{in.profitCentreMargin}/{in.amountUnit}&"m ≤ C profit centre < CNY "&{in.valueEngineValue}/{in.amountUnit}&"m ≤ D value engine"',
  },
  warning: {
    zh:
      CALIBRATION_MESSAGE.zh +
      '&IF(AND({in.ecoOpex}=0,SUM({range:in.capex@0..capex@5})=0),"注意：未输入生态平台成本与投资，规划价值未扣除任何生态投入（见“假设”表）","")',
    en:
      CALIBRATION_MESSAGE.en +
      '&IF(AND({in.ecoOpex}=0,SUM({range:in.capex@0..capex@5})=0),"Note: no platform cost and no investment entered; the plan’s value carries no ecosystem spending (see Inputs)","")',
  },
  nearThreshold: {
    zh: 'IF(OR(NEAR({plan.ecoValue@5}),NEAR({plan.profit@5})),"提示：第5年贡献距角色门槛不足 "&TEXT({in.nearThreshold},"0%")&"，角色可能随小幅变化而改变","")',
    en: 'IF(OR(NEAR({plan.ecoValue@5}),NEAR({plan.profit@5})),"Flag: a year-5 contribution is within "&TEXT({in.nearThreshold},"0%")&" of a role threshold; a small change may flip the role","")',
  },
  dataTitle: {
    zh: "图表数据（链接计算表，供上方图表使用）",
    en: "Chart data (links to the calculation sheets, drawn by the charts above)",
  },
} as const satisfies Record<string, Text>;

/** |x − T| ≤ share × T for T = the C and D thresholds, and |x| ≤ share × the C threshold for B's 0. */
export function nearFormula(text: string): string {
  return text.replace(/NEAR\(([^()]*)\)/g, (_, x: string) =>
    ["{in.breakEvenMargin}", "{in.profitCentreMargin}", "{in.valueEngineValue}"]
      .map((t) => `ABS(${x}-${t})<={in.nearThreshold}*MAX(${t},{in.profitCentreMargin})`)
      .join(",")
  );
}

export const DASHBOARD = {
  key: "dashboard",
  name: DASHBOARD_TEXT.name,
  title: DASHBOARD_TEXT.title,
} as const;

/** First and last row of the dashboard the error scan covers (below the tiles: Check_All is one). */
export function dashboardArea(): { first: number; last: number } {
  return {
    first: DASH_ROWS.dilemmaTitle,
    last: DASH_ROWS.bridgeDataHeader + BRIDGE_DATA.rows.length,
  };
}

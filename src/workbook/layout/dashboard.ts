/**
 * The dashboard (仪表盘): the plan's story on one projected page, as data. resolveDashboard.ts
 * writes it. Every cell links to a calculation sheet; the only arithmetic here is display: ÷ the
 * inputs sheet's unit constants (亿元 / CNY m, 万辆 / vehicles), the opex shown negative, the
 * role's letter. The page, top to bottom:
 * - the three answers a finance director asks first, as tiles: what is after-sales in year 5
 *   (the S18 role, with the value against the 10亿 D threshold), what is the plan worth (NPV,
 *   with the first year the value is positive), what would it take (the year-5 fleet for D,
 *   against the target); and Check_All beside them (frozen, so always on screen);
 * - left: the role path (a coloured letter per year) over the value and the D threshold, the
 *   chart of value against the threshold, and the year-5 value bridge P + D + G − opex = V;
 * - right: the tornado (year-5 value's sensitivities, sorted by swing) and today's revenue mix.
 * The charts' data sit below the printed page in a block of links (chart data), visible, unhidden.
 */
import type { ChartLayout } from "./charts";
import type { Fmt, Formula, Text } from "./types";
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
const money = (key: string, zh: boolean): string =>
  `TEXT(${amount(key)},"${zh ? "#,##0.00" : "#,##0"}")`;

export const TILES: readonly Tile[] = [
  {
    key: "role",
    from: "B",
    to: "E",
    caption: { zh: "第5年售后角色（问题1，S18）", en: "Year-5 after-sales role (Q1, S18)" },
    value: "{plan.role@5}",
    fmt: "text",
    detail: {
      zh: `"生态价值 "&${money("{plan.ecoValue@5}", true)}&" 亿元/年，D 门槛 "&${money("{in.valueEngineValue}", true)}&" 亿元/年"`,
      en: `"Value CNY "&${money("{plan.ecoValue@5}", false)}&"m/yr vs D threshold CNY "&${money("{in.valueEngineValue}", false)}&"m/yr"`,
    },
  },
  {
    key: "npv",
    from: "F",
    to: "I",
    caption: {
      zh: `"规划净现值（第1–5年，折现率 "&TEXT({in.discountRate},"0.0%")&"）"`,
      en: `"NPV of the plan (years 1–5 at "&TEXT({in.discountRate},"0.0%")&")"`,
    },
    captionIsFormula: true,
    value: amount("{analysis.npv}"),
    fmt: "tileAmount",
    detail: {
      zh: `"生态价值转正："&IF(ISNUMBER({analysis.breakevenYear}),"第"&{analysis.breakevenYear}&"年",{analysis.breakevenYear})`,
      en: `"First year with value ≥ 0: "&IF(ISNUMBER({analysis.breakevenYear}),"year "&{analysis.breakevenYear},{analysis.breakevenYear})`,
    },
  },
  {
    key: "fleetForD",
    from: "K",
    to: "N",
    caption: {
      zh: "成为价值引擎所需的第5年保有量",
      en: "Year-5 fleet needed for D (value engine)",
    },
    value:
      "IF(ISNUMBER({analysis.fleetForD}),{analysis.fleetForD}/{in.fleetUnit},{analysis.fleetForD})",
    fmt: "tileFleet",
    detail: {
      zh: `"规划目标 "&TEXT({in.targetFleet}/{in.fleetUnit},"#,##0.0")&" 万辆，今天 "&TEXT({in.fleet}/{in.fleetUnit},"#,##0.0")&" 万辆"`,
      en: `"Target "&TEXT({in.targetFleet}/{in.fleetUnit},"#,##0")&" vehicles; today "&TEXT({in.fleet}/{in.fleetUnit},"#,##0")`,
    },
  },
  {
    key: "checkAll",
    from: "O",
    to: "P",
    caption: { zh: "总校验", en: "Check_All" },
    value: "{checks.all}",
    fmt: "bool",
    flag: true,
    detail: {
      zh: `IF({checks.all},"全部通过","见“校验”表")`,
      en: `IF({checks.all},"every check passes","see Checks")`,
    },
  },
];

/** A row of a block: a label, one formula per column (`#` = the column's plan year). */
export interface DashRow {
  readonly key: string;
  readonly label: Text | { readonly formula: Formula };
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
  readonly chart?: ChartLayout & {
    readonly topLeft: string;
    readonly bottomRight: string;
    /** Series keys: the block's rows (seriesBy Rows) that the chart draws; default all. */
    readonly rows?: readonly string[];
  };
}

const ITEM: Text = { zh: "项目", en: "Item" };
const yearly = (formula: Formula): readonly Formula[] => [formula];

/** The role path over the value against the D threshold (left, below the tiles). */
export const ROLE_PATH: DashBlock = {
  key: "path",
  title: {
    zh: "角色路径与生态价值（亿元/年）",
    en: "Role path and ecosystem value (CNY m/yr)",
  },
  header: "years",
  corner: ITEM,
  rows: [
    {
      key: "role",
      label: { zh: "售后角色（S18）", en: "After-sales role (S18)" },
      cells: yearly("LEFT({plan.role@#},1)"),
      fmt: "text",
      style: "role",
      unit: U.role,
    },
    {
      key: "ecoValue",
      label: { zh: "生态价值 V", en: "Ecosystem value V" },
      cells: yearly(amount("{plan.ecoValue@#}")),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
    {
      key: "thresholdD",
      label: { zh: "D 价值引擎门槛", en: "D threshold" },
      cells: yearly(amount("{in.valueEngineValue}")),
      fmt: "shown",
      unit: SHOWN.amountYear,
    },
  ],
  chart: {
    id: "planThreshold",
    title: {
      zh: "生态价值与 D 门槛（亿元/年）",
      en: "Ecosystem value vs the D threshold (CNY m/yr)",
    },
    type: "ColumnClustered",
    seriesBy: "Rows",
    rows: ["ecoValue", "thresholdD"],
    lines: ["thresholdD"],
    colors: { ecoValue: "blue", thresholdD: "red" },
    dataLabels: "Value",
    heightRows: 15,
    topLeft: "B14",
    bottomRight: "I34",
  },
};

/** Year 5 as an equation across the columns: P + D + G − opex = V, and the headroom over D. */
export const BRIDGE: DashBlock = {
  key: "bridge",
  title: {
    zh: "第5年价值桥：P + D + G − 平台成本 = V（亿元/年）",
    en: "Year-5 value bridge: P + D + G − opex = V (CNY m/yr)",
  },
  header: [
    { zh: "售后利润 P", en: "Profit P" },
    { zh: "+ 数据资产 D", en: "+ data D" },
    { zh: "+ 生态毛利 G", en: "+ margin G" },
    { zh: "− 平台成本", en: "− opex" },
    { zh: "= 生态价值 V", en: "= value V" },
    { zh: "V − D 门槛", en: "V − threshold" },
  ],
  corner: ITEM,
  rows: [
    {
      key: "year5",
      label: { zh: "第5年", en: "Year 5" },
      cells: [
        amount("{plan.profit@5}"),
        amount("{plan.data@5}"),
        amount("{plan.ecoMargin@5}"),
        `-${amount("{plan.ecoOpex@5}")}`,
        amount("{plan.ecoValue@5}"),
        amount("{questions.q1Headroom}"),
      ],
      fmt: "shown",
      style: "total",
      unit: SHOWN.amountYear,
    },
  ],
};

const sorted = (rank: number): DashRow => ({
  key: `sorted${rank}`,
  label: { formula: `{analysis.sorted${rank}@A}` },
  cells: [amount(`{analysis.sorted${rank}@G}`), amount(`{analysis.sorted${rank}@H}`)],
  fmt: "shown",
  unit: SHOWN.amountYear,
});

/** Chart data (below the printed page): the tornado's bars and today's revenue mix. */
export const TORNADO: DashBlock = {
  key: "tornado",
  header: [
    { zh: "输入取低端", en: "Low end" },
    { zh: "输入取高端", en: "High end" },
  ],
  corner: { zh: "敏感性（按摆幅排序）", en: "Sensitivity (by swing)" },
  rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(sorted),
  chart: {
    id: "tornado",
    title: {
      zh: "敏感性：第5年生态价值的变动（亿元/年，按摆幅排序）",
      en: "Sensitivity of year-5 value (CNY m/yr, by swing)",
    },
    type: "BarStacked",
    seriesBy: "Columns",
    colors: { c0: "orange", c1: "blue" },
    heightRows: 12,
    topLeft: "K8",
    bottomRight: "P24",
  },
};

/** Today's revenue (year 0): traditional after-sales, and each stream at its year-0 adoption. */
const stream = (key: string, label: Text, link: Formula): DashRow => ({
  key,
  label,
  cells: [amount(link)],
  fmt: "shown",
  unit: SHOWN.amountYear,
});

export const REVENUE_MIX: DashBlock = {
  key: "mix",
  header: [{ zh: "年收入", en: "Revenue" }],
  corner: { zh: "今天的收入构成（第0年）", en: "Revenue mix today (year 0)" },
  rows: [
    stream("traditional", { zh: "传统售后", en: "Traditional" }, "{eco.traditional}"),
    stream("baas", { zh: "BaaS 电池租赁", en: "BaaS" }, "{plan.revBaas@0}"),
    stream("charging", { zh: "充电服务", en: "Charging" }, "{plan.revCharging@0}"),
    stream("insurance", { zh: "保险佣金", en: "Insurance" }, "{plan.revInsurance@0}"),
    stream("lifestyle", { zh: "NIO Life 精品", en: "Lifestyle" }, "{plan.revLifestyle@0}"),
    stream("usedcar", { zh: "二手车服务", en: "Used cars" }, "{plan.revUsedCar@0}"),
  ],
  chart: {
    id: "revenueMix",
    title: {
      zh: "今天的收入构成（第0年，按采用率）",
      en: "Revenue mix today (year 0, at its adoption)",
    },
    type: "Doughnut",
    seriesBy: "Columns",
    colors: { traditional: "grey" },
    legend: "Right",
    dataLabels: "Percent",
    heightRows: 12,
    topLeft: "K26",
    bottomRight: "P40",
  },
};

/**
 * The plan as a distribution (MODEL.md §9), under the page's first half: P10 / P50 / P90 of the
 * NPV from the simulation sheet beside the plan's NPV at the selected case.
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
    { zh: "所选情景", en: "Selected case" },
  ],
  corner: ITEM,
  rows: [
    {
      key: "npv",
      label: { zh: "规划净现值", en: "NPV of the plan" },
      cells: [
        amount("{sim.p10}"),
        amount("{sim.p50}"),
        amount("{sim.p90}"),
        amount("{analysis.npv}"),
      ],
      fmt: "shown",
      style: "total",
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

export const DISTRIBUTION_NOTE: Text = {
  zh: "模拟方法：11 个驱动因素各自在悲观与乐观系数之间按三角分布变动（众数 1），1,000 次准随机试验（Richtmyer 序列，无随机数），详见“模拟”表",
  en: "How: each of the 11 drivers varies triangularly between its downside and upside factor (mode 1); 1,000 quasi-random trials (a Richtmyer sequence, no random numbers); see Simulation",
};

const bin = (i: number): DashRow => ({
  key: `bin${i}`,
  label: { formula: `TEXT({sim.bin${i}@P},"#,##0.0")` },
  cells: [`{sim.bin${i}@Q}`],
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
    topLeft: "B46",
    bottomRight: "P60",
  },
};

/** Where each part sits: rows of the page and of the chart-data area below it. */
export const DASH_ROWS = {
  title: 1,
  subtitle: 2,
  tileCaption: 4,
  tileValue: 5,
  tileDetail: 6,
  /** Rows 1–7 stay on screen (frozen): the tiles and Check_All. */
  frozen: 7,
  pathTitle: 8,
  pathHeader: 9,
  /** Under the role path: what the letters mean. */
  legend: 13,
  bridgeTitle: 36,
  bridgeHeader: 37,
  distributionTitle: 41,
  distributionHeader: 42,
  probDCaption: 42,
  distributionNote: 45,
  /** Last printed row. */
  pageLast: 60,
  dataTitle: 63,
  tornadoHeader: 64,
  mixHeader: 78,
  histogramHeader: 87,
} as const;

export const DASHBOARD_TEXT = {
  name: { zh: "仪表盘", en: "Dashboard" },
  title: { zh: "售后生态仪表盘", en: "After-sales ecosystem dashboard" },
  subtitle: {
    zh: '"当前保有量 "&TEXT({in.fleet},"#,##0")&" 辆 · 情景："&{in.scenario}&" · 规划目标 "&TEXT({in.targetFleet},"#,##0")&" 辆 · 金额单位：亿元"',
    en: '"Fleet today "&TEXT({in.fleet},"#,##0")&" vehicles · scenario: "&{in.scenario}&" · target "&TEXT({in.targetFleet},"#,##0")&" vehicles · amounts in CNY m"',
  },
  legend: {
    zh: "A 成本中心 · B 盈亏平衡 · C 利润中心 · D 价值引擎（S18；门槛见“假设”表，判定见“五年规划”表）",
    en: "A cost centre · B break-even · C profit centre · D value engine (S18; thresholds on Inputs, the test on Plan)",
  },
  dataTitle: {
    zh: "图表数据（链接计算表，供上方图表使用）",
    en: "Chart data (links to the calculation sheets, drawn by the charts above)",
  },
} as const satisfies Record<string, Text>;

export const DASHBOARD = {
  key: "dashboard",
  name: DASHBOARD_TEXT.name,
  title: DASHBOARD_TEXT.title,
} as const;

/** First and last row of the dashboard the error scan covers (below the tiles: Check_All is one). */
export function dashboardArea(): { first: number; last: number } {
  return { first: DASH_ROWS.pathTitle, last: DASH_ROWS.histogramHeader + HISTOGRAM.rows.length };
}

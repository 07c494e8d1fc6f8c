/** Worked examples shown in the task pane's function reference and the help page. */
export interface FunctionExample {
  /** An invariant (English-named) formula, as Range.formulas expects. */
  readonly formula: string;
  readonly result: { readonly en: string; readonly zh: string };
}

export const FUNCTION_IDS = [
  "DATA_ASSET_VALUE",
  "USER_ASSET_VALUE",
  "ECOSYSTEM_REVENUE",
  "LTV",
  "PLAN",
  "SIMULATE",
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

export const EXAMPLES = {
  DATA_ASSET_VALUE: [
    {
      formula: "=ECO.DATA_ASSET_VALUE(100000)",
      result: { en: "76,500,000 (S12: 7,650万 a year)", zh: "76,500,000（S12：年价值 7,650 万）" },
    },
    {
      formula: '=ECO.DATA_ASSET_VALUE(100000,,,,,"万")',
      result: { en: "7,650 (in 万)", zh: "7,650（单位：万）" },
    },
    {
      formula: '=ECO.DATA_ASSET_VALUE({100000;500000;1000000},{"low","mid","high"},,,,"亿")',
      result: {
        en: "a 3×3 sensitivity grid: fleets down, scenarios across",
        zh: "3×3 敏感性表：纵向保有量，横向情景",
      },
    },
  ],
  USER_ASSET_VALUE: [
    {
      formula: '=ECO.USER_ASSET_VALUE(1000000,0.8,20000,0.5,"亿")',
      result: { en: "80 (S19: 80亿)", zh: "80（S19：80 亿）" },
    },
  ],
  ECOSYSTEM_REVENUE: [
    {
      formula: "=ECO.ECOSYSTEM_REVENUE(500000)",
      result: { en: "2,250,000,000 (S15)", zh: "2,250,000,000（S15）" },
    },
    {
      formula: '=ECO.ECOSYSTEM_REVENUE(500000,"multiple")',
      result: { en: "4.5 (S16)", zh: "4.5（S16）" },
    },
    {
      formula: '=ECO.ECOSYSTEM_REVENUE(500000,"breakdown",,"亿")',
      result: { en: "a table of every stream", zh: "各收入流明细表" },
    },
  ],
  LTV: [
    {
      formula: "=ECO.LTV(1000,0.8,0.1)",
      result: { en: "3,666.67 (infinite horizon)", zh: "3,666.67（无限期）" },
    },
  ],
  PLAN: [
    {
      formula: '=ECO.PLAN(100000,,,,,,,,,,,,,,"npv")',
      result: {
        en: "2,338,623,668 (the story's pre-tax NPV)",
        zh: "2,338,623,668（故事情形的税前净现值）",
      },
    },
    {
      formula: '=ECO.PLAN(100000,,,,,,,,,,,,,,"role5")',
      result: { en: "D Value engine (year 5, 15.65亿)", zh: "D 价值引擎（第 5 年 15.65 亿）" },
    },
    {
      formula: '=ECO.PLAN(100000,,,,,,,,,,,,,,"value")',
      result: {
        en: "12,056,042,374 (what the plan adds to the company's value, pre-tax)",
        zh: "12,056,042,374（规划为公司带来的价值，税前）",
      },
    },
    {
      formula: '=ECO.PLAN(100000,,,,,,,,,,,,,,"价值桥","亿")',
      result: {
        en: "the bridge from today to year 5: 10 labelled rows",
        zh: "从今天到第 5 年的价值桥：10 行，带标签",
      },
    },
    {
      formula: '=ECO.PLAN(100000,,,,,,,,,,,,,,"明细","亿")',
      result: {
        en: "a table, years across: the status quo, then the plan",
        zh: "一张表，横向为年份：先现状，后生态规划",
      },
    },
    {
      formula:
        '=ECO.PLAN(100000,{500000;1000000;1500000},,,,,,,,,,,{"low","mid","high"},,"npv","亿")',
      result: {
        en: "a 3×3 NPV grid: target fleets down, scenarios across",
        zh: "3×3 净现值表：纵向目标保有量，横向情景",
      },
    },
  ],
  SIMULATE: [
    {
      formula: "=ECO.SIMULATE(100000)",
      result: {
        en: "2,172,719,632 (NPV P50 of 1,000 trials)",
        zh: "2,172,719,632（1,000 次模拟的净现值 P50）",
      },
    },
    {
      formula: '=ECO.SIMULATE(100000,,,,,,,,,,,,,,"prob_d")',
      result: { en: "0.826 (the odds of D in year 5)", zh: "0.826（第 5 年达到 D 的概率）" },
    },
    {
      formula: '=ECO.SIMULATE(100000,,,,,,,,,,,,,,"汇总","亿")',
      result: {
        en: "P10, P50, P90, the mean, the incremental NPV's P10–P90 and both odds, labelled",
        zh: "P10、P50、P90、均值、增量净现值 P10–P90 与两个概率，带标签",
      },
    },
  ],
} as const satisfies Record<FunctionId, readonly FunctionExample[]>;

import type { Text } from "../model/language";
import type { FleetPath } from "../model/plan";

/**
 * The words ECO.PLAN and ECO.SIMULATE accept (MODEL.md §10), English and Chinese, matched
 * case-insensitively after trimming (so the keys are lower case), and the labels of their spills.
 */
export const FLEET_PATH_NAMES = {
  linear: "linear",
  cagr: "cagr",
  线性: "linear",
  复合增长: "cagr",
} as const satisfies Record<string, FleetPath>;

export type PlanOutput =
  | "table"
  | "npv"
  | "npv_statusquo"
  | "npv_incremental"
  | "irr"
  | "payback"
  | "breakeven"
  | "value5"
  | "value5_statusquo"
  | "role5"
  | "role5_statusquo"
  | "fleet_for_d"
  | "tornado"
  | "value"
  | "value_statusquo"
  | "value_incremental"
  | "bridge";

export const PLAN_OUTPUT_NAMES = {
  table: "table",
  npv: "npv",
  npv_statusquo: "npv_statusquo",
  npv_incremental: "npv_incremental",
  irr: "irr",
  payback: "payback",
  breakeven: "breakeven",
  value5: "value5",
  value5_statusquo: "value5_statusquo",
  role5: "role5",
  role5_statusquo: "role5_statusquo",
  fleet_for_d: "fleet_for_d",
  tornado: "tornado",
  value: "value",
  value_statusquo: "value_statusquo",
  value_incremental: "value_incremental",
  bridge: "bridge",
  明细: "table",
  净现值: "npv",
  现状净现值: "npv_statusquo",
  增量净现值: "npv_incremental",
  增量内部收益率: "irr",
  回收期: "payback",
  盈亏平衡年: "breakeven",
  第5年贡献: "value5",
  现状第5年贡献: "value5_statusquo",
  第5年角色: "role5",
  现状第5年角色: "role5_statusquo",
  d所需保有量: "fleet_for_d",
  龙卷风: "tornado",
  价值: "value",
  现状价值: "value_statusquo",
  增量价值: "value_incremental",
  价值桥: "bridge",
} as const satisfies Record<string, PlanOutput>;

/** The outputs that spill a table of their own: only a single-cell result may ask for them. */
export const PLAN_SPILLS = ["table", "tornado", "bridge"] as const satisfies readonly PlanOutput[];

export type SimulateOutput =
  | "p10"
  | "p50"
  | "p90"
  | "prob_d"
  | "prob_incremental_positive"
  | "npv_incremental_p10"
  | "npv_incremental_p50"
  | "npv_incremental_p90"
  | "npv_mean"
  | "summary";

export const SIMULATE_OUTPUT_NAMES = {
  p10: "p10",
  p50: "p50",
  p90: "p90",
  prob_d: "prob_d",
  prob_incremental_positive: "prob_incremental_positive",
  npv_incremental_p10: "npv_incremental_p10",
  npv_incremental_p50: "npv_incremental_p50",
  npv_incremental_p90: "npv_incremental_p90",
  npv_mean: "npv_mean",
  summary: "summary",
  净现值p10: "p10",
  净现值p50: "p50",
  净现值p90: "p90",
  d概率: "prob_d",
  增量为正概率: "prob_incremental_positive",
  增量净现值p10: "npv_incremental_p10",
  增量净现值p50: "npv_incremental_p50",
  增量净现值p90: "npv_incremental_p90",
  净现值均值: "npv_mean",
  汇总: "summary",
} as const satisfies Record<string, SimulateOutput>;

export const SIMULATE_SPILLS = ["summary"] as const satisfies readonly SimulateOutput[];

/** The labels of PLAN's "table": years across, the status quo above the plan. */
export const TABLE_LABELS = {
  year: { en: "Year", zh: "年份" },
  fleet: { en: "Fleet (vehicles in service)", zh: "保有量（辆）" },
  statusQuo: { en: "Status quo: pre-tax contribution", zh: "现状：税前贡献" },
  statusQuoRole: { en: "Status quo: role", zh: "现状：角色" },
  data: { en: "Plan: data revenue", zh: "生态规划：数据收入" },
  ecoMargin: { en: "Plan: ecosystem margin", zh: "生态规划：生态毛利" },
  value: { en: "Plan: pre-tax contribution", zh: "生态规划：税前贡献" },
  role: { en: "Plan: role", zh: "生态规划：角色" },
  capex: { en: "Capex", zh: "资本支出" },
  deltaCashFlow: { en: "Incremental cash flow", zh: "增量现金流" },
  cumulative: { en: "Cumulative incremental cash flow", zh: "累计增量现金流" },
  npv: { en: "Pre-tax NPV", zh: "税前净现值" },
  npvStatusQuo: { en: "Status quo: pre-tax NPV", zh: "现状：税前净现值" },
  npvIncremental: { en: "Incremental NPV", zh: "增量净现值" },
  irr: { en: "Incremental IRR", zh: "增量内部收益率" },
  payback: { en: "Payback year", zh: "投资回收年" },
  breakeven: { en: "Operating break-even year", zh: "经营盈亏平衡年" },
  fleetForD: { en: "Fleet for D (value engine)", zh: "达到 D 所需保有量" },
} as const satisfies Record<string, Text>;

/** The columns of PLAN's "tornado", in order (MODEL.md §11.5: ranked by the incremental swing). */
export const TORNADO_LABELS = {
  driver: { en: "Driver", zh: "驱动因素" },
  downside: { en: "Downside factor", zh: "悲观系数" },
  upside: { en: "Upside factor", zh: "乐观系数" },
  npvDownside: { en: "NPV at downside", zh: "悲观端净现值" },
  npvUpside: { en: "NPV at upside", zh: "乐观端净现值" },
  swing: { en: "Swing", zh: "波动幅度" },
  npvIncrementalDownside: { en: "Incremental NPV at downside", zh: "悲观端增量净现值" },
  npvIncrementalUpside: { en: "Incremental NPV at upside", zh: "乐观端增量净现值" },
  incrementalSwing: { en: "Incremental swing (ranks)", zh: "增量波动幅度（排序依据）" },
} as const satisfies Record<string, Text>;

/** The rows of SIMULATE's "summary", in the simulation sheet's words. */
export const SUMMARY_LABELS = {
  p10: { en: "NPV P10", zh: "净现值 P10" },
  p50: { en: "NPV P50", zh: "净现值 P50" },
  p90: { en: "NPV P90", zh: "净现值 P90" },
  npv_mean: { en: "NPV mean (over the trials)", zh: "净现值均值（各试验平均）" },
  npv_incremental_p10: { en: "Incremental NPV P10", zh: "增量净现值 P10" },
  npv_incremental_p50: { en: "Incremental NPV P50", zh: "增量净现值 P50" },
  npv_incremental_p90: { en: "Incremental NPV P90", zh: "增量净现值 P90" },
  prob_d: { en: "Probability of D (V₅ ≥ 10亿)", zh: "达到 D 的概率（V₅ ≥ 10亿）" },
  prob_incremental_positive: { en: "Probability incremental NPV > 0", zh: "增量净现值为正的概率" },
} as const satisfies Record<Exclude<SimulateOutput, "summary">, Text>;

/**
 * The plan's shared words, in both languages: what the functions return and the workbook writes
 * for the same thing (a role, "not within plan", a scenario, a fleet path, a driver), defined once
 * on the ground floor so that a formula's answer and the workbook's cell show the same words.
 */
import type { BridgeBar } from "./plan/bridge";
import type { ExtensionStream } from "./plan/streams";
import type { Driver } from "./plan/drivers";
import type { Role } from "./plan/role";
import type { FleetPath } from "./plan/settings";
import type { ScenarioName } from "./scenario";
import type { Language, Text } from "./language";

/** Texts the plan's results return instead of a number (MODEL.md §6 and §8). */
export const PLAN_TEXT = {
  notWithinPlan: { zh: "规划期内未达到", en: "not within plan" },
  unreachable: { zh: "无法达到", en: "unreachable" },
  /** IRR with no unique rate, payback with nothing to pay back. */
  notApplicable: { zh: "不适用", en: "n/a" },
  /** Payback: cumulative ΔCF still negative in year 5. */
  notRecovered: { zh: "规划期内未收回", en: "not within plan" },
  /** The dashboard's checks tile: words, not only a colour. */
  checksPass: { zh: "全部通过", en: "All checks pass" },
  checksFail: { zh: "有校验未通过", en: "A check fails" },
} as const satisfies Record<string, Text>;

/** The four answers to the seed's question 1 (S18), as the role test writes them. */
export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  A: { zh: "A 成本中心", en: "A Cost centre" },
  B: { zh: "B 盈亏平衡", en: "B Break-even" },
  C: { zh: "C 利润中心", en: "C Profit centre" },
  D: { zh: "D 价值引擎", en: "D Value engine" },
};

/** The scenarios as a workbook edition writes In_Scenario (低/中/高 in Chinese). */
export const SCENARIO_LABELS: Readonly<Record<Language, Readonly<Record<ScenarioName, string>>>> = {
  "zh-CN": { low: "低", mid: "中", high: "高" },
  "en-US": { low: "low", mid: "mid", high: "high" },
};

/** The fleet paths as a workbook edition writes In_FleetPath (线性/复合增长 in Chinese). */
export const FLEET_PATH_LABELS: Readonly<Record<Language, Readonly<Record<FleetPath, string>>>> = {
  "zh-CN": { linear: "线性", cagr: "复合增长" },
  "en-US": { linear: "linear", cagr: "cagr" },
};

/** The eleven drivers of MODEL.md §8's table, as the tornado labels them. */
export const DRIVER_LABELS = {
  dataPrices: { en: "Data prices", zh: "数据价格" },
  targetFleet: { en: "Target fleet", zh: "目标保有量" },
  margin: { en: "EV margin per vehicle", zh: "单车售后毛利" },
  serviceCost: { en: "Service cost per vehicle", zh: "单车服务成本" },
  networkCost: { en: "Fixed network cost", zh: "固定网络成本" },
  streamRevenue: { en: "Stream revenue per vehicle", zh: "各收入流单车收入" },
  streamMargin: { en: "Stream margins", zh: "各收入流毛利率" },
  adoption: { en: "Adoption", zh: "渗透率" },
  coverage: { en: "Data coverage", zh: "数据覆盖率" },
  ecoCost: { en: "Ecosystem opex and capex", zh: "生态运营与投资支出" },
  discountRate: { en: "Discount rate", zh: "折现率" },
} as const satisfies Record<Driver, Text>;

/** The five extension streams, in MODEL.md's order, as the workbook labels their rows. */
export const STREAM_LABELS: Readonly<Record<ExtensionStream, Text>> = {
  baas: { zh: "BaaS 电池租赁", en: "BaaS battery rental" },
  charging: { zh: "充电服务", en: "Charging" },
  insurance: { zh: "保险佣金", en: "Insurance commission" },
  lifestyle: { zh: "NIO Life 精品", en: "NIO Life merchandise" },
  usedcar: { zh: "二手车服务", en: "Used-car services" },
};

/** The bars of the bridge from today to year 5 (MODEL.md §11.7), pre-tax contributions. */
export const BRIDGE_LABELS: Readonly<Record<BridgeBar, Text>> = {
  today: { zh: "今天（第 0 年）税前贡献", en: "Today (year 0): pre-tax contribution" },
  traditional: { zh: "传统售后：保有量增长", en: "Traditional service on a larger fleet" },
  data: { zh: "数据收入", en: "Data revenue" },
  baas: { zh: `${STREAM_LABELS.baas.zh}毛利`, en: `${STREAM_LABELS.baas.en} margin` },
  charging: { zh: `${STREAM_LABELS.charging.zh}毛利`, en: `${STREAM_LABELS.charging.en} margin` },
  insurance: {
    zh: `${STREAM_LABELS.insurance.zh}毛利`,
    en: `${STREAM_LABELS.insurance.en} margin`,
  },
  lifestyle: {
    zh: `${STREAM_LABELS.lifestyle.zh}毛利`,
    en: `${STREAM_LABELS.lifestyle.en} margin`,
  },
  usedcar: { zh: `${STREAM_LABELS.usedcar.zh}毛利`, en: `${STREAM_LABELS.usedcar.en} margin` },
  ecoOpex: { zh: "生态运营成本", en: "Ecosystem opex" },
  year5: { zh: "第 5 年税前贡献", en: "Year 5: pre-tax contribution" },
};

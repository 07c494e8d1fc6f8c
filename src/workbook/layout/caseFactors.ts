/**
 * The eleven drivers' downside and upside factors (MODEL.md §8): the 11 × 2 block In_CaseFactors
 * on the inputs sheet, in the model's driver order. Driver 1's factors are formulas of the seed's
 * price ends (S8–S11) that follow the used-car rate; the rest are typed defaults.
 */
import { DRIVERS, type Driver, type PlanSettings } from "../../model";
import type { Formula, Source, Text } from "./types";

export interface CaseFactorRow {
  readonly driver: Driver;
  readonly key: string;
  readonly label: Text;
  /** How the factor applies. */
  readonly how: Text;
  readonly seed: Source;
  readonly note: Text;
  /** Driver 1: formulas; the others: the settings' values. */
  readonly formulas?: readonly [Formula, Formula];
}

const ANALYST: Text = { zh: "分析师判断", en: "analyst judgement" };
const priceEnd = (end: "low" | "high"): Formula =>
  `({in.insuranceRate.${end}}+{in.usedCarFee.${end}}*{in.usedCarRate}+{in.financeRate.${end}}+{in.mobilityRate.${end}})/{in.dataPriceMid}`;

const ROWS: Readonly<Record<Driver, Omit<CaseFactorRow, "driver" | "key">>> = {
  dataPrices: {
    label: { zh: "1 数据价格", en: "1 Data prices" },
    how: { zh: "p × 系数", en: "p × k" },
    seed: "S8",
    note: {
      zh: "公式：S8–S11 低端、高端价格 ÷ 中值价格，随二手车认证率变化（S8–S11）",
      en: "formulas: the low and high prices of S8–S11 ÷ the mid price, following the certification rate",
    },
    formulas: [priceEnd("low"), priceEnd("high")],
  },
  targetFleet: {
    label: { zh: "2 目标保有量", en: "2 Target fleet" },
    how: { zh: "T × 系数", en: "T × k" },
    seed: "analyst",
    note: ANALYST,
  },
  margin: {
    label: { zh: "3 单车售后毛利 m", en: "3 Margin per vehicle m" },
    how: { zh: "m × 系数", en: "m × k" },
    seed: "S2",
    note: {
      zh: "S2 新能源售后消费区间 1,500–2,500 元 ÷ 中点 2,000 元",
      en: "S2's EV spend range 1,500–2,500 ÷ its 2,000 midpoint",
    },
  },
  serviceCost: {
    label: { zh: "4 单车服务成本 c", en: "4 Service cost per vehicle c" },
    how: { zh: "c × 系数", en: "c × k" },
    seed: "analyst",
    note: { zh: "分析师判断；成本高为悲观", en: "analyst judgement; higher cost is the downside" },
  },
  networkCost: {
    label: { zh: "5 固定网络成本 N", en: "5 Fixed network cost N" },
    how: { zh: "N × 系数", en: "N × k" },
    seed: "analyst",
    note: { zh: "分析师判断；成本高为悲观", en: "analyst judgement; higher cost is the downside" },
  },
  streamRevenue: {
    label: { zh: "6 生态单车收入（五项）", en: "6 Stream revenue per vehicle (all five)" },
    how: { zh: "r × 系数", en: "r × k" },
    seed: "analyst",
    note: ANALYST,
  },
  streamMargin: {
    label: { zh: "7 生态毛利率（五项）", en: "7 Stream margins (all five)" },
    how: { zh: "毛利率 × 系数", en: "margin × k" },
    seed: "analyst",
    note: ANALYST,
  },
  adoption: {
    label: { zh: "8 采用率（各项、各年）", en: "8 Adoption (every stream, year)" },
    how: { zh: "采用率 × 系数，不超过 100%", en: "MIN(1, adoption × k)" },
    seed: "analyst",
    note: ANALYST,
  },
  coverage: {
    label: { zh: "9 数据覆盖率（各年）", en: "9 Data coverage (every year)" },
    how: { zh: "覆盖率 × 系数，不超过 100%", en: "MIN(1, coverage × k)" },
    seed: "analyst",
    note: ANALYST,
  },
  ecoCost: {
    label: { zh: "10 生态运营成本与投资", en: "10 Ecosystem opex and capex" },
    how: { zh: "成本 × 系数", en: "cost × k" },
    seed: "analyst",
    note: { zh: "分析师判断；成本高为悲观", en: "analyst judgement; higher cost is the downside" },
  },
  discountRate: {
    label: { zh: "11 折现率", en: "11 Discount rate" },
    how: { zh: "d × 系数", en: "d × k" },
    seed: "analyst",
    note: {
      zh: "分析师判断；折现率高为悲观",
      en: "analyst judgement; a higher rate is the downside",
    },
  },
};

const KEY_OF = (d: Driver): string => `k${d[0]?.toUpperCase() ?? ""}${d.slice(1)}`;

export const CASE_FACTOR_ROWS: readonly CaseFactorRow[] = DRIVERS.map((driver) => ({
  driver,
  key: KEY_OF(driver),
  ...ROWS[driver],
}));

/** A typed factor's value: the settings' downside (0) or upside (1). */
export function factorValue(settings: PlanSettings, driver: Driver, end: 0 | 1): number {
  return settings.caseFactors[driver][end];
}

/** The factor block's columns on the inputs sheet. */
export const FACTOR_COLUMNS = { downside: "C", upside: "D", used: "E" } as const;

/** The five-year plan to 100万 vehicles and the S18 role test on every year (MODEL.md §4). */
import { ROLE_LABELS } from "./roles";
import type { CalcSheet } from "./types";
import { U } from "./units";

export const PLAN_YEARS = [0, 1, 2, 3, 4, 5] as const;

export const PLAN: CalcSheet = {
  key: "plan",
  name: { zh: "五年规划", en: "Plan" },
  title: {
    zh: "五年规划:从今天到保有100万辆",
    en: "Five-year plan: from today to 1,000,000 vehicles",
  },
  subtitle: {
    zh: "保有量从当前值线性增长到目标;每年做一次 S18 角色判定,第5年为答案",
    en: "Fleet grows in equal steps to the target; the S18 role test runs every year, year 5 is the answer",
  },
  columns: "years",
  sections: [
    {
      title: { zh: "规划", en: "Plan" },
      rows: [
        {
          key: "fleet",
          label: { zh: "保有量", en: "Fleet" },
          unit: U.vehicles,
          formula: "{in.fleet}+({in.targetFleet}-{in.fleet})*{year}/{in.planYears}",
          fmt: "countWan",
          seed: "S18",
        },
        {
          key: "margin",
          label: { zh: "售后毛利", en: "After-sales gross margin" },
          unit: U.yuanYear,
          formula: "{plan.fleet}*{in.evMargin}",
          fmt: "yi",
          seed: "S5",
        },
        {
          key: "data",
          label: { zh: "数据资产价值", en: "Data asset value" },
          unit: U.yuanYear,
          formula: "{plan.fleet}*{data.perVehicle}",
          fmt: "yi",
          seed: "S12",
        },
        {
          key: "ecoRevenue",
          label: { zh: "生态收入", en: "Ecosystem revenue" },
          unit: U.yuanYear,
          formula: "{plan.fleet}*{eco.pvEcosystem}",
          fmt: "yi",
          seed: "S15",
        },
        {
          key: "ecoMargin",
          label: { zh: "生态毛利", en: "Ecosystem margin" },
          unit: U.yuanYear,
          formula: "{plan.ecoRevenue}*{in.ecoMarginRate}",
          fmt: "yi",
        },
        {
          key: "ecoValue",
          label: { zh: "生态价值", en: "Ecosystem value" },
          unit: U.yuanYear,
          formula: "{plan.margin}+{plan.data}+{plan.ecoMargin}",
          fmt: "yi",
          style: "output",
          note: { zh: "售后毛利 + 数据资产 + 生态毛利", en: "margin + data + ecosystem margin" },
        },
        {
          key: "role",
          label: { zh: "售后角色", en: "After-sales role" },
          unit: U.role,
          formula:
            "IF({plan.ecoValue}>={in.valueEngineValue},{role:D},IF({plan.margin}>={in.profitCentreMargin},{role:C},IF({plan.margin}>={in.breakEvenMargin},{role:B},{role:A})))",
          fmt: "text",
          style: "output",
          seed: "S18",
          note: { zh: "第5年:Out_Year5_Role", en: "year 5: Out_Year5_Role" },
        },
      ],
    },
    {
      title: { zh: "角色判定(S18,问题1)", en: "Role test (S18, question 1)" },
      rows: [
        {
          key: "roleD",
          label: { zh: "生态价值 ≥ D 门槛", en: "Ecosystem value ≥ D threshold" },
          unit: U.role,
          formula: "",
          text: ROLE_LABELS.D,
          fmt: "text",
          seed: "S18",
        },
        {
          key: "roleC",
          label: { zh: "否则售后毛利 ≥ C 门槛", en: "else margin ≥ C threshold" },
          unit: U.role,
          formula: "",
          text: ROLE_LABELS.C,
          fmt: "text",
          seed: "S18",
        },
        {
          key: "roleB",
          label: { zh: "否则售后毛利 ≥ B 门槛", en: "else margin ≥ B threshold" },
          unit: U.role,
          formula: "",
          text: ROLE_LABELS.B,
          fmt: "text",
          seed: "S18",
        },
        {
          key: "roleA",
          label: { zh: "否则", en: "otherwise" },
          unit: U.role,
          formula: "",
          text: ROLE_LABELS.A,
          fmt: "text",
          seed: "S18",
        },
      ],
    },
  ],
};

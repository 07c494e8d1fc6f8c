/** The checks sheet: independent recomputations; Check_All is AND of every check but the add-in's. */
import type { CalcSheet } from "./types";
import { U } from "./units";

const near = (a: string, b: string): string => `ABS(${a}-(${b}))<={in.tolerance}*ABS(${b})`;
const check = { unit: U.flag, fmt: "bool", style: "check" } as const;

export const ERROR_SCAN_SHEETS = [
  "econ",
  "data",
  "eco",
  "users",
  "plan",
  "questions",
  "dashboard",
] as const;

export const CHECKS: CalcSheet = {
  key: "checks",
  name: { zh: "校验", en: "Checks" },
  title: { zh: "校验", en: "Checks" },
  subtitle: {
    zh: "每项为 TRUE 时模型一致;总校验 Check_All 不含加载项核对",
    en: "Each line is TRUE when the model is consistent; Check_All leaves out the add-in reconciliation",
  },
  columns: "single",
  sections: [
    {
      title: { zh: "输出与独立重算", en: "Outputs versus independent recomputation" },
      rows: [
        {
          key: "dataValue",
          label: {
            zh: "数据资产 = 保有量 × 四类买方单价之和",
            en: "Data value = fleet × sum of the four buyers",
          },
          formula: near(
            "{data.value}",
            "{in.fleet}*({in.insuranceRate}+{in.usedCarFee}*{in.usedCarRate}+{in.financeRate}+{in.mobilityRate})"
          ),
          ...check,
        },
        {
          key: "seedS12",
          label: {
            zh: "中值复现 S12:10万辆 = 7,650万",
            en: "Mid reproduces S12: 100k vehicles = 7,650万",
          },
          formula: `OR({in.usedCarRateOverride}<>"",${near("{data.seedValue}", "{in.s12Value}")})`,
          ...check,
        },
        {
          key: "ecoSum",
          label: {
            zh: "生态收入 = 五条延伸收入之和",
            en: "Ecosystem revenue = sum of the five streams",
          },
          formula: near(
            "{eco.ecosystem}",
            "{eco.baas}+{eco.charging}+{eco.insurance}+{eco.lifestyle}+{eco.usedcar}"
          ),
          ...check,
        },
        {
          key: "multiple",
          label: { zh: "倍数 × 传统售后 = 生态收入", en: "Multiple × traditional = ecosystem" },
          formula: near("{eco.multiple}*{eco.traditional}", "{eco.ecosystem}"),
          ...check,
        },
        {
          key: "total",
          label: { zh: "总收入 = 传统 + 生态", en: "Total = traditional + ecosystem" },
          formula: near(
            "{eco.total}",
            "{in.fleet}*({in.pvTraditional}+{in.pvBaas}+{in.pvCharging}+{in.pvInsurance}+{in.pvLifestyle}+{in.pvUsedCar})"
          ),
          ...check,
        },
        {
          key: "marginGap",
          label: {
            zh: "毛利缺口 = 燃油车毛利 − 新能源毛利",
            en: "Margin gap = ICE margin − EV margin",
          },
          formula: near("{econ.marginGap}", "{econ.iceGrossMargin}-{econ.evGrossMargin}"),
          ...check,
        },
        {
          key: "userAssets",
          label: {
            zh: "用户资产 = 活跃用户 × LTV × 复购率",
            en: "User assets = active users × LTV × repurchase",
          },
          formula: near("{users.value}", "{users.activeUsers}*{users.ltv}*{users.repurchaseRate}"),
          ...check,
        },
      ],
    },
    {
      title: { zh: "五年规划", en: "Five-year plan" },
      rows: [
        {
          key: "planStart",
          label: { zh: "第0年保有量 = 当前保有量", en: "Year-0 fleet = fleet today" },
          formula: near("{plan.fleet@0}", "{in.fleet}"),
          ...check,
        },
        {
          key: "planTarget",
          label: { zh: "第5年保有量 = 目标 100万", en: "Year-5 fleet = target 1,000,000" },
          formula: near("{plan.fleet@5}", "{in.targetFleet}"),
          ...check,
        },
        {
          key: "planValue",
          label: {
            zh: "第5年生态价值 = 毛利 + 数据 + 生态毛利",
            en: "Year-5 value = margin + data + ecosystem margin",
          },
          formula: near(
            "{plan.ecoValue@5}",
            "{plan.fleet@5}*({in.evMargin}+{data.perVehicle}+{eco.pvEcosystem}*{in.ecoMarginRate})"
          ),
          ...check,
        },
        {
          key: "role",
          label: { zh: "第5年角色与门槛一致", en: "Year-5 role agrees with the thresholds" },
          formula:
            "IF({plan.role@5}={role:D},{plan.ecoValue@5}>={in.valueEngineValue},AND({plan.ecoValue@5}<{in.valueEngineValue},IF({plan.role@5}={role:C},{plan.margin@5}>={in.profitCentreMargin},AND({plan.margin@5}<{in.profitCentreMargin},IF({plan.role@5}={role:B},{plan.margin@5}>={in.breakEvenMargin},AND({plan.role@5}={role:A},{plan.margin@5}<{in.breakEvenMargin}))))))",
          ...check,
        },
      ],
    },
    {
      title: { zh: "输入与错误", en: "Inputs and errors" },
      rows: [
        {
          key: "scenario",
          label: { zh: "情景为 低/中/高 之一", en: "Scenario is one of low/mid/high" },
          formula: "ISNUMBER(MATCH({in.scenario},{labels:scenario},0))",
          ...check,
        },
        {
          key: "fleet",
          label: { zh: "保有量为非负数", en: "Fleet is a non-negative number" },
          formula: "AND(ISNUMBER({in.fleet}),{in.fleet}>=0)",
          ...check,
        },
        {
          key: "ranges",
          label: { zh: "每个区间:低 ≤ 中 ≤ 高", en: "Every range: low ≤ mid ≤ high" },
          formula:
            'SUMPRODUCT((({col:in.low}>{col:in.mid})+({col:in.mid}>{col:in.high}))*({col:in.high}<>""))=0',
          ...check,
        },
        {
          key: "noErrors",
          label: { zh: "计算表中无错误值", en: "No error values on the calculation sheets" },
          formula: "{noerrors}",
          ...check,
        },
      ],
    },
    {
      title: {
        zh: "加载项核对(不计入总校验)",
        en: "Add-in reconciliation (not part of Check_All)",
      },
      rows: [
        {
          key: "addin",
          label: {
            zh: "ECO 函数与原生公式一致",
            en: "ECO functions agree with the native formulas",
          },
          unit: U.status,
          formula:
            "IF(COUNTIF({col:addin.status},{txt:notLoaded})>0,{txt:notLoaded},COUNTIF({col:addin.status},{txt:ok})=ROWS({col:addin.status}))",
          fmt: "bool",
          style: "status",
          inCheckAll: false,
        },
      ],
    },
    {
      title: { zh: "总校验", en: "Overall" },
      rows: [
        {
          key: "all",
          label: { zh: "总校验 Check_All", en: "Check_All" },
          unit: U.flag,
          formula: "IFERROR(AND({allchecks}),FALSE)",
          fmt: "bool",
          style: "output",
          inCheckAll: false,
        },
      ],
    },
  ],
};

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
  "analysis",
  "questions",
  "dashboard",
] as const;

export const CHECKS: CalcSheet = {
  key: "checks",
  name: { zh: "校验", en: "Checks" },
  title: { zh: "校验", en: "Checks" },
  subtitle: {
    zh: "每项为 TRUE 时模型一致；总校验 Check_All 不含加载项核对",
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
            zh: "中值复现 S12：10万辆 = 7,650万",
            en: "Mid reproduces S12: 100k vehicles = CNY 76.5m",
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
            zh: "第5年生态价值由输入独立重算",
            en: "Year-5 value recomputed from the inputs",
          },
          formula: near(
            "{plan.ecoValue@5}",
            "{plan.fleet@5}*({in.evMargin}+{in.coverage@5}*{data.perVehicle}+SUMPRODUCT({range:in.pvBaas..pvUsedCar},{range:in.adoptionBaas@5..adoptionUsedCar@5},{range:in.marginBaas..marginUsedCar}))-{in.networkCost}-{in.ecoOpex}"
          ),
          ...check,
        },
        {
          key: "planRows",
          label: {
            zh: "每年：V = 保有量 × v − 网络成本 − 平台成本",
            en: "Every year: V = fleet × v − network cost − opex",
          },
          formula:
            "SUMPRODUCT(ABS({row:plan.ecoValue}-({row:plan.fleet}*{row:plan.valuePerVehicle}-{in.networkCost}-{in.ecoOpex})))<={in.tolerance}*SUMPRODUCT(ABS({row:plan.ecoValue}))",
          ...check,
        },
        {
          key: "planStreams",
          label: {
            zh: "每年：生态收入 = 五项收入之和",
            en: "Every year: ecosystem revenue = the five streams",
          },
          formula: near("SUM({row:plan.ecoRevenue})", "SUM({range:plan.revBaas@0..revUsedCar@5})"),
          ...check,
        },
        {
          key: "planNpv",
          label: {
            zh: "净现值 = Excel NPV 函数重算",
            en: "NPV = Excel's NPV function",
          },
          formula: near(
            "{analysis.npv}",
            "{plan.netValue@0}+NPV({in.discountRate},{range:plan.netValue@1..netValue@5})"
          ),
          ...check,
        },
        {
          key: "fleetForD",
          label: {
            zh: "成为价值引擎的保有量使第5年价值恰达 D 门槛",
            en: "The fleet for D puts year-5 value on the D threshold",
          },
          formula:
            "IF(ISNUMBER({analysis.fleetForD}),ABS({analysis.fleetForD}*{analysis.valuePerVehicle5}-{in.networkCost}-{in.ecoOpex}-{in.valueEngineValue})<={in.tolerance}*ABS({in.valueEngineValue}),{analysis.valuePerVehicle5}<=0)",
          ...check,
        },
        {
          key: "tornadoSorted",
          label: {
            zh: "龙卷风按摆幅排序且不丢项",
            en: "The tornado is sorted by swing and complete",
          },
          formula:
            "AND(SUMPRODUCT(--({range:analysis.sorted2@F..sorted7@F}>{range:analysis.sorted1@F..sorted6@F}))=0,ABS(SUM({range:analysis.sorted1@F..sorted7@F})-SUM({range:analysis.tInsurance@G..tStreams@G}))<={in.tolerance}*SUM({range:analysis.tInsurance@G..tStreams@G}))",
          ...check,
        },
        {
          key: "role",
          label: { zh: "第5年角色与门槛一致", en: "Year-5 role agrees with the thresholds" },
          formula:
            "IF({plan.role@5}={role:D},{plan.ecoValue@5}>={in.valueEngineValue},AND({plan.ecoValue@5}<{in.valueEngineValue},IF({plan.role@5}={role:C},{plan.profit@5}>={in.profitCentreMargin},AND({plan.profit@5}<{in.profitCentreMargin},IF({plan.role@5}={role:B},{plan.profit@5}>={in.breakEvenMargin},AND({plan.role@5}={role:A},{plan.profit@5}<{in.breakEvenMargin}))))))",
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
          key: "fleetPath",
          label: {
            zh: "增长路径为 线性/复合增长 之一",
            en: "Fleet path is linear or cagr",
          },
          formula: "OR({in.fleetPath}={path:linear},{in.fleetPath}={path:cagr})",
          ...check,
        },
        {
          key: "cagrStart",
          label: {
            zh: "复合增长路径：当前与目标保有量 > 0（否则按线性计算）",
            en: "CAGR path: both fleets > 0 (else the plan is linear)",
          },
          formula: "OR({in.fleetPath}<>{path:cagr},AND({in.fleet}>0,{in.targetFleet}>0))",
          ...check,
        },
        {
          key: "shares",
          label: {
            zh: "覆盖率、采用率、毛利率在 0–100% 之间",
            en: "Coverage, adoption and margins within 0–100 %",
          },
          formula:
            "SUMPRODUCT(({range:in.coverage@0..coverage@5}<0)+({range:in.coverage@0..coverage@5}>1))+SUMPRODUCT(({range:in.adoptionBaas@0..adoptionUsedCar@5}<0)+({range:in.adoptionBaas@0..adoptionUsedCar@5}>1))+SUMPRODUCT(({range:in.marginBaas..marginUsedCar}<0)+({range:in.marginBaas..marginUsedCar}>1))=0",
          ...check,
        },
        {
          key: "ranges",
          label: { zh: "每个区间：低 ≤ 中 ≤ 高", en: "Every range: low ≤ mid ≤ high" },
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
        zh: "加载项核对（不计入总校验）",
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

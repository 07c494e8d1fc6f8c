/**
 * The five-year plan, second edition (MODEL.md §6): one formula per row across years 0…5,
 * timing by flags, every number from the inputs sheet. At the default inputs every figure of
 * the first edition (a linear fleet times constant per-vehicle values) is unchanged.
 */
import { EXTENSION_STREAMS, type ExtensionStream } from "../../model";
import { STREAM_KEYS } from "./inputs";
import { ROLE_LABELS } from "./roles";
import type { CalcRow, CalcSheet, Text } from "./types";
import { U } from "./units";

export const PLAN_YEARS = [0, 1, 2, 3, 4, 5] as const;

const STREAM_NAMES: Readonly<Record<ExtensionStream, Text>> = {
  baas: { zh: "收入：BaaS 电池租赁", en: "Revenue: BaaS" },
  charging: { zh: "收入：充电服务", en: "Revenue: charging" },
  insurance: { zh: "收入：保险佣金", en: "Revenue: insurance" },
  lifestyle: { zh: "收入：NIO Life 精品", en: "Revenue: NIO Life" },
  usedcar: { zh: "收入：二手车服务", en: "Revenue: used cars" },
};

const streamRow = (stream: ExtensionStream): CalcRow => ({
  key: `rev${STREAM_KEYS[stream]}`,
  label: STREAM_NAMES[stream],
  unit: U.yuanYear,
  formula: `{plan.fleet}*{in.pv${STREAM_KEYS[stream]}}*{in.adoption${STREAM_KEYS[stream]}~}`,
  fmt: "amount",
  seed: "S15",
  note: { zh: "保有量 × 单车收入 × 采用率", en: "fleet × revenue per vehicle × adoption" },
});

const REVENUES = "{range:plan.revBaas..revUsedCar}";
const MARGINS = "{range:in.marginBaas..marginUsedCar}";

export const PLAN: CalcSheet = {
  key: "plan",
  name: { zh: "五年规划", en: "Plan" },
  title: {
    zh: "五年规划（第二版）：从今天到保有100万辆",
    en: "Five-year plan (second edition): from today to 1,000,000 vehicles",
  },
  subtitle: {
    zh: "保有量按线性或复合增长到目标；生态收入按采用率逐年爬坡；扣除网络与平台成本；每年做一次 S18 角色判定，第5年为答案",
    en: "Fleet grows linearly or at a constant rate to the target; streams ramp up with adoption; network and platform costs come off; the S18 role test runs every year, year 5 is the answer",
  },
  columns: "years",
  sections: [
    {
      title: { zh: "时间与标志", en: "Timing and flags" },
      rows: [
        {
          key: "planFlag",
          label: { zh: "规划期标志（第1–5年）", en: "Plan-period flag (years 1–5)" },
          unit: U.flag01,
          formula: "--({year}>0)",
          fmt: "count",
          note: { zh: "第0年为现状，不计入净现值", en: "year 0 is today, not part of the NPV" },
        },
        {
          key: "discountFactor",
          label: { zh: "折现系数", en: "Discount factor" },
          unit: U.factor,
          formula: "(1+{in.discountRate})^-{year}",
          fmt: "rate",
          note: { zh: "1 ÷ (1 + 折现率)^年", en: "1 ÷ (1 + rate)^year" },
        },
        {
          key: "cagrFlag",
          label: { zh: "复合增长路径标志", en: "CAGR path flag" },
          unit: U.flag01,
          formula: "--AND({in.fleetPath}={path:cagr},{in.fleet}>0,{in.targetFleet}>0)",
          fmt: "count",
          note: {
            zh: "选复合增长且两个保有量 > 0 时为 1",
            en: "1 for cagr with both fleets > 0",
          },
        },
      ],
    },
    {
      title: { zh: "保有量", en: "Fleet" },
      rows: [
        {
          key: "fleetLinear",
          label: { zh: "线性路径", en: "Linear path" },
          unit: U.vehicles,
          formula: "{in.fleet}+({in.targetFleet}-{in.fleet})*{year}/{in.planYears}",
          fmt: "count",
          seed: "S18",
        },
        {
          key: "fleet",
          label: { zh: "保有量", en: "Fleet" },
          unit: U.vehicles,
          formula:
            "IF({plan.cagrFlag},{in.fleet}*({in.targetFleet}/{in.fleet})^({year}/{in.planYears}),{plan.fleetLinear})",
          fmt: "count",
          seed: "S18",
          note: { zh: "按所选路径", en: "on the chosen path" },
        },
        {
          key: "coverage",
          label: { zh: "数据覆盖率", en: "Data coverage" },
          unit: U.share,
          formula: "{in.coverage~}",
          fmt: "pct",
        },
        {
          key: "coveredFleet",
          label: { zh: "数据覆盖车辆", en: "Vehicles with data sold" },
          unit: U.vehicles,
          formula: "{plan.fleet}*{plan.coverage}",
          fmt: "count",
        },
      ],
    },
    {
      title: { zh: "售后", en: "After-sales" },
      rows: [
        {
          key: "margin",
          label: { zh: "售后毛利", en: "After-sales gross margin" },
          unit: U.yuanYear,
          formula: "{plan.fleet}*{in.evMargin}",
          fmt: "amount",
          seed: "S5",
        },
        {
          key: "networkCost",
          label: { zh: "售后网络成本", en: "Network cost" },
          unit: U.yuanYear,
          formula: "{in.networkCost}",
          fmt: "amount",
        },
        {
          key: "profit",
          label: { zh: "售后利润 P", en: "After-sales profit P" },
          unit: U.yuanYear,
          formula: "{plan.margin}-{plan.networkCost}",
          fmt: "amount",
          note: { zh: "毛利 − 网络成本", en: "margin − network cost" },
        },
      ],
    },
    {
      title: { zh: "数据资产", en: "Data assets" },
      rows: [
        {
          key: "data",
          label: { zh: "数据资产价值 D", en: "Data asset value D" },
          unit: U.yuanYear,
          formula: "{plan.coveredFleet}*{data.perVehicle}",
          fmt: "amount",
          seed: "S12",
          note: { zh: "覆盖车辆 × 每车数据价值", en: "covered vehicles × value per vehicle" },
        },
      ],
    },
    {
      title: { zh: "生态收入与毛利", en: "Ecosystem revenue and margin" },
      rows: [
        ...EXTENSION_STREAMS.map(streamRow),
        {
          key: "ecoRevenue",
          label: { zh: "生态收入 E", en: "Ecosystem revenue E" },
          unit: U.yuanYear,
          formula: `SUM(${REVENUES})`,
          fmt: "amount",
          seed: "S15",
        },
        {
          key: "ecoMargin",
          label: { zh: "生态毛利 G", en: "Ecosystem margin G" },
          unit: U.yuanYear,
          formula: `SUMPRODUCT(${REVENUES},${MARGINS})`,
          fmt: "amount",
          note: { zh: "各项收入 × 各自毛利率", en: "each stream × its margin" },
        },
        {
          key: "ecoOpex",
          label: { zh: "生态平台运营成本", en: "Platform opex" },
          unit: U.yuanYear,
          formula: "{in.ecoOpex}",
          fmt: "amount",
        },
      ],
    },
    {
      title: { zh: "生态价值与角色", en: "Ecosystem value and role" },
      rows: [
        {
          key: "ecoValue",
          label: { zh: "生态价值 V", en: "Ecosystem value V" },
          unit: U.yuanYear,
          formula: "{plan.profit}+{plan.data}+{plan.ecoMargin}-{plan.ecoOpex}",
          fmt: "amount",
          style: "output",
          note: {
            zh: "P + D + G − 平台成本；第5年：Out_Year5_Value",
            en: "P + D + G − opex; year 5: Out_Year5_Value",
          },
        },
        {
          key: "valuePerVehicle",
          label: { zh: "每车生态价值 v", en: "Value per vehicle v" },
          unit: U.perVehicleYear,
          formula:
            "{in.evMargin}+{plan.coverage}*{data.perVehicle}+SUMPRODUCT({range:in.pvBaas..pvUsedCar},{range:in.adoptionBaas~..adoptionUsedCar~},{range:in.marginBaas..marginUsedCar})",
          fmt: "yuan",
          note: {
            zh: "多一辆车增加的生态价值（不含固定成本）",
            en: "one more vehicle adds (before fixed costs)",
          },
        },
        {
          key: "positive",
          label: { zh: "生态价值 ≥ 0", en: "Value ≥ 0" },
          unit: U.flag,
          formula: "{plan.ecoValue}>=0",
          fmt: "bool",
          note: { zh: "首个 TRUE：Out_BreakevenYear", en: "first TRUE: Out_BreakevenYear" },
        },
        {
          key: "role",
          label: { zh: "售后角色", en: "After-sales role" },
          unit: U.role,
          formula:
            "IF({plan.ecoValue}>={in.valueEngineValue},{role:D},IF({plan.profit}>={in.profitCentreMargin},{role:C},IF({plan.profit}>={in.breakEvenMargin},{role:B},{role:A})))",
          fmt: "text",
          style: "output",
          seed: "S18",
          note: { zh: "第5年：Out_Year5_Role", en: "year 5: Out_Year5_Role" },
        },
      ],
    },
    {
      title: { zh: "投资与现值", en: "Investment and present value" },
      rows: [
        {
          key: "capex",
          label: { zh: "生态投资", en: "Ecosystem investment" },
          unit: U.yuan,
          formula: "{in.capex~}",
          fmt: "amount",
        },
        {
          key: "netValue",
          label: { zh: "计入净现值的价值", en: "Value counted in the NPV" },
          unit: U.yuanYear,
          formula: "{plan.planFlag}*{plan.ecoValue}-{plan.capex}",
          fmt: "amount",
          note: {
            zh: "规划期标志 × V − 投资（第0年只计投资）",
            en: "flag × V − investment (year 0: −investment)",
          },
        },
        {
          key: "presentValue",
          label: { zh: "现值", en: "Present value" },
          unit: U.yuan,
          formula: "{plan.netValue}*{plan.discountFactor}",
          fmt: "amount",
          note: { zh: "合计：Out_NPV", en: "sum: Out_NPV" },
        },
      ],
    },
    {
      title: { zh: "角色判定（S18，问题1）", en: "Role test (S18, question 1)" },
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
          label: { zh: "否则售后利润 ≥ C 门槛", en: "else profit ≥ C threshold" },
          unit: U.role,
          formula: "",
          text: ROLE_LABELS.C,
          fmt: "text",
          seed: "S18",
        },
        {
          key: "roleB",
          label: { zh: "否则售后利润 ≥ B 门槛", en: "else profit ≥ B threshold" },
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

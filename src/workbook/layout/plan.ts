/**
 * The five-year plan, third edition (MODEL.md §8): the status quo and the plan side by side,
 * year by year, at the factors In_Scenario selects (the inputs sheet's "selected" column). One
 * formula per row across years 0…5; every number from the inputs sheet. Year 0 is today: its
 * operating flows are measured (MODEL.md §11.3: every factor 1, no platform opex), only its
 * investment counts in NPV and ΔCF, and it keeps driver 10's factor.
 */
import { EXTENSION_STREAMS, type Driver, type ExtensionStream } from "../../model";
import { CASE_FACTOR_ROWS } from "./caseFactors";
import { STREAM_KEYS } from "./inputs";
import { ROLE_LABELS } from "../../model/words";
import { roleOf, selectedFactor } from "./roleFormula";
import type { CalcRow, CalcSheet, Text } from "./types";
import { U } from "./units";

export const PLAN_YEARS = [0, 1, 2, 3, 4, 5] as const;

/**
 * The drivers that act on a year's operating flows: on the plan sheet each has a row of the
 * factor in force, 1 in year 0 (today is measured, MODEL.md §11.3) and the selected scenario's
 * after. The target fleet leaves F_0 alone, the discount rate year 0's value, and driver 10
 * acts on the opex (none in year 0) and the investment (Capex_0 keeps its factor).
 */
const OPERATING: Readonly<Partial<Record<Driver, Text>>> = {
  dataPrices: { zh: "数据价格", en: "data prices" },
  margin: { zh: "单车毛利 m", en: "margin m" },
  serviceCost: { zh: "服务成本 c", en: "service cost c" },
  networkCost: { zh: "网络成本 N", en: "network cost N" },
  streamRevenue: { zh: "生态单车收入", en: "stream revenue" },
  streamMargin: { zh: "生态毛利率", en: "stream margins" },
  adoption: { zh: "采用率", en: "adoption" },
  coverage: { zh: "数据覆盖率", en: "data coverage" },
};

const factorRow = ([driver, name]: [Driver, Text]): CalcRow => {
  const n = CASE_FACTOR_ROWS.findIndex((r) => r.driver === driver);
  const row = CASE_FACTOR_ROWS[n];
  if (!row) throw new Error(`plan: no factor row for ${driver}`);
  return {
    key: row.key,
    label: { zh: `系数${n + 1}：${name.zh}`, en: `Factor k${n + 1}: ${name.en}` },
    unit: U.factor,
    formula: `IF({plan.planFlag},${selectedFactor(row.key)},--(${selectedFactor(row.key)}<>0))`,
    fmt: "rate",
    note: {
      zh: "第0年为1（今天为实测），之后取所选情景",
      en: "1 in year 0 (measured), then the case's",
    },
  };
};

/** k_j in force in the column's year (operating drivers), or of the selected scenario. */
const K = {
  price: "{plan.kDataPrices}",
  fleet: selectedFactor("kTargetFleet"),
  margin: "{plan.kMargin}",
  service: "{plan.kServiceCost}",
  network: "{plan.kNetworkCost}",
  revenue: "{plan.kStreamRevenue}",
  streamMargin: "{plan.kStreamMargin}",
  adoption: "{plan.kAdoption}",
  coverage: "{plan.kCoverage}",
  eco: selectedFactor("kEcoCost"),
  rate: selectedFactor("kDiscountRate"),
} as const;

const STREAM_NAMES: Readonly<Record<ExtensionStream, Text>> = {
  baas: { zh: "BaaS 电池租赁", en: "BaaS" },
  charging: { zh: "充电服务", en: "charging" },
  insurance: { zh: "保险佣金", en: "insurance" },
  lifestyle: { zh: "NIO Life 精品", en: "NIO Life" },
  usedcar: { zh: "二手车服务", en: "used cars" },
};

const adoptionRow = (stream: ExtensionStream): CalcRow => ({
  key: `adopt${STREAM_KEYS[stream]}`,
  label: { zh: `采用率：${STREAM_NAMES[stream].zh}`, en: `Adoption: ${STREAM_NAMES[stream].en}` },
  unit: U.share,
  formula: `MIN(1,{in.adoption${STREAM_KEYS[stream]}~}*${K.adoption})`,
  fmt: "pct",
  note: { zh: "输入 × 系数8，不超过 100%", en: "input × k8, at most 100 %" },
});

const streamRow = (stream: ExtensionStream): CalcRow => ({
  key: `rev${STREAM_KEYS[stream]}`,
  label: { zh: `收入：${STREAM_NAMES[stream].zh}`, en: `Revenue: ${STREAM_NAMES[stream].en}` },
  unit: U.yuanYear,
  formula: `{plan.fleet}*{in.pv${STREAM_KEYS[stream]}}*${K.revenue}*{plan.adopt${STREAM_KEYS[stream]}}`,
  fmt: "amount",
  seed: "S15",
  note: {
    zh: "保有量 × 单车收入 × 系数6 × 采用率",
    en: "fleet × revenue per vehicle × k6 × adoption",
  },
});

/** A case's role in each year, from its row of the case engine (情景计算). */
const caseRoleRow = (variant: string, label: Text): CalcRow => ({
  key: `role_${variant}`,
  label,
  unit: U.role,
  formula: roleOf(`{variant:${variant}:V}`),
  fmt: "text",
  seed: "S18",
  note: { zh: "按情景计算表逐年重算", en: "recomputed on the case rows, year by year" },
});

const REVENUES = "{range:plan.revBaas..revUsedCar}";
const MARGINS = "{range:in.marginBaas..marginUsedCar}";

export const PLAN: CalcSheet = {
  key: "plan",
  name: { zh: "五年规划", en: "Plan" },
  title: {
    zh: "五年规划（第三版）：现状与生态规划逐年并列",
    en: "Five-year plan (third edition): the status quo beside the ecosystem plan",
  },
  subtitle: {
    zh: "按所选情景的系数计算；第0年为今天；金额为税前贡献；角色按年贡献 V（取整到元）判定",
    en: "At the selected scenario's factors; year 0 is today; amounts are pre-tax contributions; roles judged on V in whole yuan",
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
          note: {
            zh: "第0年为今天，经营现金流不计入",
            en: "year 0 is today: its operating flows do not count",
          },
        },
        {
          key: "discountFactor",
          label: { zh: "折现系数", en: "Discount factor" },
          unit: U.factor,
          formula: `(1+{in.discountRate}*${K.rate})^-{year}`,
          fmt: "rate",
          note: { zh: "1 ÷ (1 + 折现率 × 系数11)^年", en: "1 ÷ (1 + rate × k11)^year" },
        },
        {
          key: "cagrFlag",
          label: { zh: "复合增长路径标志", en: "CAGR path flag" },
          unit: U.flag01,
          formula: `--AND({in.fleetPath}={path:cagr},{in.fleet}>0,{in.targetFleet}*${K.fleet}>0)`,
          fmt: "count",
          note: { zh: "选复合增长且两个保有量 > 0 时为 1", en: "1 for cagr with both fleets > 0" },
        },
      ],
    },
    {
      title: {
        zh: "各年起作用的情景系数（第0年为今天：各系数为1）",
        en: "The case's factors in force each year (year 0 is today: every factor 1)",
      },
      rows: (Object.entries(OPERATING) as [Driver, Text][]).map(factorRow),
    },
    {
      title: { zh: "保有量与覆盖", en: "Fleet and coverage" },
      rows: [
        {
          key: "fleetLinear",
          label: { zh: "线性路径", en: "Linear path" },
          unit: U.vehicles,
          formula: `{in.fleet}+({in.targetFleet}*${K.fleet}-{in.fleet})*{year}/{lastYear}`,
          fmt: "count",
          seed: "S18",
          note: { zh: "目标 × 系数2", en: "target × k2" },
        },
        {
          key: "fleet",
          label: { zh: "保有量 F", en: "Fleet F" },
          unit: U.vehicles,
          formula: `IF({plan.cagrFlag},{in.fleet}*({in.targetFleet}*${K.fleet}/{in.fleet})^({year}/{lastYear}),{plan.fleetLinear})`,
          fmt: "count",
          seed: "S18",
          note: { zh: "按所选路径", en: "on the chosen path" },
        },
        {
          key: "coverage",
          label: { zh: "数据覆盖率", en: "Data coverage" },
          unit: U.share,
          formula: `MIN(1,{in.coverage~}*${K.coverage})`,
          fmt: "pct",
          note: { zh: "输入 × 系数9，不超过 100%", en: "input × k9, at most 100 %" },
        },
        {
          key: "coveredFleet",
          label: { zh: "数据覆盖车辆", en: "Vehicles with data sold" },
          unit: U.vehicles,
          formula: "{plan.fleet}*{plan.coverage}",
          fmt: "count",
        },
        ...EXTENSION_STREAMS.map(adoptionRow),
      ],
    },
    {
      title: {
        zh: "现状：售后，无生态（V现状 = P）",
        en: "Status quo: after-sales, no ecosystem (V_SQ = P)",
      },
      rows: [
        {
          key: "margin",
          label: { zh: "售后毛利 F × m", en: "After-sales gross margin F × m" },
          unit: U.yuanYear,
          formula: `{plan.fleet}*{in.unitMargin}*${K.margin}`,
          fmt: "amount",
          seed: "S5",
        },
        {
          key: "serviceCost",
          label: { zh: "服务成本 c × F", en: "Service cost c × F" },
          unit: U.yuanYear,
          formula: `{plan.fleet}*{in.serviceCost}*${K.service}`,
          fmt: "amount",
          note: { zh: "校准成本（见“假设”表）", en: "calibrated cost (see Inputs)" },
        },
        {
          key: "networkCost",
          label: { zh: "固定网络成本 N", en: "Fixed network cost N" },
          unit: U.yuanYear,
          formula: `{in.networkCost}*${K.network}`,
          fmt: "amount",
        },
        {
          key: "profit",
          label: {
            zh: "售后利润 P = 现状贡献 V现状",
            en: "After-sales profit P = status-quo V_SQ",
          },
          unit: U.yuanYear,
          formula: "{plan.margin}-{plan.networkCost}-{plan.serviceCost}",
          fmt: "amount",
          style: "output",
          note: { zh: "税前贡献；F·m − N − c·F", en: "pre-tax contribution; F·m − N − c·F" },
        },
        {
          key: "statusQuoRole",
          label: { zh: "现状角色", en: "Status-quo role" },
          unit: U.role,
          formula: roleOf("{plan.profit}"),
          fmt: "text",
          seed: "S18",
        },
      ],
    },
    {
      title: { zh: "生态：数据资产与延伸收入", en: "Ecosystem: data assets and streams" },
      rows: [
        {
          key: "dataPrice",
          label: {
            zh: "每车数据价值 p（中值 × 系数1）",
            en: "Data value per vehicle p (mid × k1)",
          },
          unit: U.perVehicleYear,
          formula: `{in.dataPriceMid}*${K.price}`,
          fmt: "yuan",
          seed: "S12",
        },
        {
          key: "data",
          label: { zh: "数据资产价值", en: "Data asset value" },
          unit: U.yuanYear,
          formula: "{plan.coveredFleet}*{plan.dataPrice}",
          fmt: "amount",
          seed: "S12",
          note: { zh: "覆盖车辆 × p", en: "covered vehicles × p" },
        },
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
          formula: `SUMPRODUCT(${REVENUES},${MARGINS})*${K.streamMargin}`,
          fmt: "amount",
          note: { zh: "各项收入 × 毛利率 × 系数7", en: "each stream × its margin × k7" },
        },
        {
          key: "ecoOpex",
          label: { zh: "生态平台运营成本", en: "Platform opex" },
          unit: U.yuanYear,
          formula: `{plan.planFlag}*{in.ecoOpex}*${K.eco}`,
          fmt: "amount",
          note: { zh: "自第1年起计（第0年为今天）", en: "from year 1 (year 0 is today)" },
        },
      ],
    },
    {
      title: { zh: "生态规划：年贡献与角色", en: "The plan: contribution and role" },
      rows: [
        {
          key: "ecoValue",
          label: { zh: "规划年贡献 V", en: "Plan contribution V" },
          unit: U.yuanYear,
          formula: "{plan.profit}+{plan.data}+{plan.ecoMargin}-{plan.ecoOpex}",
          fmt: "amount",
          style: "output",
          note: { zh: "税前：P + 数据 + G − 平台成本", en: "pre-tax: P + data + G − opex" },
        },
        {
          key: "valuePerVehicle",
          label: { zh: "每车年贡献 v", en: "Contribution per vehicle v" },
          unit: U.perVehicleYear,
          formula: `{in.unitMargin}*${K.margin}-{in.serviceCost}*${K.service}+{plan.coverage}*{plan.dataPrice}+SUMPRODUCT({range:in.pvBaas..pvUsedCar},{range:plan.adoptBaas..adoptUsedCar},${MARGINS})*${K.revenue}*${K.streamMargin}`,
          fmt: "yuan",
          note: {
            zh: "多一辆车增加的贡献（不含固定成本）",
            en: "what one more vehicle adds (before fixed costs)",
          },
        },
        {
          key: "positive",
          label: { zh: "年贡献 ≥ 0（取整到元）", en: "V ≥ 0 (whole yuan)" },
          unit: U.flag,
          formula: "ROUND({plan.ecoValue},0)>={in.breakEvenMargin}",
          fmt: "bool",
          note: { zh: "首个 TRUE：经营盈亏平衡年", en: "first TRUE: operating break-even year" },
        },
        {
          key: "role",
          label: { zh: "规划角色", en: "Plan role" },
          unit: U.role,
          formula: roleOf("{plan.ecoValue}"),
          fmt: "text",
          style: "output",
          seed: "S18",
        },
      ],
    },
    {
      title: {
        zh: "增量现金流（规划 − 现状）与现值",
        en: "Incremental cash flow (plan − status quo) and present value",
      },
      rows: [
        {
          key: "capex",
          label: { zh: "生态投资", en: "Ecosystem investment" },
          unit: U.yuan,
          formula: `{in.capex~}*${K.eco}`,
          fmt: "amount",
        },
        {
          key: "deltaCF",
          label: { zh: "增量现金流 ΔCF", en: "Incremental cash flow ΔCF" },
          unit: U.yuan,
          formula: "{plan.planFlag}*({plan.data}+{plan.ecoMargin}-{plan.ecoOpex})-{plan.capex}",
          fmt: "amount",
          note: {
            zh: "第0年：−投资；之后：数据 + G − 平台成本 − 投资",
            en: "year 0: −capex; then data + G − opex − capex",
          },
        },
        {
          key: "cumDeltaCF",
          label: { zh: "累计增量现金流", en: "Cumulative ΔCF" },
          unit: U.yuan,
          formula: "SUM({range:plan.deltaCF@0..deltaCF~})",
          fmt: "amount",
        },
        {
          key: "paybackMark",
          label: { zh: "累计为负后的下一年", en: "Year after a cumulative shortfall" },
          unit: U.planYear,
          formula: "IF(ROUND({plan.cumDeltaCF},0)<0,{year}+1,0)",
          fmt: "count",
          note: { zh: "最大值：回收年", en: "largest: payback year" },
        },
        {
          key: "posSoFar",
          label: { zh: "至今正现金流的年数", en: "Years with ΔCF > 0 so far" },
          unit: U.none,
          formula: "SUMPRODUCT(--(ROUND({range:plan.deltaCF@0..deltaCF~},0)>0))",
          fmt: "count",
          note: {
            zh: "取整到元；符号只变一次则 IRR 唯一",
            en: "whole yuan; one sign change: unique IRR",
          },
        },
        {
          key: "negSoFar",
          label: { zh: "至今负现金流的年数", en: "Years with ΔCF < 0 so far" },
          unit: U.none,
          formula: "SUMPRODUCT(--(ROUND({range:plan.deltaCF@0..deltaCF~},0)<0))",
          fmt: "count",
        },
        {
          key: "netValue",
          label: { zh: "计入净现值的流量", en: "Flow counted in the NPV" },
          unit: U.yuan,
          formula: "{plan.planFlag}*{plan.ecoValue}-{plan.capex}",
          fmt: "amount",
          note: { zh: "规划期标志 × V − 投资", en: "flag × V − investment" },
        },
        {
          key: "presentValue",
          label: { zh: "规划现值", en: "Present value, plan" },
          unit: U.yuan,
          formula: "{plan.netValue}*{plan.discountFactor}",
          fmt: "amount",
          note: { zh: "合计：规划税前净现值", en: "sum: the plan's pre-tax NPV" },
        },
        {
          key: "sqPresentValue",
          label: { zh: "现状现值", en: "Present value, status quo" },
          unit: U.yuan,
          formula: "{plan.planFlag}*{plan.profit}*{plan.discountFactor}",
          fmt: "amount",
          note: { zh: "合计：现状税前净现值", en: "sum: the status quo's pre-tax NPV" },
        },
      ],
    },
    {
      title: {
        zh: "各情景的逐年角色（全量重算）",
        en: "Each case's role by year (full recomputations)",
      },
      rows: [
        caseRoleRow("sq", { zh: "现状（中）", en: "Status quo (mid)" }),
        caseRoleRow("low", { zh: "低（悲观）", en: "Low (downside)" }),
        caseRoleRow("mid", { zh: "中（基准）", en: "Mid (base)" }),
        caseRoleRow("high", { zh: "高（乐观）", en: "High (upside)" }),
      ],
    },
    {
      title: { zh: "角色标签（S18，按年贡献 V）", en: "Role labels (S18, on contribution V)" },
      rows: (["D", "C", "B", "A"] as const).map((role) => ({
        key: `role${role}`,
        label: {
          D: { zh: "V ≥ D 门槛", en: "V ≥ D threshold" },
          C: { zh: "C 门槛 ≤ V < D 门槛", en: "C threshold ≤ V < D threshold" },
          B: { zh: "0 ≤ V < C 门槛", en: "0 ≤ V < C threshold" },
          A: { zh: "V < 0", en: "V < 0" },
        }[role],
        unit: U.role,
        formula: "",
        text: ROLE_LABELS[role],
        fmt: "text",
        seed: "S18",
      })),
    },
  ],
};

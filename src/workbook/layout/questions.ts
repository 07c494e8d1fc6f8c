/** The seed's section 六: three soul-searching questions, answered from the plan's numbers. */
import type { CalcSheet } from "./types";
import { U } from "./units";

export const QUESTIONS: CalcSheet = {
  key: "questions",
  name: { zh: "三问", en: "Questions" },
  title: { zh: "三个灵魂拷问", en: "Three soul-searching questions" },
  subtitle: {
    zh: "种子第六节的三个问题，用第四版规划的数字作答（所选情景；现状与生态规划并列；税前）",
    en: "The seed's section 6, answered with the fourth-edition plan's numbers (selected case; status quo beside the plan; pre-tax)",
  },
  columns: "single",
  sections: [
    {
      title: {
        zh: "问题1：5年后保有100万辆时，你的售后是什么角色？",
        en: "Q1: at 1,000,000 vehicles in five years, what is your after-sales?",
      },
      rows: [
        {
          key: "q1StatusQuo",
          label: {
            zh: "现状（不建生态）：第5年角色",
            en: "Status quo (no ecosystem): year-5 role",
          },
          unit: U.role,
          formula: "{plan.statusQuoRole@5}",
          fmt: "text",
          style: "output",
          seed: "S18",
          note: { zh: "继续亏损：A", en: "keep losing: A" },
        },
        {
          key: "q1Margin",
          label: { zh: "现状：第5年税前贡献 P", en: "Status quo: year-5 pre-tax contribution P" },
          unit: U.yuanYear,
          formula: "{plan.profit@5}",
          fmt: "amount",
        },
        {
          key: "q1Answer",
          label: {
            zh: "生态规划：第5年角色（答案）",
            en: "Ecosystem plan: year-5 role (the answer)",
          },
          unit: U.role,
          formula: "{plan.role@5}",
          fmt: "text",
          style: "output",
          seed: "S18",
        },
        {
          key: "q1Value",
          label: {
            zh: "生态规划：第5年税前贡献 V",
            en: "Ecosystem plan: year-5 pre-tax contribution V",
          },
          unit: U.yuanYear,
          formula: "{plan.ecoValue@5}",
          fmt: "amount",
          note: { zh: "D 门槛见“假设”表", en: "D threshold: see Inputs" },
        },
        {
          key: "q1Bar1",
          label: {
            zh: "价值桥中最大的一项（今天 → 第5年）",
            en: "The bridge's largest bar (today → year 5)",
          },
          unit: { zh: "", en: "" },
          formula: "{analysis.bridgeTop1@A}",
          fmt: "text",
          note: { zh: "见“规划分析”表的价值桥", en: "see the value bridge on Plan analysis" },
        },
        {
          key: "q1Bar1Value",
          label: { zh: "其年贡献变动", en: "Its change in contribution" },
          unit: U.yuanYear,
          formula: "{analysis.bridgeTop1@D}",
          fmt: "amount",
        },
        {
          key: "q1Bar2",
          label: { zh: "价值桥中第二大的一项", en: "The bridge's second-largest bar" },
          unit: { zh: "", en: "" },
          formula: "{analysis.bridgeTop2@A}",
          fmt: "text",
          note: {
            zh: "按取整到元的大小排序；相等时按价值桥顺序",
            en: "ranked in whole yuan; ties in the bridge's order",
          },
        },
        {
          key: "q1Bar2Value",
          label: { zh: "其年贡献变动", en: "Its change in contribution" },
          unit: U.yuanYear,
          formula: "{analysis.bridgeTop2@D}",
          fmt: "amount",
        },
        {
          key: "q1Fleet",
          label: { zh: "第5年保有量", en: "Fleet in year 5" },
          unit: U.vehicles,
          formula: "{plan.fleet@5}",
          fmt: "count",
        },
        {
          key: "q1Headroom",
          label: { zh: "距 D 门槛的余量", en: "Headroom over the D threshold" },
          unit: U.yuanYear,
          formula: "{plan.ecoValue@5}-{in.valueEngineValue}",
          fmt: "amount",
        },
        {
          key: "q1FleetForD",
          label: {
            zh: "要成为价值引擎（D），第5年需要的保有量",
            en: "To be a value engine (D): fleet needed in year 5",
          },
          unit: U.vehicles,
          formula:
            "IF(ISNUMBER({analysis.fleetForD}),ROUNDUP({analysis.fleetForD},0),{analysis.fleetForD})",
          fmt: "count",
          style: "output",
          note: {
            zh: "向上取整到整车；其余第5年输入不变；每车价值 ≤ 0 时无法达到",
            en: "rounded up to whole vehicles; other year-5 inputs as entered; unreachable if v ≤ 0",
          },
        },
        {
          key: "q1Breakeven",
          label: { zh: "经营盈亏平衡年（V ≥ 0）", en: "Operating break-even year (V ≥ 0)" },
          unit: U.planYear,
          formula: "{analysis.breakevenYear}",
          fmt: "year",
        },
        {
          key: "q1Npv",
          label: { zh: "规划税前净现值", en: "Pre-tax NPV of the plan" },
          unit: U.yuan,
          formula: "{analysis.npv}",
          fmt: "amount",
        },
        {
          key: "q1NpvInc",
          label: { zh: "增量净现值（规划 − 现状）", en: "Incremental NPV (plan − status quo)" },
          unit: U.yuan,
          formula: "{analysis.npvInc}",
          fmt: "amount",
          style: "output",
        },
        {
          key: "q1Payback",
          label: { zh: "投资回收年", en: "Payback year" },
          unit: U.planYear,
          formula: "{analysis.payback}",
          fmt: "year",
        },
      ],
    },
    {
      title: {
        zh: "问题2：你拿什么跟滴滴、美团、途虎竞争？",
        en: "Q2: what do you compete with against Didi, Meituan, Tuhu?",
      },
      rows: [
        {
          key: "q2Answer",
          label: { zh: "答案", en: "Answer" },
          unit: { zh: "", en: "" },
          formula: "",
          text: {
            zh: "D. 整车数据 + 用户关系 + 生态资源",
            en: "D. Vehicle data + user relationships + ecosystem resources",
          },
          fmt: "text",
        },
        {
          key: "q2Records",
          label: { zh: "整车数据：每年售后数据", en: "Vehicle data: records per year" },
          unit: U.recordsYear,
          formula: "{data.recordsYear}",
          fmt: "count",
          seed: "S7",
        },
        {
          key: "q2Data",
          label: { zh: "第5年数据资产价值", en: "Data asset value, year 5" },
          unit: U.yuanYear,
          formula: "{plan.data@5}",
          fmt: "amount",
        },
        {
          key: "q2Users",
          label: { zh: "用户关系：用户数量", en: "User relationships: users" },
          unit: U.users,
          formula: "{plan.fleet@5}",
          fmt: "count",
        },
        {
          key: "q2Eco",
          label: { zh: "生态资源：第5年生态收入", en: "Ecosystem resources: revenue, year 5" },
          unit: U.yuanYear,
          formula: "{plan.ecoRevenue@5}",
          fmt: "amount",
        },
      ],
    },
    {
      title: {
        zh: "问题3：售后能为公司融资估值贡献什么？",
        en: "Q3: what can after-sales add to the company's valuation?",
      },
      rows: [
        {
          key: "q3UserAssets",
          label: { zh: "用户资产总价值", en: "Total user asset value" },
          unit: U.yuan,
          formula: "{users.value}",
          fmt: "amount",
          style: "output",
          seed: "S19",
          note: { zh: "种子：100万用户 80亿", en: "seed: 1m users, CNY 8bn" },
        },
        {
          key: "q3Records",
          label: { zh: "数据资产（种子：3亿条）", en: "Data assets (seed: 300m records)" },
          unit: U.records,
          formula: "{in.dataRecordsSeed}",
          fmt: "count",
          seed: "S19",
        },
        {
          key: "q3ValuePlan",
          label: {
            zh: "规划的价值（净现值 + 第5年永续，不再投资）",
            en: "Value of the plan (NPV + year 5 in perpetuity, no reinvestment)",
          },
          unit: U.yuan,
          formula: "{analysis.valuePlan}",
          fmt: "amount",
          note: {
            zh: "税前；未录入成本与投资时为上限",
            en: "pre-tax; an upper bound with no cost or investment entered",
          },
        },
        {
          key: "q3ValueSq",
          label: {
            zh: "现状的价值（假设第5年现状贡献持续）",
            en: "Value of the status quo (its year-5 result goes on)",
          },
          unit: U.yuan,
          formula: "{analysis.valueSq}",
          fmt: "amount",
        },
        {
          key: "q3ValueInc",
          label: {
            zh: "售后生态为估值增加的价值（答案）",
            en: "Value the ecosystem adds (the answer)",
          },
          unit: U.yuan,
          formula: "{analysis.valueInc}",
          fmt: "amount",
          style: "output",
          note: {
            zh: "税前；永续增长率见“假设”表",
            en: "pre-tax; terminal growth on Inputs",
          },
        },
        {
          key: "q3Data",
          label: { zh: "第5年数据资产价值", en: "Data asset value, year 5" },
          unit: U.yuanYear,
          formula: "{plan.data@5}",
          fmt: "amount",
        },
        {
          key: "q3EcoValue",
          label: { zh: "第5年生态价值", en: "Ecosystem value, year 5" },
          unit: U.yuanYear,
          formula: "{plan.ecoValue@5}",
          fmt: "amount",
        },
      ],
    },
  ],
};

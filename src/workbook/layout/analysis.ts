/**
 * Plan analysis (规划分析), third edition (MODEL.md §8, §11): what the plan is worth against doing
 * nothing (NPV, incremental NPV, IRR, payback, operating break-even), what it takes to be a value
 * engine, the status quo and the three cases side by side, and the tornado over all eleven
 * drivers. The cases and tornado ends are full recomputations on the case rows (情景计算). The
 * tornado ranks the decision (§11.5): the swing of the incremental NPV rounded to whole 元, ties
 * by driver number, by SUMPRODUCT comparisons (exact in every engine), then INDEX/MATCH on the
 * rank; the NPV's swing stays beside it. The IRR tries three guesses in turn (§11.9).
 */
import { DRIVERS, EXTENSION_STREAMS, IRR_GUESSES } from "../../model";
import { STREAM_LABELS } from "../../model/words";
import { CASE_FACTOR_ROWS } from "./caseFactors";
import { STREAM_KEYS } from "./inputs";
import type { TableCell, TableRow, TableSheet, Text } from "./types";
import { U } from "./units";

const VALUE: Text = { zh: "数值", en: "Value" };
const RANK: Text = { zh: "排名", en: "Rank" };
const SWING: Text = { zh: "摆幅", en: "Swing" };
const NPV_DOWN: Text = { zh: "净现值（悲观端）", en: "NPV, downside" };
const NPV_UP: Text = { zh: "净现值（乐观端）", en: "NPV, upside" };
const INC_DOWN: Text = { zh: "增量净现值（悲观端）", en: "Incremental NPV, downside" };
const INC_UP: Text = { zh: "增量净现值（乐观端）", en: "Incremental NPV, upside" };
const INC_SWING: Text = { zh: "增量摆幅", en: "Incremental swing" };
const CASES = ["sq", "low", "mid", "high"] as const;
const caseCells = (column: string): string[] => CASES.map((c) => `{variant:${c}:${column}}`);

const driverLabel = (n: number): Text => CASE_FACTOR_ROWS[n - 1]?.label ?? { zh: "", en: "" };

/**
 * A tornado row (MODEL.md §11.5): the incremental NPV at each end (C, D), each against its own
 * status quo, the swing (E), in whole 元 (F), driver number (G), rank (H).
 */
const driverRow = (n: number): TableRow => ({
  key: `t${n}`,
  label: driverLabel(n),
  unit: U.yuan,
  fmt: "amount",
  cells: [
    `{variant:t${n}d:npvInc}`,
    `{variant:t${n}u:npvInc}`,
    "ABS({here:D}-{here:C})",
    { formula: "ROUND({here:E},0)", fmt: "amount" },
    { value: n, fmt: "count", style: "rank" },
    {
      formula:
        "1+SUMPRODUCT(--({sect:F}>{here:F}))+SUMPRODUCT(({sect:F}={here:F})*({sect:G}<{here:G}))",
      fmt: "count",
    },
  ],
});

/** The NPV at each end (C, D) and its swing (E): what the plan alone is worth, not the ranking. */
const npvRow = (n: number): TableRow => ({
  key: `tnpv${n}`,
  label: driverLabel(n),
  unit: U.yuan,
  fmt: "amount",
  cells: [`{variant:t${n}d:npv}`, `{variant:t${n}u:npv}`, "ABS({here:D}-{here:C})"],
});

/** IRR from one guess (C): the rate (D) and whether it is an answer, a number above −100 % (E). */
const irrRow = (n: number): TableRow => ({
  key: `irr${n}`,
  label: { zh: `第${n}次尝试`, en: `Attempt ${n}` },
  unit: U.share,
  fmt: "pct",
  cells: [
    { value: IRR_GUESSES[n - 1] ?? NaN, fmt: "pct", style: "rank" },
    "IFERROR(IRR({row:plan.deltaCF},{here:C}),{txt:notApplicable})",
    { formula: "AND(ISNUMBER({here:D}),{here:D}>-1)", fmt: "bool" },
  ],
});

/** ΔCF changes sign exactly once, in whole 元 (the plan sheet's running counts). */
const ONE_SIGN_CHANGE =
  "AND({plan.posSoFar@5}>0,{plan.negSoFar@5}>0,OR(SUMPRODUCT((ROUND({row:plan.deltaCF},0)<0)*({row:plan.posSoFar}>0))=0,SUMPRODUCT((ROUND({row:plan.deltaCF},0)>0)*({row:plan.negSoFar}>0))=0))";

const sortedRow = (rank: number): TableRow => {
  const pick = (col: string): string =>
    `INDEX({sect:tornado:${col}},MATCH({here:C},{sect:tornado:H},0))`;
  return {
    key: `sorted${rank}`,
    label: { formula: pick("A") },
    unit: U.yuan,
    fmt: "amount",
    cells: [
      { value: rank, fmt: "count", style: "rank" },
      pick("C"),
      pick("D"),
      pick("E"),
      // What the tornado chart draws: each end's change from the base case's incremental NPV.
      "{here:D}-{variant:mid:npvInc}",
      "{here:E}-{variant:mid:npvInc}",
    ],
  };
};

/** One stream's margin in year t on the plan sheet: revenue × its margin × k7 in force. */
const streamMargin = (stream: string, year: number): string =>
  `{plan.rev${stream}@${year}}*{in.margin${stream}}*{plan.kStreamMargin@${year}}`;

/**
 * Out_Bridge (MODEL.md §11.7): V_0; the traditional service's change P_5 − P_0; the data's
 * D_5 − D_0; each stream's G_5 − G_0; −EcoOpex_5; V_5. The bars add up to V_5 (a check).
 */
const BARS = "ROUND({range:analysis.bridge1@C..bridge8@C},0)";
const BAR_NUMBERS = "{range:analysis.bridge1@D..bridge8@D}";
/**
 * Bars 1–8 (the changes) with their number (D) and rank by size in whole 元, ties by number (E),
 * as the tornado ranks: the questions sheet names the largest (MODEL.md §11.6, question 1).
 */
const barRank = (n: number): TableCell[] => [
  { value: n, fmt: "count", style: "rank" },
  {
    formula: `1+SUMPRODUCT(--(${BARS}>ROUND({here:C},0)))+SUMPRODUCT((${BARS}=ROUND({here:C},0))*(${BAR_NUMBERS}<{here:D}))`,
    fmt: "count",
  },
];

export const BRIDGE_ROWS: readonly TableRow[] = [
  {
    key: "bridge0",
    label: { zh: "今天的年贡献 V₀", en: "Today's contribution V0" },
    unit: U.yuanYear,
    cells: ["{plan.ecoValue@0}"],
    fmt: "amount",
  },
  {
    key: "bridge1",
    label: {
      zh: "传统售后：更大的保有量（P₅ − P₀）",
      en: "Traditional service on a larger fleet (P5 − P0)",
    },
    unit: U.yuanYear,
    cells: ["{plan.profit@5}-{plan.profit@0}", ...barRank(1)],
    fmt: "amount",
  },
  {
    key: "bridge2",
    label: { zh: "数据资产（D₅ − D₀）", en: "Data (D5 − D0)" },
    unit: U.yuanYear,
    cells: ["{plan.data@5}-{plan.data@0}", ...barRank(2)],
    fmt: "amount",
  },
  ...EXTENSION_STREAMS.map((stream, i): TableRow => ({
    key: `bridge${3 + i}`,
    label: {
      zh: `${STREAM_LABELS[stream].zh}（毛利 G₅ − G₀）`,
      en: `${STREAM_LABELS[stream].en} (margin G5 − G0)`,
    },
    unit: U.yuanYear,
    cells: [
      `${streamMargin(STREAM_KEYS[stream], 5)}-${streamMargin(STREAM_KEYS[stream], 0)}`,
      ...barRank(3 + i),
    ],
    fmt: "amount",
  })),
  {
    key: "bridge8",
    label: { zh: "生态平台运营成本（−第5年）", en: "Platform opex (− year 5)" },
    unit: U.yuanYear,
    cells: ["-{plan.ecoOpex@5}", ...barRank(8)],
    fmt: "amount",
  },
  {
    key: "bridge9",
    label: { zh: "第5年年贡献 V₅", en: "Year-5 contribution V5" },
    unit: U.yuanYear,
    cells: ["{plan.ecoValue@5}"],
    fmt: "amount",
    style: "output",
  },
];

/** The bar at a rank (1 = largest) of the bridge's changes, by the rank column above. */
const topBar = (rank: number): TableRow => {
  const pick = (col: string): string =>
    `INDEX({range:analysis.bridge1@${col}..bridge8@${col}},MATCH({here:C},{range:analysis.bridge1@E..bridge8@E},0))`;
  return {
    key: `bridgeTop${rank}`,
    label: { formula: pick("A") },
    unit: U.yuanYear,
    fmt: "amount",
    cells: [{ value: rank, fmt: "count", style: "rank" }, pick("C")],
  };
};

export const ANALYSIS: TableSheet = {
  key: "analysis",
  name: { zh: "规划分析", en: "Plan analysis" },
  title: {
    zh: "规划分析：对比现状的价值、情景与敏感性",
    en: "Plan analysis: worth against doing nothing, cases, sensitivity",
  },
  subtitle: {
    zh: "税前净现值、增量净现值、IRR 与回收期；现状与三个情景并列；龙卷风按增量净现值摆幅排序（十一个驱动因素）",
    en: "Pre-tax NPV, incremental NPV, IRR and payback; the status quo and three cases side by side; the tornado ranked by the incremental NPV's swing over eleven drivers",
  },
  sections: [
    {
      key: "results",
      title: { zh: "规划结果（所选情景）", en: "Plan results (selected scenario)" },
      headers: [VALUE],
      rows: [
        {
          key: "year5Value",
          label: { zh: "第5年规划年贡献 V（税前）", en: "Year-5 plan contribution V (pre-tax)" },
          unit: U.yuanYear,
          cells: ["{plan.ecoValue@5}"],
          fmt: "amount",
        },
        {
          key: "year5Role",
          label: { zh: "第5年规划角色", en: "Year-5 plan role" },
          unit: U.role,
          cells: ["{plan.role@5}"],
          fmt: "text",
          seed: "S18",
        },
        {
          key: "year5ValueSq",
          label: {
            zh: "第5年现状贡献 P（税前）",
            en: "Year-5 status-quo contribution P (pre-tax)",
          },
          unit: U.yuanYear,
          cells: ["{plan.profit@5}"],
          fmt: "amount",
        },
        {
          key: "year5RoleSq",
          label: { zh: "第5年现状角色", en: "Year-5 status-quo role" },
          unit: U.role,
          cells: ["{plan.statusQuoRole@5}"],
          fmt: "text",
          seed: "S18",
        },
        {
          key: "npv",
          label: { zh: "规划税前净现值", en: "Pre-tax NPV of the plan" },
          unit: U.yuan,
          cells: ["SUMPRODUCT({row:plan.netValue},{row:plan.discountFactor})"],
          fmt: "amount",
          style: "output",
          note: {
            zh: "−第0年投资 + Σ第1–5年 (V − 投资) ÷ (1 + 折现率)^年",
            en: "−capex₀ + Σ years 1–5 of (V − capex) ÷ (1 + rate)^year",
          },
        },
        {
          key: "npvSq",
          label: { zh: "现状税前净现值", en: "Pre-tax NPV of the status quo" },
          unit: U.yuan,
          cells: ["SUM({row:plan.sqPresentValue})"],
          fmt: "amount",
          note: { zh: "Σ第1–5年 P ÷ (1 + 折现率)^年", en: "Σ years 1–5 of P ÷ (1 + rate)^year" },
        },
        {
          key: "npvInc",
          label: { zh: "增量净现值（规划 − 现状）", en: "Incremental NPV (plan − status quo)" },
          unit: U.yuan,
          cells: ["{analysis.npv}-{analysis.npvSq}"],
          fmt: "amount",
          style: "output",
          note: { zh: "选择生态战略的价值", en: "what choosing the ecosystem is worth" },
        },
        {
          key: "irr",
          label: { zh: "增量内部收益率 IRR", en: "Incremental IRR" },
          unit: U.share,
          cells: [
            `IF(AND(${ONE_SIGN_CHANGE},OR({sect:irr:E})),INDEX({sect:irr:D},MATCH(TRUE,{sect:irr:E},0)),{txt:notApplicable})`,
          ],
          fmt: "pct",
          style: "output",
          note: {
            zh: "ΔCF 符号只变一次（取整到元）：下方首个 > −100% 的尝试",
            en: "one sign change (whole yuan): first attempt below > −100 %",
          },
        },
        {
          key: "payback",
          label: { zh: "投资回收年（增量现金流）", en: "Payback year (incremental cash flow)" },
          unit: U.planYear,
          cells: [
            "IF(MAX({row:plan.paybackMark})=0,{txt:notApplicable},IF(ROUND({plan.cumDeltaCF@5},0)<0,{txt:notRecovered},MAX({row:plan.paybackMark})))",
          ],
          fmt: "year",
          style: "output",
          note: {
            zh: "累计增量现金流此后保持 ≥ 0 的首年；从未为负则“不适用”",
            en: "first year from which cumulative ΔCF stays ≥ 0; never negative: n/a",
          },
        },
        {
          key: "breakevenYear",
          label: {
            zh: "经营盈亏平衡年（V ≥ 0，不计投资）",
            en: "Operating break-even year (V ≥ 0, before investment)",
          },
          unit: U.planYear,
          cells: [
            "IF(ISNUMBER(MATCH(TRUE,{row:plan.positive},0)),INDEX({row:plan.year},MATCH(TRUE,{row:plan.positive},0)),{txt:notWithinPlan})",
          ],
          fmt: "year",
          style: "output",
          note: { zh: "不是投资回收年：回收年见上一行", en: "not the payback: see the row above" },
        },
        {
          key: "valuePerVehicle5",
          label: { zh: "第5年每车年贡献 v", en: "Year-5 contribution per vehicle v" },
          unit: U.perVehicleYear,
          cells: ["{plan.valuePerVehicle@5}"],
          fmt: "yuan",
        },
        {
          key: "fleetForD",
          label: { zh: "成为价值引擎所需的第5年保有量", en: "Year-5 fleet needed for D" },
          unit: U.vehicles,
          cells: [
            "IF({analysis.valuePerVehicle5}>0,({in.valueEngineValue}+{plan.networkCost@5}+{plan.ecoOpex@5})/{analysis.valuePerVehicle5},{txt:unreachable})",
          ],
          fmt: "countExact",
          style: "output",
          note: {
            zh: "(D 门槛 + 固定网络成本 + 平台成本) ÷ v；精确值，仪表盘向上取整",
            en: "(D threshold + fixed network + opex) ÷ v; exact (dashboard rounds up)",
          },
        },
      ],
    },
    {
      key: "valuation",
      title: {
        zh: "问题3：售后为估值增加什么（税前，所选情景）",
        en: "Question 3: what after-sales adds to valuation (pre-tax, selected case)",
      },
      headers: [VALUE],
      rows: [
        {
          key: "valueRate",
          label: { zh: "折现率 d（所选情景）", en: "Discount rate d (selected case)" },
          unit: U.share,
          cells: ["{in.discountRate}*{in.kDiscountRate@E}"],
          fmt: "pct",
        },
        {
          key: "terminalFactor",
          label: {
            zh: "第5年年贡献的永续倍数（不再投资）",
            en: "Perpetuity multiple of year 5 (no reinvestment)",
          },
          unit: U.factor,
          cells: [
            "IF({analysis.valueRate}>{in.terminalGrowth},(1+{in.terminalGrowth})/({analysis.valueRate}-{in.terminalGrowth})*{plan.discountFactor@5},{txt:valueNa})",
          ],
          fmt: "rate",
          note: {
            zh: "(1 + g) ÷ (d − g) ÷ (1 + d)^5；d ≤ g 时不适用",
            en: "(1 + g) ÷ (d − g) ÷ (1 + d)^5; n/a when d ≤ g",
          },
        },
        {
          key: "valuePlan",
          label: {
            zh: "规划的价值（税前：净现值 + 第5年永续）",
            en: "Value of the plan (pre-tax: NPV + year 5 in perpetuity)",
          },
          unit: U.yuan,
          cells: [
            "IF(ISNUMBER({analysis.terminalFactor}),{analysis.npv}+{plan.ecoValue@5}*{analysis.terminalFactor},{txt:valueNa})",
          ],
          fmt: "amount",
          style: "output",
          note: {
            zh: "未录入成本时为上限，同净现值",
            en: "with no cost entered an upper bound, like the NPV",
          },
        },
        {
          key: "valueSq",
          label: {
            zh: "现状的价值（假设第5年现状贡献持续）",
            en: "Value of the status quo (its year-5 result goes on)",
          },
          unit: U.yuan,
          cells: [
            "IF(ISNUMBER({analysis.terminalFactor}),{analysis.npvSq}+{plan.profit@5}*{analysis.terminalFactor},{txt:valueNa})",
          ],
          fmt: "amount",
          style: "output",
        },
        {
          key: "valueInc",
          label: {
            zh: "售后生态增加的价值（规划 − 现状）",
            en: "Value added by the ecosystem (plan − status quo)",
          },
          unit: U.yuan,
          cells: [
            "IF(ISNUMBER({analysis.terminalFactor}),{analysis.valuePlan}-{analysis.valueSq},{txt:valueNa})",
          ],
          fmt: "amount",
          style: "output",
          note: {
            zh: "税前；永续不计再投资；未录入投资时为上限",
            en: "pre-tax; the perpetuity carries no reinvestment; an upper bound with no investment entered",
          },
        },
      ],
    },
    {
      key: "bridge",
      title: {
        zh: "价值桥：从今天（第0年）到第5年的年贡献（所选情景）",
        en: "Value bridge: the annual contribution from today (year 0) to year 5 (selected case)",
      },
      headers: [VALUE, { zh: "变动序号", en: "Bar no." }, RANK],
      rows: BRIDGE_ROWS,
    },
    {
      key: "bridgeTop",
      title: {
        zh: "价值桥中最大的两项变动（问题1：靠什么成为价值引擎）",
        en: "The bridge's two largest changes (question 1: what carries the plan)",
      },
      headers: [RANK, VALUE],
      rows: [1, 2].map(topBar),
    },
    {
      key: "irr",
      title: {
        zh: "增量 IRR：依次尝试三个初值，取首个大于 −100% 的结果",
        en: "Incremental IRR: three guesses in turn, the first rate above −100 % counts",
      },
      headers: [
        { zh: "初值", en: "Guess" },
        { zh: "IRR", en: "IRR" },
        { zh: "可用（> −100%）", en: "An answer (> −100 %)" },
      ],
      rows: IRR_GUESSES.map((_, i) => irrRow(i + 1)),
    },
    {
      key: "cases",
      title: {
        zh: "现状与三个情景并列（不随所选情景变化）",
        en: "Status quo and the three cases side by side (whatever the scenario)",
      },
      headers: [
        { zh: "现状（中）", en: "Status quo (mid)" },
        { zh: "低（悲观）", en: "Low (downside)" },
        { zh: "中（基准）", en: "Mid (base)" },
        { zh: "高（乐观）", en: "High (upside)" },
      ],
      rows: [
        {
          key: "caseValue",
          label: { zh: "第5年年贡献 V", en: "Year-5 contribution V" },
          unit: U.yuanYear,
          cells: caseCells("V@5"),
          fmt: "amount",
          style: "output",
        },
        {
          key: "caseRole",
          label: { zh: "第5年角色", en: "Year-5 role" },
          unit: U.role,
          cells: caseCells("role5"),
          fmt: "text",
          seed: "S18",
        },
        {
          key: "caseNpv",
          label: { zh: "税前净现值", en: "Pre-tax NPV" },
          unit: U.yuan,
          cells: caseCells("npv"),
          fmt: "amount",
          style: "output",
        },
        {
          key: "caseNpvInc",
          label: {
            zh: "增量净现值（对比本情景的现状）",
            en: "Incremental NPV (against the case's own status quo)",
          },
          unit: U.yuan,
          cells: caseCells("npvInc"),
          fmt: "amount",
        },
      ],
    },
    {
      key: "tornado",
      title: {
        zh: "龙卷风：单个驱动因素取悲观/乐观端时的增量净现值（其余系数 = 1，各端对比自身的现状）",
        en: "Tornado: incremental NPV with one driver at an end (others 1; each against its own status quo)",
      },
      headers: [
        INC_DOWN,
        INC_UP,
        INC_SWING,
        { zh: "摆幅（取整到元）", en: "Swing, whole yuan" },
        { zh: "驱动因素序号", en: "Driver no." },
        RANK,
      ],
      rows: DRIVERS.map((_, i) => driverRow(i + 1)),
    },
    {
      key: "tornadoNpv",
      title: {
        zh: "同一端点的规划税前净现值（不用于排序）",
        en: "The plan's pre-tax NPV at the same ends (not used for the ranking)",
      },
      headers: [NPV_DOWN, NPV_UP, SWING],
      rows: DRIVERS.map((_, i) => npvRow(i + 1)),
    },
    {
      key: "sorted",
      title: {
        zh: "龙卷风（按增量摆幅从大到小，同摆幅按序号）",
        en: "Tornado sorted by incremental swing (ties by driver number)",
      },
      headers: [
        RANK,
        INC_DOWN,
        INC_UP,
        INC_SWING,
        { zh: "悲观端 − 基准", en: "Downside − base" },
        { zh: "乐观端 − 基准", en: "Upside − base" },
      ],
      rows: [
        ...DRIVERS.map((_, i) => sortedRow(i + 1)),
        {
          key: "maxSwing",
          label: { zh: "最大增量摆幅", en: "Largest incremental swing" },
          unit: U.yuan,
          fmt: "amount",
          style: "output",
          cells: [null, null, null, { formula: "MAX({sect:tornado:E})", style: "output" }],
        },
        {
          key: "maxSwingNpv",
          label: { zh: "最大净现值摆幅", en: "Largest NPV swing" },
          unit: U.yuan,
          fmt: "amount",
          style: "output",
          cells: [null, null, null, { formula: "MAX({sect:tornadoNpv:E})", style: "output" }],
        },
      ],
    },
  ],
};

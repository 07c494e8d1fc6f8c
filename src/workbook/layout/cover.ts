/** The cover sheet (说明 / Guide): purpose, workshop use, colour legend, 1+3+N, the seed's figures. */
import type { CoverLine, Text } from "./types";

const SEED_FIGURES: readonly [string, Text][] = [
  [
    "S1",
    {
      zh: "燃油车年均售后消费 8,000–12,000 元/车/年",
      en: "ICE after-sales spend 8,000–12,000 CNY/vehicle/yr",
    },
  ],
  [
    "S2",
    {
      zh: "新能源车年均售后消费 1,500–2,500 元/车/年",
      en: "EV after-sales spend 1,500–2,500 CNY/vehicle/yr",
    },
  ],
  [
    "S3",
    {
      zh: "售后收入腰斩 80%（中值 10,000 → 2,000）",
      en: "After-sales revenue −80 % (midpoints 10,000 → 2,000)",
    },
  ],
  [
    "S4",
    {
      zh: "10万辆：传统模式年售后毛利约 2.8亿",
      en: "100k vehicles: traditional gross margin ≈ CNY 280m/yr",
    },
  ],
  [
    "S5",
    {
      zh: "10万辆：新能源简化模式年售后毛利约 7,200万",
      en: "100k vehicles: EV gross margin ≈ CNY 72m/yr",
    },
  ],
  [
    "S6",
    {
      zh: "毛利直接蒸发 2亿：2.8 − 0.72 = 2.08亿",
      en: "CNY 200m of margin evaporates (280 − 72 = CNY 208m)",
    },
  ],
  [
    "S7",
    {
      zh: "每月数据：工单12万、健康380万、行为650万、配件85万条",
      en: "Monthly records: work orders 120k, health 3.8m, behaviour 6.5m, parts 850k",
    },
  ],
  ["S8", { zh: "保险公司（UBI）150–300 元/车/年", en: "Insurers (UBI) 150–300 CNY/vehicle/yr" }],
  [
    "S9",
    {
      zh: "二手车平台（车况认证）500–800 元/次",
      en: "Used-car platforms 500–800 CNY per certification",
    },
  ],
  [
    "S10",
    { zh: "金融机构（信用评估）200–400 元/车/年", en: "Lenders (credit) 200–400 CNY/vehicle/yr" },
  ],
  [
    "S11",
    { zh: "出行平台（精准营销）100–200 元/车/年", en: "Mobility platforms 100–200 CNY/vehicle/yr" },
  ],
  [
    "S12",
    { zh: "10万保有量的数据年价值 7,650万元", en: "Data value of a 100k fleet: CNY 76.5m/yr" },
  ],
  [
    "S13",
    {
      zh: "用户资产价值 = 用户数量 × 活跃度 × 单用户LTV × 复购率",
      en: "User asset value = users × activity × LTV × repurchase",
    },
  ],
  [
    "S14",
    {
      zh: "满意售后客户的 LTV 是只买新车客户的 3.2 倍",
      en: "A satisfied after-sales customer's LTV is 3.2× a new-car-only one",
    },
  ],
  [
    "S15",
    {
      zh: "蔚来 50万辆：传统5亿；BaaS 15亿、充电3亿、保险1.5亿、NIO Life 2亿、二手车1亿",
      en: "NIO at 500k vehicles, CNY m: traditional 500; BaaS 1,500, charging 300, insurance 150, NIO Life 200, used cars 100",
    },
  ],
  [
    "S16",
    {
      zh: "生态收入是传统售后的 4.5 倍：22.5亿 ÷ 5亿",
      en: "Ecosystem revenue is 4.5× traditional (2,250 ÷ 500)",
    },
  ],
  [
    "S17",
    {
      zh: "18个月：毛利 −2,800万 → +1.2亿；FTFR 91%，NPS 45 → 62",
      en: "18 months: margin −CNY 28m → +CNY 120m; FTFR 91 %, NPS 45 → 62",
    },
  ],
  [
    "S18",
    {
      zh: "5年后保有100万辆时的角色：A 成本中心（亏损1亿）；B 盈亏平衡；C 利润中心（毛利5亿）；D 价值引擎（生态价值10亿）",
      en: "1m vehicles in 5 years: A cost centre (−CNY 100m); B break-even; C profit centre (CNY 500m); D value engine (CNY 1bn)",
    },
  ],
  [
    "S19",
    {
      zh: "100万用户资产总价值 80亿；3亿条数据资产",
      en: "1m users worth CNY 8bn; 300m data records",
    },
  ],
  [
    "S20",
    {
      zh: "特斯拉 OTA 远程解决 60% 问题；小鹏提前30天预警故障",
      en: "Tesla OTA fixes 60 % remotely; XPeng warns 30 days ahead",
    },
  ],
  [
    "S21",
    {
      zh: "用户买车后5年会遇到 138 个用车痛点",
      en: "An owner meets 138 pain points in five years",
    },
  ],
];

export const COVER_NAME: Text = { zh: "说明", en: "Guide" };

/** The plan's edition the Guide describes (MODEL.md §8): its heading and text say it. */
export const PLAN_EDITION: Text = { zh: "第四版", en: "fourth edition" };

export const COVER_SEED_HEADING: Text = {
  zh: "种子文章的数字（编号见{sheet:inputs}表“来源”列）",
  en: "The seed article's figures (ids in the source column of {sheet:inputs})",
};

/**
 * The Guide, line by line. Texts name sheets, workbook names and counts only through
 * placeholders ({sheet:analysis}, {name:Check_All}, {drivers}, …: coverText.ts), which the
 * layout and the model fill in, so a renamed sheet or a new driver cannot leave it stale.
 */
export const COVER: readonly CoverLine[] = [
  { kind: "h1", text: { zh: "售后生态规划工作簿", en: "After-sales ecosystem planning workbook" } },
  {
    kind: "p",
    text: {
      zh: "从部门到生态：算清你的售后在保有{fleet:target}辆时是什么角色，以及建生态比维持现状值多少。",
      en: "From department to ecosystem: your after-sales role at {fleet:target} vehicles, and what the ecosystem is worth.",
    },
  },
  {
    kind: "version",
    text: { zh: "版本 {version} · 生成于 {date}", en: "Version {version} · generated {date}" },
  },
  { kind: "h2", text: { zh: "研讨会用法", en: "How to use it in a workshop" } },
  {
    kind: "p",
    text: {
      zh: "1. 在{sheet:inputs}表填入贵公司的保有量与两条事实（今天的贡献、第5年维持现状的贡献），选择情景（低/中/高），再用贵公司的数字覆盖其余黄色输入格。",
      en: "1. On {sheet:inputs}, enter your fleet and two facts (today, year-5 status quo), pick a scenario, overwrite the yellow cells.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "2. 其余单元格均为公式，已锁定；工作表保护无密码（审阅 → 撤消工作表保护即可修改结构）。",
      en: "2. Every other cell is a locked formula; sheets are protected without a password (Review → Unprotect Sheet).",
    },
  },
  {
    kind: "p",
    text: {
      zh: "3. 在{sheet:dashboard}和{sheet:questions}读出售后的角色；{sheet:checks}表的总校验 {name:Check_All} 应为 TRUE。",
      en: "3. Read the roles on {sheet:dashboard} and {sheet:questions}; {name:Check_All} on {sheet:checks} should be TRUE.",
    },
  },
  { kind: "h2", text: { zh: "{edition}规划", en: "The plan, {edition}" } },
  {
    kind: "p",
    text: {
      zh: "默认输入就是种子的故事：今天{fleet:today}辆，第5年{fleet:target}辆，售后毛利 {margin} 元/车/年（S5）；{sheet:plan}表逐年并列现状与生态规划。",
      en: "Defaults: the seed's story ({fleet:today} → {fleet:target} vehicles, margin CNY {margin}, S5); {sheet:plan}: status quo beside plan.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "c 与 N 按贵公司的两条事实校准：今天的贡献（默认亏损{loss:today}，S17）与第5年维持现状的贡献（默认亏损{loss:target}，S18，可留空）；",
      en: "c and N from two facts: today ({loss:today} loss, S17), the year-5 status quo ({loss:target} loss, S18; may be blank).",
    },
  },
  {
    kind: "p",
    text: {
      zh: "默认得服务成本 {serviceCost} 元/车/年、固定网络成本每年{networkCost}；填写 {name:In_ServiceCost} 或 {name:In_NetworkCost} 即覆盖；灰色种子数字块只供校准读取。",
      en: "Service cost CNY {serviceCost}/vehicle/yr, network cost of {networkCost}/yr; {name:In_ServiceCost}, {name:In_NetworkCost} override.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "{sheet:analysis}表：净现值、增量净现值、IRR、回收期、盈亏平衡年、D 所需保有量、价值桥（{name:Out_Bridge}）与估值（{name:Out_Value_Incremental}，未录入投资时为上限）。",
      en: "{sheet:analysis}: NPVs, IRR, payback, break-even, fleet for D, bridge ({name:Out_Bridge}), value ({name:Out_Value_Incremental}).",
    },
  },
  {
    kind: "p",
    text: {
      zh: "{drivers} 个驱动因素各有悲观与乐观系数（{name:In_CaseFactors}）；每个情景与龙卷风的每一端都在{sheet:cases}表重算；龙卷风按增量净现值的摆幅排序。",
      en: "{drivers} drivers each have a downside/upside factor ({name:In_CaseFactors}); {sheet:cases} recomputes each case and tornado end.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "{sheet:sim}表：{trials} 次拟随机试验，给出净现值的 P10/P50/P90、第5年达到 D 的概率与增量净现值为正的概率。",
      en: "{sheet:sim}: {trials} trials give the NPV's P10/P50/P90, the odds of D in year 5 and of a positive incremental NPV.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "{sheet:dashboard}第一页：今天与第5年的角色和贡献、增量净现值、角色路径、三个情景、龙卷风、净现值分布；第二页：价值桥与估值。",
      en: "{sheet:dashboard}: page 1 roles, incremental NPV, role paths, cases, tornado, distribution; page 2 value bridge, valuation.",
    },
  },
  { kind: "h2", text: { zh: "约定与例外", en: "Conventions and exceptions" } },
  {
    kind: "p",
    text: {
      zh: "符号：成本与投资以正数输入，在公式中减去；百分比按小数存储（20% = 0.2）。",
      en: "Signs: costs and investment are entered positive and subtracted; percentages are fractions (20 % = 0.2).",
    },
  },
  {
    kind: "p",
    text: {
      zh: "单位：输入按元填写；计算表以元存储、按亿元显示（单位列写明）；仪表盘以亿元、万辆显示。",
      en: "Units: inputs are typed in CNY; calculation sheets store CNY and show CNY m (see the unit column).",
    },
  },
  {
    kind: "p",
    text: {
      zh: "公式中只出现 0 与 1 两个常数（如 1 + 折现率、100%）；其余数字都来自{sheet:inputs}表。",
      en: "The only numbers typed in formulas are 0 and 1 (1 + rate, 100 %); every other number comes from {sheet:inputs}.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "例外：{sheet:analysis}表各区块有各自的表头；龙卷风的驱动因素编号与排序区的名次 1–{drivers} 为固定序号。",
      en: "Exceptions: {sheet:analysis} has a header per block; the tornado's driver numbers and ranks 1–{drivers} are fixed.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "例外：角色判定沿用种子的顺序（D → C → B → A）写成嵌套 IF；二手车认证率由种子数字块按 S12 校准。",
      en: "Exceptions: the role test keeps the seed's order (D → C → B → A) in nested IFs; the seed block feeds calibrations.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "例外：仪表盘只做显示换算（÷ 单位常数、取角色字母），其余都链接计算表。",
      en: "Exceptions: the dashboard only converts for display (÷ a unit constant, the role's letter); everything else is a link.",
    },
  },
  { kind: "h2", text: { zh: "颜色图例", en: "Colour legend" } },
  {
    kind: "legend-input",
    text: {
      zh: "输入：浅黄底蓝字，仅在{sheet:inputs}表",
      en: "Input: light yellow, blue text, only on {sheet:inputs}",
    },
  },
  {
    kind: "legend-calc",
    text: {
      zh: "计算：黑字公式，引用{sheet:inputs}表",
      en: "Calculation: black formula referring to {sheet:inputs}",
    },
  },
  {
    kind: "legend-output",
    text: {
      zh: "关键输出：加粗带框（工作簿名称 Out_…）",
      en: "Key output: bold, framed (workbook names Out_…)",
    },
  },
  {
    kind: "legend-check",
    text: { zh: "校验：TRUE 绿色，FALSE 红色", en: "Check: TRUE green, FALSE red" },
  },
  { kind: "h2", text: { zh: "1+3+N 模型", en: "The 1+3+N model" } },
  {
    kind: "p",
    text: {
      zh: "1 个核心：用户资产 —— 售后的本质是经营用户关系。",
      en: "1 core: user assets — after-sales is about running user relationships.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "3 个支柱：服务生态 + 数据生态 + 合作网络。",
      en: "3 pillars: service ecosystem + data ecosystem + partner network.",
    },
  },
  {
    kind: "p",
    text: {
      zh: "N 个变现：服务 + 数据 + 金融 + 生态分成。",
      en: "N ways to earn: services + data + finance + ecosystem revenue share.",
    },
  },
  { kind: "h2", text: COVER_SEED_HEADING },
  ...SEED_FIGURES.map(([id, text]): CoverLine => ({ kind: "seed", id, text })),
];

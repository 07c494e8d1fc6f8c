/**
 * Bad inputs for the four ECO functions, as a typed table: what Excel could pass (text, empty
 * cells, booleans, error values, NaN/±Infinity, out-of-range and huge numbers, clashing array
 * shapes, wrong vectors, unknown names) and the exact error each must give, with the words its
 * message must contain in English and in Chinese (the argument's name, and the accepted names
 * where the error is an unknown name). MODEL.md §2–§3 is the contract.
 */
import type { ErrorCode } from "../../src/functions/errors";

export type FunctionId =
  "DATA_ASSET_VALUE" | "USER_ASSET_VALUE" | "ECOSYSTEM_REVENUE" | "LTV" | "PLAN" | "SIMULATE";

/** Words a message must contain, per language. */
export interface Says {
  readonly en: readonly string[];
  readonly zh: readonly string[];
}

export interface BadInput {
  readonly name: string;
  readonly fn: FunctionId;
  /** Excel-shaped arguments: scalar, 2-D array, or null when omitted. */
  readonly args: readonly unknown[];
  readonly code: ErrorCode;
  readonly says: Says;
  /** The result cell that must hold the error (default [0, 0]). */
  readonly at?: readonly [number, number];
  /** The whole result's shape, when it is not 1×1. */
  readonly shape?: readonly [number, number];
  /** Cells that must still compute to a number (an error stays in its own cell). */
  readonly ok?: readonly (readonly [number, number])[];
}

// Accepted names, as MODEL.md §2 documents them (not imported from src, so drift is caught).
export const ACCEPTED = {
  scenario: ["low", "mid", "high", "低", "中", "高"],
  buyer: [
    "all",
    "insurance",
    "usedcar",
    "finance",
    "mobility",
    "全部",
    "保险",
    "二手车",
    "金融",
    "出行",
  ],
  stream: [
    "ecosystem",
    "traditional",
    "total",
    "baas",
    "charging",
    "insurance",
    "lifestyle",
    "usedcar",
    "multiple",
    "breakdown",
    "生态",
    "传统",
    "合计",
    "电池租赁",
    "充电",
    "保险",
    "精品",
    "二手车",
    "倍数",
    "明细",
  ],
  unit: ["元", "yuan", "万", "wan", "亿", "yi"],
  fleet_path: ["linear", "cagr", "线性", "复合增长"],
  plan_output: [
    "table",
    "npv",
    "npv_statusquo",
    "npv_incremental",
    "irr",
    "payback",
    "breakeven",
    "value5",
    "value5_statusquo",
    "role5",
    "role5_statusquo",
    "fleet_for_d",
    "tornado",
    "value",
    "value_statusquo",
    "value_incremental",
    "bridge",
    "明细",
    "净现值",
    "现状净现值",
    "增量净现值",
    "增量内部收益率",
    "回收期",
    "盈亏平衡年",
    "第5年贡献",
    "现状第5年贡献",
    "第5年角色",
    "现状第5年角色",
    "d所需保有量",
    "龙卷风",
    "价值",
    "现状价值",
    "增量价值",
    "价值桥",
  ],
  simulate_output: [
    "p10",
    "p50",
    "p90",
    "prob_d",
    "prob_incremental_positive",
    "npv_incremental_p10",
    "npv_incremental_p50",
    "npv_incremental_p90",
    "npv_mean",
    "summary",
    "净现值p10",
    "净现值p50",
    "净现值p90",
    "d概率",
    "增量为正概率",
    "增量净现值p10",
    "增量净现值p50",
    "增量净现值p90",
    "净现值均值",
    "汇总",
  ],
} as const;

/** How a message shows a bad value, per language. */
export interface Shown {
  readonly en: string;
  readonly zh: string;
}
export const text = (s: string): Shown => ({ en: `text "${s}"`, zh: `文本“${s}”` });
export const lit = (s: string): Shown => ({ en: s, zh: s });
/** A cell of spaces only looks empty, so the message says what it holds. */
export const spaces: Shown = { en: "text that is only spaces", zh: "只含空格的文本" };

/** Text that is only whitespace: a space, a tab, the full-width space U+3000, and a mix. */
export const WHITESPACE: readonly (readonly [string, string])[] = [
  ['" " (a space)', " "],
  ['"\\t" (a tab)', "\t"],
  ['"\\u3000" (the full-width space)', "\u3000"],
  ['" \\t\\u3000 " (a mix)', " \t\u3000 "],
];

/** The message each kind of error must carry. */
export const says = {
  required: (arg: string): Says => ({ en: [`${arg} is required`], zh: [`缺少必填参数 ${arg}`] }),
  notANumber: (arg: string, shown: Shown): Says => ({
    en: [`${arg} must be a number, not ${shown.en}`],
    zh: [`${arg} 必须是数字，不能是${shown.zh}`],
  }),
  notFinite: (arg: string): Says => ({
    en: [`${arg} must be a finite number`],
    zh: [`${arg} 必须是有限数字`],
  }),
  atLeast: (arg: string, min: number, got: number): Says => ({
    en: [`${arg} must be ≥ ${min}; got ${got}`],
    zh: [`${arg} 必须 ≥ ${min}`, `当前为 ${got}`],
  }),
  between: (arg: string, got: number): Says => ({
    en: [`${arg} must be between 0 and 1; got ${got}`],
    zh: [`${arg} 必须在 0 到 1 之间`, `当前为 ${got}`],
  }),
  whole: (arg: string, got: number): Says => ({
    en: [`${arg} must be a whole number; got ${got}`],
    zh: [`${arg} 必须是整数`, `当前为 ${got}`],
  }),
  /** `list`: the accepted names, when they are not listed under the argument's own name. */
  unknown: (arg: string, shown: Shown, list = arg as keyof typeof ACCEPTED): Says => ({
    en: [`${arg} does not accept ${shown.en}`, `use one of: ${ACCEPTED[list].join(", ")}`],
    zh: [`${arg} 不接受${shown.zh}`, `可用值：${ACCEPTED[list].join("、")}`],
  }),
  /** A number range other than 0…1 (trials: 1…100,000). */
  range: (arg: string, min: number, max: number, got: number): Says => ({
    en: [`${arg} must be between ${min} and ${max}; got ${got}`],
    zh: [`${arg} 必须在 ${min} 到 ${max} 之间`, `当前为 ${got}`],
  }),
  /** A list of fixed shape (PLAN, SIMULATE): "capex needs 6 values (years 0–5); got 5". */
  list: (arg: string, need: string, got: string, gotZh: string): Says => ({
    en: [`${arg} needs ${need} values (`, `); got ${got}`],
    zh: [`${arg} 需要 ${need} 个数值（`, `），当前为 ${gotZh}`],
  }),
  scenarioRange: (got: number): Says => ({
    en: [`scenario as a number must be between 0 (low) and 1 (high); got ${got}`],
    zh: [`scenario 为数字时必须在 0（低）到 1（高）之间`, `当前为 ${got}`],
  }),
  vector: (arg: string, n: number, got: number): Says => ({
    en: [`${arg} needs ${n} values in one row or column`, `got ${got}`],
    zh: [`${arg} 需要一行或一列共 ${n} 个数值`, `当前为 ${got} 个`],
  }),
  vectorBlock: (arg: string, n: number, rows: number, cols: number): Says => ({
    en: [`${arg} needs ${n} values in one row or column`, `got a ${rows}×${cols} block`],
    zh: [`${arg} 需要一行或一列共 ${n} 个数值`, `当前为 ${rows}×${cols} 的区域`],
  }),
  passedIn: (arg: string, code: string): Says => ({
    en: [`${arg} holds the error ${code}`],
    zh: [`参数 ${arg} 收到错误值 ${code}`],
  }),
  noPartner: (row: number, col: number): Says => ({
    en: [`no value at row ${row}, column ${col}`, "array sizes differ"],
    zh: [`第 ${row} 行第 ${col} 列`, "数组大小不一致"],
  }),
  overflow: (): Says => ({
    en: ["the result is too large to represent"],
    zh: ["计算结果超出可表示的范围"],
  }),
  noTraditional: (): Says => ({
    en: ["the multiple divides by traditional revenue, which is 0"],
    zh: ["倍数以传统售后收入为除数"],
  }),
  breakdownScalars: (): Says => ({
    en: ['stream "breakdown" spills a table', "fleet", "unit"],
    zh: ["stream 为“明细”时会展开一张表", "fleet", "unit"],
  }),
};

// ---- the four functions' arguments ---------------------------------------------------------------

interface NumArg {
  readonly fn: FunctionId;
  readonly pos: number;
  readonly name: string;
  readonly required: boolean;
  /** "count": ≥ 0; "rate": 0…1; "any": no range; "years": whole ≥ 1. */
  readonly range: "count" | "rate" | "any" | "years" | "trials";
}

/** Arguments that make every function compute (the bad one replaces its slot). */
export const VALID: Readonly<Record<FunctionId, readonly unknown[]>> = {
  DATA_ASSET_VALUE: [100000, "mid", "all", 0.2, null, "万"],
  // PLAN and SIMULATE: every argument given (the lists left out), a scalar output.
  PLAN: [
    100000,
    1000000,
    "linear",
    720,
    800,
    2e7,
    0,
    null,
    null,
    null,
    null,
    0.1,
    "mid",
    null,
    "npv",
    "亿",
  ],
  SIMULATE: [
    100000,
    1000000,
    "linear",
    720,
    800,
    2e7,
    0,
    null,
    null,
    null,
    null,
    0.1,
    null,
    50,
    "p50",
    "万",
  ],
  USER_ASSET_VALUE: [1000, 0.5, 100, 0.5, "元"],
  ECOSYSTEM_REVENUE: [500000, "ecosystem", null, "亿"],
  LTV: [1000, 0.8, 0.1, 5, "yuan"],
};

const NUM_ARGS: readonly NumArg[] = [
  { fn: "DATA_ASSET_VALUE", pos: 0, name: "fleet", required: true, range: "count" },
  { fn: "DATA_ASSET_VALUE", pos: 3, name: "used_car_rate", required: false, range: "rate" },
  { fn: "USER_ASSET_VALUE", pos: 0, name: "users", required: true, range: "count" },
  { fn: "USER_ASSET_VALUE", pos: 1, name: "activity_rate", required: true, range: "rate" },
  { fn: "USER_ASSET_VALUE", pos: 2, name: "ltv", required: true, range: "count" },
  { fn: "USER_ASSET_VALUE", pos: 3, name: "repurchase_rate", required: true, range: "rate" },
  { fn: "ECOSYSTEM_REVENUE", pos: 0, name: "fleet", required: true, range: "count" },
  { fn: "LTV", pos: 0, name: "annual_margin", required: true, range: "any" },
  { fn: "LTV", pos: 1, name: "retention_rate", required: true, range: "rate" },
  { fn: "LTV", pos: 2, name: "discount_rate", required: true, range: "count" },
  { fn: "LTV", pos: 3, name: "years", required: false, range: "years" },
  ...(["PLAN", "SIMULATE"] as const).flatMap((fn): NumArg[] => [
    { fn, pos: 0, name: "fleet", required: true, range: "count" },
    { fn, pos: 1, name: "target_fleet", required: false, range: "count" },
    { fn, pos: 3, name: "margin", required: false, range: "any" },
    { fn, pos: 4, name: "service_cost", required: false, range: "count" },
    { fn, pos: 5, name: "network_cost", required: false, range: "count" },
    { fn, pos: 6, name: "eco_opex", required: false, range: "count" },
    { fn, pos: 11, name: "discount_rate", required: false, range: "count" },
  ]),
  { fn: "SIMULATE", pos: 13, name: "trials", required: false, range: "trials" },
];

interface ChoiceArg {
  readonly fn: FunctionId;
  readonly pos: number;
  readonly name: string;
  /** Where ACCEPTED lists its names (default: under its name). */
  readonly list?: keyof typeof ACCEPTED;
}

const CHOICE_ARGS: readonly ChoiceArg[] = [
  { fn: "DATA_ASSET_VALUE", pos: 1, name: "scenario" },
  { fn: "DATA_ASSET_VALUE", pos: 2, name: "buyer" },
  { fn: "DATA_ASSET_VALUE", pos: 5, name: "unit" },
  { fn: "USER_ASSET_VALUE", pos: 4, name: "unit" },
  { fn: "ECOSYSTEM_REVENUE", pos: 1, name: "stream" },
  { fn: "ECOSYSTEM_REVENUE", pos: 3, name: "unit" },
  { fn: "LTV", pos: 4, name: "unit" },
  { fn: "PLAN", pos: 2, name: "fleet_path" },
  { fn: "PLAN", pos: 12, name: "scenario" },
  { fn: "PLAN", pos: 14, name: "output", list: "plan_output" },
  { fn: "PLAN", pos: 15, name: "unit" },
  { fn: "SIMULATE", pos: 2, name: "fleet_path" },
  { fn: "SIMULATE", pos: 14, name: "output", list: "simulate_output" },
  { fn: "SIMULATE", pos: 15, name: "unit" },
];

function withArg(fn: FunctionId, pos: number, value: unknown): unknown[] {
  const args = [...VALID[fn]];
  args[pos] = value;
  return args;
}

/** Error values as Excel passes them into a custom function: objects with an error code. */
const PASSED_ERRORS: readonly { readonly value: { code: string }; readonly code: ErrorCode }[] = [
  { value: { code: "#DIV/0!" }, code: "#DIV/0!" },
  { value: { code: "#N/A" }, code: "#N/A" },
  { value: { code: "#NUM!" }, code: "#NUM!" },
  { value: { code: "#VALUE!" }, code: "#VALUE!" },
  { value: { code: "#NULL!" }, code: "#NULL!" },
  // A custom function can't return #NAME? or #REF!: they come back as #VALUE!.
  { value: { code: "#NAME?" }, code: "#VALUE!" },
  { value: { code: "#REF!" }, code: "#VALUE!" },
];

function numberCases(a: NumArg): BadInput[] {
  const at = (name: string, value: unknown, code: ErrorCode, s: Says): BadInput => ({
    name: `${a.fn} ${a.name} = ${name}`,
    fn: a.fn,
    args: withArg(a.fn, a.pos, value),
    code,
    says: s,
  });
  const out: BadInput[] = [
    at('"abc" (text)', "abc", "#VALUE!", says.notANumber(a.name, text("abc"))),
    at('"100" (a number typed as text)', "100", "#VALUE!", says.notANumber(a.name, text("100"))),
    at("TRUE", true, "#VALUE!", says.notANumber(a.name, lit("TRUE"))),
    at("FALSE", false, "#VALUE!", says.notANumber(a.name, lit("FALSE"))),
    at("NaN", NaN, "#VALUE!", says.notFinite(a.name)),
    at("Infinity", Infinity, "#VALUE!", says.notFinite(a.name)),
    at("-Infinity", -Infinity, "#VALUE!", says.notFinite(a.name)),
    // Whitespace is text, never "omitted": no default, for required and optional arguments alike.
    ...WHITESPACE.map(([label, value]) =>
      at(`${label}: text, not empty`, value, "#VALUE!", says.notANumber(a.name, spaces))
    ),
    ...PASSED_ERRORS.map((e) =>
      at(`${e.value.code} passed in`, e.value, e.code, says.passedIn(a.name, e.value.code))
    ),
  ];
  if (a.required) {
    out.push(at("omitted (null)", null, "#VALUE!", says.required(a.name)));
    out.push(at('an empty cell ("")', "", "#VALUE!", says.required(a.name)));
    out.push(at("[[null]] (an empty 1×1 range)", [[null]], "#VALUE!", says.required(a.name)));
  }
  switch (a.range) {
    case "count":
      out.push(at("-1", -1, "#VALUE!", says.atLeast(a.name, 0, -1)));
      out.push(at("-1e308 (huge negative)", -1e308, "#VALUE!", says.atLeast(a.name, 0, -1e308)));
      out.push(at("-0.0001", -0.0001, "#VALUE!", says.atLeast(a.name, 0, -0.0001)));
      break;
    case "rate":
      out.push(at("1.5 (above 1)", 1.5, "#VALUE!", says.between(a.name, 1.5)));
      out.push(
        at("1.0000001 (just above 1)", 1.0000001, "#VALUE!", says.between(a.name, 1.0000001))
      );
      out.push(at("-0.1 (below 0)", -0.1, "#VALUE!", says.between(a.name, -0.1)));
      out.push(
        at("80 (a percentage typed as a whole number)", 80, "#VALUE!", says.between(a.name, 80))
      );
      break;
    case "years":
      out.push(at("0", 0, "#VALUE!", says.atLeast(a.name, 1, 0)));
      out.push(at("-3", -3, "#VALUE!", says.atLeast(a.name, 1, -3)));
      out.push(at("2.5 (not a whole number)", 2.5, "#VALUE!", says.whole(a.name, 2.5)));
      out.push(
        at("10.000001 (not a whole number)", 10.000001, "#VALUE!", says.whole(a.name, 10.000001))
      );
      out.push(at("0.5 (below 1 and not whole)", 0.5, "#VALUE!", says.atLeast(a.name, 1, 0.5)));
      break;
    case "trials":
      out.push(at("0", 0, "#VALUE!", says.range(a.name, 1, 100000, 0)));
      out.push(at("100001", 100001, "#VALUE!", says.range(a.name, 1, 100000, 100001)));
      out.push(at("-5", -5, "#VALUE!", says.range(a.name, 1, 100000, -5)));
      out.push(at("2.5 (not a whole number)", 2.5, "#VALUE!", says.whole(a.name, 2.5)));
      out.push(at("1e9 (far too many)", 1e9, "#VALUE!", says.range(a.name, 1, 100000, 1e9)));
      break;
    case "any":
      break;
  }
  return out;
}

function choiceCases(a: ChoiceArg): BadInput[] {
  const unknown = (label: string, value: unknown, shown: Shown): BadInput => ({
    name: `${a.fn} ${a.name} = ${label}`,
    fn: a.fn,
    args: withArg(a.fn, a.pos, value),
    code: "#VALUE!",
    says: says.unknown(a.name, shown, list),
  });
  const list = a.list ?? (a.name as keyof typeof ACCEPTED);
  const typos: Readonly<Record<keyof typeof ACCEPTED, readonly [string, string]>> = {
    scenario: ["medium", "中等"],
    buyer: ["bank", "银行"],
    stream: ["nio", "电池"],
    unit: ["yaun", "萬"],
    fleet_path: ["exponential", "指数"],
    plan_output: ["nvp", "现值"],
    simulate_output: ["p05", "概率"],
  };
  const [en, zh] = typos[list];
  const out: BadInput[] = [
    unknown(`"${en}" (unknown English name)`, en, text(en)),
    unknown(`"${zh}" (unknown Chinese name)`, zh, text(zh)),
    unknown('"__proto__" (not an own name)', "__proto__", text("__proto__")),
    unknown("TRUE", true, lit("TRUE")),
    // Whitespace is text, not an omitted argument: it never falls back to the default.
    ...WHITESPACE.map(([label, value]) => unknown(`${label}: text, not empty`, value, spaces)),
    {
      name: `${a.fn} ${a.name} = #N/A passed in`,
      fn: a.fn,
      args: withArg(a.fn, a.pos, { code: "#N/A" }),
      code: "#N/A",
      says: says.passedIn(a.name, "#N/A"),
    },
  ];
  if (a.name === "unit") {
    out.push(unknown('"千" (thousands: not a unit)', "千", text("千")));
    out.push(unknown('"元/年" (unit with a period)', "元/年", text("元/年")));
    out.push(unknown("10000 (a divisor instead of a name)", 10000, lit("10000")));
  } else if (a.name !== "scenario" || a.fn === "PLAN") {
    // (DATA_ASSET_VALUE's scenario takes a number from 0 to 1; PLAN's picks a case by name only.)
    out.push(unknown("1 (a number)", 1, lit("1")));
  }
  return out;
}

function vectorCases(fn: FunctionId, pos: number, arg: string, n: number): BadInput[] {
  const row = (k: number): number[] => Array.from({ length: k }, (_, i) => i + 1);
  const withCell = (value: unknown, at = 1): unknown[][] => [
    row(n).map((v, i) => (i === at ? value : v)),
  ];
  const withHole = (): unknown[][] => {
    const r: unknown[] = row(n);
    delete r[1];
    return [r];
  };
  const c = (name: string, value: unknown, code: ErrorCode, s: Says): BadInput => ({
    name: `${fn} ${arg} = ${name}`,
    fn,
    args: withArg(fn, pos, value),
    code,
    says: s,
  });
  return [
    c(`${n - 1} values`, [row(n - 1)], "#VALUE!", says.vector(arg, n, n - 1)),
    c(`${n + 1} values`, [row(n + 1)], "#VALUE!", says.vector(arg, n, n + 1)),
    c(
      `a column of ${n - 2}`,
      row(n - 2).map((v) => [v]),
      "#VALUE!",
      says.vector(arg, n, n - 2)
    ),
    c("a single number", 5, "#VALUE!", says.vector(arg, n, 1)),
    c(
      `a 2-D block of ${2 * n} (2 rows)`,
      [row(n), row(n)],
      "#VALUE!",
      says.vectorBlock(arg, n, 2, n)
    ),
    c(
      `a 2-D block of exactly ${n} cells (2 × ${n / 2})`,
      [row(n / 2), row(n / 2)],
      "#VALUE!",
      says.vectorBlock(arg, n, 2, n / 2)
    ),
    c("jagged rows", [row(n - 1), [1]], "#VALUE!", says.vectorBlock(arg, n, 2, n - 1)),
    c("a text cell inside", withCell("abc"), "#VALUE!", says.notANumber(arg, text("abc"))),
    c("a TRUE inside", withCell(true), "#VALUE!", says.notANumber(arg, lit("TRUE"))),
    c("a negative value inside", withCell(-5), "#VALUE!", says.atLeast(arg, 0, -5)),
    c("NaN inside", withCell(NaN), "#VALUE!", says.notFinite(arg)),
    c("Infinity inside", withCell(Infinity), "#VALUE!", says.notFinite(arg)),
    c("an empty cell inside", withCell(null), "#VALUE!", says.required(arg)),
    c("a hole inside (an array with a gap)", withHole(), "#VALUE!", says.required(arg)),
    c("#DIV/0! inside", withCell({ code: "#DIV/0!" }), "#DIV/0!", says.passedIn(arg, "#DIV/0!")),
    // An error value in the list comes back as itself, whatever the list's length or shape.
    c("#N/A as the whole argument", { code: "#N/A" }, "#N/A", says.passedIn(arg, "#N/A")),
    c(
      "#N/A in the last cell",
      withCell({ code: "#N/A" }, n - 1),
      "#N/A",
      says.passedIn(arg, "#N/A")
    ),
    c(
      `#DIV/0! inside a list of ${n - 1} (wrong length too)`,
      [[...row(n - 2), { code: "#DIV/0!" }]],
      "#DIV/0!",
      says.passedIn(arg, "#DIV/0!")
    ),
    c(
      "#N/A inside a 2-D block (wrong shape too)",
      [row(n), [...row(n - 1), { code: "#N/A" }]],
      "#N/A",
      says.passedIn(arg, "#N/A")
    ),
    c(
      "#NUM! before #N/A: the first in reading order",
      [[{ code: "#NUM!" }, ...row(n - 2), { code: "#N/A" }]],
      "#NUM!",
      says.passedIn(arg, "#NUM!")
    ),
    c(
      "#REF! inside (a code no function returns)",
      withCell({ code: "#REF!" }),
      "#VALUE!",
      says.passedIn(arg, "#REF!")
    ),
    // Whitespace is text: one such cell, or every cell (which used to mean "omitted").
    ...WHITESPACE.flatMap(([label, value]) => [
      c(`${label} inside`, withCell(value), "#VALUE!", says.notANumber(arg, spaces)),
      c(
        `${label} in every cell`,
        [row(n).map(() => value)],
        "#VALUE!",
        says.notANumber(arg, spaces)
      ),
    ]),
  ];
}

/** Cases that don't fit one argument: shapes, overflow, scenario numbers, the breakdown table. */
const SPECIAL: readonly BadInput[] = [
  // Scenario as a number p must be in [0, 1].
  ...[-0.1, 1.1, 2, -1e308, 1e308].map((p): BadInput => ({
    name: `DATA_ASSET_VALUE scenario = ${p} (outside [0, 1])`,
    fn: "DATA_ASSET_VALUE",
    args: [100000, p],
    code: "#VALUE!",
    says: says.scenarioRange(p),
  })),
  {
    name: "DATA_ASSET_VALUE scenario = NaN",
    fn: "DATA_ASSET_VALUE",
    args: [100000, NaN],
    code: "#VALUE!",
    says: says.scenarioRange(NaN),
  },
  {
    name: "DATA_ASSET_VALUE scenario = Infinity",
    fn: "DATA_ASSET_VALUE",
    args: [100000, Infinity],
    code: "#VALUE!",
    says: says.scenarioRange(Infinity),
  },
  {
    name: 'DATA_ASSET_VALUE scenario = "0.5" (a number as text)',
    fn: "DATA_ASSET_VALUE",
    args: [100000, "0.5"],
    code: "#VALUE!",
    says: says.unknown("scenario", text("0.5")),
  },
  // Results too large for a double → #NUM!.
  {
    name: "DATA_ASSET_VALUE fleet = 1e308 (result overflows)",
    fn: "DATA_ASSET_VALUE",
    args: [1e308],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    // 1e308 × 765 ÷ 1e4 = 7.65e306 fits (test/unit/arithmetic.test.ts); with rates of 1e20 it doesn't.
    name: "DATA_ASSET_VALUE fleet = 1e308, rates 1e20 each, in 万 (too large even in 万)",
    fn: "DATA_ASSET_VALUE",
    args: [1e308, null, null, null, [[1e20, 1e20, 1e20, 1e20]], "万"],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "DATA_ASSET_VALUE rates = 1e308 each (per-vehicle sum overflows)",
    fn: "DATA_ASSET_VALUE",
    args: [1, null, null, null, [[1e308, 1, 1e308, 1]]],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "USER_ASSET_VALUE users = 1e308 × ltv 1e10",
    fn: "USER_ASSET_VALUE",
    args: [1e308, 1, 1e10, 1],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "ECOSYSTEM_REVENUE fleet = 1e308",
    fn: "ECOSYSTEM_REVENUE",
    args: [1e308],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "ECOSYSTEM_REVENUE total with fleet = 1e306",
    fn: "ECOSYSTEM_REVENUE",
    args: [1e306, "total"],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "ECOSYSTEM_REVENUE multiple with per_vehicle traditional tiny (ratio overflows)",
    fn: "ECOSYSTEM_REVENUE",
    args: [1, "multiple", [[1e-320, 1e10, 0, 0, 0, 0]]],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "LTV annual_margin = 1e308 (infinite horizon overflows)",
    fn: "LTV",
    args: [1e308, 0.8, 0.1],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "LTV annual_margin = -1e308 (overflows negative)",
    fn: "LTV",
    args: [-1e308, 0.8, 0.1],
    code: "#NUM!",
    says: says.overflow(),
  },
  {
    name: "LTV retention 1, discount 0, no years (the sum diverges)",
    fn: "LTV",
    args: [1000, 1, 0],
    code: "#NUM!",
    says: says.overflow(),
  },
  // The multiple divides by traditional revenue.
  {
    name: "ECOSYSTEM_REVENUE multiple with traditional per_vehicle = 0",
    fn: "ECOSYSTEM_REVENUE",
    args: [1, "multiple", [[0, 1, 1, 1, 1, 1]]],
    code: "#DIV/0!",
    says: says.noTraditional(),
  },
  {
    name: "ECOSYSTEM_REVENUE 倍数 with every per_vehicle = 0",
    fn: "ECOSYSTEM_REVENUE",
    args: [1, "倍数", [[0, 0, 0, 0, 0, 0]]],
    code: "#DIV/0!",
    says: says.noTraditional(),
  },
  {
    name: "ECOSYSTEM_REVENUE breakdown with traditional = 0 (the multiple row)",
    fn: "ECOSYSTEM_REVENUE",
    args: [1, "breakdown", [[0, 1, 1, 1, 1, 1]]],
    code: "#DIV/0!",
    says: says.noTraditional(),
    at: [8, 1],
    shape: [9, 2],
    ok: [
      [0, 1],
      [7, 1],
    ],
  },
  // breakdown spills a table, so it needs single values.
  {
    name: "ECOSYSTEM_REVENUE stream = {breakdown, total} (a table can't go in one cell)",
    fn: "ECOSYSTEM_REVENUE",
    args: [500000, [["breakdown", "total"]]],
    code: "#VALUE!",
    says: says.breakdownScalars(),
    shape: [1, 2],
    ok: [[0, 1]],
  },
  {
    name: "ECOSYSTEM_REVENUE breakdown over a fleet column",
    fn: "ECOSYSTEM_REVENUE",
    args: [[[1], [2]], "breakdown"],
    code: "#VALUE!",
    says: says.breakdownScalars(),
    at: [1, 0],
    shape: [2, 1],
  },
  // Array shapes: a size clash gives #N/A in the cells without a partner; the others compute.
  {
    name: "DATA_ASSET_VALUE fleet 3 rows × scenario 2 rows → #N/A in row 3",
    fn: "DATA_ASSET_VALUE",
    args: [
      [[1], [2], [3]],
      [["low"], ["high"]],
    ],
    code: "#N/A",
    says: says.noPartner(3, 1),
    at: [2, 0],
    shape: [3, 1],
    ok: [
      [0, 0],
      [1, 0],
    ],
  },
  {
    name: "DATA_ASSET_VALUE fleet 1×3 × buyer 1×2 → #N/A in column 3",
    fn: "DATA_ASSET_VALUE",
    args: [[[1, 2, 3]], null, [["insurance", "finance"]]],
    code: "#N/A",
    says: says.noPartner(1, 3),
    at: [0, 2],
    shape: [1, 3],
    ok: [
      [0, 0],
      [0, 1],
    ],
  },
  {
    name: "DATA_ASSET_VALUE fleet 2×2 × scenario 3×3 → #N/A outside the 2×2",
    fn: "DATA_ASSET_VALUE",
    args: [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [0, 0.5, 1],
        [0, 0.5, 1],
        [0, 0.5, 1],
      ],
    ],
    code: "#N/A",
    says: says.noPartner(3, 3),
    at: [2, 2],
    shape: [3, 3],
    ok: [[1, 1]],
  },
  {
    name: "USER_ASSET_VALUE users 2 rows × activity_rate 3 rows",
    fn: "USER_ASSET_VALUE",
    args: [[[10], [20]], [[0.1], [0.2], [0.3]], 100, 0.5],
    code: "#N/A",
    says: says.noPartner(3, 1),
    at: [2, 0],
    shape: [3, 1],
    ok: [
      [0, 0],
      [1, 0],
    ],
  },
  {
    name: "USER_ASSET_VALUE ltv 1×2 × repurchase_rate 1×4",
    fn: "USER_ASSET_VALUE",
    args: [10, 0.5, [[100, 200]], [[0.1, 0.2, 0.3, 0.4]]],
    code: "#N/A",
    says: says.noPartner(1, 4),
    at: [0, 3],
    shape: [1, 4],
    ok: [[0, 1]],
  },
  {
    name: "ECOSYSTEM_REVENUE fleet 2 rows × unit 3 rows",
    fn: "ECOSYSTEM_REVENUE",
    args: [[[1], [2]], null, null, [["元"], ["万"], ["亿"]]],
    code: "#N/A",
    says: says.noPartner(3, 1),
    at: [2, 0],
    shape: [3, 1],
    ok: [[1, 0]],
  },
  {
    name: "LTV years 1×3 × unit 1×2",
    fn: "LTV",
    args: [1000, 0.8, 0.1, [[1, 2, 3]], [["元", "万"]]],
    code: "#N/A",
    says: says.noPartner(1, 3),
    at: [0, 2],
    shape: [1, 3],
    ok: [[0, 1]],
  },
  {
    name: "DATA_ASSET_VALUE jagged fleet [[1,2],[3]] → #N/A at row 2 col 2",
    fn: "DATA_ASSET_VALUE",
    args: [[[1, 2], [3]]],
    code: "#N/A",
    says: says.noPartner(2, 2),
    at: [1, 1],
    shape: [2, 2],
    ok: [
      [0, 0],
      [0, 1],
      [1, 0],
    ],
  },
  {
    name: "LTV jagged retention_rate [[0.5],[0.6,0.7]] against margin 1×2",
    fn: "LTV",
    args: [[[1000, 2000]], [[0.5], [0.6, 0.7]], 0.1],
    code: "#N/A",
    says: says.noPartner(1, 2),
    at: [0, 1],
    shape: [2, 2],
    ok: [
      [0, 0],
      [1, 0],
      [1, 1],
    ],
  },
  // Inside an array, the bad cell alone gets the error.
  {
    name: "DATA_ASSET_VALUE fleet column with text in row 2",
    fn: "DATA_ASSET_VALUE",
    args: [[[1], ["x"], [3]]],
    code: "#VALUE!",
    says: says.notANumber("fleet", text("x")),
    at: [1, 0],
    shape: [3, 1],
    ok: [
      [0, 0],
      [2, 0],
    ],
  },
  {
    name: "USER_ASSET_VALUE activity_rate row with 1.2 in column 3",
    fn: "USER_ASSET_VALUE",
    args: [100, [[0.1, 0.5, 1.2]], 100, 0.5],
    code: "#VALUE!",
    says: says.between("activity_rate", 1.2),
    at: [0, 2],
    shape: [1, 3],
    ok: [
      [0, 0],
      [0, 1],
    ],
  },
  {
    name: "ECOSYSTEM_REVENUE stream row with an unknown name in column 2",
    fn: "ECOSYSTEM_REVENUE",
    args: [500000, [["baas", "电动", "charging"]]],
    code: "#VALUE!",
    says: says.unknown("stream", text("电动")),
    at: [0, 1],
    shape: [1, 3],
    ok: [
      [0, 0],
      [0, 2],
    ],
  },
  {
    name: "LTV years column with 0 in row 1",
    fn: "LTV",
    args: [1000, 0.8, 0.1, [[0], [3]]],
    code: "#VALUE!",
    says: says.atLeast("years", 1, 0),
    at: [0, 0],
    shape: [2, 1],
    ok: [[1, 0]],
  },
  {
    name: "DATA_ASSET_VALUE fleet column with an empty cell in row 2",
    fn: "DATA_ASSET_VALUE",
    args: [[[1], [null], [3]]],
    code: "#VALUE!",
    says: says.required("fleet"),
    at: [1, 0],
    shape: [3, 1],
    ok: [
      [0, 0],
      [2, 0],
    ],
  },
  // Whitespace inside a range is text in that cell alone.
  {
    name: 'DATA_ASSET_VALUE fleet column with " " in row 2',
    fn: "DATA_ASSET_VALUE",
    args: [[[1], [" "], [3]]],
    code: "#VALUE!",
    says: says.notANumber("fleet", spaces),
    at: [1, 0],
    shape: [3, 1],
    ok: [
      [0, 0],
      [2, 0],
    ],
  },
  {
    name: "DATA_ASSET_VALUE scenario row with U+3000 in column 2",
    fn: "DATA_ASSET_VALUE",
    args: [100000, [["low", "\u3000", "high"]]],
    code: "#VALUE!",
    says: says.unknown("scenario", spaces),
    at: [0, 1],
    shape: [1, 3],
    ok: [
      [0, 0],
      [0, 2],
    ],
  },
  {
    name: 'DATA_ASSET_VALUE used_car_rate column with "\\t" in row 1',
    fn: "DATA_ASSET_VALUE",
    args: [100000, null, null, [["\t"], [0.5]]],
    code: "#VALUE!",
    says: says.notANumber("used_car_rate", spaces),
    at: [0, 0],
    shape: [2, 1],
    ok: [[1, 0]],
  },
  {
    name: 'LTV years row with " " in column 1 (not "no limit")',
    fn: "LTV",
    args: [1000, 0.8, 0.1, [[" ", 3]]],
    code: "#VALUE!",
    says: says.notANumber("years", spaces),
    at: [0, 0],
    shape: [1, 2],
    ok: [[0, 1]],
  },
  {
    name: "ECOSYSTEM_REVENUE unit column with a tab in row 2",
    fn: "ECOSYSTEM_REVENUE",
    args: [500000, null, null, [["亿"], ["\t"]]],
    code: "#VALUE!",
    says: says.unknown("unit", spaces),
    at: [1, 0],
    shape: [2, 1],
    ok: [[0, 0]],
  },
  {
    name: "USER_ASSET_VALUE users [[1,,3]] (a gap in an array) is required",
    fn: "USER_ASSET_VALUE",
    // eslint-disable-next-line no-sparse-arrays
    args: [[[1, , 3]], 0.5, 100, 0.5],
    code: "#VALUE!",
    says: says.required("users"),
    at: [0, 1],
    shape: [1, 3],
    ok: [
      [0, 0],
      [0, 2],
    ],
  },
  // A bad vector spoils every cell (it is one argument, read whole).
  {
    name: "DATA_ASSET_VALUE fleet column with 3 rates → every cell #VALUE!",
    fn: "DATA_ASSET_VALUE",
    args: [[[1], [2]], null, null, null, [[1, 2, 3]]],
    code: "#VALUE!",
    says: says.vector("rates", 4, 3),
    at: [1, 0],
    shape: [2, 1],
  },
  // Empty arrays and omitted arguments.
  {
    name: "DATA_ASSET_VALUE fleet = [] (an empty array)",
    fn: "DATA_ASSET_VALUE",
    args: [[]],
    code: "#VALUE!",
    says: says.required("fleet"),
  },
  {
    name: 'ECOSYSTEM_REVENUE fleet = [[""]]',
    fn: "ECOSYSTEM_REVENUE",
    args: [[[""]]],
    code: "#VALUE!",
    says: says.required("fleet"),
  },
  {
    name: "USER_ASSET_VALUE with no arguments",
    fn: "USER_ASSET_VALUE",
    args: [],
    code: "#VALUE!",
    says: says.required("users"),
  },
  {
    name: "USER_ASSET_VALUE users only",
    fn: "USER_ASSET_VALUE",
    args: [100],
    code: "#VALUE!",
    says: says.required("activity_rate"),
  },
  {
    name: "USER_ASSET_VALUE missing repurchase_rate",
    fn: "USER_ASSET_VALUE",
    args: [100, 0.5, 100],
    code: "#VALUE!",
    says: says.required("repurchase_rate"),
  },
  {
    name: "LTV with no arguments",
    fn: "LTV",
    args: [],
    code: "#VALUE!",
    says: says.required("annual_margin"),
  },
  {
    name: "LTV missing discount_rate",
    fn: "LTV",
    args: [1000, 0.8],
    code: "#VALUE!",
    says: says.required("discount_rate"),
  },
  {
    name: "ECOSYSTEM_REVENUE with no arguments",
    fn: "ECOSYSTEM_REVENUE",
    args: [],
    code: "#VALUE!",
    says: says.required("fleet"),
  },
  // The first bad argument (in argument order) is the cell's error.
  {
    name: "USER_ASSET_VALUE two bad arguments: users text wins over activity_rate 2",
    fn: "USER_ASSET_VALUE",
    args: ["many", 2, 100, 0.5],
    code: "#VALUE!",
    says: says.notANumber("users", text("many")),
  },
  {
    name: "LTV two bad arguments: retention 1.5 wins over years 0",
    fn: "LTV",
    args: [1000, 1.5, 0.1, 0],
    code: "#VALUE!",
    says: says.between("retention_rate", 1.5),
  },
];

/**
 * A list of fixed shape (PLAN / SIMULATE's capex, coverage, adoption, stream_margin,
 * case_factors): wrong shapes, then bad input in every cell, each alone, then error values.
 */
function listCases(
  fn: FunctionId,
  pos: number,
  arg: string,
  rows: number,
  cols: number,
  max: number | undefined
): BadInput[] {
  const valid = max === undefined ? 1 : max / 2;
  const shape = (r: number, c: number): number[][] =>
    Array.from({ length: r }, () => Array<number>(c).fill(valid));
  const full = (): unknown[][] => shape(rows, cols);
  const withCell = (value: unknown, i: number, j: number): unknown[][] => {
    const g = full();
    (g[i] as unknown[])[j] = value;
    return g;
  };
  const need = rows === 1 ? String(cols) : `${rows}×${cols}`;
  const c = (name: string, value: unknown, code: ErrorCode, s: Says): BadInput => ({
    name: `${fn} ${arg} = ${name}`,
    fn,
    args: withArg(fn, pos, value),
    code,
    says: s,
  });
  const count = (n: number): Says => says.list(arg, need, String(n), `${n} 个`);
  const block = (r: number, k: number): Says =>
    says.list(arg, need, `a ${r}×${k} block`, `${r}×${k} 的区域`);
  const n = rows * cols;
  const out: BadInput[] = [
    c("a single number", 5 * valid, "#VALUE!", count(1)),
    c(
      "one value too few",
      rows === 1 ? shape(1, cols - 1) : shape(rows - 1, cols),
      "#VALUE!",
      rows === 1 ? count(cols - 1) : block(rows - 1, cols)
    ),
    c(
      "one value too many",
      rows === 1 ? shape(1, cols + 1) : shape(rows, cols + 1),
      "#VALUE!",
      rows === 1 ? count(cols + 1) : block(rows, cols + 1)
    ),
    c(
      rows === 1 ? "two rows of it" : `all ${n} values in one row`,
      rows === 1 ? shape(2, cols) : [Array<number>(n).fill(valid)],
      "#VALUE!",
      rows === 1 ? block(2, cols) : count(n)
    ),
    c(
      "#DIV/0! inside a list of the wrong shape",
      [[valid, { code: "#DIV/0!" }]],
      "#DIV/0!",
      says.passedIn(arg, "#DIV/0!")
    ),
    c(
      "#NUM! before #N/A: the first in reading order",
      withCell({ code: "#N/A" }, rows - 1, cols - 1).map((r, i) =>
        i === 0 ? [{ code: "#NUM!" }, ...r.slice(1)] : r
      ),
      "#NUM!",
      says.passedIn(arg, "#NUM!")
    ),
    c("#N/A as the whole argument", { code: "#N/A" }, "#N/A", says.passedIn(arg, "#N/A")),
    c("#REF! inside", withCell({ code: "#REF!" }, 0, 0), "#VALUE!", says.passedIn(arg, "#REF!")),
    c(
      "a hole inside (an array with a gap)",
      (() => {
        const g = full();
        delete (g[0] as unknown[])[1];
        return g;
      })(),
      "#VALUE!",
      says.required(arg)
    ),
    ...WHITESPACE.map(([label, value]) =>
      c(
        `${label} in every cell`,
        full().map((r) => r.map(() => value)),
        "#VALUE!",
        says.notANumber(arg, spaces)
      )
    ),
  ];
  // Bad input in every cell, each alone: the error names the argument whichever cell holds it.
  const kinds: readonly (readonly [string, unknown, ErrorCode, Says])[] = [
    ['"x" (text)', "x", "#VALUE!", says.notANumber(arg, text("x"))],
    ["TRUE", true, "#VALUE!", says.notANumber(arg, lit("TRUE"))],
    ["-1", -1, "#VALUE!", max === undefined ? says.atLeast(arg, 0, -1) : says.between(arg, -1)],
    ["NaN", NaN, "#VALUE!", says.notFinite(arg)],
    ["an empty cell", null, "#VALUE!", says.required(arg)],
    ["#DIV/0!", { code: "#DIV/0!" }, "#DIV/0!", says.passedIn(arg, "#DIV/0!")],
  ];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const [label, value, code, s] = kinds[(i * cols + j) % kinds.length]!;
      out.push(c(`${label} in cell ${i + 1},${j + 1}`, withCell(value, i, j), code, s));
    }
  if (max !== undefined)
    out.push(
      c(
        "1.5 (above 1) in the last cell",
        withCell(1.5, rows - 1, cols - 1),
        "#VALUE!",
        says.between(arg, 1.5)
      )
    );
  else
    out.push(
      c(
        "Infinity in the last cell",
        withCell(Infinity, rows - 1, cols - 1),
        "#VALUE!",
        says.notFinite(arg)
      )
    );
  return out;
}

const PLAN_LISTS = (["PLAN", "SIMULATE"] as const).flatMap((fn) => [
  ...listCases(fn, 7, "capex", 1, 6, undefined),
  ...listCases(fn, 8, "coverage", 1, 6, 1),
  ...listCases(fn, 9, "adoption", 5, 6, 1),
  ...listCases(fn, 10, "stream_margin", 1, 5, 1),
  ...listCases(fn, fn === "PLAN" ? 13 : 12, "case_factors", 11, 2, undefined),
]);

/** PLAN and SIMULATE beyond one argument: the CAGR path, the spills, broadcasting. */
const PLAN_SPECIAL: readonly BadInput[] = [
  ...(["PLAN", "SIMULATE"] as const).flatMap((fn): BadInput[] => [
    {
      name: `${fn} fleet_path "cagr" with fleet 0 (no growth rate from 0)`,
      fn,
      args: withArg(fn, 0, 0).map((v, i) => (i === 2 ? "cagr" : v)),
      code: "#VALUE!",
      says: {
        en: ['fleet_path "cagr" needs fleet and target_fleet above 0'],
        zh: ["fleet_path 为“复合增长”时"],
      },
    },
    {
      name: `${fn} a column of fleets with one bad cell: that cell alone`,
      fn,
      args: withArg(fn, 0, [[100000], ["many"], [200000]]),
      code: "#VALUE!",
      says: says.notANumber("fleet", text("many")),
      at: [1, 0],
      shape: [3, 1],
      ok: [
        [0, 0],
        [2, 0],
      ],
    },
    {
      name: `${fn} fleets 3 down against discount rates 2 down: #N/A where there is no partner`,
      fn,
      args: withArg(fn, 0, [[1e5], [2e5], [3e5]]).map((v, i) => (i === 11 ? [[0.1], [0.2]] : v)),
      code: "#N/A",
      says: says.noPartner(3, 1),
      at: [2, 0],
      shape: [3, 1],
      ok: [[1, 0]],
    },
  ]),
  {
    name: 'PLAN output "table" for a column of fleets: a table fills only a single-cell result',
    fn: "PLAN",
    args: withArg("PLAN", 0, [[1e5], [2e5]]).map((v, i) => (i === 14 ? "明细" : v)),
    code: "#VALUE!",
    says: { en: ['output "table" spills a table'], zh: ["output 为“table”时会展开一张表"] },
    at: [1, 0],
    shape: [2, 1],
  },
  {
    name: 'PLAN output "tornado" against a row of scenarios',
    fn: "PLAN",
    args: withArg("PLAN", 12, [["low", "high"]]).map((v, i) => (i === 14 ? "tornado" : v)),
    code: "#VALUE!",
    says: { en: ['output "tornado" spills a table'], zh: ["output 为“tornado”时会展开一张表"] },
    at: [0, 1],
    shape: [1, 2],
  },
  {
    name: 'SIMULATE output "summary" for a row of trials',
    fn: "SIMULATE",
    args: withArg("SIMULATE", 13, [[10, 20]]).map((v, i) => (i === 14 ? "汇总" : v)),
    code: "#VALUE!",
    says: { en: ['output "summary" spills a table'], zh: ["output 为“summary”时会展开一张表"] },
    at: [0, 0],
    shape: [1, 2],
  },
  {
    name: "PLAN two bad arguments: fleet text wins over a short capex",
    fn: "PLAN",
    args: withArg("PLAN", 0, "x").map((v, i) => (i === 7 ? [[1, 2]] : v)),
    code: "#VALUE!",
    says: says.notANumber("fleet", text("x")),
  },
];

export const BAD_INPUTS: readonly BadInput[] = [
  ...NUM_ARGS.flatMap(numberCases),
  ...CHOICE_ARGS.flatMap(choiceCases),
  ...vectorCases("DATA_ASSET_VALUE", 4, "rates", 4),
  ...vectorCases("ECOSYSTEM_REVENUE", 2, "per_vehicle", 6),
  ...SPECIAL,
  ...PLAN_LISTS,
  ...PLAN_SPECIAL,
];

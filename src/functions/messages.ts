/**
 * Every message the functions show, in both languages. Argument names stay in English (they are
 * the names Excel shows in the formula tooltip); accepted words list both languages.
 */
import { languageOf, textIn, type Bilingual, type Language } from "../model/language";
import { EcoError, type ErrorCode } from "./errors";

/**
 * The language the functions answer in. Excel gives a custom function no language of its own, so
 * it is the add-in's: Office's display language once Office is ready (functions.ts).
 */
let current: Language = "en-US";

/** Follows Office's display language: zh-* gives Chinese, anything else English. */
export function setLanguage(displayLanguage: string | undefined): void {
  current = languageOf(displayLanguage);
}

export function language(): Language {
  return current;
}

/** Runs `work` answering in `lang`, then goes back to the language it had (the evaluator's use). */
export function inLanguage<T>(lang: Language, work: () => T): T {
  const before = current;
  current = lang;
  try {
    return work();
  } finally {
    current = before;
  }
}

/** How a message shows the value it got, in one language. */
function describe(v: unknown, lang: Language): string {
  const zh = lang === "zh-CN";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  // A cell of spaces (or tabs, or the full-width space U+3000) looks empty but is not.
  if (typeof v === "string" && v.trim() === "")
    return zh ? "只含空格的文本" : "text that is only spaces";
  if (typeof v === "string") return zh ? `文本“${v}”` : `text "${v}"`;
  if (typeof v === "number") return String(v);
  // Excel passes nothing else; anything that gets here is named, never stringified.
  return zh ? "非数字也非文本的值" : "a value that is not a number or text";
}

/** Each message in each language: only the one Office shows is built (a grid may need millions). */
const catalogue = {
  required: {
    en: (arg: string) => `${arg} is required`,
    zh: (arg: string) => `缺少必填参数 ${arg}`,
  },
  notANumber: {
    en: (arg: string, got: unknown) => `${arg} must be a number, not ${describe(got, "en-US")}`,
    zh: (arg: string, got: unknown) => `${arg} 必须是数字，不能是${describe(got, "zh-CN")}`,
  },
  inputError: {
    en: (arg: string, code: string, detail: string) =>
      `${arg} holds the error ${code}${detail ? ` (${detail})` : ""}`,
    zh: (arg: string, code: string, detail: string) =>
      `参数 ${arg} 收到错误值 ${code}${detail ? `（${detail}）` : ""}`,
  },
  notFinite: {
    en: (arg: string) => `${arg} must be a finite number`,
    zh: (arg: string) => `${arg} 必须是有限数字`,
  },
  atLeast: {
    en: (arg: string, min: number, got: number) => `${arg} must be ≥ ${min}; got ${got}`,
    zh: (arg: string, min: number, got: number) => `${arg} 必须 ≥ ${min}，当前为 ${got}`,
  },
  atMost: {
    en: (arg: string, max: number, got: number) => `${arg} must be ≤ ${max}; got ${got}`,
    zh: (arg: string, max: number, got: number) => `${arg} 必须 ≤ ${max}，当前为 ${got}`,
  },
  between: {
    en: (arg: string, min: number, max: number, got: number) =>
      `${arg} must be between ${min} and ${max}; got ${got}`,
    zh: (arg: string, min: number, max: number, got: number) =>
      `${arg} 必须在 ${min} 到 ${max} 之间，当前为 ${got}`,
  },
  wholeNumber: {
    en: (arg: string, got: number) => `${arg} must be a whole number; got ${got}`,
    zh: (arg: string, got: number) => `${arg} 必须是整数，当前为 ${got}`,
  },
  unknownName: {
    en: (arg: string, got: unknown, accepted: readonly string[]) =>
      `${arg} does not accept ${describe(got, "en-US")}; use one of: ${accepted.join(", ")}`,
    zh: (arg: string, got: unknown, accepted: readonly string[]) =>
      `${arg} 不接受${describe(got, "zh-CN")}；可用值：${accepted.join("、")}`,
  },
  scenarioRange: {
    en: (got: number) => `scenario as a number must be between 0 (low) and 1 (high); got ${got}`,
    zh: (got: number) => `scenario 为数字时必须在 0（低）到 1（高）之间，当前为 ${got}`,
  },
  vectorLength: {
    en: (arg: string, expected: number, what: string, rows: number, cols: number) =>
      `${arg} needs ${expected} values in one row or column (${what}); got ${rows === 1 || cols === 1 ? rows * cols : `a ${rows}×${cols} block`}`,
    zh: (arg: string, expected: number, what: string, rows: number, cols: number) =>
      `${arg} 需要一行或一列共 ${expected} 个数值（${what}），当前为${rows === 1 || cols === 1 ? ` ${rows * cols} 个` : ` ${rows}×${cols} 的区域`}`,
  },
  listShape: {
    en: (
      arg: string,
      rows: number,
      cols: number,
      what: string,
      got: number | readonly [number, number]
    ) =>
      `${arg} needs ${rows === 1 ? cols : `${rows}×${cols}`} values (${what}); got ${typeof got === "number" ? got : `a ${got[0]}×${got[1]} block`}`,
    zh: (
      arg: string,
      rows: number,
      cols: number,
      what: string,
      got: number | readonly [number, number]
    ) =>
      `${arg} 需要 ${rows === 1 ? cols : `${rows}×${cols}`} 个数值（${what}），当前为${typeof got === "number" ? ` ${got} 个` : ` ${got[0]}×${got[1]} 的区域`}`,
  },
  priceOrder: {
    en: (arg: string, buyer: string, low: number, mid: number, high: number) =>
      `${arg}: each buyer's prices must be low ≤ mid ≤ high; ${buyer} has ${low}, ${mid}, ${high}`,
    zh: (arg: string, buyer: string, low: number, mid: number, high: number) =>
      `${arg}：每个买方的价格须满足 低 ≤ 中 ≤ 高；${buyer}为 ${low}、${mid}、${high}`,
  },
  spillNeedsScalars: {
    en: (arg: string, value: string) =>
      `${arg} "${value}" spills a table, so every argument but the lists must be a single value`,
    zh: (arg: string, value: string) =>
      `${arg} 为“${value}”时会展开一张表，除列表外的参数都必须是单个值`,
  },
  pathNeedsFleets: {
    en: () => `fleet_path "cagr" needs fleet and target_fleet above 0`,
    zh: () => `fleet_path 为“复合增长”时，fleet 与 target_fleet 都必须大于 0`,
  },
  noPartner: {
    en: (arg: string, rows: number, cols: number) =>
      `no value at row ${rows}, column ${cols} in a shorter argument (${arg}): array sizes differ`,
    zh: (arg: string, rows: number, cols: number) =>
      `第 ${rows} 行第 ${cols} 列在较短的参数（${arg}）中没有对应值：数组大小不一致`,
  },
  breakdownNeedsScalars: {
    en: () => `stream "breakdown" spills a table, so fleet, stream and unit must be single values`,
    zh: () => `stream 为“明细”时会展开一张表，fleet、stream 与 unit 必须是单个值`,
  },
  multipleNeedsTraditional: {
    en: () => `the multiple divides by traditional revenue, which is 0`,
    zh: () => `倍数以传统售后收入为除数，而其为 0`,
  },
  resultNotFinite: {
    en: () => `the result is too large to represent`,
    zh: () => `计算结果超出可表示的范围`,
  },
  trialsNotFinite: {
    en: (bad: number, trials: number) =>
      `${bad.toLocaleString("en-US")} of ${trials.toLocaleString("en-US")} trials give no finite NPV, incremental NPV or year-5 value (the inputs are so large that the plan overflows), so no percentile or probability of the simulation means anything`,
    zh: (bad: number, trials: number) =>
      `${trials.toLocaleString("en-US")} 次试验中有 ${bad.toLocaleString("en-US")} 次的净现值、增量净现值或第 5 年价值不是有限数字（输入过大，规划溢出），模拟的分位数与概率均无意义`,
  },
  tooManyTrials: {
    en: (limit: number, cells: number, trials: number) =>
      `one SIMULATE formula runs at most ${limit.toLocaleString("en-US")} trials over all its cells (cells × trials), or Excel stops the add-in for taking too long; this one asks for ${cells.toLocaleString("en-US")} cells, ${trials.toLocaleString("en-US")} trials in all: give fewer trials, or split the range over several formulas`,
    zh: (limit: number, cells: number, trials: number) =>
      `一个 SIMULATE 公式的所有单元格合计最多运行 ${limit.toLocaleString("en-US")} 次试验（单元格数 × 试验次数），否则 Excel 会因耗时过长而停止加载项；此公式要求 ${cells.toLocaleString("en-US")} 个单元格、共 ${trials.toLocaleString("en-US")} 次试验：请减少 trials，或把区域拆成几个公式`,
  },
  resultTooLarge: {
    en: (rows: string, cols: string, cells: string, shapes: string, limit: string) =>
      `the result would be ${rows} × ${cols} = ${cells} cells (from ${shapes}); one formula returns at most ${limit} cells, as Excel refuses a result over about 5 MB: split the range over several formulas`,
    zh: (rows: string, cols: string, cells: string, shapes: string, limit: string) =>
      `结果将有 ${rows} × ${cols} = ${cells} 个单元格（来自 ${shapes}）；一个公式最多返回 ${limit} 个单元格，因为 Excel 拒收超过约 5 MB 的结果：请把区域拆成几个公式`,
  },
  internal: {
    en: (detail: string) => `internal error: ${detail}`,
    zh: (detail: string) => `内部错误：${detail}`,
  },
} as const;

export type MessageKey = keyof typeof catalogue;

export function message<K extends MessageKey>(
  key: K,
  ...args: Parameters<(typeof catalogue)[K]["en"]>
): string {
  const entry: Bilingual<unknown> = catalogue[key];
  const make = textIn(entry, current) as (...a: Parameters<(typeof catalogue)[K]["en"]>) => string;
  return make(...args);
}

/** Messages without arguments and their codes: one error each per language, shared by every cell. */
const FIXED = {
  resultNotFinite: "#NUM!",
  breakdownNeedsScalars: "#VALUE!",
  multipleNeedsTraditional: "#DIV/0!",
} as const satisfies Partial<Record<MessageKey, ErrorCode>>;
const fixed: Record<Language, Partial<Record<keyof typeof FIXED, EcoError>>> = {
  "zh-CN": {},
  "en-US": {},
};

export function fixedError(key: keyof typeof FIXED): EcoError {
  return (fixed[current][key] ??= new EcoError(FIXED[key], message(key)));
}

export const RATES_ORDER = {
  en: "insurance, used-car fee, finance, mobility",
  zh: "保险、二手车认证费、金融、出行",
} as const;
export const PER_VEHICLE_ORDER = {
  en: "traditional, baas, charging, insurance, lifestyle, usedcar",
  zh: "传统、电池租赁、充电、保险、精品、二手车",
} as const;

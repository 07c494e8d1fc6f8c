/**
 * The help page's argument reference, generated at build time (webpack.config.js) from what Excel
 * itself shows and what the functions accept, so the page cannot drift from either:
 * - argument names and descriptions: the English metadata (functions.json, generated from the
 *   JSDoc of src/functions/functions.ts) and the Chinese one (metadata.zh-CN.json);
 * - accepted values: the argument specs the functions check their input against
 *   (src/functions/definitions.ts: ranges, defaults, the names each text argument takes).
 * Function names are the same in every language; argument names are Chinese in the zh-CN view.
 */
import { DEFINITIONS } from "../functions/definitions";
import { SCENARIO_NAMES } from "../functions/names";
import { MAX_TRIALS_PER_CALL } from "../functions/plan";
import { MAX_RESULT_CELLS } from "../functions/resultSize";
import type { ArgSpec } from "../functions/spec";
import { textIn, type Language } from "../model/language";
import { langMark } from "./langMark";

export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
}
export interface EnglishMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly parameters: readonly MetadataParameter[];
  }[];
}
export interface ChineseMetadata {
  readonly functions: Readonly<
    Record<
      string,
      {
        readonly parameters: readonly {
          readonly name: string;
          readonly label: string;
          readonly description: string;
        }[];
      }
    >
  >;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const WORDS = {
  zh: {
    required: "必填",
    optional: "可选",
    accepts: "可取值：",
    default: "默认",
    or: "或",
    any: "任意数字",
    atLeast: (n: string) => `不小于 ${n} 的数字`,
    between: (a: string, b: string) => `${a} 到 ${b} 之间的数字`,
    whole: (n: string) => `不小于 ${n} 的整数`,
    fraction: "0（低端）到 1（高端）之间的数字",
    vector: (n: number, order: string, min: string) =>
      `${n} 个数，一行或一列，依次为：${order}；每个不小于 ${min}`,
    list: (shape: string, order: string, range: string) =>
      `${shape} 个数（${order}），行列方向均可；每个${range}`,
    noDefault: "留空则用默认值",
    sep: "；",
  },
  en: {
    required: "required",
    optional: "optional",
    accepts: "Accepts: ",
    default: "default",
    or: "or",
    any: "any number",
    atLeast: (n: string) => `a number ≥ ${n}`,
    between: (a: string, b: string) => `a number from ${a} to ${b}`,
    whole: (n: string) => `a whole number ≥ ${n}`,
    fraction: "a number from 0 (low end) to 1 (high end)",
    vector: (n: number, order: string, min: string) =>
      `${n} numbers in one row or column, in the order ${order}; each ≥ ${min}`,
    list: (shape: string, order: string, range: string) =>
      `${shape} numbers (${order}), either orientation; each ${range}`,
    noDefault: "left out: the defaults",
    sep: "; ",
  },
} as const;

const number = (n: number): string =>
  Number.isInteger(n) ? n.toLocaleString("en-US") : n.toPrecision(5).replace(/0+$/, "");

/** Each canonical value with the names that select it: "all / 全部". */
function names(table: Readonly<Record<string, string>>): string[] {
  const byValue = new Map<string, string[]>();
  for (const [name, value] of Object.entries(table))
    byValue.set(value, [...(byValue.get(value) ?? []), name]);
  // A break opportunity after each underscore, so a narrow pane splits value5_statusquo there.
  const code = (n: string): string => `<code>${esc(n).replace(/_/g, "_<wbr>")}</code>`;
  return [...byValue.values()].map((all) => all.map(code).join(" / "));
}

/** The name of a text argument's default in the page's language (全部 for "all" in Chinese). */
function defaultName(
  table: Readonly<Record<string, string>>,
  value: string,
  lang: Language
): string {
  const all = Object.entries(table)
    .filter(([, v]) => v === value)
    .map(([name]) => name);
  const chinese = all.find((n) => /[\u4e00-\u9fff]/.test(n));
  return lang === "zh-CN" && chinese !== undefined ? chinese : value;
}

/** What an argument accepts, in the page's language, from its spec. */
export function accepted(spec: ArgSpec, lang: Language): string {
  const w = textIn(WORDS, lang);
  const def = (value: string): string =>
    lang === "zh-CN" ? `（${w.default} ${value}）` : ` (${w.default} ${value})`;
  switch (spec.kind) {
    case "number": {
      const { min, max, integer } = spec;
      const what =
        integer && min !== undefined
          ? w.whole(number(min))
          : min !== undefined && max !== undefined
            ? w.between(number(min), number(max))
            : min !== undefined
              ? w.atLeast(number(min))
              : w.any;
      return spec.default === undefined ? what : what + def(number(spec.default));
    }
    case "scenario": {
      const list = names(SCENARIO_NAMES).join(w.sep);
      const fallback = defaultName(SCENARIO_NAMES, String(spec.default), lang);
      return `${list}${w.sep}${w.or} ${w.fraction}${def(`<code>${esc(fallback)}</code>`)}`;
    }
    case "choice": {
      const fallback = defaultName(spec.names, spec.default, lang);
      return names(spec.names).join(w.sep) + def(`<code>${esc(fallback)}</code>`);
    }
    case "vector":
      if (spec.min === undefined) throw new Error(`help: ${spec.name} has no lower bound to state`);
      return `${w.vector(spec.length, esc(textIn(spec.order, lang)), number(spec.min))}${w.sep}${w.noDefault}`;
    case "list": {
      if (spec.min === undefined) throw new Error(`help: ${spec.name} has no lower bound to state`);
      const shape = spec.rows === 1 ? String(spec.cols) : `${spec.rows} × ${spec.cols}`;
      const range =
        spec.max === undefined
          ? lang === "zh-CN"
            ? `不小于 ${number(spec.min)}`
            : `≥ ${number(spec.min)}`
          : lang === "zh-CN"
            ? `在 ${number(spec.min)} 到 ${number(spec.max)} 之间`
            : `from ${number(spec.min)} to ${number(spec.max)}`;
      return `${w.list(shape, esc(textIn(spec.order, lang)), range)}${w.sep}${w.noDefault}`;
    }
  }
}

/** A function's arguments, in order: spec, English metadata, Chinese metadata. */
function argumentsOf(
  id: string,
  en: EnglishMetadata,
  zh: ChineseMetadata
): { spec: ArgSpec; en: MetadataParameter; zh: { label: string; description: string } }[] {
  const definition = (DEFINITIONS as Readonly<Record<string, { specs: readonly ArgSpec[] }>>)[id];
  const english = en.functions.find((f) => f.id === id)?.parameters;
  const chinese = zh.functions[id]?.parameters;
  if (!definition || !english || !chinese)
    throw new Error(`help: ${id} is missing from the definitions or the metadata`);
  if (definition.specs.length !== english.length || english.length !== chinese.length)
    throw new Error(`help: ${id}'s arguments differ between the definitions and the metadata`);
  return definition.specs.map((spec, i) => {
    const e = english[i];
    const z = chinese[i];
    if (!e || !z || e.name !== spec.name || z.name !== spec.name)
      throw new Error(`help: ${id}'s argument ${i + 1} is ${spec.name} in the definitions`);
    return { spec, en: e, zh: z };
  });
}

/** The argument list of a signature, in the language's names: 保有量, [情景], … */
export function signature(
  id: string,
  en: EnglishMetadata,
  zh: ChineseMetadata,
  lang: Language
): string {
  return argumentsOf(id, en, zh)
    .map((a) => {
      const name = lang === "zh-CN" ? a.zh.label : a.en.name;
      return a.en.optional ? `[${name}]` : name;
    })
    .join(", ");
}

/** The reference of one function: a definition list per language, hidden by help.ts. */
export function argumentList(
  id: string,
  en: EnglishMetadata,
  zh: ChineseMetadata,
  lang: Language
): string {
  const w = textIn(WORDS, lang);
  const items = argumentsOf(id, en, zh).map((a) => {
    const need = a.en.optional ? w.optional : w.required;
    const term =
      lang === "zh-CN"
        ? `<code>${esc(a.zh.label)}</code> <span class="arg-meta">${esc(a.en.name)} · ${need}</span>`
        : `<code>${esc(a.en.name)}</code> <span class="arg-meta">${need}</span>`;
    const description = lang === "zh-CN" ? a.zh.description : (a.en.description ?? "");
    return (
      `<div class="arg" data-arg="${esc(a.spec.name)}"><dt>${term}</dt>` +
      `<dd><p>${esc(description)}</p><p class="accepts">${w.accepts}${accepted(a.spec, lang)}</p></dd></div>`
    );
  });
  const label = lang === "zh-CN" ? `ECO.${id} 的参数` : `ECO.${id} arguments`;
  return `<dl class="args" data-lang="${langMark(lang)}" aria-label="${esc(label)}">${items.join("")}</dl>`;
}

/**
 * What one formula can do, from the bounds the functions enforce: the items of the page's errors
 * list (one `<li>` each) that say them, in the page's language.
 */
export function limits(lang: Language): string {
  const cells = number(MAX_RESULT_CELLS);
  const trials = number(MAX_TRIALS_PER_CALL);
  const items =
    lang === "zh-CN"
      ? [
          `<code>#NUM!</code>：结果超过 ${cells} 个单元格（例如 1,000 行 × 1,000 列）。Excel 拒收超过约 5 MB 的自定义函数结果，而 ${cells} 个数字最多约 2.5 MB；请把区域拆成几个公式。`,
          `<code>#VALUE!</code>：一个 <code>ECO.SIMULATE</code> 公式的所有单元格合计要求超过 ${trials} 次试验（单元格数 × 试验次数）。运行时间过长时 Office 会重启加载项（约 5 秒）；请减少 trials，或把区域拆成几个公式。`,
          `<code>#NUM!</code>：<code>ECO.SIMULATE</code> 中有试验的净现值、增量净现值或第 5 年价值不是有限数字（输入过大，规划溢出）：此时每个输出都是 <code>#NUM!</code>，因为分位数与概率都已无意义。`,
        ]
      : [
          `<code>#NUM!</code>: a result of more than ${cells} cells (1,000 rows × 1,000 columns, say). Excel refuses a custom function's result over about 5 MB, and ${cells} numbers are at most about 2.5 MB; split the range over several formulas.`,
          `<code>#VALUE!</code>: one <code>ECO.SIMULATE</code> formula asking for more than ${trials} trials over all its cells (cells × trials). Office restarts an add-in that keeps Excel waiting for about 5 seconds; give fewer trials, or split the range over several formulas.`,
          `<code>#NUM!</code>: in <code>ECO.SIMULATE</code>, a trial whose NPV, incremental NPV or year-5 value is not a finite number (inputs so large that the plan overflows): then every output is <code>#NUM!</code>, as no percentile or probability means anything.`,
        ];
  return items.map((item) => `<li>${item}</li>`).join("");
}

/** Both languages' signatures and argument lists, for the help page template. */
export function helpReference(
  en: EnglishMetadata,
  zh: ChineseMetadata
): {
  readonly signature: (id: string) => string;
  readonly argumentsOf: (id: string) => string;
  readonly limits: (lang: Language) => string;
} {
  return {
    signature: (id) =>
      `<span data-lang="${langMark("zh-CN")}">${esc(signature(id, en, zh, "zh-CN"))}</span>` +
      `<span data-lang="${langMark("en-US")}">${esc(signature(id, en, zh, "en-US"))}</span>`,
    argumentsOf: (id) => argumentList(id, en, zh, "zh-CN") + argumentList(id, en, zh, "en-US"),
    limits,
  };
}

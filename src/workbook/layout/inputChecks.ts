/**
 * One check per typed input of the inputs sheet, derived from the inputs' own specs (what each
 * accepts, INPUT_RANGES; whether a blank means something): every cell is a number (ISNUMBER, not
 * TRUE/FALSE, not text that looks like a number), within its range, and not blank unless blank
 * has a stated meaning. The check's note column states the rule while the input passes, and
 * names each failing cell and why once it does not, in the edition's language.
 */
import { INPUT_RANGES, type InputRange } from "../../model";
import { CASE_FACTOR_ROWS, FACTOR_COLUMNS } from "./caseFactors";
import { FLEET_INPUT, INPUT_SECTIONS, TIMELINE_SECTIONS } from "./inputs";
import { PLAN_YEARS } from "./plan";
import type { CalcRow, Fmt, Text } from "./types";
import { U } from "./units";

/** One input row as the checks see it: its typed cells (layout tokens) and what they accept. */
export interface CheckedInput {
  /** The input row's key (`targetFleet`, `capex`, `kMargin`). */
  readonly key: string;
  readonly label: Text;
  /** Layout tokens of the row's typed cells: `in.fleet`, `in.iceSpend.low`, `in.capex@3`. */
  readonly cells: readonly string[];
  readonly accepts: InputRange;
  readonly fmt: Fmt;
  /** What a blank means, where the input may be left blank. */
  readonly blank?: Text;
}

const FACTOR_LABEL: Text = { zh: "情景系数", en: "Case factor" };

/** Every typed input, in the inputs sheet's order: the fleet, the sections, the years, the factors. */
export const CHECKED_INPUTS: readonly CheckedInput[] = [
  { ...FLEET_INPUT, cells: [`in.${FLEET_INPUT.key}`] },
  ...[...INPUT_SECTIONS, ...TIMELINE_SECTIONS].flatMap((section) =>
    section.rows.flatMap((row): CheckedInput[] => {
      const base = { key: row.key, label: row.label };
      switch (row.kind) {
        case "point":
          return [
            {
              ...base,
              cells: [`in.${row.key}`],
              accepts: row.accepts,
              fmt: row.fmt,
              ...(row.blank ? { blank: row.blank } : {}),
            },
          ];
        case "ranged":
          return [
            {
              ...base,
              cells: (["low", "mid", "high"] as const).map((c) => `in.${row.key}.${c}`),
              accepts: row.accepts,
              fmt: row.fmt,
            },
          ];
        case "timeline":
          return [
            {
              ...base,
              cells: PLAN_YEARS.map((y) => `in.${row.key}@${y}`),
              accepts: row.accepts,
              fmt: row.fmt,
            },
          ];
        // A choice has its own check (scenario, fleet path); a derived value is a formula; a seed
        // figure is a locked constant (MODEL.md §11.2), not an input.
        case "choice":
        case "derived":
        case "constant":
          return [];
      }
    })
  ),
  ...CASE_FACTOR_ROWS.filter((row) => row.formulas === undefined).map((row): CheckedInput => ({
    key: row.key,
    label: { zh: `${FACTOR_LABEL.zh} ${row.label.zh}`, en: `${FACTOR_LABEL.en} ${row.label.en}` },
    cells: [FACTOR_COLUMNS.downside, FACTOR_COLUMNS.upside].map((c) => `in.${row.key}@${c}`),
    accepts: INPUT_RANGES.caseFactor,
    fmt: "rate",
  })),
];

/** The checks sheet's row key of an input's check. */
export const inputCheckKey = (inputKey: string): string => `in_${inputKey}`;

/** A bound as the edition shows it: a share in per cent, other numbers as they are. */
function bound(n: number, fmt: Fmt): string {
  return fmt === "pct" ? `${n * 100} %` : n.toLocaleString("en-US");
}

/** The rule an input's check states, in both editions ("a number ≥ 0", "0 %–100 %, or blank"). */
export function ruleText(input: CheckedInput): Text {
  const { min, max } = input.accepts;
  const lo = min === undefined ? undefined : bound(min, input.fmt);
  const hi = max === undefined ? undefined : bound(max, input.fmt);
  const rule: Text =
    lo !== undefined && hi !== undefined
      ? { zh: `须为 ${lo}–${hi} 之间的数`, en: `must be a number from ${lo} to ${hi}` }
      : lo !== undefined
        ? { zh: `须为 ≥ ${lo} 的数`, en: `must be a number ≥ ${lo}` }
        : hi !== undefined
          ? { zh: `须为 ≤ ${hi} 的数`, en: `must be a number ≤ ${hi}` }
          : { zh: "须为数字", en: "must be a number" };
  if (!input.blank) return rule;
  return {
    zh: `${rule.zh}，或留空（${input.blank.zh}）`,
    en: `${rule.en}, or blank (${input.blank.en})`,
  };
}

/** Why one cell fails, as a sentence naming it: `{addr:…}` resolves to the cell's address. */
const REASONS = {
  error: { zh: "错误值。", en: "an error value. " },
  blank: { zh: "空白。", en: "blank. " },
  notNumber: { zh: "不是数字。", en: "not a number. " },
  below: { zh: "小于 {bound}。", en: "below {bound}. " },
  above: { zh: "大于 {bound}。", en: "above {bound}. " },
} as const satisfies Record<string, Text>;

type Reason = keyof typeof REASONS;

function reasonIn(reason: Reason, cell: string, edition: "zh" | "en", at = ""): string {
  const sep = edition === "zh" ? "：" : ": ";
  return `"{addr:${cell}}${sep}${REASONS[reason][edition].replace("{bound}", at)}"`;
}

/** A typed number: ISNUMBER, but not TRUE/FALSE (LibreOffice counts a logical as a number). */
const numberTests = (x: string): string[] => [`ISNUMBER(${x})`, `NOT(ISLOGICAL(${x}))`];
const isNumber = (x: string): string => `AND(${numberTests(x).join(",")})`;

/** What must hold for the cell to pass (an error value fails the whole check, through IFERROR). */
function passes(input: CheckedInput, cell: string): string {
  const x = `{${cell}}`;
  const { min, max } = input.accepts;
  const tests = numberTests(x);
  if (min !== undefined) tests.push(`${x}>=${min}`);
  if (max !== undefined) tests.push(`${x}<=${max}`);
  return input.blank ? `OR(${x}="",AND(${tests.join(",")}))` : tests.join(",");
}

/** The sentence for one cell ("" when it passes), guarded so that no branch meets an error. */
function reasonFormula(input: CheckedInput, cell: string, edition: "zh" | "en"): string {
  const x = `{${cell}}`;
  const { min, max } = input.accepts;
  const fmt = input.fmt;
  let inRange = '""';
  if (max !== undefined)
    inRange = `IF(${x}>${max},${reasonIn("above", cell, edition, bound(max, fmt))},${inRange})`;
  if (min !== undefined)
    inRange = `IF(${x}<${min},${reasonIn("below", cell, edition, bound(min, fmt))},${inRange})`;
  const blank = input.blank ? '""' : reasonIn("blank", cell, edition);
  return `IF(ISERROR(${x}),${reasonIn("error", cell, edition)},IF(${isNumber(x)},${inRange},IF(${x}="",${blank},${reasonIn("notNumber", cell, edition)})))`;
}

/** Failing cells whose reasons fit one line of the note column (low, mid and high do). */
const MESSAGE_CELLS_PER_LINE = 3;

/** The check rows of the checks sheet's input section, one per typed input. */
export function inputCheckRows(): CalcRow[] {
  return CHECKED_INPUTS.map((input) => {
    const rule = ruleText(input);
    const message = (edition: "zh" | "en"): string =>
      `IF({here:C},"${rule[edition]}",${input.cells.map((c) => reasonFormula(input, c, edition)).join("&")})`;
    return {
      key: inputCheckKey(input.key),
      label: input.label,
      unit: U.flag,
      formula: `IFERROR(AND(${input.cells.map((c) => passes(input, c)).join(",")}),FALSE)`,
      fmt: "bool",
      style: "check",
      message: { zh: message("zh"), en: message("en") },
      // six years' reasons take two lines of the note column
      ...(input.cells.length > MESSAGE_CELLS_PER_LINE ? { messageLines: 2 } : {}),
    };
  });
}

/**
 * The command line of `npm run workbook` (kept apart from the script so that it is testable).
 * Each option is one entry of OPTIONS: its name, its value, what it means, its default, and how it
 * is read. The usage line and `--help` are generated from that table, and every value is checked
 * in one place (`parseWorkbookArgs`), so a new option is one entry plus one field.
 */
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { lookupName, SCENARIO_NAMES } from "../functions/names";
import { fleetFromText, MAX_FLEET } from "../model/fleet";
import { PRESET_ALIASES, PRESET_NAMES, type PresetName } from "../model/presets";
import type { ScenarioName } from "../model/scenario";
import { EDITIONS, type Edition } from "./contract";
import { DEFAULT_SETTINGS } from "./layout/settings";
import { parsePreset, presetFleetOr } from "./presetOption";

/**
 * The folder in the ECO folder that holds the workbooks written without --out: the workshop's
 * fallback files. Not dist/ (every build empties it), build/ (the template build's) or release/
 * (npm run package's): nothing but this command writes here.
 */
export const DEFAULT_FOLDER = "workshop";

export interface WorkbookCommand {
  /** Absolute path of the .xlsx to write. */
  readonly out: string;
  readonly edition: Edition;
  readonly fleet: number;
  readonly scenario: ScenarioName;
  /** --preset: every input of a preset (--fleet and --scenario still win). */
  readonly preset?: PresetName;
  readonly force: boolean;
}

/** Where the command runs: relative paths the user types are relative to `userFolder`. */
export interface CliContext {
  /** The folder the user ran npm from (npm's INIT_CWD), or the current folder. */
  readonly userFolder: string;
  /** The ECO package folder; the default output goes to its workshop/ (DEFAULT_FOLDER). */
  readonly packageFolder: string;
  /** Options npm kept for itself because they came before `--` (see scripts/common/npm-invocation). */
  readonly npmTook?: readonly string[];
  /** Whether a path is an existing folder (the script asks the file system; tests pass a fake). */
  readonly isFolder?: (path: string) => boolean;
}

/** A mistake in the command line; the message is meant for the user. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Print the usage line after the message (unknown options, stray arguments). */
    readonly showUsage = false
  ) {
    super(message);
    this.name = "UsageError";
  }
}

interface Draft {
  out?: string;
  edition: Edition;
  /** Undefined until --fleet gives one: the preset's fleet (or the default) applies then. */
  fleet?: number;
  scenario: ScenarioName;
  preset?: PresetName;
  force: boolean;
}

interface OptionSpec {
  readonly name: string;
  /** The value's placeholder in the help; absent for a flag. */
  readonly value?: string;
  readonly meaning: string;
  /** The default as the help states it. */
  readonly default: string;
  /** Reads the option's value (true for a flag) into the draft; throws UsageError if it is bad. */
  readonly apply: (draft: Draft, value: string | true) => void;
}

const SCENARIO_WORDS = "low, mid or high (also 低, 中, 高; any case)";
const FLEET_RULE = `a whole number of vehicles from 1 to ${MAX_FLEET.toLocaleString("en-US")} in decimal digits, e.g. 250000, 250,000 or 25万`;

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: "out",
    value: "FILE",
    meaning:
      "the .xlsx file to write; a relative path is taken from the folder you run npm in; a folder in it that does not exist is created, and the command says so",
    default: `${DEFAULT_FOLDER}/eco-planning-<lang>.xlsx in the ECO folder (no build empties it)`,
    apply: (draft, value) => {
      draft.out = String(value);
    },
  },
  {
    name: "lang",
    value: "LANG",
    meaning: "the workbook's language: zh-CN or en-US (any case)",
    default: "zh-CN",
    apply: (draft, value) => {
      const edition = EDITIONS.find((e) => e.toLowerCase() === String(value).trim().toLowerCase());
      if (!edition)
        throw new UsageError(
          `--lang must be ${EDITIONS.join(" or ")} (any case); got ${quote(value)}`
        );
      draft.edition = edition;
    },
  },
  {
    name: "preset",
    value: "NAME",
    meaning: `a starting point of the task pane, any case: ${PRESET_NAMES.join(", ")} (story is the seed's Lao Zhang (老张) company: a CNY 28m (2,800万) after-sales loss today, data and ecosystem streams ramping up to year 5; mature is the mature ecosystem (成熟生态): every stream and all data from year 0, no network cost; the earlier name ${Object.keys(PRESET_ALIASES).join(", ")} still means story); --fleet and --scenario override its values`,
    default: "story (the workbook's defaults)",
    apply: (draft, value) => {
      try {
        draft.preset = parsePreset(String(value));
      } catch (e) {
        throw new UsageError(e instanceof Error ? e.message : String(e));
      }
    },
  },
  {
    name: "fleet",
    value: "N",
    meaning: `vehicles in service: ${FLEET_RULE} (the task pane's rule)`,
    default: `${DEFAULT_SETTINGS.fleet}, the seed's maker with 100,000 (10万) vehicles`,
    apply: (draft, value) => {
      const fleet = fleetFromText(String(value));
      if (fleet === undefined)
        throw new UsageError(`--fleet must be ${FLEET_RULE}; got ${quote(value)}`);
      draft.fleet = fleet;
    },
  },
  {
    name: "scenario",
    value: "NAME",
    meaning: `the end of every price range: ${SCENARIO_WORDS}`,
    default: DEFAULT_SETTINGS.scenario,
    apply: (draft, value) => {
      const scenario = lookupName<ScenarioName>(SCENARIO_NAMES, String(value));
      if (!scenario)
        throw new UsageError(`--scenario must be ${SCENARIO_WORDS}; got ${quote(value)}`);
      draft.scenario = scenario;
    },
  },
  {
    name: "force",
    meaning: "replace FILE if it exists (it is replaced only once the new workbook is complete)",
    default: "an existing file is never replaced",
    apply: (draft) => {
      draft.force = true;
    },
  },
];

/** The names of the options (for scripts/common/npm-invocation's optionsNpmTook). */
export const OPTION_NAMES: readonly string[] = OPTIONS.map((o) => o.name);

export const USAGE = `usage: npm run workbook -- ${OPTIONS.map((o) =>
  o.value ? `[--${o.name} ${o.value}]` : `[--${o.name}]`
).join(" ")} [--help]`;

const COLUMN = 20;
const WIDTH = 96;

/** Words of `text` in lines of at most WIDTH − COLUMN characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > WIDTH - COLUMN) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export const HELP = [
  USAGE,
  "",
  "Writes the ECO planning workbook (.xlsx, native Excel formulas) with your fleet and scenario.",
  "",
  ...OPTIONS.flatMap((o) => {
    const head = `  --${o.name}${o.value ? ` ${o.value}` : ""}`;
    return [...wrap(o.meaning), `default: ${o.default}`].map(
      (line, i) => `${(i === 0 ? head : "").padEnd(COLUMN)}${line}`
    );
  }),
  `${"  -h, --help".padEnd(COLUMN)}print this help`,
  "",
  "Example: npm run workbook -- --out plan.xlsx --lang en-US --fleet 500000 --scenario high",
  "         npm run workbook -- --out story.xlsx --preset story",
].join("\n");

export const HELP_HINT = "run `npm run workbook -- --help` for the options";

function quote(value: string | true): string {
  return JSON.stringify(value === true ? "" : value);
}

/** The absolute path --out names (checked once every option is read: the example needs --lang). */
function outPath(raw: string, edition: Edition, context: CliContext): string {
  const text = raw.trim();
  const example = `eco-planning-${edition}.xlsx`;
  if (text === "") throw new UsageError(`--out must name a .xlsx file, e.g. --out ${example}`);
  const expanded = /^~(?=$|[/\\])/.test(text) ? homedir() + text.slice(1) : text;
  const path = resolve(context.userFolder, expanded);
  if (context.isFolder?.(path))
    throw new UsageError(
      `--out ${raw} is a folder; name a file in it, e.g. --out ${join(raw, example)}`
    );
  if (!/\.xlsx$/i.test(text))
    throw new UsageError(
      `--out must name a .xlsx file (Excel opens the workbook by that ending), e.g. --out ${example}; got ${quote(raw)}`
    );
  return path;
}

/** The help is asked for, or the command to run; throws UsageError for a bad command line. */
export function parseWorkbookArgs(
  argv: readonly string[],
  context: CliContext
): WorkbookCommand | "help" {
  const took = context.npmTook ?? [];
  if (took.length > 0)
    throw new UsageError(
      `npm took ${took.map((n) => `--${n}`).join(", ")} for itself: put -- before the options, as in npm run workbook -- --${took[0]} …`
    );
  let tokens;
  try {
    ({ tokens } = parseArgs({
      args: [...argv],
      options: {
        ...Object.fromEntries(
          OPTIONS.map((o) => [
            o.name,
            { type: o.value ? ("string" as const) : ("boolean" as const) },
          ])
        ),
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
      tokens: true,
    }));
  } catch (e) {
    throw new UsageError(parseArgsMessage(e), true);
  }
  const draft: Draft = {
    edition: "zh-CN",
    scenario: DEFAULT_SETTINGS.scenario,
    force: false,
  };
  if (tokens.some((t) => t.kind === "option" && t.name === "help")) return "help";
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === "positional")
      throw new UsageError(`unexpected argument ${quote(token.value)}`, true);
    if (token.kind !== "option") continue;
    const spec = OPTIONS.find((o) => o.name === token.name);
    if (!spec) continue;
    if (seen.has(spec.name)) throw new UsageError(`--${spec.name} is given twice; give it once`);
    seen.add(spec.name);
    spec.apply(draft, token.value ?? true);
  }
  return {
    out:
      draft.out !== undefined
        ? outPath(draft.out, draft.edition, context)
        : resolve(context.packageFolder, DEFAULT_FOLDER, `eco-planning-${draft.edition}.xlsx`),
    edition: draft.edition,
    fleet: draft.fleet ?? presetFleetOr(draft.preset, DEFAULT_SETTINGS.fleet),
    scenario: draft.scenario,
    ...(draft.preset === undefined ? {} : { preset: draft.preset }),
    force: draft.force,
  };
}

/** node:util parseArgs errors, in the words of this command. */
function parseArgsMessage(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  const text = e instanceof Error ? e.message : String(e);
  const option = /'(-[^' ]+)/.exec(text)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option ?? text}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing|ambiguous/.test(text)
        ? `${option ?? "the option"} needs a value (a value starting with - is written ${option ?? "--option"}=-…)`
        : `${option ?? "the option"} takes no value`;
    default:
      return text;
  }
}

/** Argument handling of `npm run workbook` (kept apart from the script so it is testable). */
import { parseArgs } from "node:util";
import { EDITIONS, type Edition } from "./contract";
import { PRESET_NAMES, type PresetName, type ScenarioName } from "../model";
import { DEFAULT_SETTINGS } from "./layout/settings";
import { parsePreset, presetFleetOr } from "./presetOption";

export interface WorkbookCommand {
  readonly out: string;
  readonly edition: Edition;
  readonly fleet: number;
  readonly scenario: ScenarioName;
  /** --preset: every input of a preset (--fleet and --scenario still win). */
  readonly preset?: PresetName;
  readonly force: boolean;
}

export const USAGE = `usage: npm run workbook -- [--out FILE] [--lang zh-CN|en-US] [--preset ${PRESET_NAMES.join("|")}] [--fleet N] [--scenario low|mid|high] [--force]`;

const SCENARIOS: readonly ScenarioName[] = ["low", "mid", "high"];

/** Parses the command line; throws an Error whose message is meant for the user. */
export function parseWorkbookArgs(argv: readonly string[]): WorkbookCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      out: { type: "string" },
      lang: { type: "string", default: "zh-CN" },
      fleet: { type: "string" },
      scenario: { type: "string", default: DEFAULT_SETTINGS.scenario },
      preset: { type: "string" },
      force: { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const lang = values.lang ?? "zh-CN";
  if (!(EDITIONS as readonly string[]).includes(lang))
    throw new Error(`--lang must be one of ${EDITIONS.join(", ")}, got "${lang}"`);
  const edition = lang as Edition;
  const scenario = values.scenario ?? DEFAULT_SETTINGS.scenario;
  if (!(SCENARIOS as readonly string[]).includes(scenario))
    throw new Error(`--scenario must be one of ${SCENARIOS.join(", ")}, got "${scenario}"`);
  const preset = values.preset === undefined ? undefined : parsePreset(values.preset);
  let fleet = presetFleetOr(preset, DEFAULT_SETTINGS.fleet);
  if (values.fleet !== undefined) {
    const text = values.fleet.trim();
    fleet = text === "" ? NaN : Number(text);
    if (!Number.isFinite(fleet) || fleet < 0)
      throw new Error(
        `--fleet must be a non-negative finite number of vehicles, got "${values.fleet}"`
      );
  }
  const out = values.out ?? `dist/eco-planning-${edition}.xlsx`;
  if (out.trim() === "") throw new Error("--out must name a file");
  return {
    out,
    edition,
    fleet,
    scenario: scenario as ScenarioName,
    ...(preset === undefined ? {} : { preset }),
    force: values.force ?? false,
  };
}

// What `npm run <script>` changes about a command line, for the scripts that take paths and
// options: npm runs the script from the package's folder (so a relative path the user typed must
// be resolved against INIT_CWD, the folder npm was run from), and npm keeps options written
// before `--` for itself (`npm run workbook --fleet=5` hands the script no --fleet at all).

/**
 * The folder a relative path typed by the user is relative to: INIT_CWD when this process is the
 * npm script `script` itself (npm sets npm_lifecycle_event to its name), else the current folder
 * (run directly with node or tsx, or from another npm script whose INIT_CWD is not ours).
 */
export function userFolder(script, env = process.env, cwd = process.cwd()) {
  return env.npm_lifecycle_event === script && env.INIT_CWD ? env.INIT_CWD : cwd;
}

/**
 * Option names npm does not keep as they are: npm (nopt) reads an unknown `--word` whose letters
 * are all its one-letter shorthands as those shorthands, so `npm run workbook --lang en-US` sets
 * -l -a -g (long, all, global), hands the script "en-US" alone, and sets no npm_config_lang.
 * Checked with npm 10 and 11.
 */
const SHORTHAND_RUNS = { lang: ["long", "all", "global"] };

/**
 * Options of the script that npm took for itself because they came before `--`: npm stores
 * `--name=value` (and a bare `--name`) as npm_config_<name> and warns "Unknown cli config", or,
 * for a name of shorthand letters (SHORTHAND_RUNS), sets the configs those letters stand for.
 * Only meaningful while running as the npm script `script`.
 */
export function optionsNpmTook(script, names, env = process.env) {
  if (env.npm_lifecycle_event !== script) return [];
  const set = (name) => env[`npm_config_${name.replace(/-/g, "_")}`] !== undefined;
  return names.filter(
    (n) => set(n) || (SHORTHAND_RUNS[n]?.every((c) => env[`npm_config_${c}`] === "true") ?? false)
  );
}

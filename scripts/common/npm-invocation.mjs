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
 * Options of the script that npm took for itself because they came before `--`: npm stores
 * `--name=value` (and a bare `--name`) as npm_config_<name> and warns "Unknown cli config".
 * Only meaningful while running as the npm script `script`.
 */
export function optionsNpmTook(script, names, env = process.env) {
  if (env.npm_lifecycle_event !== script) return [];
  return names.filter((n) => env[`npm_config_${n.replace(/-/g, "_")}`] !== undefined);
}

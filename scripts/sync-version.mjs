// `npm version patch` (or minor, major, 1.2.3) runs this as the package's "version" script, after
// raising package.json's version and before committing: it writes the same version into
// manifest.xml's <Version> and, when npm commits the new version, adds manifest.xml to that commit.
// The pane, the workbook's cover and the release zip's name read package.json themselves, and every
// build stamps the manifest it writes, so nothing else is edited by hand.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "./common/atomic-file.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { packageVersion, stampVersion, versionIn } = createRequire(import.meta.url)(
  "./webpack/manifest-version.js"
);

const file = join(ROOT, "manifest.xml");
try {
  const xml = readFileSync(file, "utf8");
  const stamped = stampVersion(xml, packageVersion(ROOT));
  if (stamped !== xml) writeFileAtomic(file, stamped, { overwrite: true });
  process.stdout.write(`manifest.xml: <Version>${versionIn(stamped)}</Version>\n`);
  const committing =
    process.env.npm_lifecycle_event === "version" &&
    process.env.npm_config_git_tag_version !== "false" &&
    existsSync(join(ROOT, ".git"));
  if (committing) spawnSync("git", ["add", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
} catch (e) {
  process.stderr.write(`version: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}

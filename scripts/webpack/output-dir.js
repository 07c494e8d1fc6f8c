/* eslint-disable no-undef */
// Where a build writes. webpack empties its output folder before writing (output.clean), so the
// folder must be new, empty, or an earlier build of ECO (it holds manifest.xml and
// functions.json): `ECO_OUT_DIR=~/Desktop npm run build` must not delete the Desktop.
// A relative folder is taken from `here`, the folder the user ran npm in.
const fs = require("fs");
const path = require("path");

function outputDir(raw, { root, here }) {
  const dir = raw ? path.resolve(here, raw) : path.join(root, "dist");
  let entries;
  try {
    entries = fs.readdirSync(dir);
  } catch (e) {
    if (e.code === "ENOENT") return dir;
    if (e.code === "ENOTDIR") throw new Error(`ECO_OUT_DIR ${dir} is a file, not a folder`);
    throw e;
  }
  const earlierBuild = entries.includes("manifest.xml") && entries.includes("functions.json");
  if (entries.length > 0 && !earlierBuild)
    throw new Error(
      `the output folder ${dir} holds files that are not an ECO build (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""}); a build empties its folder first, so give a new or empty folder`
    );
  return dir;
}

module.exports = { outputDir };

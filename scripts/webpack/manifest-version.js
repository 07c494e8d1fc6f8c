/* eslint-disable no-undef */
// package.json's version in the manifest's <Version>: every build writes it (npm run build, npm
// start, npm run package), and `npm version` writes it into manifest.xml itself
// (scripts/sync-version.mjs), so the version is typed once, by npm.
const fs = require("fs");
const path = require("path");

/** package.json's version ("1.0.1"). */
function packageVersion(root) {
  return JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
}

/**
 * The manifest's form of a package version: "1.0.1" → "1.0.1.0". Office takes one to four numbers
 * from 0 to 65535 and nothing else, so a pre-release ("1.1.0-beta.1") is refused with the reason.
 */
function manifestVersion(version) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version));
  if (!parts || parts.slice(1).some((p) => Number(p) > 65535))
    throw new Error(
      `package.json's version ${JSON.stringify(version)} can't be a manifest <Version>: Office takes numbers 0–65535 only (e.g. 1.0.1), no pre-release or build suffix`
    );
  return `${parts[1]}.${parts[2]}.${parts[3]}.0`;
}

const VERSION_ELEMENT = /<Version>[^<]*<\/Version>/g;

/** `xml` with its one <Version> set to `version` (a package version). */
function stampVersion(xml, version) {
  const found = xml.match(VERSION_ELEMENT) ?? [];
  if (found.length !== 1)
    throw new Error(`manifest.xml must have exactly one <Version> element; it has ${found.length}`);
  return xml.replace(VERSION_ELEMENT, `<Version>${manifestVersion(version)}</Version>`);
}

/** The <Version> written in `xml`, or undefined. */
function versionIn(xml) {
  return /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
}

module.exports = { packageVersion, manifestVersion, stampVersion, versionIn };

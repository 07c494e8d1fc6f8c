/* eslint-disable no-undef */
// The help page's argument reference (src/help/reference.ts), built from the same metadata
// Excel shows: the English generated from the JSDoc of src/functions/functions.ts (as the
// CustomFunctionsMetadataPlugin does) and src/functions/metadata.zh-CN.json. The TypeScript
// module is loaded through tsx, so the reference reads the functions' own argument specs.
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const tsx = require("tsx/cjs/api");

async function helpReference(root) {
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(root, "src/functions/functions.ts")
  );
  if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
  const english = JSON.parse(generated.metadataJson);
  const chinese = JSON.parse(
    fs.readFileSync(path.resolve(root, "src/functions/metadata.zh-CN.json"), "utf8")
  );
  const reference = tsx.require("../../src/help/reference.ts", __filename);
  return reference.helpReference(english, chinese);
}

module.exports = { helpReference };

// Completes the generated functions.json (its file-wide options: metadata-options.js) and writes
// functions.<locale>.json from it and a translation file that gives, per function id, a localized
// description and per parameter (matched by its code name) a localized label (the argument name
// Excel shows) and description. The help URL opens the help page in the file's language.
//
// Function names stay the same in every locale, as Excel's own functions do in Chinese Excel
// (=SUM, =VLOOKUP): Excel picks the metadata file by Office's display language (the manifest's
// <bt:Override Locale="zh-CN"> on Functions.Metadata.Url), so a translated name would make every
// English example fail for a participant whose Office runs in Chinese, and formulas written
// through the API with the default name give #NAME? once names are translated (office-js #891).
// Only ids, names, parameter count/order/types/dimensionality/optional and the result are
// structural; the rest is text. The build fails if the translation file renames a function or
// disagrees with the generated metadata on any function or parameter, so the languages cannot
// drift apart.
const fs = require("fs");
const { sources, WebpackError } = require("webpack");
const { DEV_ORIGIN_URL } = require("./host");
const { withFileOptions } = require("./metadata-options");

class LocalizedMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedMetadataPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL + 1,
        },
        () => {
          compilation.fileDependencies.add(this.options.translations);
          const asset = compilation.getAsset(this.options.input);
          if (!asset) return; // the metadata plugin reported its own error
          try {
            const metadata = atHost(
              withFileOptions(JSON.parse(asset.source.source().toString())),
              this.options.host
            );
            const translations = JSON.parse(fs.readFileSync(this.options.translations, "utf8"));
            const localized = localize(metadata, translations);
            compilation.updateAsset(
              this.options.input,
              new sources.RawSource(JSON.stringify(metadata, null, 2))
            );
            compilation.emitAsset(
              this.options.output,
              new sources.RawSource(JSON.stringify(localized, null, 2))
            );
          } catch (e) {
            compilation.errors.push(new WebpackError(`${this.options.output}: ${e.message}`));
          }
        }
      );
    });
  }
}

/** Help URLs are written for the dev server in the JSDoc; point them at the real host. */
function atHost(metadata, host) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) =>
      f.helpUrl ? { ...f, helpUrl: f.helpUrl.split(DEV_ORIGIN_URL).join(host) } : f
    ),
  };
}

/** The help page opens in the metadata's language: help.html?lang=zh-CN#ID. */
function withLanguage(helpUrl, language) {
  const url = new URL(helpUrl);
  url.searchParams.set("lang", language);
  return url.href;
}

function localize(metadata, translations) {
  const ids = metadata.functions.map((f) => f.id).sort();
  const translated = Object.keys(translations.functions).sort();
  if (JSON.stringify(ids) !== JSON.stringify(translated)) {
    throw new Error(
      `translated functions ${translated.join(",")} differ from the code's ${ids.join(",")}`
    );
  }
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const t = translations.functions[f.id];
      const names = f.parameters.map((p) => p.name);
      const tNames = t.parameters.map((p) => p.name);
      if (JSON.stringify(names) !== JSON.stringify(tNames)) {
        throw new Error(
          `${f.id}: translated parameters ${tNames.join(",")} differ from the code's ${names.join(",")}`
        );
      }
      if (t.name !== undefined && t.name !== f.name) {
        throw new Error(
          `${f.id}: function names stay "${f.name}" in every locale (office-js #891); translate the description and parameter labels instead of the name "${t.name}"`
        );
      }
      return {
        ...f,
        ...(f.helpUrl ? { helpUrl: withLanguage(f.helpUrl, translations.language) } : {}),
        description: t.description,
        parameters: f.parameters.map((p, i) => ({
          ...p,
          name: t.parameters[i].label || p.name,
          description: t.parameters[i].description,
        })),
      };
    }),
  };
}

module.exports = { LocalizedMetadataPlugin, localize, atHost };

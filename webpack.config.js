/* eslint-disable no-undef */
// Builds the add-in into dist/: functions.js + taskpane.js (one shared runtime, both loaded by
// taskpane.html), help.html, functions.json (generated from the JSDoc of src/functions/functions.ts),
// functions.zh-CN.json, the icons, the planning-workbook templates (chart-free, for insertion)
// with their contracts (JSON: the cells the pane writes and reads, its charts),
// the standalone workbooks with charts (the pane's fallback downloads) and the manifest, whose
// <Version> is package.json's (as is the version the pane and the workbook show: src/version.ts).
// The host the add-in is served from is given once: ECO_HOST_URL=https://host/path/ (or
// `--env host=...`); the default is the dev server, https://localhost:3000/. ECO_OUT_DIR (or
// `--env out=DIR`) writes somewhere other than dist/: a new or empty folder, or an earlier build
// (webpack empties it first), relative to the folder npm was run in.
// Source maps: a production build writes them without the sourceMappingURL comment (hidden: kept
// in dist/ for reading stack traces, never shipped by npm run package); the dev server serves
// maps without the sources (line mapping only; the sources are in the developer's editor); a
// development build on disk (npm run build:dev) has full maps.
// The build for the dev server is the development add-in (its own Id, name and namespace ECODEV,
// scripts/webpack/identity.js); a build for any other host is the release (namespace ECO).
// Only `webpack serve` (npm start) loads the dev server's settings, and with them certificates.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { LocalizedMetadataPlugin } = require("./scripts/webpack/localized-metadata-plugin");
const {
  hostUrl,
  rewriteManifest,
  contentSecurityPolicy,
  isDevelopmentHost,
} = require("./scripts/webpack/host");
const { identityFor } = require("./scripts/webpack/identity");
const { devServer } = require("./scripts/webpack/dev-server");
const { helpReference } = require("./scripts/webpack/help-reference");
const { outputDir } = require("./scripts/webpack/output-dir");
const { packageVersion, stampVersion } = require("./scripts/webpack/manifest-version");

const DEV_URL = "https://localhost:3000/";

/** The manifest names port 3000; ECO_DEV_PORT moves the dev server (tests use a free port). */
function devPort() {
  const raw = process.env.ECO_DEV_PORT || "3000";
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 1 && port <= 65535))
    throw new Error(`ECO_DEV_PORT must be a port number from 1 to 65535; got "${raw}"`);
  return port;
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  // The dev server's pages must name the origin it actually serves (ECO_DEV_PORT moves it).
  const host = hostUrl(
    env.host || process.env.ECO_HOST_URL || (serving ? `https://localhost:${devPort()}/` : DEV_URL)
  );
  const csp = contentSecurityPolicy(host);
  const { userFolder } = await import("./scripts/common/npm-invocation.mjs");
  const here = userFolder(process.env.npm_lifecycle_event === "build:dev" ? "build:dev" : "build");
  return {
    devtool: serving ? "nosources-source-map" : dev ? "source-map" : "hidden-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.ts",
      help: "./src/help/help.ts",
    },
    output: {
      path: outputDir(env.out || process.env.ECO_OUT_DIR, { root: __dirname, here }),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        { test: /\.css$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The namespace of the add-in this build is (the manifest's Functions.Namespace, written
      // from the same identity): the pane writes, shows and self-tests ECO calls in it
      // (src/taskpane/addinNamespace.ts).
      new DefinePlugin({
        __ECO_NAMESPACE__: JSON.stringify(identityFor(isDevelopmentHost(host)).namespace),
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin({
        input: "functions.json",
        translations: path.resolve(__dirname, "src/functions/metadata.zh-CN.json"),
        output: "functions.zh-CN.json",
        host,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "blocking",
        templateParameters: { csp },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: ["help"],
        scriptLoading: "blocking",
        templateParameters: { csp, reference: await helpReference(__dirname) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/help/help.css", to: "help.css" },
          { from: "build/templates/*.xlsx", to: "templates/[name][ext]", noErrorOnMissing: dev },
          // Each template's contract (what the pane reads instead of resolving the layout).
          { from: "build/templates/*.json", to: "templates/[name][ext]", noErrorOnMissing: dev },
          { from: "build/downloads/*.xlsx", to: "downloads/[name][ext]", noErrorOnMissing: dev },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              stampVersion(rewriteManifest(content.toString(), host), packageVersion(__dirname)),
          },
        ],
      }),
    ],
    ...(serving
      ? {
          devServer: await devServer({
            root: __dirname,
            port: devPort(),
            staticDir: path.resolve(__dirname, "build"),
          }),
        }
      : {}),
  };
};

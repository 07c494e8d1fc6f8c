/* eslint-disable no-undef */
// Builds the add-in into dist/: functions.js + taskpane.js (one shared runtime, both loaded by
// taskpane.html), help.html, functions.json (generated from the JSDoc of src/functions/functions.ts),
// functions.zh-CN.json, the icons, the planning-workbook templates and the manifest.
// The host the add-in is served from is given once: ECO_HOST_URL=https://host/path/ (or
// `--env host=...`); the default is the dev server, https://localhost:3000/. ECO_OUT_DIR (or
// `--env out=DIR`) writes somewhere other than dist/.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/webpack/localized-metadata-plugin");
const { hostUrl, rewriteManifest, contentSecurityPolicy } = require("./scripts/webpack/host");

const DEV_URL = "https://localhost:3000/";
// The manifest names port 3000; ECO_DEV_PORT moves the dev server (tests use a free port).
const PORT = Number(process.env.ECO_DEV_PORT || 3000);

async function httpsOptions() {
  // The dev CA can't be installed everywhere (no sudo on Linux CI); webpack-dev-server then
  // makes its own self-signed certificate, which the browser must be told to trust once.
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch {
    return { type: "https" };
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const host = hostUrl(env.host || process.env.ECO_HOST_URL || DEV_URL);
  const csp = contentSecurityPolicy(host);
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.ts",
      help: "./src/help/help.ts",
    },
    output: {
      path: path.resolve(__dirname, env.out || process.env.ECO_OUT_DIR || "dist"),
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
        templateParameters: { csp },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/help/help.css", to: "help.css" },
          { from: "build/templates/*.xlsx", to: "templates/[name][ext]", noErrorOnMissing: dev },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), host),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await httpsOptions(),
      port: PORT,
      static: [{ directory: path.resolve(__dirname, "build"), publicPath: "/" }],
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};

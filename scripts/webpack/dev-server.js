/* eslint-disable no-undef */
// The development server `npm start` runs (webpack serve). Only this file touches certificates:
// `npm run build` and `npm run package` never load it. What it serves, and to whom:
// - localhost only: it binds to the loopback interface, and webpack-dev-server's Host-header check
//   (allowedHosts "auto") refuses any other host name (DNS rebinding).
// - no wildcard CORS: Excel on the web reads functions.json from an Office origin
//   (https://excel.officeapps.live.com and the like), so only those origins are echoed back in
//   Access-Control-Allow-Origin; any other web page the developer visits gets no CORS header.
// - no directory listings, and none of webpack-dev-server's own pages (/webpack-dev-server lists
//   every asset; its invalidate and open-editor routes act on the developer's machine).
// - source maps without the sources (devtool "nosources-source-map" in webpack.config.js).
// - HTTPS: on Windows and macOS the Office dev certificate (office-addin-dev-certs asks the user
//   to trust its CA, as Office's own tooling does); on Linux no sudo is ever run: the Office dev
//   certificate is used if it already exists and is valid, otherwise webpack-dev-server's own
//   self-signed certificate, which the browser is told to accept once (npm start prints how).
//   Private keys are made readable by their owner only.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { X509Certificate } = require("crypto");

/** Origins from which Office on the web loads add-in files: https only, Microsoft's Office hosts. */
const OFFICE_ORIGIN =
  /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft|sharepoint\.com|officeapps\.partner\.office365\.cn|sharepoint\.cn)$/;

/** Paths the dev server must not answer: webpack-dev-server's own pages and client bundle. */
const INTERNAL_PATH = /^\/(webpack-dev-server|__webpack_dev_server__)(\/|$)/;

/**
 * The path a request names, in the one spelling INTERNAL_PATH is written in. webpack-dev-server's
 * routes are Express's, which match any case (/Webpack-Dev-Server/invalidate) and the path of an
 * absolute-form request line (GET http://localhost:3000/webpack-dev-server/invalidate); the guard
 * is wider still: percent-escapes decoded, backslashes and repeated slashes read as one slash,
 * "." and ".." segments resolved, as any later layer (a static server, a proxy) might read them.
 */
function normalizedPath(url) {
  let name = String(url ?? "");
  if (!name.startsWith("/") && !name.startsWith("\\")) {
    try {
      name = new URL(name).pathname;
    } catch {
      // not an absolute URL: read as it is
    }
  }
  name = name.split(/[?#]/)[0];
  for (let i = 0; i < 4; i++) {
    let decoded;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      break;
    }
    if (decoded === name) break;
    name = decoded;
  }
  return path.posix.normalize(name.replace(/[\\/]+/g, "/")).toLowerCase();
}

/** Whether a request's URL names one of webpack-dev-server's own pages, however it is spelled. */
function isInternalPath(url) {
  return INTERNAL_PATH.test(normalizedPath(url));
}

function corsHeaders(req) {
  const origin = req.headers.origin;
  const allowed = typeof origin === "string" && OFFICE_ORIGIN.test(origin.toLowerCase());
  return allowed ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : { Vary: "Origin" };
}

function ownerOnly(file) {
  if (process.platform === "win32") return;
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    // not there (yet); nothing to protect
  }
}

/** The Office dev certificate if it already exists and is valid for another day; never installs. */
function existingOfficeCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  try {
    const cert = fs.readFileSync(path.join(dir, "localhost.crt"));
    const key = fs.readFileSync(path.join(dir, "localhost.key"));
    const ca = fs.readFileSync(path.join(dir, "ca.crt"));
    if (Date.parse(new X509Certificate(cert).validTo) < Date.now() + 24 * 3600 * 1000)
      return undefined;
    ownerOnly(path.join(dir, "localhost.key"));
    return { ca, cert, key };
  } catch {
    return undefined;
  }
}

async function httpsServer() {
  if (process.platform === "linux") {
    const options = existingOfficeCertificate();
    return options ? { type: "https", options } : { type: "https" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    ownerOnly(path.join(os.homedir(), ".office-addin-dev-certs", "localhost.key"));
    return { type: "https", options };
  } catch {
    return { type: "https" };
  }
}

/** webpack-dev-server keeps its self-signed certificate (key included) in this folder. */
function protectSelfSignedCertificate(root) {
  const dir = path.join(root, "node_modules", ".cache", "webpack-dev-server");
  if (process.platform === "win32") return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  ownerOnly(path.join(dir, "server.pem"));
}

/** The devServer section of the webpack configuration. */
async function devServer({ root, port, staticDir }) {
  protectSelfSignedCertificate(root);
  return {
    host: "localhost",
    port,
    server: await httpsServer(),
    headers: corsHeaders,
    static: [
      {
        directory: staticDir,
        publicPath: "/",
        serveIndex: false,
        watch: false,
        staticOptions: { redirect: false },
      },
    ],
    client: false,
    hot: false,
    liveReload: false,
    webSocketServer: false,
    setupMiddlewares: (middlewares) => [
      {
        name: "eco-no-internal-pages",
        middleware: (req, res, next) => {
          if (!isInternalPath(req.url)) return next();
          res.statusCode = 404;
          res.end("Not found");
        },
      },
      ...middlewares,
    ],
    onListening: () => protectSelfSignedCertificate(root),
  };
}

module.exports = { devServer, corsHeaders, isInternalPath, OFFICE_ORIGIN };

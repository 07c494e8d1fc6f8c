// Where the add-in is hosted: one URL, validated once, applied to every URL in the manifest.
const { releaseIdentity } = require("./identity");
const DEV_ORIGIN_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com";

/** A host URL that can't be used; the message is meant for the person who typed it. */
class HostUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "HostUrlError";
  }
}

/** The URL as it may be shown: never with a password (or user name) in it. */
function shown(text) {
  return JSON.stringify(text.replace(/\/\/[^/?#]*@/, "//…@"));
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// Letters, digits and hyphens in dot-separated labels (internationalised names arrive here in
// their xn-- form): nothing that could end a Content-Security-Policy source or an XML attribute.
const HOST_NAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

// Names that mean "this computer" by convention rather than by DNS: RFC 6761 reserves localhost
// and every name under .localhost, and the /etc/hosts of Debian, Ubuntu, Fedora and RHEL map these
// to 127.0.0.1 or ::1 (ip6-allnodes and ip6-allrouters are loopback multicast groups there).
const LOOPBACK_NAMES = new Set([
  "localhost",
  "localhost.localdomain",
  "localhost4",
  "localhost4.localdomain4",
  "localhost6",
  "localhost6.localdomain6",
  "ip6-localhost",
  "ip6-loopback",
  "ip6-allnodes",
  "ip6-allrouters",
  "ip6-localnet",
  "ip6-mcastprefix",
]);

/** Whether `hostname` (lower case, no final dot) names this computer by convention. */
function loopbackName(hostname) {
  return LOOPBACK_NAMES.has(hostname) || hostname.endsWith(".localhost");
}

/** The longest host name DNS carries (RFC 1035: 255 octets on the wire, 253 written). */
const MAX_HOST_NAME = 253;
/** The longest label between two dots (RFC 1035). */
const MAX_LABEL = 63;

/** Why a browser or Office can't load the add-in from this host name, or undefined. */
function unusableHost(hostname, release) {
  if (hostname.startsWith("["))
    return "an IPv6 address can't be listed in the add-in's Content-Security-Policy; give the server a host name";
  if (hostname.endsWith("."))
    return `write the host name without the final dot (${hostname.slice(0, -1)})`;
  const ip = IPV4.exec(hostname);
  if (ip) {
    const [a, b] = [Number(ip[1]), Number(ip[2])];
    if (a === 0) return `${hostname} is not an address a browser can load from`;
    if (a >= 224) return `${hostname} is a multicast or reserved address, not a server`;
    if (a === 169 && b === 254)
      return `${hostname} is a link-local address, which changes from network to network`;
    if (release && a === 127)
      return `${hostname} is this computer (the dev server's address); participants can't reach it. Use npm start for that`;
    return undefined;
  }
  if (hostname.length > MAX_HOST_NAME)
    return `the host name is ${hostname.length} characters long; DNS allows at most ${MAX_HOST_NAME}`;
  const long = hostname.split(".").find((label) => label.length > MAX_LABEL);
  if (long !== undefined)
    return `the part ${JSON.stringify(long.length > 20 ? `${long.slice(0, 20)}…` : long)} of the host name is ${long.length} characters long; DNS allows at most ${MAX_LABEL} between two dots`;
  if (!HOST_NAME.test(hostname))
    return `the host name ${JSON.stringify(hostname)} may hold only letters, digits, hyphens and dots`;
  if (release && loopbackName(hostname))
    return `${hostname} is this computer (the dev server's address); participants can't reach it. Use npm start for that`;
  return undefined;
}

/**
 * Checks the URL the add-in is served from and returns it normalised, ending in "/". `label` names
 * where it came from in messages (ECO_HOST_URL, --host). A `release` (npm run package) is for
 * other people's Excel, so this computer's own addresses are refused there too. Never puts a
 * password into a message, and refuses URLs that carry one: the manifest and the function
 * metadata are public files.
 */
function hostUrl(raw, { label = "ECO_HOST_URL", release = false } = {}) {
  const text = String(raw ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new HostUrlError(
      `${label} must be an absolute URL such as https://eco.example.com/addin/; got ${shown(text)}`
    );
  }
  if (url.username || url.password)
    throw new HostUrlError(
      `${label} must not contain a user name or password (they would be written into the manifest and the function metadata, which every participant downloads); give the URL without "user:password@"`
    );
  if (url.protocol !== "https:")
    throw new HostUrlError(
      `${label} must use https:// (Office loads add-ins only over HTTPS); got ${shown(text)}`
    );
  if (url.search || url.hash || /[?#]/.test(url.href))
    throw new HostUrlError(
      `${label} must not have a query (?…) or fragment (#…): the add-in's file names are appended to it; got ${shown(text)}`
    );
  if (url.port === "0")
    throw new HostUrlError(
      `${label}: port 0 is not a port a server can be reached on; give the server's port (or none for 443); got ${shown(text)}`
    );
  const problem = unusableHost(url.hostname, release);
  if (problem) throw new HostUrlError(`${label}: ${problem}; got ${shown(text)}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Text made safe for an XML attribute or element. */
function xmlEscape(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The first comment of manifest.xml describes the development manifest; a release says what it is. */
const DEV_COMMENT = /<!--(?:(?!-->)[^])*Development manifest(?:(?!-->)[^])*-->/;
// No "--" inside: XML comments may not contain it.
const RELEASE_COMMENT = `<!-- ECO after-sales ecosystem planning add-in. Built for one host: every URL in this manifest
     points to the server the add-in's files were built for (see docs/WORKSHOP.md). Hand out this
     manifest with that build only. -->`;

/**
 * Whether a build for `host` (a validated hostUrl) is the development add-in: the dev server, on
 * any port (ECO_DEV_PORT). Its manifest keeps the development identity (identity.js), and its pane
 * writes ECO formulas in the development namespace (webpack.config.js).
 */
function isDevelopmentHost(host) {
  return new URL(host).hostname === "localhost";
}

/**
 * Points every URL of the development manifest at `host` (a validated hostUrl), escaped for XML,
 * and, for any host but the dev server, replaces the development comment and the development
 * identity (Id, display name, namespace: identity.js) with the release ones.
 */
function rewriteManifest(xml, host) {
  if (host === DEV_ORIGIN_URL) return xml;
  if (!DEV_COMMENT.test(xml))
    throw new Error("manifest.xml no longer starts with its 'Development manifest' comment");
  const origin = new URL(host).origin;
  // The dev server on another port (ECO_DEV_PORT) still serves a development manifest.
  const development = isDevelopmentHost(host);
  return (development ? xml : releaseIdentity(xml))
    .replace(DEV_COMMENT, (comment) => (development ? comment : RELEASE_COMMENT))
    .split(DEV_ORIGIN_URL)
    .join(xmlEscape(host))
    .replace(
      /<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g,
      `<AppDomain>${xmlEscape(origin)}</AppDomain>`
    );
}

/**
 * The add-in's own origin and the Office.js CDN; nothing else. Outside Excel, office.js also tries
 * to open a hidden telemetry frame on another Microsoft host; that frame is blocked on purpose: the
 * add-in sends nothing to any host but its own and the CDN.
 *
 * Styles allow 'unsafe-inline': in Excel on the web, office.js (excel-web-16.00.js) sets style
 * attributes once the host has answered its handshake, and a style-src without 'unsafe-inline'
 * refuses them (office-js #1687; test/security/officeWebCsp.test.ts reproduces it with the real
 * office.js). Inline styles cannot run code. Scripts stay strict: no 'unsafe-inline', no
 * 'unsafe-eval', no inline handlers.
 */
function contentSecurityPolicy(host) {
  const self = `'self' ${new URL(host).origin}`;
  return [
    `default-src ${self}`,
    `script-src ${self} ${OFFICE_JS_CDN}`,
    `style-src ${self} 'unsafe-inline' ${OFFICE_JS_CDN}`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    `connect-src ${self} ${OFFICE_JS_CDN}`,
    `frame-src ${self} ${OFFICE_JS_CDN}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'none'`,
  ].join("; ");
}

/**
 * Whether a built file still names the development server (https://localhost:3000 or any other
 * port or path on the name localhost): a release whose build did not apply its host. A host name
 * that merely begins with "localhost" (localhost.example.org) is not this computer.
 */
function mentionsDevServer(text) {
  return /\/\/localhost(?![a-z0-9.-])/i.test(text);
}

module.exports = {
  hostUrl,
  mentionsDevServer,
  HostUrlError,
  rewriteManifest,
  isDevelopmentHost,
  xmlEscape,
  contentSecurityPolicy,
  DEV_ORIGIN_URL,
  OFFICE_JS_CDN,
};

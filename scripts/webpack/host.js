// Where the add-in is hosted: one URL, validated once, applied to every URL in the manifest.
const DEV_ORIGIN_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com";

function hostUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ECO_HOST_URL must be an absolute URL such as https://example.com/eco/ (got "${raw}")`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ECO_HOST_URL must use https:// (Office loads add-ins only over HTTPS); got "${raw}"`
    );
  }
  if (url.search || url.hash)
    throw new Error(`ECO_HOST_URL must not have a query or fragment (got "${raw}")`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every URL of the development manifest at `host` (a validated hostUrl). */
function rewriteManifest(xml, host) {
  const origin = new URL(host).origin;
  return xml
    .split(DEV_ORIGIN_URL)
    .join(host)
    .replace(
      /<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g,
      `<AppDomain>${origin}</AppDomain>`
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

module.exports = { hostUrl, rewriteManifest, contentSecurityPolicy, DEV_ORIGIN_URL, OFFICE_JS_CDN };

// What `npm run check-host` checks, each check one PASS/FAIL line: the release's files on the
// host (every file of the zip, byte for byte, and every URL of the manifest), the content types
// Office and browsers need, the certificate, the CORS header Excel on the web needs on the
// function metadata, and the Office.js CDN.
import { createHash } from "node:crypto";
import { certificate, get } from "./fetch.mjs";

/** The origin Excel on the web fetches functions.json from. */
export const EXCEL_WEB_ORIGIN = "https://excel.officeapps.live.com";
/** The Office.js the task pane loads (ECO_OFFICE_JS_URL overrides it, e.g. for a mirror or a test). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The content type a file must be served with, by ending; others are not checked. */
const CONTENT_TYPES = [
  { ending: ".json", type: "application/json" },
  {
    ending: ".xlsx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
];

const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");
const size = (n) => (n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`);

/** A check's result: `ok`, what was checked, and what was found. */
const line = (ok, what, found) => ({ ok, what, found });

/** What to do about a certificate the check refused, by its error code. */
function certificateFix(code, hostname) {
  switch (code) {
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
      return "serve a certificate from a CA every attendee's machine trusts (a public one such as Let's Encrypt, or your organisation's)";
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
      return "if it is your organisation's CA, it must be in the certificate store of every attendee's machine (and of this one); otherwise serve a certificate from a public CA";
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
      return "configure the server to send the full chain (the certificate followed by its intermediate CA certificates); if your organisation's CA signed it, that CA must be in the certificate store of every attendee's machine (and of this one)";
    case "CERT_HAS_EXPIRED":
      return "renew the certificate";
    case "CERT_NOT_YET_VALID":
      return "check this machine's clock and the certificate's start date";
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return `serve a certificate whose names include ${hostname}`;
    default:
      return "";
  }
}

/** Semantic versions compared part by part: negative when `a` is older than `b`. */
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The version in a manifest's <Version>, as x.y.z (the fourth part dropped), or undefined. */
export function manifestVersion(xml) {
  return /<Version>\s*(\d+\.\d+\.\d+)(?:\.\d+)?\s*<\/Version>/.exec(xml)?.[1];
}

/** `paths` named in one line: the first few, then how many more. */
const some = (paths) =>
  paths.length <= 3
    ? paths.join(", ")
    : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;

/**
 * Every check, in the order printed.
 * @param {{ base: string, files: Map<string, Buffer> | undefined, filesProblem?: string,
 *   manifestUrls: string[], manifestProblem?: string, manifestVersion?: string,
 *   manifestShown?: string, officeJsUrl: string }} release
 *   `base`: the URL the release is served from (ends in "/"); `files`: the release's files (path →
 *   bytes) from its zip; `manifestUrls`: every URL in the manifest handed out, `manifestVersion`
 *   its version and `manifestShown` its file as the user named it.
 * @returns {Promise<{ ok: boolean, what: string, found: string }[]>}
 */
export async function checkHost(release) {
  const { base } = release;
  const results = [];
  const { origin, hostname, protocol } = new URL(base);

  if (protocol !== "https:") {
    // Every file line would fail for this one reason (or pass over a connection Office never
    // makes): said once, with the fix, and the host is not checked further.
    const https = new URL(base);
    https.protocol = "https:";
    results.push(
      line(
        false,
        "HTTPS",
        `${base} is not https://: Office loads add-ins only over HTTPS, so the host's files were not checked. Serve the release over HTTPS and check the URL the release was built for: npm run check-host -- ${https.href}`
      )
    );
    results.push(await officeJsLine(release.officeJsUrl));
    return results;
  }

  const cert = await certificate(origin);
  // A certificate this machine refuses fails its own line, once; the files are then read without
  // trusting it, so that what else is wrong with the upload still shows. A host that presents no
  // certificate at all (it can't be reached, or does not speak HTTPS) is not checked further.
  const reachable = cert.presented === true;
  if (cert.ok)
    results.push(
      line(
        true,
        "certificate",
        `trusted by this machine, for ${cert.subject || hostname}, issued by ${cert.issuer || "?"}, valid until ${cert.validTo}`
      )
    );
  else {
    const fix = certificateFix(cert.code, hostname);
    results.push(
      line(
        false,
        "certificate",
        `${cert.error}${cert.subject ? ` (for ${cert.subject}, issued by ${cert.issuer || "?"})` : ""}${fix ? `. Fix: ${fix}` : ""}${reachable ? ". The files below were read without trusting it, to check them anyway" : `. The host's files were not checked`}`
      )
    );
  }
  if (!reachable) {
    results.push(await officeJsLine(release.officeJsUrl));
    return results;
  }
  const trust = cert.ok ? {} : { trustAnyCertificate: true };

  // Every file of the release, and every file the manifest names (the same ones, if all is well).
  const paths = new Set(release.files ? [...release.files.keys()] : []);
  for (const u of release.manifestUrls) {
    if (!u.startsWith(base)) continue;
    const path = decodeURI(new URL(u).pathname).slice(decodeURI(new URL(base).pathname).length);
    if (path) paths.add(path);
  }
  paths.add("manifest.xml"); // the host's own manifest says which version it serves
  const answers = new Map();
  for (const path of [...paths].sort()) {
    const url = new URL(path.split("/").map(encodeURIComponent).join("/"), base).href;
    answers.set(path, await get(url, {}, trust));
  }
  const served = answers.get("manifest.xml");
  const hostVersion =
    served && !served.error && served.status === 200
      ? manifestVersion(served.body.toString("utf8"))
      : undefined;
  const handedOut = release.manifestVersion;
  const order = hostVersion && handedOut ? compareVersions(handedOut, hostVersion) : 0;
  // A handed-out manifest older than what the host serves: the files differ from the old zip
  // because the upload is newer, not wrong; said once, and the files are not compared with it.
  const compareBytes = order >= 0;

  if (release.manifestProblem) results.push(line(false, "manifest", release.manifestProblem));
  else if (order < 0)
    results.push(
      line(
        false,
        "manifest",
        `${release.manifestShown ?? "the manifest handed out"} is version ${handedOut}, older than the ${hostVersion} this host serves: hand out the manifest of ${hostVersion} (npm run package writes it beside eco-addin-${hostVersion}.zip). The files were checked only for being there, not against the ${handedOut} zip`
      )
    );
  else if (order > 0)
    results.push(
      line(
        false,
        "manifest",
        `${release.manifestShown ?? "the manifest handed out"} is version ${handedOut}, but this host serves ${hostVersion}: upload eco-addin-${handedOut}.zip (the files below that differ are the older upload's)`
      )
    );
  else {
    const elsewhere = release.manifestUrls.filter((u) => !u.startsWith(base) && u !== origin);
    results.push(
      line(
        elsewhere.length === 0,
        "manifest",
        elsewhere.length === 0
          ? `its ${release.manifestUrls.length} URLs are all on ${base}`
          : `points elsewhere than ${base}: ${elsewhere.slice(0, 3).join(", ")}; hand out the manifest built for this URL`
      )
    );
  }

  if (!release.files)
    results.push(
      line(false, "release files", release.filesProblem ?? "the release's zip was not found")
    );

  // Files that failed for one and the same network reason share one line.
  const byError = new Map();
  for (const path of [...paths].sort()) {
    const reply = answers.get(path);
    if (path === "manifest.xml" && !release.files?.has(path) && !reply.error) continue;
    if (reply.error) {
      byError.set(reply.error, [...(byError.get(reply.error) ?? []), path]);
      continue;
    }
    results.push(fileLine(path, reply, compareBytes ? release.files?.get(path) : undefined));
  }
  for (const [error, failed] of byError)
    results.push(
      line(
        false,
        failed.length === 1 ? failed[0] : `${failed.length} files (${some(failed)})`,
        error
      )
    );

  for (const path of [...paths].sort()) {
    const rule = CONTENT_TYPES.find((c) => path.toLowerCase().endsWith(c.ending));
    const reply = answers.get(path);
    if (!rule || !reply || reply.error || reply.status !== 200) continue;
    const type = String(reply.headers["content-type"] ?? "")
      .split(";")[0]
      .trim()
      .toLowerCase();
    results.push(
      line(
        type === rule.type,
        `content type ${path}`,
        type === rule.type
          ? type
          : `${type || "none"}, not ${rule.type}: add the type for ${rule.ending} to the server's MIME types`
      )
    );
  }

  for (const path of ["functions.json", "functions.zh-CN.json"]) {
    if (!paths.has(path)) continue;
    const reply = await get(new URL(path, base).href, { Origin: EXCEL_WEB_ORIGIN }, trust);
    const allowed = reply.error ? undefined : reply.headers["access-control-allow-origin"];
    const ok = allowed === "*" || allowed === EXCEL_WEB_ORIGIN;
    results.push(
      line(
        ok,
        `CORS ${path}`,
        reply.error
          ? reply.error
          : ok
            ? `Access-Control-Allow-Origin: ${allowed} (Excel on the web can read it)`
            : `${allowed === undefined ? "no Access-Control-Allow-Origin header" : `Access-Control-Allow-Origin: ${allowed}`} for Origin ${EXCEL_WEB_ORIGIN}: in Excel on the web the ECO functions will never register. Make the server send Access-Control-Allow-Origin: *`
      )
    );
  }

  results.push(await officeJsLine(release.officeJsUrl));
  return results;
}

/** The Office.js CDN's line: the task pane loads Office.js from it, so the venue must reach it. */
async function officeJsLine(officeJsUrl) {
  const cdn = await get(officeJsUrl);
  const cdnOk = !cdn.error && cdn.status === 200 && cdn.body.length > 0;
  const isolated =
    "; the task pane cannot start without it (the venue's network must reach it: on a network without internet access this line always fails, as the task pane would)";
  return line(
    cdnOk,
    "Office.js CDN",
    cdn.error
      ? `${officeJsUrl}: ${cdn.error}${isolated}`
      : cdnOk
        ? `${officeJsUrl} answers (${size(cdn.body.length)})`
        : `${officeJsUrl} answers ${cdn.status}; the task pane cannot start without it`
  );
}

/** The line for one file: served with 200, and the release's own bytes (not an older upload). */
function fileLine(path, reply, expected) {
  if (reply.error) return line(false, path, reply.error);
  if (reply.status !== 200) {
    const where = reply.headers.location ? ` to ${reply.headers.location}` : "";
    return line(
      false,
      path,
      reply.status === 404
        ? "404 not found: the upload is missing this file"
        : `${reply.status}${where}: the host must answer 200 with the file itself`
    );
  }
  if (expected && sha(expected) !== sha(reply.body))
    return line(
      false,
      path,
      `200, but ${size(reply.body.length)} that differ from the release's ${size(expected.length)} (an older or partial upload?)`
    );
  return line(
    true,
    path,
    `200, ${size(reply.body.length)}${expected ? ", the release's own" : ""}`
  );
}

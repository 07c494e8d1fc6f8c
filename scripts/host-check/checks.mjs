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

/**
 * Every check, in the order printed.
 * @param {{ base: string, files: Map<string, Buffer> | undefined, filesProblem?: string,
 *   manifestUrls: string[], manifestProblem?: string, officeJsUrl: string }} release
 *   `base`: the URL the release is served from (ends in "/"); `files`: the release's files (path →
 *   bytes) from its zip; `manifestUrls`: every URL in the manifest handed out.
 * @returns {Promise<{ ok: boolean, what: string, found: string }[]>}
 */
export async function checkHost(release) {
  const { base } = release;
  const results = [];
  const origin = new URL(base).origin;

  if (new URL(base).protocol !== "https:")
    results.push(
      line(false, "HTTPS", `${base} is not https://: Office loads add-ins only over HTTPS`)
    );
  else {
    const cert = await certificate(origin);
    results.push(
      line(
        cert.ok,
        "certificate",
        cert.ok
          ? `trusted by this machine, for ${cert.subject || new URL(base).hostname}, issued by ${cert.issuer || "?"}, valid until ${cert.validTo}`
          : `${cert.error}${cert.subject ? ` (for ${cert.subject}, issued by ${cert.issuer || "?"})` : ""}`
      )
    );
  }

  if (release.manifestProblem) results.push(line(false, "manifest", release.manifestProblem));
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

  // Every file of the release, and every file the manifest names (the same ones, if all is well).
  const paths = new Set(release.files ? [...release.files.keys()] : []);
  for (const u of release.manifestUrls) {
    if (!u.startsWith(base)) continue;
    const path = decodeURI(new URL(u).pathname).slice(decodeURI(new URL(base).pathname).length);
    if (path) paths.add(path);
  }
  if (!release.files)
    results.push(
      line(false, "release files", release.filesProblem ?? "the release's zip was not found")
    );

  const answers = new Map();
  for (const path of [...paths].sort()) {
    const url = new URL(path.split("/").map(encodeURIComponent).join("/"), base).href;
    const reply = await get(url);
    answers.set(path, reply);
    results.push(fileLine(path, reply, release.files?.get(path)));
  }

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
    const reply = await get(new URL(path, base).href, { Origin: EXCEL_WEB_ORIGIN });
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

  const cdn = await get(release.officeJsUrl);
  const cdnOk = !cdn.error && cdn.status === 200 && cdn.body.length > 0;
  results.push(
    line(
      cdnOk,
      "Office.js CDN",
      cdn.error
        ? `${release.officeJsUrl}: ${cdn.error}; the task pane cannot start without it (the venue network must reach it)`
        : cdnOk
          ? `${release.officeJsUrl} answers (${size(cdn.body.length)})`
          : `${release.officeJsUrl} answers ${cdn.status}; the task pane cannot start without it`
    )
  );
  return results;
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

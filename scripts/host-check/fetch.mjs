// One GET, as the venue's machine would make it: certificates checked against the certificate store
// the process was started with (scripts/check-host.mjs starts itself on the system's store; plus
// NODE_EXTRA_CA_CERTS), no redirect followed (a redirect to a sign-in page is a failure to report,
// not a file), and bounded: an answer is read up to MAX_BYTES and for at most TOTAL_MS, so a host
// that streams without end costs neither the memory nor the time of the machine checking it.
// Never throws: a failure is a `{ error }`.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { connect } from "node:tls";
import { isIP } from "node:net";

/** Silence after which a connection or an answer is given up. */
const TIMEOUT_MS = 15_000;
/** The most of one answer that is read: far above any file of ECO's release or office.js. */
export const MAX_BYTES = 32 * 1024 * 1024;
/** The longest one request may take, answer included, however steadily the host keeps sending. */
export const TOTAL_MS = 60_000;

const mb = (bytes) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * GETs `url`; resolves to { status, headers, body (a Buffer) } or { error: "one sentence" }.
 * `limits` (tests): `maxBytes` (MAX_BYTES), `totalMs` (TOTAL_MS), `trustAnyCertificate` (read the
 * file although its certificate is refused, once the certificate check has said so).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @param {{ maxBytes?: number, totalMs?: number, trustAnyCertificate?: boolean }} [limits]
 */
export function get(url, headers = {}, limits = {}) {
  const maxBytes = limits.maxBytes ?? MAX_BYTES;
  const totalMs = limits.totalMs ?? TOTAL_MS;
  return new Promise((resolve) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      resolve({ error: `${url} is not a URL` });
      return;
    }
    let settled = false;
    let timer;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    /** Stops reading (the socket is closed, what was read is dropped) and reports `error`. */
    const stop = (error) => {
      settle({ error });
      req.destroy();
    };
    const request = parsed.protocol === "http:" ? httpRequest : httpsRequest;
    const req = request(
      parsed,
      {
        method: "GET",
        headers,
        timeout: TIMEOUT_MS,
        agent: false,
        ...(limits.trustAnyCertificate ? { rejectUnauthorized: false } : {}),
      },
      (res) => {
        const declared = Number(res.headers["content-length"]);
        if (declared > maxBytes) {
          stop(tooLarge(maxBytes, `it announces ${mb(declared)}`));
          return;
        }
        const chunks = [];
        let length = 0;
        res.on("data", (c) => {
          length += c.length;
          if (length > maxBytes) stop(tooLarge(maxBytes, "it kept sending"));
          else chunks.push(c);
        });
        res.on("end", () =>
          settle({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          })
        );
        res.on("error", (e) => settle({ error: describeNetworkError(e) }));
      }
    );
    timer = setTimeout(
      () =>
        stop(
          `no complete answer within ${Math.round(totalMs / 1000)} s (check-host stopped waiting; a slow network or a host that never ends its answer)`
        ),
      totalMs
    );
    req.on("timeout", () =>
      req.destroy(Object.assign(new Error("no answer"), { code: "ETIMEDOUT" }))
    );
    req.on("error", (e) => settle({ error: describeNetworkError(e) }));
    req.end();
  });
}

/** The sentence for an answer cut off at `maxBytes`. */
function tooLarge(maxBytes, how) {
  return `the answer is larger than ${mb(maxBytes)} (${how}); check-host stopped reading it (no file of the release, nor Office.js, is that large: the host is not serving the file itself)`;
}

/**
 * The certificate `origin` (https://host[:port]) presents, checked as a browser would: trusted
 * chain, the host's name, dates. Resolves to { ok, presented, subject, issuer, validTo, code, error }:
 * `presented` is false when the connection failed before any certificate was presented.
 */
export function certificate(origin) {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(origin);
    const host = hostname.replace(/^\[|\]$/g, "");
    const socket = connect({
      host,
      port: Number(port || 443),
      ...(isIP(host) ? {} : { servername: host }),
      // the handshake completes whatever the certificate, so that it can be described; whether it
      // is trusted is socket.authorized, checked against the same store as get()'s requests
      rejectUnauthorized: false,
      timeout: TIMEOUT_MS,
    });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.on("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      const facts = {
        presented: true,
        subject: cert?.subject?.CN ?? "",
        issuer: cert?.issuer?.O ?? cert?.issuer?.CN ?? "",
        validTo: cert?.valid_to ?? "",
      };
      if (socket.authorized) done({ ok: true, ...facts });
      else
        done({
          ok: false,
          ...facts,
          code: errorCode(socket.authorizationError),
          error: describeNetworkError(socket.authorizationError),
        });
    });
    socket.on("timeout", () =>
      done({ ok: false, code: "ETIMEDOUT", error: describeNetworkError({ code: "ETIMEDOUT" }) })
    );
    socket.on("error", (e) =>
      done({ ok: false, code: errorCode(e), error: describeNetworkError(e) })
    );
  });
}

/** The code of a network or certificate error (its text if it has none). */
const errorCode = (e) => (e && typeof e === "object" && "code" in e ? String(e.code) : String(e));

/** A network or certificate error in the words of someone checking a host. */
export function describeNetworkError(e) {
  const code = errorCode(e);
  const known = {
    ECONNREFUSED: "the connection was refused (nothing listens there)",
    ENOTFOUND: "the host name is not known on this network (DNS)",
    EAI_AGAIN: "the host name could not be looked up (DNS)",
    ETIMEDOUT: "no answer within 15 s (a firewall, or the host is down)",
    ECONNRESET: "the connection was reset (a proxy or firewall may block it)",
    DEPTH_ZERO_SELF_SIGNED_CERT: "the certificate is self-signed: Office refuses it",
    SELF_SIGNED_CERT_IN_CHAIN: "the certificate's chain ends in a CA this machine does not trust",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE:
      "the certificate's chain is incomplete or its CA is not trusted here (serve the full chain)",
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
      "the certificate's CA is not trusted on this machine (serve the full chain)",
    CERT_HAS_EXPIRED: "the certificate has expired",
    CERT_NOT_YET_VALID: "the certificate is not valid yet (check the clocks)",
    ERR_TLS_CERT_ALTNAME_INVALID: "the certificate is for another host name",
    EPROTO: "the server does not speak HTTPS on that port",
  };
  return known[code] ?? (e instanceof Error ? e.message : code);
}

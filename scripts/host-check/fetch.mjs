// One GET, as the venue's machine would make it: certificates checked against the machine's trust
// store (and NODE_EXTRA_CA_CERTS), no redirect followed (a redirect to a sign-in page is a failure
// to report, not a file), a time limit. Never throws: a failure is a `{ error }`.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { connect } from "node:tls";
import { isIP } from "node:net";

const TIMEOUT_MS = 15_000;

/**
 * GETs `url`; resolves to { status, headers, body (a Buffer) } or { error: "one sentence" }.
 * @param {string} url
 * @param {Record<string, string>} [headers]
 */
export function get(url, headers = {}) {
  return new Promise((resolve) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      resolve({ error: `${url} is not a URL` });
      return;
    }
    const request = parsed.protocol === "http:" ? httpRequest : httpsRequest;
    const req = request(
      parsed,
      { method: "GET", headers, timeout: TIMEOUT_MS, agent: false },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          })
        );
        res.on("error", (e) => resolve({ error: describeNetworkError(e) }));
      }
    );
    req.on("timeout", () =>
      req.destroy(Object.assign(new Error("no answer"), { code: "ETIMEDOUT" }))
    );
    req.on("error", (e) => resolve({ error: describeNetworkError(e) }));
    req.end();
  });
}

/**
 * The certificate `origin` (https://host[:port]) presents, checked as a browser would: trusted
 * chain, the host's name, dates. Resolves to { ok, subject, issuer, validTo, error }.
 */
export function certificate(origin) {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(origin);
    const host = hostname.replace(/^\[|\]$/g, "");
    const socket = connect({
      host,
      port: Number(port || 443),
      ...(isIP(host) ? {} : { servername: host }),
      timeout: TIMEOUT_MS,
    });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.on("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      const facts = {
        subject: cert?.subject?.CN ?? "",
        issuer: cert?.issuer?.O ?? cert?.issuer?.CN ?? "",
        validTo: cert?.valid_to ?? "",
      };
      if (socket.authorized) done({ ok: true, ...facts });
      else done({ ok: false, ...facts, error: describeNetworkError(socket.authorizationError) });
    });
    socket.on("timeout", () => done({ ok: false, error: "no answer within 15 s" }));
    socket.on("error", (e) => done({ ok: false, error: describeNetworkError(e) }));
  });
}

/** A network or certificate error in the words of someone checking a host. */
export function describeNetworkError(e) {
  const code = e && typeof e === "object" && "code" in e ? String(e.code) : String(e);
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

/** Reading what the built pages and scripts let a browser load. */

export type Policy = ReadonlyMap<string, readonly string[]>;

/** Attributes of every `<tag ...>` in an HTML document (quoted or unquoted values, as minified HTML has). */
export function tags(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const lower = html.toLowerCase();
  let i = lower.indexOf(`<${tag}`);
  while (i >= 0) {
    const after = lower.charAt(i + tag.length + 1);
    if (after === " " || after === ">" || after === "/" || after === "\n" || after === "\t") {
      const attrs: Record<string, string> = {};
      let p = i + tag.length + 1;
      for (;;) {
        while (" \n\t\r/".includes(html.charAt(p)) && p < html.length) p++;
        if (html.charAt(p) === ">" || p >= html.length) break;
        let name = "";
        while (p < html.length && !" \n\t\r=>/".includes(html.charAt(p))) name += html.charAt(p++);
        let value = "";
        if (html.charAt(p) === "=") {
          p++;
          const q = html.charAt(p);
          if (q === '"' || q === "'") {
            const end = html.indexOf(q, p + 1);
            value = html.slice(p + 1, end);
            p = end + 1;
          } else {
            while (p < html.length && !" \n\t\r>".includes(html.charAt(p)))
              value += html.charAt(p++);
          }
        }
        attrs[name.toLowerCase()] = value
          .split("&amp;")
          .join("&")
          .split("&quot;")
          .join('"')
          .split("&#39;")
          .join("'");
      }
      out.push(attrs);
    }
    i = lower.indexOf(`<${tag}`, i + 1);
  }
  return out;
}

/** The Content-Security-Policy a page sets with <meta http-equiv>, as directive → sources. */
export function metaPolicy(html: string): { policy: Policy; raw: string } | undefined {
  const meta = tags(html, "meta").find(
    (m) => (m["http-equiv"] ?? "").toLowerCase() === "content-security-policy"
  );
  if (!meta) return undefined;
  const raw = meta["content"] ?? "";
  const policy = new Map<string, string[]>();
  for (const part of raw.split(";")) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    const [name, ...sources] = words;
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return { policy, raw };
}

/** Absolute http(s) URLs written anywhere in a text file. */
export function absoluteUrls(text: string): string[] {
  const out: string[] = [];
  for (const scheme of ["http://", "https://"]) {
    let i = text.indexOf(scheme);
    while (i >= 0) {
      let end = i + scheme.length;
      while (end < text.length && !" \n\t\"'`<>)\\;,".includes(text.charAt(end))) end++;
      out.push(text.slice(i, end));
      i = text.indexOf(scheme, end);
    }
  }
  return out;
}

/** Dynamic code execution a CSP without 'unsafe-eval' would block (and we must not ship). */
export function dynamicCode(js: string): string[] {
  const found: string[] = [];
  const isIdent = (c: string) => /[A-Za-z0-9_$]/.test(c);
  const scan = (needle: string, label: string, ok?: (rest: string) => boolean) => {
    let i = js.indexOf(needle);
    while (i >= 0) {
      const before = js.charAt(i - 1);
      const rest = js.slice(i + needle.length).trimStart();
      if (!isIdent(before) && before !== "." && (!ok || ok(rest)))
        found.push(`${label} at ${i}: ${js.slice(Math.max(0, i - 30), i + 40)}`);
      i = js.indexOf(needle, i + 1);
    }
  };
  scan("eval", "eval(", (rest) => rest.startsWith("("));
  scan("Function", "Function constructor", (rest) => rest.startsWith("("));
  for (const timer of ["setTimeout", "setInterval"]) {
    scan(
      timer,
      `${timer} with a string`,
      (rest) => rest.startsWith("(") && /^\(\s*["'`]/.test(rest)
    );
  }
  // new Function(...) is caught by "Function(" above; so is window.Function? only via ".Function(":
  let j = js.indexOf(".Function(");
  while (j >= 0) {
    found.push(`Function constructor via property at ${j}`);
    j = js.indexOf(".Function(", j + 1);
  }
  return found;
}

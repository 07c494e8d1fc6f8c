/** Writing XML as text: escaping and one element helper. Every part this module writes uses it. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text and attribute values; drops characters XML 1.0 cannot hold. */
export function esc(value: string | number): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * `<name a="1">children</name>`, or `<name a="1"/>` without children. Attributes whose value is
 * undefined are left out; booleans are written 1/0 as OOXML does. Children are already XML.
 */
export function el(
  name: string,
  attrs: Attrs = {},
  ...children: readonly (string | false | undefined)[]
): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(typeof v === "boolean" ? (v ? 1 : 0) : v)}"`)
    .join("");
  const inner = children.filter((c): c is string => typeof c === "string").join("");
  return inner === "" ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}

/** `<name val="v"/>`: the commonest element in a chart part. */
export const val = (name: string, value: string | number | boolean): string =>
  el(name, { val: value });

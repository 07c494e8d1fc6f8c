/**
 * A minimal XML reader for add-in manifests: elements, attributes, text, comments, CDATA, the XML
 * declaration and the five predefined plus numeric entities. No DTDs (a manifest has none; one is
 * rejected). Written by hand, without regular expressions, so the checker needs no XML package
 * (fast-xml-parser is only a deep transitive dependency here). Well-formedness is also checked
 * independently by `xmllint --noout` in check.ts.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (not its descendants'), entities decoded, trimmed. */
  readonly text: string;
}

class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(what: string): never {
    const before = this.src.slice(0, this.pos);
    const line = before.split("\n").length;
    throw new Error(`XML: ${what} at line ${line}`);
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected "${s}"`);
    this.pos += s.length;
  }

  skipUntil(end: string): string {
    const i = this.src.indexOf(end, this.pos);
    if (i < 0) this.fail(`unterminated construct, missing "${end}"`);
    const body = this.src.slice(this.pos, i);
    this.pos = i + end.length;
    return body;
  }

  skipSpace(): void {
    while (this.pos < this.src.length && isSpace(this.src.charAt(this.pos))) this.pos++;
  }

  /** Skips whitespace, comments and processing instructions between elements. */
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith("<!--")) {
        this.pos += 4;
        this.skipUntil("-->");
      } else if (this.startsWith("<?")) {
        this.pos += 2;
        this.skipUntil("?>");
      } else if (this.startsWith("<!DOCTYPE")) {
        this.fail("DOCTYPE is not allowed in a manifest");
      } else return;
    }
  }

  name(): string {
    const start = this.pos;
    while (this.pos < this.src.length && isNameChar(this.src.charAt(this.pos))) this.pos++;
    if (this.pos === start) this.fail("expected a name");
    return this.src.slice(start, this.pos);
  }

  element(): XmlElement {
    this.expect("<");
    const name = this.name();
    const attrs: Record<string, string> = {};
    for (;;) {
      this.skipSpace();
      if (this.startsWith("/>")) {
        this.pos += 2;
        return { name, attrs, children: [], text: "" };
      }
      if (this.startsWith(">")) {
        this.pos += 1;
        break;
      }
      const attr = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.src.charAt(this.pos);
      if (quote !== '"' && quote !== "'") this.fail(`attribute ${attr} needs a quoted value`);
      this.pos++;
      const raw = this.skipUntil(quote);
      if (raw.includes("<")) this.fail(`"<" in the value of ${attr}`);
      if (Object.prototype.hasOwnProperty.call(attrs, attr))
        this.fail(`duplicate attribute ${attr}`);
      attrs[attr] = decode(raw, (m) => this.fail(m));
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`element <${name}> is not closed`);
      if (this.startsWith("</")) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
        this.skipSpace();
        this.expect(">");
        return { name, attrs, children, text: text.trim() };
      }
      if (this.startsWith("<!--")) {
        this.pos += 4;
        this.skipUntil("-->");
      } else if (this.startsWith("<![CDATA[")) {
        this.pos += 9;
        text += this.skipUntil("]]>");
      } else if (this.startsWith("<?")) {
        this.pos += 2;
        this.skipUntil("?>");
      } else if (this.startsWith("<")) {
        children.push(this.element());
      } else {
        const next = this.src.indexOf("<", this.pos);
        const end = next < 0 ? this.src.length : next;
        text += decode(this.src.slice(this.pos, end), (m) => this.fail(m));
        this.pos = end;
      }
    }
  }

  document(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipMisc();
    const root = this.element();
    this.skipMisc();
    if (this.pos < this.src.length) this.fail("content after the root element");
    return root;
  }
}

function isSpace(c: string): boolean {
  return c === " " || c === "\n" || c === "\r" || c === "\t";
}

function isNameChar(c: string): boolean {
  if (c === "" || isSpace(c)) return false;
  return !"<>/=\"'!?&;".includes(c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

function decode(raw: string, fail: (m: string) => never): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf("&", i);
    if (amp < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, amp);
    const semi = raw.indexOf(";", amp);
    if (semi < 0) fail("unterminated entity");
    const ent = raw.slice(amp + 1, semi);
    if (ent.startsWith("#x")) out += String.fromCodePoint(parseInt(ent.slice(2), 16));
    else if (ent.startsWith("#")) out += String.fromCodePoint(parseInt(ent.slice(1), 10));
    else {
      const v = ENTITIES[ent];
      if (v === undefined) fail(`unknown entity &${ent};`);
      out += v;
    }
    i = semi + 1;
  }
  return out;
}

export function parseXml(xml: string): XmlElement {
  return new Reader(xml).document();
}

/** The local part of a prefixed name: "bt:Image" → "Image". */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Every element below `root` (depth first, document order), with its chain of ancestors. */
export function walk(
  root: XmlElement,
  visit: (el: XmlElement, ancestors: readonly XmlElement[]) => void
): void {
  const go = (el: XmlElement, ancestors: XmlElement[]): void => {
    visit(el, ancestors);
    ancestors.push(el);
    for (const c of el.children) go(c, ancestors);
    ancestors.pop();
  };
  go(root, []);
}

export function findAll(
  root: XmlElement,
  pred: (el: XmlElement, ancestors: readonly XmlElement[]) => boolean
): XmlElement[] {
  const out: XmlElement[] = [];
  walk(root, (el, anc) => {
    if (pred(el, anc)) out.push(el);
  });
  return out;
}

export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => localName(c.name) === local);
}

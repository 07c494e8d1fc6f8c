/**
 * The Chinese texts of the add-in's sources, for the typography checks: string and template
 * literals in a catalogue's Chinese declarations (top-level `const zh…` / `ZH`), the elements of
 * an HTML page marked data-lang="zh", and the strings of a JSON file.
 */
import { readFileSync } from "node:fs";

/**
 * Every "…", '…' and `…` literal in a piece of TypeScript. A template literal's ${…} reads as
 * "1", and the literals inside the placeholder are read on their own.
 */
function literals(code: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i] ?? "";
    if (c === "/" && code[i + 1] === "/") {
      i = code.indexOf("\n", i);
      if (i < 0) break;
      continue;
    }
    if (c !== '"' && c !== "'" && c !== "`") {
      i++;
      continue;
    }
    let text = "";
    let j = i + 1;
    while (j < code.length && code[j] !== c) {
      if (code[j] === "\\") {
        text += code[j + 1] ?? "";
        j += 2;
      } else if (c === "`" && code[j] === "$" && code[j + 1] === "{") {
        let depth = 1;
        let k = j + 2;
        while (k < code.length && depth > 0) {
          if (code[k] === "{") depth++;
          else if (code[k] === "}") depth--;
          k++;
        }
        out.push(...literals(code.slice(j + 2, k - 1)));
        text += "1";
        j = k;
      } else text += code[j++];
    }
    out.push(text);
    i = j + 1;
  }
  return out;
}

/** The literals of the top-level declarations whose name starts with zh / ZH. */
export function chineseCatalogueTexts(path: string): string[] {
  const code = readFileSync(path, "utf8");
  const starts = [...code.matchAll(/^(?:export )?(?:const|function|let) (\w+)/gm)].map((m) => ({
    name: m[1] ?? "",
    at: m.index,
  }));
  return starts.flatMap((d, i) =>
    /^zh/i.test(d.name) ? literals(code.slice(d.at, starts[i + 1]?.at ?? code.length)) : []
  );
}

function decodeHtml(s: string): string {
  return s
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** The text of each element marked data-lang="zh" (its own text, tags removed). */
export function chineseHtmlTexts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(\w+)\b[^>]*\bdata-lang="zh"[^>]*>([^]*?)<\/\1>/g))
    out.push(
      ...decodeHtml(m[2] ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
    );
  return out;
}

/** Every string in a JSON document. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

/**
 * The literals of every `zh:` property in a source file (a bilingual table such as
 * `{ en: "…", zh: "…" }` or `zh: (arg) => \`…\``), each read up to the end of its property.
 */
export function chinesePropertyTexts(path: string): string[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const out: string[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\bzh:/g)) {
      let code = line.slice(m.index + 3);
      // An arrow function's body may continue on the next lines, until the property ends.
      for (let k = i + 1; k < lines.length && !/,\s*$|\}\s*,?\s*$/.test(code); k++)
        code += `\n${lines[k] ?? ""}`;
      out.push(...literals(code.replace(/\s*\},?\s*$/, "")));
    }
  });
  return out;
}

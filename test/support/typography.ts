/**
 * Half-width punctuation in a text with Chinese in it: `: ; ? !` and commas that do not group
 * digits, brackets around or next to CJK text (one space in between counts), straight quotes.
 * Allowed: numbers (1,000 and 0.5), codes and names (S18, 1+3+N, Out_NPV), URLs, Excel error
 * codes (#NAME?), brackets of arithmetic (`(1 + 折现率)^年`), and function syntax: a bracket
 * opened right after a code name (`ECO.DATA_ASSET_VALUE(保有量, …)`, `=SUM(…)`) with everything
 * inside it.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export interface PunctuationProblem {
  readonly text: string;
  readonly at: number;
  readonly char: string;
}

/** Spans of function syntax: from a Latin name's "(" to its matching ")". */
function codeSpans(text: string): boolean[] {
  const inCode = new Array<boolean>(text.length).fill(false);
  const open: number[] = [];
  const starts: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") {
      // ECO.DATA_ASSET_VALUE( or Out_NPV( or =SUM(: a name with "." or "_", or after "=".
      const isCall = /([A-Za-z0-9]+[._][A-Za-z0-9_.]*|=[A-Z]+)$/.test(text.slice(0, i));
      open.push(i);
      starts.push(isCall);
    } else if (c === ")") {
      const from = open.pop();
      const call = starts.pop();
      if (from !== undefined && call) for (let k = from; k <= i; k++) inCode[k] = true;
    }
  }
  // URLs and Excel error codes are code too.
  for (const m of text.matchAll(
    /\bhttps?:\/\/\S+|#(NAME\?|VALUE!|N\/A|NUM!|NULL!|DIV\/0!|REF!|BUSY!|SPILL!|CALC!|GETTING_DATA|CONNECT!|BLOCKED!|FIELD!|UNKNOWN!|PYTHON!)/g
  ))
    for (let k = m.index; k < m.index + m[0].length; k++) inCode[k] = true;
  return inCode;
}

function neighbour(text: string, i: number, step: 1 | -1): string {
  let j = i + step;
  if (text[j] === " ") j += step;
  return text[j] ?? "";
}

export function halfWidthProblems(text: string): PunctuationProblem[] {
  if (!CJK.test(text)) return [];
  const code = codeSpans(text);
  const problems: PunctuationProblem[] = [];
  const flag = (at: number): void => {
    problems.push({ text, at, char: text[at] ?? "" });
  };
  const depth: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (code[i]) continue;
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    const touches = CJK.test(before) || CJK.test(after);
    if (c === '"') flag(i);
    // In a Chinese text, `: ; ? !` are Chinese punctuation wherever they stand (no times or
    // ratios are written with them), and so is a comma that does not group digits.
    else if (":;?!".includes(c)) flag(i);
    else if (c === "," && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))) flag(i);
    else if (c === "(") {
      depth.push(i);
    } else if (c === ")") {
      const from = depth.pop();
      const inner = from === undefined ? "" : text.slice(from + 1, i);
      // Brackets of arithmetic stay half-width: (1 + 折现率)^年, (V − 投资) ÷ … — but not an
      // aside that opens right after a Chinese word: 蒸发 2亿(2.8 − 0.72 = 2.08亿).
      const glued = from !== undefined && /[\u3400-\u9fff]/.test(text[from - 1] ?? "");
      const math = !glued && (/[+−×÷=^]/.test(inner) || text[i + 1] === "^");
      const opener = from === undefined ? "" : neighbour(text, from, -1);
      if (!math && (CJK.test(inner) || CJK.test(after) || CJK.test(opener))) {
        if (from !== undefined && !problems.some((p) => p.at === from)) flag(from);
        flag(i);
      }
    }
  }
  return problems;
}

/** A readable line per problem: the text with the character marked. */
export function describeProblem(p: PunctuationProblem, where = ""): string {
  const from = Math.max(0, p.at - 12);
  const snippet = `${p.text.slice(from, p.at)}⟦${p.char}⟧${p.text.slice(p.at + 1, p.at + 13)}`;
  return `${where}${where ? ": " : ""}${snippet}`;
}

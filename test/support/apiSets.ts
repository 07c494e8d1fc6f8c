/**
 * Which Office.js members a set of TypeScript sources uses, which requirement set each belongs to
 * (the `[Api set: …]` tag @types/office-js puts in every member's JSDoc), and whether the pane
 * checks that set before the member can run. The TypeScript compiler's type checker resolves
 * every property access, method call and `load("a,b/c")` path to its declaration, so renaming,
 * aliasing or reformatting the code does not fool it. Guards are recognised as
 * src/taskpane/apiSets.ts describes them:
 * - the `use` callback (4th argument) of a call that resolves to apiSets.ts's `requires`, with
 *   the set and version written as string literals;
 * - a function (declaration, method, or const initialised with an arrow/function) whose JSDoc
 *   has `@requires Set x.y`: inside it that set is covered, and every reference to it must be.
 * What needs no guard: ExcelApi 1.1 (Excel.run itself is ExcelApi 1.1) and the requirement sets
 * the manifest demands (<Requirements><Sets>), read from manifest.xml.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface Requirement {
  readonly set: string;
  readonly version: string;
}
export interface Use {
  /** "src/taskpane/insert.ts:123" */
  readonly at: string;
  /** e.g. "Workbook.insertWorksheetsFromBase64", or "WorksheetProtection.isPasswordProtected (load)" */
  readonly member: string;
  /** null: the declaration has no [Api set] tag (Office's common API). */
  readonly needs: Requirement | null;
  readonly covered: boolean;
  /** What covers it, e.g. "requires ExcelApi 1.12", "@requires ExcelApi 1.13", "baseline". */
  readonly by: string;
}
export interface Analysis {
  readonly uses: readonly Use[];
  /** Uses that are not covered, and guards the analysis cannot read (not literals). */
  readonly problems: readonly string[];
}

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_DTS = path.join("@types", "office-js", "index.d.ts");
const API_SETS_MODULE = path.join(ROOT, "src", "taskpane", "apiSets.ts");

/** ExcelApi 1.1 and the manifest's <Set Name=… MinVersion=…/>. */
export function baseline(manifest = path.join(ROOT, "manifest.xml")): Requirement[] {
  const xml = readFileSync(manifest, "utf8");
  const sets = [...xml.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="([^"]+)"/g)].map((m) => ({
    set: m[1] ?? "",
    version: m[2] ?? "",
  }));
  return [{ set: "ExcelApi", version: "1.1" }, ...sets];
}

const versionKey = (v: string): number[] => v.split(".").map(Number);
export function atLeast(have: string, need: string): boolean {
  const [a = 0, b = 0] = versionKey(have);
  const [c = 0, d = 0] = versionKey(need);
  return a > c || (a === c && b >= d);
}
const covers = (have: readonly Requirement[], need: Requirement): boolean =>
  have.some((h) => h.set === need.set && atLeast(h.version, need.version));

/**
 * The requirement of a declaration: every `[Api set: Set x.y …]` in its JSDoc (remarks and
 * parameters; "1.1 for get, 1.8 for set" counts as 1.8), the highest version of the first set.
 */
function requirementOf(declaration: ts.Declaration): Requirement | null {
  const file = declaration.getSourceFile();
  const docs = ts.getJSDocCommentsAndTags(declaration);
  const text = docs.map((d) => file.text.slice(d.pos, d.end)).join("\n");
  let found: Requirement | null = null;
  for (const m of text.matchAll(/\[Api set:\s*([A-Za-z]+)\s+([^\]]*)\]/g)) {
    const set = m[1] ?? "";
    const versions = [...(m[2] ?? "").matchAll(/\d+\.\d+/g)].map((v) => v[0]);
    for (const version of versions)
      if (found === null || (found.set === set && !atLeast(found.version, version)))
        found = { set, version };
  }
  return found;
}

const isOffice = (d: ts.Declaration): boolean =>
  d.getSourceFile().fileName.endsWith(OFFICE_DTS.split(path.sep).join("/")) ||
  d.getSourceFile().fileName.endsWith(OFFICE_DTS);

/** The strongest requirement among a symbol's Office.js declarations (overloads included). */
function symbolRequirement(symbol: ts.Symbol): { office: boolean; needs: Requirement | null } {
  const decls = (symbol.declarations ?? []).filter(isOffice);
  if (decls.length === 0) return { office: false, needs: null };
  let needs: Requirement | null = null;
  for (const d of decls) {
    const r = requirementOf(d);
    if (
      r !== null &&
      (needs === null || (needs.set === r.set && !atLeast(needs.version, r.version)))
    )
      needs = r;
  }
  return { office: true, needs };
}

function memberName(symbol: ts.Symbol): string {
  const parent = (symbol as ts.Symbol & { parent?: ts.Symbol }).parent;
  return parent ? `${parent.getName()}.${symbol.getName()}` : symbol.getName();
}

/** `@requires ExcelApi 1.13` tags of a function-like declaration (or its const). */
function requiresTags(node: ts.Node): Requirement[] {
  const owner =
    (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
    ts.isVariableDeclaration(node.parent)
      ? node.parent
      : node;
  return ts
    .getJSDocTags(owner)
    .filter((t) => t.tagName.text === "requires")
    .map((t) => {
      const text = ts.getTextOfJSDocComment(t.comment) ?? "";
      const m = /^\s*(\w+)\s+(\d+\.\d+)/.exec(text);
      return m ? { set: m[1] ?? "", version: m[2] ?? "" } : { set: "?", version: text };
    });
}

export function analyse(
  files: readonly string[],
  base: readonly Requirement[] = baseline()
): Analysis {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  );
  const program = ts.createProgram(
    files.map((f) => path.resolve(ROOT, f)),
    config?.options ?? {}
  );
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const problems: string[] = [];

  const resolve = (node: ts.Node): ts.Symbol | undefined => {
    const s = checker.getSymbolAtLocation(node);
    return s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  };
  const isRequiresCall = (call: ts.CallExpression): boolean => {
    const s = resolve(call.expression);
    return (
      s?.getName() === "requires" &&
      (s.declarations ?? []).some(
        (d) => path.resolve(d.getSourceFile().fileName) === API_SETS_MODULE
      )
    );
  };
  /** The function's own @requires tags, when `symbol` is an annotated function. */
  const annotated = (symbol: ts.Symbol): Requirement[] =>
    (symbol.declarations ?? []).flatMap((d) =>
      ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)
        ? requiresTags(d)
        : ts.isVariableDeclaration(d) && d.initializer !== undefined
          ? requiresTags(d.initializer)
          : []
    );

  const where = (node: ts.Node): string => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${path.relative(ROOT, file.fileName)}:${line + 1}`;
  };

  /** What covers `node`: the baseline, enclosing requires(...) callbacks and @requires functions. */
  const coverage = (node: ts.Node): { have: Requirement[]; by: string[] } => {
    const have = [...base];
    const by: string[] = [];
    for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
      if (ts.isFunctionLike(n)) {
        const tags = requiresTags(n);
        have.push(...tags);
        by.push(...tags.map((t) => `@requires ${t.set} ${t.version}`));
        const call: ts.Node = n.parent;
        if (
          (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) &&
          ts.isCallExpression(call) &&
          call.arguments[3] === n &&
          isRequiresCall(call)
        ) {
          const [, set, version] = call.arguments;
          if (set && version && ts.isStringLiteral(set) && ts.isStringLiteral(version)) {
            have.push({ set: set.text, version: version.text });
            by.push(`requires ${set.text} ${version.text}`);
          } else
            problems.push(
              `${where(version ?? call)}: requires(...) without literal set and version`
            );
        }
      }
    }
    return { have, by };
  };

  const record = (node: ts.Node, member: string, needs: Requirement | null): void => {
    if (needs === null || covers(base, needs)) {
      uses.push({ at: where(node), member, needs, covered: true, by: "baseline" });
      return;
    }
    const { have, by } = coverage(node);
    const ok = covers(have, needs);
    uses.push({ at: where(node), member, needs, covered: ok, by: ok ? by.join(", ") : "" });
    if (!ok)
      problems.push(`${where(node)}: ${member} needs ${needs.set} ${needs.version}, unguarded`);
  };

  /** load("a,b/c") and load(["a"]): each path resolved against the receiver's type. */
  const loadPaths = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const arg = call.arguments[0];
    const texts =
      arg === undefined
        ? []
        : ts.isStringLiteralLike(arg)
          ? [arg.text]
          : ts.isArrayLiteralExpression(arg)
            ? arg.elements.filter(ts.isStringLiteralLike).map((e) => e.text)
            : null;
    if (texts === null) {
      problems.push(`${where(call)}: load(...) with a non-literal argument`);
      return;
    }
    for (const p of texts
      .flatMap((t) => t.split(","))
      .map((t) => t.trim())
      .filter(Boolean)) {
      let type: ts.Type | undefined = checker.getNonNullableType(
        checker.getTypeAtLocation(receiver)
      );
      for (const segment of p.split("/")) {
        const prop: ts.Symbol | undefined = type?.getProperty(segment);
        if (prop === undefined) {
          problems.push(`${where(call)}: load("${p}"): no property ${segment}`);
          break;
        }
        const { office, needs } = symbolRequirement(prop);
        if (office) record(call, `${memberName(prop)} (load)`, needs);
        const t: ts.Type = checker.getTypeOfSymbol(prop);
        type = checker.getIndexTypeOfType(t, ts.IndexKind.Number) ?? t;
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = resolve(node.name);
      if (symbol) {
        const { office, needs } = symbolRequirement(symbol);
        if (office) {
          record(node, memberName(symbol), needs);
          if (
            symbol.getName() === "load" &&
            ts.isCallExpression(node.parent) &&
            node.parent.expression === node
          )
            loadPaths(node.parent, node.expression);
        }
      }
    } else if (
      ts.isIdentifier(node) &&
      !ts.isImportSpecifier(node.parent) &&
      !ts.isImportClause(node.parent)
    ) {
      const symbol = resolve(node);
      const decl = symbol?.declarations?.[0];
      const own =
        decl !== undefined && "name" in decl && (decl as ts.NamedDeclaration).name === node;
      const tags = symbol && !own ? annotated(symbol) : [];
      for (const need of tags) {
        const { have, by } = coverage(node);
        const ok = covers(have, need);
        uses.push({
          at: where(node),
          member: `${symbol!.getName()} (@requires)`,
          needs: need,
          covered: ok,
          by: by.join(", "),
        });
        if (!ok)
          problems.push(
            `${where(node)}: ${symbol!.getName()} needs ${need.set} ${need.version} (@requires), unguarded`
          );
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) {
    const source = program.getSourceFile(path.resolve(ROOT, file));
    if (source === undefined) throw new Error(`not in the program: ${file}`);
    visit(source);
  }
  return { uses, problems };
}

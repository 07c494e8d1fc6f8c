/**
 * The floors (model → functions → workbook → taskpane) are enforced by eslint.config.mjs's
 * no-restricted-imports, which npm run lint (office-addin-lint, with the project's config) runs:
 * an import up a floor fails, one down or within a floor passes.
 */
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: join(ROOT, "eslint.config.mjs"),
  ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
});

/** The floor rule's messages for `code` as if it were the file at `path` (not written to disk). */
async function floorErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

describe("the floors lint rule", () => {
  it.each([
    ["src/model/plan/violation.ts", 'import { EDITIONS } from "../../workbook/contract";'],
    ["src/model/violation.ts", 'import { message } from "../functions/messages";'],
    ["src/functions/violation.ts", 'import { resolveLayout } from "../workbook/layout/resolve";'],
    ["src/functions/violation.ts", 'import type { ExcelRun } from "../taskpane/excelRun";'],
    [
      "src/workbook/layout/violation.ts",
      'import { loadTemplateBase64 } from "../../taskpane/template";',
    ],
    ["src/workbook/violation.ts", 'export { helpSection } from "../taskpane/view/helpTab";'],
  ])("refuses an import up a floor (%s: %s)", async (path, code) => {
    const errors = await floorErrors(path, `${code}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no import runs up a floor/);
  });

  it.each([
    ["src/model/plan/fine.ts", 'import { PLAN_TEXT } from "../words";'],
    ["src/functions/fine.ts", 'import { textIn } from "../model/language";'],
    ["src/workbook/calc/fine.ts", 'import { DEFINITIONS } from "../../functions/definitions";'],
    ["src/workbook/calc/fine.ts", 'import type { FunctionSpec } from "./functions/types";'],
    ["src/taskpane/fine.ts", 'import { EDITIONS } from "../workbook/contract";'],
  ])("lets an import down or within a floor pass (%s: %s)", async (path, code) => {
    expect(await floorErrors(path, `${code}\n`)).toEqual([]);
  });

  it("finds no import up a floor in src/", async () => {
    const results = await eslint.lintFiles(["src/{model,functions,workbook}/**/*.ts"]);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === "no-restricted-imports")
        .map((m) => `${r.filePath}:${m.line}`)
    );
    expect(found).toEqual([]);
  });
});

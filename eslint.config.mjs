// office-addin-lint's own configuration (the Office add-in rules and prettier), plus the globals
// that the Office and browser runtimes define. In TypeScript files the compiler (strict, run in CI)
// already rejects undefined names, and `no-undef` misreads type-only names such as
// HTMLElementTagNameMap, so typescript-eslint's advice is followed and it is off there.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

/**
 * The floors: model → functions → workbook → taskpane (and help beside the pane). No import runs
 * up a floor: a relative import that climbs out of its floor's folder into a higher floor's is an
 * error. test/unit/floors.test.ts checks that a violation fails.
 */
const above = {
  model: ["functions", "workbook", "taskpane", "help"],
  functions: ["workbook", "taskpane", "help"],
  workbook: ["taskpane", "help"],
};
const floors = Object.entries(above).map(([floor, higher]) => ({
  files: [`src/${floor}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${higher.join("|")})(/|$)`,
            message: `src/${floor} is below src/{${higher.join(",")}}: no import runs up a floor (model → functions → workbook → taskpane).`,
          },
        ],
      },
    ],
  },
}));

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
        CustomFunctions: "readonly",
      },
    },
  },
  {
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  ...floors,
  {
    // The workbook generator drives ExcelJS in Node, not Office.js: ExcelJS objects need no
    // load()/sync(), so the Office.js load/sync rules would misread its getCell().value.
    files: ["src/workbook/generate.ts"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
];

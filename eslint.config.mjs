// office-addin-lint's own configuration (the Office add-in rules and prettier), plus the globals
// that the Office and browser runtimes define. In TypeScript files the compiler (strict, run in CI)
// already rejects undefined names, and `no-undef` misreads type-only names such as
// HTMLElementTagNameMap, so typescript-eslint's advice is followed and it is off there.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

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

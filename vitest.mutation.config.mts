import { defineConfig } from "vitest/config";

/**
 * The fast, unit-level suites that `npm run mutation` (StrykerJS) runs against each mutant of
 * src/model and src/functions. No global build step and no LibreOffice or Chromium suites; the
 * tests that load the built bundle (dist/) are left out by name: a mutant of src/ never reaches
 * dist/, so they could not kill one, and a fresh clone has no dist/ to load.
 */
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/hardening/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup/fastCheck.ts"],
    testNamePattern: /^(?!.*\bbundle\b)/,
    testTimeout: 120_000,
  },
});

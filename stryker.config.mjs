// @ts-check
/**
 * npm run mutation: StrykerJS mutates the model and the functions layer and runs the fast
 * unit-level suites (vitest.mutation.config.mts) against each mutant. Not part of npm test.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.mts" },
  mutate: ["src/model/**/*.ts", "src/functions/**/*.ts"],
  coverageAnalysis: "perTest",
  ignorePatterns: ["dist", "release", "test-artifacts", "coverage", "lib", "build"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
export default config;

// Mutation testing of the second-edition plan's model files against their unit tests:
//   npx stryker run test/mutation-plan/stryker.config.mjs
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "test/mutation-plan/vitest.config.mts", related: false },
  mutate: [
    "src/model/plan/*.ts",
    "!src/model/plan/firstEdition.ts",
    "!src/model/plan/index.ts",
    "src/model/presets.ts",
  ],
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "test-artifacts/mutation-plan/index.html" },
  tempDirName: ".stryker-tmp-plan",
  concurrency: 1,
  coverageAnalysis: "perTest",
  thresholds: { high: 90, low: 80, break: null },
};

import { defineConfig } from "vitest/config";
import identity from "./src/identity.json" with { type: "json" };

export default defineConfig({
  // The namespace webpack's DefinePlugin gives the pane (src/taskpane/addinNamespace.ts): the
  // source under test is the release's; test/taskpane/devBuild.test.ts runs the dev build's.
  define: { __ECO_NAMESPACE__: JSON.stringify(identity.release.namespace) },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // build.ts: the add-in once (dist/); runCache.ts: a folder for work files share (one
    // generation of each workbook, one production build per host).
    globalSetup: ["test/setup/build.ts", "test/setup/runCache.ts"],
    // fast-check: one seed per file, from ECO_FC_SEED or fresh, printed when a test fails.
    setupFiles: ["test/setup/fastCheck.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // LibreOffice and Chromium suites are heavy on a 2-core machine: keep files in few workers.
    maxWorkers: 2,
  },
});

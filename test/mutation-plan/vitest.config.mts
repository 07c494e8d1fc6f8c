// The fast unit tests of the second-edition plan, for StrykerJS (no build, no LibreOffice).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/unit/plan.test.ts",
      "test/unit/plan.properties.test.ts",
      "test/unit/model.test.ts",
    ],
    environment: "node",
  },
});

import { execFileSync } from "node:child_process";

/**
 * Several suites test the built add-in (dist/), so the test run builds it once first, as
 * `npm run build` does. .ci/run builds before testing and sets ECO_TEST_SKIP_BUILD=1.
 */
export default function setup(): void {
  if (process.env["ECO_TEST_SKIP_BUILD"] === "1") return;
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
}

/**
 * The dev server's guard on webpack-dev-server's own pages (scripts/webpack/dev-server.js): every
 * spelling of those paths that webpack-dev-server's Express routes answer, or that a later layer
 * could read as one of them, is refused; ECO's own files are not. test/start/start.test.ts asks the
 * running server the same.
 */
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const { isInternalPath } = createRequire(__filename)(
  join(ROOT, "scripts", "webpack", "dev-server.js")
) as { isInternalPath: (url: string | undefined) => boolean };

describe("the dev server refuses webpack-dev-server's own pages however the path is spelled", () => {
  it.each([
    "/webpack-dev-server",
    "/webpack-dev-server/",
    "/webpack-dev-server/invalidate",
    "/webpack-dev-server/invalidate?x=1",
    "/webpack-dev-server/open-editor?fileName=x",
    "/__webpack_dev_server__/sockjs.bundle.js",
    // Express matches routes in any case: these reach webpack-dev-server's invalidate route
    "/Webpack-Dev-Server/invalidate",
    "/WEBPACK-DEV-SERVER",
    "/__Webpack_Dev_Server__/sockjs.bundle.js",
    // an absolute-form request line: Express routes its path
    "http://localhost:3000/webpack-dev-server/invalidate",
    "https://localhost:3000/Webpack-Dev-Server/open-editor?fileName=x",
    // percent-escapes, once or twice
    "/webpack%2Ddev-server/invalidate",
    "/%77ebpack-dev-server/invalidate",
    "/%2577ebpack-dev-server/invalidate",
    "/webpack-dev-server%2Finvalidate",
    // repeated slashes, backslashes, dot segments
    "//webpack-dev-server/invalidate",
    "/webpack-dev-server//invalidate",
    "\\webpack-dev-server\\invalidate",
    "/./webpack-dev-server/invalidate",
    "/assets/../webpack-dev-server/invalidate",
    "/assets/%2E%2E/Webpack-Dev-Server/invalidate",
  ])("%s", (url) => {
    expect(isInternalPath(url)).toBe(true);
  });

  it.each([
    "/",
    "/taskpane.html",
    "/functions.json",
    "/templates/eco-planning-zh-CN.xlsx",
    "/assets/icon-32.png?v=1",
    "/webpack-dev-serverx",
    "/webpack-dev-server.html",
    "/docs/webpack-dev-server/invalidate",
    "/%",
    "",
    undefined,
  ])("lets %s through to the add-in's own files", (url) => {
    expect(isInternalPath(url)).toBe(false);
  });
});

/**
 * webpack empties its output folder before writing: a build must refuse a folder that holds
 * anything but an earlier ECO build, so that ECO_OUT_DIR=~/Desktop deletes nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../manifest/prodBuild";

function webpackInto(dir: string) {
  return spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
    { cwd: ROOT, env: { ...process.env, ECO_OUT_DIR: dir }, encoding: "utf8", timeout: 240_000 }
  );
}

describe("the build's output folder", () => {
  it("a folder with the user's files is refused and keeps every file", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-out-user-"));
    writeFileSync(join(dir, "quarterly-plan.xlsx"), "mine");
    mkdirSync(join(dir, "notes"));
    const r = webpackInto(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(
      /holds files that are not an ECO build \((notes, quarterly-plan\.xlsx|quarterly-plan\.xlsx, notes)\)/
    );
    expect(readdirSync(dir).sort()).toEqual(["notes", "quarterly-plan.xlsx"]);
  });

  it("a folder like the ECO folder (manifest.xml, but no build) is refused", () => {
    // A copy, not the package itself: if this regressed, webpack would empty the folder.
    const dir = mkdtempSync(join(tmpdir(), "eco-out-like-root-"));
    writeFileSync(join(dir, "manifest.xml"), readFileSync(join(ROOT, "manifest.xml")));
    writeFileSync(join(dir, "package.json"), readFileSync(join(ROOT, "package.json")));
    const r = webpackInto(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/holds files that are not an ECO build/);
    expect(readdirSync(dir).sort()).toEqual(["manifest.xml", "package.json"]);
  });

  it("an earlier build is rebuilt in place", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-out-build-"));
    writeFileSync(join(dir, "manifest.xml"), "<old/>");
    writeFileSync(join(dir, "functions.json"), "{}");
    writeFileSync(join(dir, "stale.js"), "");
    const r = webpackInto(dir);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(dir);
    expect(files).toContain("taskpane.html");
    expect(files).not.toContain("stale.js");
  });
});

/**
 * One version: package.json's. `npm version` (docs/WORKSHOP.md's one update step) must carry it into
 * manifest.xml, and every build must carry it into the manifest it writes, the task pane, the
 * workbook's cover and the release zip's name, with nothing edited by hand. Checked on a copy of
 * the project whose version is raised by the real `npm version`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/version";
import { ROOT } from "../manifest/prodBuild";

interface VersionModule {
  manifestVersion(version: string): string;
  stampVersion(xml: string, version: string): string;
  versionIn(xml: string): string | undefined;
}
const versions = createRequire(__filename)(
  join(ROOT, "scripts", "webpack", "manifest-version.js")
) as VersionModule;
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

/** The environment without npm's variables (as when run directly). */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && k !== "INIT_CWD")
  );
}

describe("the version lives in package.json only", () => {
  it("src/version.ts, which every layer reads, is package.json's version", () => {
    expect(VERSION).toBe(PACKAGE_VERSION);
  });

  it("manifest.xml's <Version> is package.json's", () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(versions.versionIn(xml)).toBe(versions.manifestVersion(PACKAGE_VERSION));
  });

  it("the built manifest (dist/) and the built task pane carry it; the pane carries no other package.json field", () => {
    const dist = join(ROOT, "dist");
    expect(versions.versionIn(readFileSync(join(dist, "manifest.xml"), "utf8"))).toBe(
      versions.manifestVersion(PACKAGE_VERSION)
    );
    const pane = readFileSync(join(dist, "taskpane.js"), "utf8");
    expect(pane).toContain(JSON.stringify(PACKAGE_VERSION));
    for (const field of ["devDependencies", "@stryker-mutator", "office-addin-lint check"])
      expect(pane, field).not.toContain(field);
  });

  it("no layer below the task pane imports from it", () => {
    const grep = spawnSync(
      "grep",
      ["-rlE", 'from "(\\.\\./)+taskpane/', "src/workbook", "src/model", "src/functions"],
      {
        cwd: ROOT,
        encoding: "utf8",
      }
    );
    expect(grep.stdout).toBe("");
  });

  it.each([
    ["1.0.1", "1.0.1.0"],
    ["12.65535.0", "12.65535.0.0"],
  ])("package version %s is manifest <Version> %s", (version, manifest) => {
    expect(versions.manifestVersion(version)).toBe(manifest);
  });

  it.each(["1.1.0-beta.1", "1.0", "1.65536.0", "v1.0.0"])(
    "package version %s is refused for the manifest, with the reason",
    (version) => {
      expect(() => versions.manifestVersion(version)).toThrow(/Office takes numbers 0–65535 only/);
    }
  );
});

describe("after only `npm version 9.8.7`, everything says 9.8.7", () => {
  let copy: string;
  let bump: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "eco-version-"));
    const tracked = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
      cwd: ROOT,
      encoding: "utf8",
    })
      .split("\0")
      .filter((f) => f && existsSync(join(ROOT, f)));
    for (const f of tracked) {
      mkdirSync(dirname(join(copy, f)), { recursive: true });
      cpSync(join(ROOT, f), join(copy, f));
    }
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    bump = spawnSync("npm", ["version", "9.8.7", "--no-git-tag-version"], {
      cwd: copy,
      env: plainEnv(),
      encoding: "utf8",
    });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("npm version writes manifest.xml's <Version> too", () => {
    expect(bump.status, String(bump.stderr)).toBe(0);
    expect(versions.versionIn(readFileSync(join(copy, "manifest.xml"), "utf8"))).toBe("9.8.7.0");
  });

  it("a build of it writes 9.8.7 into the manifest and the task pane", () => {
    const out = join(copy, "out");
    execFileSync(
      process.execPath,
      [join(copy, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "development"],
      {
        cwd: copy,
        env: { ...plainEnv(), ECO_OUT_DIR: out },
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    expect(versions.versionIn(readFileSync(join(out, "manifest.xml"), "utf8"))).toBe("9.8.7.0");
    expect(readFileSync(join(out, "taskpane.js"), "utf8")).toMatch(/9\.8\.7/);
  });

  it("the workbook's cover says 9.8.7", async () => {
    const file = join(copy, "cover.xlsx");
    execFileSync(
      process.execPath,
      [
        join(copy, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/workbook.ts",
        "--out",
        file,
        "--lang",
        "en-US",
      ],
      {
        cwd: copy,
        env: plainEnv(),
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
      })
    );
    expect(texts.some((t) => t.startsWith("Version 9.8.7 "))).toBe(true);
  });
});

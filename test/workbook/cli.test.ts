/**
 * `npm run workbook`: the task pane's fleet rule, any-case names, --help, clear refusals, paths
 * relative to the folder the user ran npm from, and writes that never leave half a file or cost
 * the user the file that was there.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { buildSync } from "esbuild";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ACCEPTED_FLEETS, REFUSED_FLEETS } from "../support/fleetCases";
import {
  parseWorkbookArgs,
  UsageError,
  type CliContext,
  type WorkbookCommand,
} from "../../src/workbook/cli";
import { optionsNpmTook, userFolder } from "../../scripts/common/npm-invocation.mjs";

const ROOT = resolve(__dirname, "../..");
const { outputDir } = createRequire(__filename)(
  join(ROOT, "scripts", "webpack", "output-dir.js")
) as { outputDir: (raw: string | undefined, where: { root: string; here: string }) => string };
/**
 * scripts/workbook.ts as one file, bundled once for this test file by esbuild (which is what tsx
 * compiles each file with), its __dirname the script's own folder: each call below is a plain
 * node process, without tsx's start-up (about 1 s of CPU a call). The `npm run workbook` calls
 * (npmRun) run the script as npm does, through tsx. Readable by everyone: one test runs it as the
 * user nobody.
 */
function bundledCli(): string {
  const dir = mkdtempSync(join(tmpdir(), "eco-workbook-cli-"));
  const file = join(dir, "workbook.cjs");
  buildSync({
    entryPoints: [join(ROOT, "scripts", "workbook.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: file,
    define: { __dirname: JSON.stringify(join(ROOT, "scripts")) },
    logLevel: "warning",
  });
  chmodSync(dir, 0o755);
  chmodSync(file, 0o644);
  return file;
}
const CLI = bundledCli();
const CONTEXT: CliContext = { userFolder: "/home/analyst/plans", packageFolder: "/opt/eco" };

function command(args: string[], context: CliContext = CONTEXT): WorkbookCommand {
  const c = parseWorkbookArgs(args, context);
  if (c === "help") throw new Error("expected a command, got help");
  return c;
}

/** The CLI as a process, run directly (cwd: the package), with npm's variables removed. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && k !== "INIT_CWD")
  );
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: "utf8",
    timeout: 90_000,
  });
}

/** `npm run workbook` as a user types it, from `cwd` (npm finds the package through --prefix). */
function npmRun(cwd: string, args: string[]): SpawnSyncReturns<string> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && k !== "INIT_CWD")
  );
  return spawnSync("npm", ["--prefix", ROOT, "run", "--silent", "workbook", ...args], {
    cwd,
    env: clean,
    encoding: "utf8",
    timeout: 90_000,
  });
}

async function inputs(file: string): Promise<{ fleet: unknown; scenario: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cell = (name: string): unknown => {
    const [ref] = wb.definedNames.getRanges(name).ranges;
    const [sheet, address] = (ref ?? "").split("!");
    return wb
      .getWorksheet((sheet ?? "").replace(/^'|'$/g, ""))
      ?.getCell((address ?? "").replace(/\$/g, "")).value;
  };
  return { fleet: cell("In_Fleet"), scenario: cell("In_Scenario") };
}

describe("--fleet follows the task pane's rule: a whole number from 1 to 100,000,000 in decimal digits", () => {
  const RULE = /--fleet must be a whole number of vehicles from 1 to 100,000,000 in decimal digits/;
  it.each(REFUSED_FLEETS)("refuses %j", (text) => {
    expect(() => command([`--fleet=${text}`])).toThrow(RULE);
  });

  it.each(ACCEPTED_FLEETS)("reads %j as %d vehicles, as the task pane does", (text, vehicles) => {
    expect(command(["--fleet", text]).fleet).toBe(vehicles);
  });

  it("without --fleet uses the seed's 10万-vehicle maker (S4)", () => {
    expect(command([]).fleet).toBe(100_000);
  });
});

describe("names in any case, normalised", () => {
  it.each([
    [["--lang", "zh-cn"], "edition", "zh-CN"],
    [["--lang", "EN-us"], "edition", "en-US"],
    [["--lang", "en-US"], "edition", "en-US"],
    [["--scenario", "High"], "scenario", "high"],
    [["--scenario", "LOW"], "scenario", "low"],
    [["--scenario", " mid "], "scenario", "mid"],
    [["--scenario", "高"], "scenario", "high"],
  ] as const)("%j → %s %s", (args, field, value) => {
    expect(command([...args])[field]).toBe(value);
  });

  it.each([
    [["--lang", "fr-FR"], /--lang must be zh-CN or en-US \(any case\); got "fr-FR"/],
    [["--lang", "zh"], /--lang must be zh-CN or en-US/],
    [["--scenario", "best"], /--scenario must be low, mid or high/],
    [["--scenario", ""], /--scenario must be low, mid or high/],
  ])("refuses %j", (args, message) => {
    expect(() => command(args)).toThrow(message);
  });
});

describe("the command line itself", () => {
  it.each([
    [["--bogus"], /unknown option --bogus/],
    [["plan.xlsx"], /unexpected argument "plan.xlsx"/],
    [["--fleet", "5", "--fleet", "6"], /--fleet is given twice/],
    [["--fleet"], /--fleet needs a value/],
    [["--fleet", "-5"], /--fleet needs a value \(a value starting with - is written --fleet=-…\)/],
    [["--force=yes"], /--force takes no value/],
    [["--out", ""], /--out must name a .xlsx file/],
    [["--out", "plan.xls"], /--out must name a .xlsx file .*got "plan.xls"/],
  ])("refuses %j", (args, message) => {
    expect(() => command(args)).toThrow(message);
    try {
      command(args);
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
    }
  });

  it("names the options npm kept for itself (written before --)", () => {
    expect(() => command([], { ...CONTEXT, npmTook: ["fleet"] })).toThrow(
      /npm took --fleet for itself: put -- before the options/
    );
    const env = {
      npm_lifecycle_event: "workbook",
      npm_config_fleet: "5",
      npm_config_force: "true",
    };
    expect(optionsNpmTook("workbook", ["out", "lang", "fleet", "scenario"], env)).toEqual([
      "fleet",
    ]);
    expect(optionsNpmTook("workbook", ["fleet"], { ...env, npm_lifecycle_event: "test" })).toEqual(
      []
    );
  });

  it("-h and --help ask for the help, whatever else is given", () => {
    expect(parseWorkbookArgs(["-h"], CONTEXT)).toBe("help");
    expect(parseWorkbookArgs(["--fleet", "0x10", "--help"], CONTEXT)).toBe("help");
  });
});

describe("--out paths", () => {
  it("a relative --out is taken from the folder the user ran npm in; the default goes to the package's workshop/", () => {
    expect(command(["--out", "q3/plan.xlsx"]).out).toBe("/home/analyst/plans/q3/plan.xlsx");
    expect(command(["--out", "/srv/plan.XLSX"]).out).toBe("/srv/plan.XLSX");
    expect(command(["--out", "~/plan.xlsx"]).out).toBe(join(homedir(), "plan.xlsx"));
    expect(command(["--lang", "en-US"]).out).toBe("/opt/eco/workshop/eco-planning-en-US.xlsx");
  });

  it("the workshop's fallback files (the default output) lie outside every folder a build or a release writes", () => {
    const context: CliContext = { userFolder: tmpdir(), packageFolder: ROOT };
    const owned = [
      // webpack's output folder for npm run build, which it empties first (output.clean)
      outputDir(undefined, { root: ROOT, here: ROOT }),
      join(ROOT, "build"), // the template build's
      join(ROOT, "release"), // npm run package's
    ];
    for (const lang of ["zh-CN", "en-US"]) {
      const out = command(["--lang", lang], context).out;
      for (const folder of owned)
        expect(relative(folder, out).startsWith(".."), `${out} is inside ${folder}`).toBe(true);
    }
  });

  it("an existing folder as --out gets a clear message", () => {
    const isFolder = (p: string) => p === "/home/analyst/plans/reports";
    expect(() =>
      command(["--out", "reports", "--lang", "en-US"], { ...CONTEXT, isFolder })
    ).toThrow(
      "--out reports is a folder; name a file in it, e.g. --out reports/eco-planning-en-US.xlsx"
    );
  });

  it("INIT_CWD counts only while running as `npm run workbook`", () => {
    expect(
      userFolder("workbook", { npm_lifecycle_event: "workbook", INIT_CWD: "/u" }, "/pkg")
    ).toBe("/u");
    expect(userFolder("workbook", { npm_lifecycle_event: "test", INIT_CWD: "/u" }, "/pkg")).toBe(
      "/pkg"
    );
    expect(userFolder("workbook", {}, "/pkg")).toBe("/pkg");
  });
});

describe("npm run workbook as a process", () => {
  it("--help and -h print every option with its meaning and default, and exit 0", () => {
    for (const flag of ["--help", "-h"]) {
      const r = cli([flag]);
      expect(r.status, r.stderr).toBe(0);
      for (const line of [
        "usage: npm run workbook -- [--out FILE] [--lang LANG] [--preset NAME] [--fleet N] [--scenario NAME] [--force] [--help]",
        "--preset NAME",
        "story, mature, nio50w, million5y",
        "story is the seed's Lao Zhang",
        "mature is the mature ecosystem (成熟生态)",
        "seed10w still means story",
        "--out FILE",
        "default: workshop/eco-planning-<lang>.xlsx in the ECO folder (no build empties it)",
        "--lang LANG",
        "zh-CN or en-US (any case)",
        "default: zh-CN",
        "--fleet N",
        "from 1 to 100,000,000",
        "default: 100000",
        "--scenario NAME",
        "low, mid or high",
        "default: mid",
        "--force",
        "default: an existing file is never replaced",
        "-h, --help",
      ])
        // The help wraps its descriptions at a terminal's width: read them as one line.
        expect(r.stdout.replace(/\s+/g, " "), `${flag}: ${line}`).toContain(line);
    }
  });

  it("`npm run workbook -- --help` (through npm) prints the help", () => {
    const r = npmRun(tmpdir(), ["--", "--help"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("--fleet N");
    expect(r.stdout).toContain("default: 100000");
  });

  it("an unknown option prints the usage and exits 2; a bad value says what is wrong", () => {
    const unknown = cli(["--bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown option --bogus\nusage: npm run workbook -- \[--out FILE\]/
    );
    const bad = cli(["--fleet", "0x10"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--fleet must be a whole number of vehicles from 1 to 100,000,000/);
    expect(bad.stderr).toMatch(/npm run workbook -- --help/);
  });

  it("refuses an existing file without --force, replaces it with --force, and writes the normalised inputs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-"));
    const out = join(dir, "x.xlsx");
    writeFileSync(out, "keep");
    const refused = cli(["--out", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already exists; pass --force to replace it/);
    expect(readFileSync(out, "utf8")).toBe("keep");
    const forced = cli([
      "--out",
      out,
      "--force",
      "--fleet",
      "25万",
      "--lang",
      "EN-us",
      "--scenario",
      "High",
    ]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(await inputs(out)).toEqual({ fleet: 250_000, scenario: "high" });
    expect(readdirSync(dir)).toEqual(["x.xlsx"]);
  });

  it("an existing folder as --out: a clear message, no EISDIR", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-dir-"));
    const r = cli(["--out", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--out ${dir} is a folder; name a file in it`);
    expect(r.stderr).not.toMatch(/EISDIR/);
  });

  it("a file where a folder of --out should be: a clear message", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-notdir-"));
    writeFileSync(join(dir, "notes"), "a file");
    const r = cli(["--out", join(dir, "notes", "plan.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `a part of ${join(dir, "notes", "plan.xlsx")} is a file, not a folder`
    );
    expect(readFileSync(join(dir, "notes"), "utf8")).toBe("a file");
  });

  it("a relative --out lands in the folder npm was run from, not in the package", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "eco-cli-cwd-"));
    const name = `rel-${process.pid}`;
    const r = npmRun(elsewhere, ["--", "--out", `${name}/plan.xlsx`, "--lang", "en-US"]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(elsewhere, name, "plan.xlsx"))).toBe(true);
    expect(existsSync(join(ROOT, name))).toBe(false);
    expect(r.stdout).toContain(`wrote ${name}/plan.xlsx`);
  });

  it("`npm run workbook --lang en-US` (npm reads --lang as its own -l -a -g) gets the 'put -- before the options' help", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-lang-"));
    for (const args of [
      ["--lang", "en-US"],
      ["--lang=en-US"],
      ["--lang", "en-US", "--", "--out", "plan.xlsx"],
    ]) {
      const r = npmRun(dir, args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/npm took --lang for itself: put -- before the options/);
      expect(r.stderr).not.toMatch(/unexpected argument/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a bare `npm run workbook --lang` never silently writes the default workbook", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-bare-lang-"));
    const r = npmRun(dir, ["--lang"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/npm took --lang for itself: put -- before the options/);
    expect(r.stdout).not.toMatch(/wrote/);
  });

  it("--out into a folder that does not exist: the workbook is written and the command names the folder it created", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-newdir-"));
    const r = cli(["--out", join(dir, "q3-typo", "deep", "plan.xlsx"), "--lang", "en-US"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`created the folder ${join(dir, "q3-typo")} (it did not exist)`);
    expect(existsSync(join(dir, "q3-typo", "deep", "plan.xlsx"))).toBe(true);
    const again = cli(["--out", join(dir, "q3-typo", "deep", "other.xlsx"), "--lang", "en-US"]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(/created the folder/);
  });

  it("long file names: a legal name of 240 or 255 bytes is written; only a longer one is refused as too long", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-long-"));
    const named = (bytes: number) => `${"p".repeat(bytes - ".xlsx".length)}.xlsx`;
    // 83 three-byte characters + "q.xlsx" + … : a name of exactly 255 bytes of UTF-8
    const chinese = `${"规".repeat(83)}${"q".repeat(1)}.xlsx`;
    expect(Buffer.byteLength(chinese)).toBe(255);
    for (const name of [named(240), named(255), chinese]) {
      const r = cli(["--out", join(dir, name)]);
      expect(r.status, `${Buffer.byteLength(name)} bytes: ${r.stderr}`).toBe(0);
      expect(readdirSync(dir)).toContain(name);
    }
    expect(readdirSync(dir)).toHaveLength(3);
    const tooLong = cli(["--out", join(dir, named(256))]);
    expect(tooLong.status).toBe(1);
    expect(tooLong.stderr).toMatch(/is too long; nothing was written/);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it("options npm kept for itself (before --) are refused, not silently dropped", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-npm-"));
    const r = npmRun(dir, ["--fleet=500000", "--", "--out", "plan.xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/npm took --fleet for itself: put -- before the options/);
    expect(existsSync(join(dir, "plan.xlsx"))).toBe(false);
  });

  it("a disk that fills up mid-write leaves no partial file and, with --force, keeps the existing one", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-full-"));
    const fullDisk = {
      NODE_OPTIONS: `--require ${join(__dirname, "fullDisk.cjs")}`,
      ECO_TEST_FULL_DIR: dir,
    };
    const fresh = cli(["--out", join(dir, "new.xlsx")], fullDisk);
    expect(fresh.status).toBe(1);
    expect(fresh.stderr).toMatch(/the disk is full; .*new\.xlsx was not written/);
    expect(readdirSync(dir)).toEqual([]);

    const kept = join(dir, "kept.xlsx");
    writeFileSync(kept, "the analyst's own workbook");
    const forced = cli(["--out", kept, "--force"], fullDisk);
    expect(forced.status).toBe(1);
    expect(forced.stderr).toMatch(/the disk is full/);
    expect(readFileSync(kept, "utf8")).toBe("the analyst's own workbook");
    expect(readdirSync(dir)).toEqual(["kept.xlsx"]);
  });
});

describe("an --out that can't be written is refused before the workbook is generated", () => {
  /**
   * The CLI run by someone who may not write in `dir`: as root (who may write anywhere), run as
   * the user nobody in a folder only root may write; otherwise the folder is made read-only.
   */
  function cliWithoutPermission(dir: string, args: string[]): SpawnSyncReturns<string> {
    const root = process.getuid?.() === 0;
    if (!root) chmodSync(dir, 0o555);
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && k !== "INIT_CWD")
    );
    return spawnSync(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...clean, HOME: tmpdir() },
      encoding: "utf8",
      timeout: 90_000,
      ...(root ? { uid: 65534, gid: 65534 } : {}),
    });
  }

  it.each([
    ["a file in it", (dir: string) => join(dir, "plan.xlsx")],
    ["a file in a folder to create in it", (dir: string) => join(dir, "q3", "plan.xlsx")],
  ])("a folder without write permission (%s): said at once, naming the folder", (_, out) => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-unwritable-"));
    chmodSync(dir, 0o755);
    const r = cliWithoutPermission(dir, ["--out", out(dir), "--lang", "en-US"]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe(
      `workbook: no permission to write in the folder ${dir}, so --out ${out(dir)} can't be written; nothing was generated or written (choose a folder you can write to)\n`
    );
    expect(r.stdout).toBe("");
    chmodSync(dir, 0o755);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a part of --out that is a file: said at once", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-notdir-"));
    writeFileSync(join(dir, "notes.txt"), "mine");
    const r = cli(["--out", join(dir, "notes.txt", "plan.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /a part of .*notes\.txt\/plan\.xlsx is a file, not a folder; nothing was written/
    );
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });
});

describe("the full-disk simulation used above really fails writes", () => {
  it("a plain writeFileSync into the folder throws ENOSPC and leaves a partial file", () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-cli-sim-"));
    mkdirSync(join(dir, "sub"));
    const r = spawnSync(
      process.execPath,
      [
        "-e",
        `require("fs").writeFileSync(${JSON.stringify(join(dir, "sub", "a.bin"))}, Buffer.alloc(4096, 1))`,
      ],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: `--require ${join(__dirname, "fullDisk.cjs")}`,
          ECO_TEST_FULL_DIR: dir,
        },
        encoding: "utf8",
      }
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/ENOSPC/);
    expect(readFileSync(join(dir, "sub", "a.bin")).length).toBeLessThan(4096);
  });
});

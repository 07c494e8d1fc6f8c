/** `npm run workbook -- --preset NAME`: presets by name, any case; --fleet and --scenario win. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS, presetSettings } from "../../src/model";
import { templateContract } from "../../src/workbook";
import { parseWorkbookArgs as parseWith, type WorkbookCommand } from "../../src/workbook/cli";
import { commandSettings } from "../../src/workbook/presetOption";

/** The command (not the help) for these arguments, run from a temporary folder. */
function parseWorkbookArgs(argv: readonly string[]): WorkbookCommand {
  const folder = tmpdir();
  const command = parseWith(argv, { userFolder: folder, packageFolder: folder });
  if (command === "help") throw new Error("asked for the help");
  return command;
}

describe("--preset", () => {
  it("takes the model's presets by name, in any case", () => {
    expect(parseWorkbookArgs(["--preset", "story"]).preset).toBe("story");
    expect(parseWorkbookArgs(["--preset", "Story"]).preset).toBe("story");
    expect(parseWorkbookArgs(["--preset=NIO50W"]).preset).toBe("nio50w");
    expect(parseWorkbookArgs([]).preset).toBeUndefined();
    // earlier names still work: the 10万 preset is the story itself
    expect(parseWorkbookArgs(["--preset", "seed10w"]).preset).toBe("story");
    expect(parseWorkbookArgs(["--preset", "Mature"]).preset).toBe("mature");
  });

  it("refuses a name that is not a preset, listing the ones there are", () => {
    for (const bad of ["custom", "", "stories", "10w"])
      expect(() => parseWorkbookArgs(["--preset", bad])).toThrow(
        `--preset must be one of story, mature, nio50w, million5y, got "${bad}"`
      );
  });

  it("opens with the preset's fleet unless --fleet says otherwise; --scenario applies", () => {
    expect(parseWorkbookArgs(["--preset", "million5y"]).fleet).toBe(1_000_000);
    expect(parseWorkbookArgs(["--preset", "nio50w", "--fleet", "250000"]).fleet).toBe(250_000);
    const cmd = parseWorkbookArgs(["--preset", "story", "--fleet", "300000", "--scenario", "low"]);
    expect(commandSettings(cmd)).toEqual({
      ...presetSettings({ preset: "story", scenario: "low" }),
      fleet: 300_000,
    });
    // No preset: a custom fleet on the story's inputs, with the story's c and N typed (§11.1).
    expect(commandSettings(parseWorkbookArgs(["--fleet", "7"]))).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      serviceCost: 800,
      networkCost: 20_000_000,
      fleet: 7,
    });
  });

  it("writes the story's inputs: npm run workbook -- --preset story", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "eco-preset-")), "story.xlsx");
    const r = spawnSync(
      "npx",
      ["tsx", "scripts/workbook.ts", "--preset", "story", "--lang", "en-US", "--out", out],
      {
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/story preset, fleet 100000, mid/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = templateContract("en-US").names;
    /** The first cell of a named range. */
    const at = (ref: { sheet: string; address: string }): unknown =>
      wb.getWorksheet(ref.sheet)?.getCell(ref.address.split(":")[0] ?? "").value;
    expect(at(names.In_Fleet)).toBe(100_000);
    // MODEL.md §11.1: the overrides stay blank, c and N are calibrated from the facts (800 and
    // 2,000万, their cached results)
    expect(at(names.In_NetworkCost)).toBeNull();
    expect(at(names.In_ServiceCost)).toBeNull();
    expect(at(names.Calc_ServiceCost)).toMatchObject({ result: 800 });
    expect(at(names.Calc_NetworkCost)).toMatchObject({ result: 20_000_000 });
    expect(at(names.In_DataCoverage)).toBe(0);
    expect(at(names.In_Adoption)).toBe(0);
    const coverage = wb
      .getWorksheet(names.In_DataCoverage.sheet)!
      .getRow(Number(names.In_DataCoverage.address.replace(/^[A-Z]+(\d+).*$/, "$1")));
    expect([3, 4, 5, 6, 7, 8].map((c) => coverage.getCell(c).value)).toEqual([
      0, 0.2, 0.4, 0.6, 0.8, 1,
    ]);
  });
});

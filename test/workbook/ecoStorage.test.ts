/**
 * The standalone workbook stores its ECO formula cells the way Excel stores JavaScript custom
 * functions (see fileFormula in src/workbook/generate.ts for the evidence): read from the
 * worksheet XML itself, not through ExcelJS.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EDITIONS, templateContract } from "../../src/workbook";
import { sharedWorkbook } from "../support/workbooks";

const dir = mkdtempSync(join(tmpdir(), "eco-stored-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The simulation sheet's XML alone is about 3 MB: more than execFileSync's default 1 MB buffer.
const BUFFER = { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 } as const;

function sheetXml(file: string): string {
  const names = execFileSync("unzip", ["-Z1", file], BUFFER)
    .split("\n")
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return names.map((n) => execFileSync("unzip", ["-p", file, n], BUFFER)).join("\n");
}

describe.each(EDITIONS)("standalone workbook (%s)", (edition) => {
  it("stores every ECO call as _xldudf_ECO_<ID>( and none as typed ECO.<ID>(", async () => {
    const file = join(dir, `${edition}.xlsx`);
    writeFileSync(file, await sharedWorkbook({ edition }));
    const xml = sheetXml(file);
    const formulas = [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1] ?? "");
    const stored = formulas.filter((f) => f.includes("_xldudf_ECO_"));
    expect(stored.length).toBe(templateContract(edition).ecoFormulas?.length);
    for (const f of stored)
      expect(f).toMatch(
        /^_xldudf_ECO_(DATA_ASSET_VALUE|USER_ASSET_VALUE|ECOSYSTEM_REVENUE|LTV|PLAN|SIMULATE)\(/
      );
    expect(formulas.filter((f) => /(^|[^\w.])ECO\.[A-Z_]+\(/.test(f))).toEqual([]);
  });
});

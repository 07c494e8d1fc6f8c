/**
 * The fourth edition in the workbook (MODEL.md §11.1, 11.2, 11.6, 11.7, 11.8), recalculated by
 * LibreOffice at the story's defaults and at the own-company example, with MODEL.md's literals
 * as the expected values: c and N calibrated from the facts, the data price following a typed
 * insurance price, the valuation, the value bridge; and the checks that fail with words on the
 * dashboard when a calibration gives a negative cost or the discount rate does not exceed the
 * growth. Inputs are typed into the default file's cells, as a user would; one LibreOffice start.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EDITIONS, resolveLayout, type Edition } from "../../src/workbook";
import { cellAddress, parseCell } from "../../src/workbook/charts/refs";
import { buildAddressBook, INPUTS_GEOMETRY } from "../../src/workbook/layout/addresses";
import { DASH_ROWS } from "../../src/workbook/layout/dashboard";
import { sheetName } from "../../src/workbook/layout/formula";
import { sharedWorkbook } from "../support/workbooks";
import { withCellValues, type CellEdit } from "./editCells";
import { recalculate } from "./libreoffice";
import { readValues, valueAt, type SheetValues } from "./xlsxValues";

const YI = 1e8;
const book = buildAddressBook();

/** A named cell (the first of a range, moved `down` rows and `right` columns). */
function named(
  edition: Edition,
  name: string,
  down = 0,
  right = 0
): { sheet: string; address: string } {
  const n = resolveLayout(edition).names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const first = parseCell(n.address.split(":")[0] ?? "");
  return {
    sheet: n.sheet,
    address: cellAddress({ col: first.col + right, row: first.row + down }),
  };
}

/** MODEL.md §11.1's own company: F_0 15万, R_0 −4,000万, T 60万, R_T blank, insurance 100/120/150. */
const OWN = (e: Edition): CellEdit[] => [
  { ...named(e, "In_Fleet"), value: 150_000 },
  { ...named(e, "In_ResultToday"), value: -40_000_000 },
  { ...named(e, "In_TargetFleet"), value: 600_000 },
  { ...named(e, "In_ResultTargetSQ"), value: null },
  { ...named(e, "In_DataPrices", 0, 0), value: 100 },
  { ...named(e, "In_DataPrices", 0, 1), value: 120 },
  { ...named(e, "In_DataPrices", 0, 2), value: 150 },
];

interface Case {
  readonly id: string;
  readonly edition: Edition;
  readonly edits: (e: Edition) => CellEdit[];
  values?: Map<string, SheetValues>;
}

const CASES: Case[] = EDITIONS.flatMap((edition) => [
  { id: `${edition}-story`, edition, edits: () => [] },
  { id: `${edition}-own`, edition, edits: OWN },
  // two facts that imply a negative service cost: c = 720 − (5亿 + 4,000万) ÷ 45万 = −480
  {
    id: `${edition}-negative`,
    edition,
    edits: (e) => [...OWN(e), { ...named(e, "In_ResultTargetSQ"), value: 500_000_000 }],
  },
  // overrides win over the facts; growth at the discount rate leaves no valuation
  {
    id: `${edition}-override`,
    edition,
    edits: (e) => [
      { ...named(e, "In_ServiceCost"), value: 900 },
      { ...named(e, "In_TerminalGrowth"), value: 0.1 },
    ],
  },
]);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-edition4-"));
  mkdirSync(join(dir, "in"));
  const files: string[] = [];
  for (const c of CASES) {
    const path = join(dir, "in", `${c.id}.xlsx`);
    writeFileSync(
      path,
      await withCellValues(await sharedWorkbook({ edition: c.edition }), c.edits(c.edition))
    );
    files.push(path);
  }
  const outs = await recalculate(files, join(dir, "out"));
  for (const [i, c] of CASES.entries()) c.values = await readValues(outs[i] ?? "");
}, 600_000);

const get = (c: Case, name: string, down = 0): unknown => {
  const at = named(c.edition, name, down);
  return valueAt(c.values!, at.sheet, at.address);
};
const near = (actual: unknown, want: number, what: string): void => {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe("number");
  expect(
    Math.abs((actual as number) - want),
    `${what}: ${String(actual)} vs ${want}`
  ).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(want), 1e-6));
};
const inputsValue = (c: Case, key: string): unknown =>
  valueAt(
    c.values!,
    sheetName("inputs", c.edition),
    `${INPUTS_GEOMETRY.columns.value}${book.rows.get(`in.${key}`)!.row}`
  );
const dashboard = (c: Case, address: string): unknown =>
  valueAt(c.values!, sheetName("dashboard", c.edition), address);
const pick = (id: string): Case => CASES.find((c) => c.id === id)!;

describe.each(EDITIONS)("the fourth edition recalculated by LibreOffice, %s", (edition) => {
  const zh = edition === "zh-CN";

  it("story: c 800 and N 2,000万 from the two facts, the overrides blank", () => {
    const c = pick(`${edition}-story`);
    expect(get(c, "In_ServiceCost")).toBeNull();
    expect(get(c, "In_NetworkCost")).toBeNull();
    near(get(c, "Calc_ServiceCost"), 800, "c");
    near(get(c, "Calc_NetworkCost"), 20_000_000, "N");
    near(get(c, "Calc_UsedCarRate"), 9 / 65, "certification rate");
    expect(String(inputsValue(c, "calibrationMode"))).toMatch(zh ? /^双事实/ : /^two facts/);
    expect(get(c, "Check_All")).toBe(true);
  });

  it("story: the valuation and the bridge of MODEL.md §11.6 and §11.7", () => {
    const c = pick(`${edition}-story`);
    near(get(c, "Out_Value_Plan"), 12_056_042_374, "value of the plan");
    near(get(c, "Out_Value_StatusQuo"), -880_460_624, "value of the status quo");
    near(get(c, "Out_Value_Incremental"), 12_936_502_998, "value added");
    // rounded to the yuan in MODEL.md; the workbook keeps them exact
    expect(Math.round(get(c, "Out_Value_Plan") as number)).toBe(12_056_042_374);
    [-0.28, -0.72, 7.65, 6.0, 1.2, 0.6, 0.8, 0.4, 0, 15.65].forEach((bar, i) =>
      near(get(c, "Out_Bridge", i), bar * YI, `bridge bar ${i}`)
    );
  });

  it("story: the NPV tile says no investment is entered, an upper bound, and why IRR is n/a", () => {
    const c = pick(`${edition}-story`);
    const caption = String(dashboard(c, `F${DASH_ROWS.tileCaption}`));
    const detail = String(dashboard(c, `F${DASH_ROWS.tileDetail}`));
    expect(caption).toContain(zh ? "未录入投资：上限" : "no investment entered: an upper bound");
    expect(detail).toMatch(
      zh ? /IRR、回收期不适用：没有投资/ : /IRR and payback n\/a: nothing invested/
    );
  });

  it("own company: c 800 (one fact), N 2,800万, data 660 元 per vehicle with insurance at 120", () => {
    const c = pick(`${edition}-own`);
    near(get(c, "Calc_ServiceCost"), 800, "c");
    near(get(c, "Calc_NetworkCost"), 28_000_000, "N");
    near(inputsValue(c, "dataPriceMid"), 660, "data price p");
    near(
      get(c, "Calc_UsedCarRate"),
      9 / 65,
      "certification rate (seed block, not the typed price)"
    );
    expect(String(inputsValue(c, "calibrationMode"))).toMatch(zh ? /^单事实/ : /^one fact/);
    // today's status quo is the fact R_0 (MODEL.md §11.1), and year 0 is measured (§11.3)
    near(get(c, "Out_Year0_Value"), -40_000_000, "V_0");
    // MODEL.md §11.4's own-company figures for the plan
    expect(Math.round(get(c, "Out_NPV") as number)).toBe(1_321_188_076);
    expect(Math.round(get(c, "Out_NPV_Incremental") as number)).toBe(1_549_518_182);
    // the data bar at the year-5 fleet: 60万 × 660 元
    near(get(c, "Out_Bridge", 2), 600_000 * 660, "data bar");
    expect(get(c, "Check_All")).toBe(true);
  });

  it("negative c from the facts: the plan still computes, Check_All FALSE, the dashboard says why", () => {
    const c = pick(`${edition}-negative`);
    near(get(c, "Calc_ServiceCost"), 720 - 540_000_000 / 450_000, "c");
    expect(typeof get(c, "Out_NPV")).toBe("number");
    expect(get(c, "Check_All")).toBe(false);
    const warning = String(dashboard(c, `B${DASH_ROWS.warning}`));
    expect(warning).toContain(zh ? "校准出 c < 0" : "calibrated c < 0");
    expect(warning).toContain(zh ? "第5年现状贡献" : "year-5 status quo");
    expect(String(inputsValue(c, "calibrationMode"))).toContain(zh ? "负成本" : "negative cost");
  });

  it("an override wins over the facts; d ≤ g leaves the valuation n/a and fails a check", () => {
    const c = pick(`${edition}-override`);
    near(get(c, "Calc_ServiceCost"), 900, "c");
    // N = F_0·(m − c) − R_0 = 10万 × (720 − 900) + 2,800万
    near(get(c, "Calc_NetworkCost"), 100_000 * (720 - 900) + 28_000_000, "N");
    const na = zh ? "不适用（折现率 ≤ 增长率）" : "n/a (discount rate ≤ growth)";
    expect(get(c, "Out_Value_Plan")).toBe(na);
    expect(get(c, "Out_Value_Incremental")).toBe(na);
    expect(get(c, "Check_All")).toBe(false);
    expect(String(dashboard(c, `B${DASH_ROWS.warning}`))).toContain(
      zh ? "折现率不大于永续增长率" : "discount rate ≤ terminal growth"
    );
  });
});

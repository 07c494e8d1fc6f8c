/**
 * Bad inputs never give silent numbers (issue 27, third audit): each edit below is written into
 * the generated workbook with ExcelJS, as a user would type it (recalc.test.ts edits inputs the
 * same way), LibreOffice recalculates, and the checks sheet must fail exactly the checks that name
 * the bad input, say which cell and why in the edition's language, and turn Check_All FALSE. The
 * ECO sheet tells an ECO function's own error (#VALUE!) from a missing add-in (#NAME?).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { EDITIONS, resolveLayout, templateContract, type Edition } from "../../src/workbook";
import { evaluateWorkbook } from "../../src/workbook/calc/workbook";
import { writeWorkbook } from "../../src/workbook/generate";
import { DEFAULT_SETTINGS } from "../../src/workbook/layout/settings";
import { STATUS_TEXT } from "../../src/workbook/layout/addin";
import { buildAddressBook } from "../../src/workbook/layout/addresses";
import { sheetName } from "../../src/workbook/layout/formula";
import { inputCheckKey } from "../../src/workbook/layout/inputChecks";
import { textIn } from "../../src/workbook/layout/types";
import { recalculate } from "./libreoffice";
import { readValues, valueAt, type SheetValues } from "./xlsxValues";

type Typed = number | string | boolean | null | { formula: string };

interface Edit {
  /** An input cell: a named input's first cell, or an input row's key and column. */
  readonly name?: keyof ReturnType<typeof templateContract>["names"];
  readonly key?: string;
  readonly column?: "low" | "mid" | "high" | "value";
  /** Any cell of the ECO functions sheet (by its row key), column D. */
  readonly addin?: string;
  /** A seed figure of the inputs sheet's locked seed block (by its row key), in the value column. */
  readonly seed?: string;
  readonly value: Typed;
  /**
   * A number format written with the value. LibreOffice keeps a logical as the number 1 with the
   * BOOLEAN format (that is what typing TRUE stores there); the cell's own format would make it a
   * plain 1 on import. Excel stores a logical whatever the format.
   */
  readonly numFmt?: string;
}

interface BadCase {
  readonly id: string;
  readonly edits: readonly Edit[];
  /** The checks that must be FALSE (Check_All besides), every other check TRUE. */
  readonly failing: readonly string[];
  /** Words the first failing check's note must hold, by edition: the cell and why. */
  readonly says?: (cell: string) => Readonly<Record<Edition, string>>;
}

const blank = (cell: string): Record<Edition, string> => ({
  "zh-CN": `${cell}：空白。`,
  "en-US": `${cell}: blank.`,
});
const notNumber = (cell: string): Record<Edition, string> => ({
  "zh-CN": `${cell}：不是数字。`,
  "en-US": `${cell}: not a number.`,
});
const below0 = (cell: string): Record<Edition, string> => ({
  "zh-CN": `${cell}：小于 0。`,
  "en-US": `${cell}: below 0.`,
});

const CASES: readonly BadCase[] = [
  // a blank target fleet counted as 0: NPV 1,636万 instead of 23.4亿
  {
    id: "blank-target",
    edits: [{ name: "In_TargetFleet", value: null }],
    failing: [inputCheckKey("targetFleet")],
    says: blank,
  },
  // blank costs were counted as 0; in the fourth edition a blank cost override means
  // "calibrated" (MODEL.md §11.1, the default), so what is flagged is a typed override that is
  // not a cost: text, or below 0
  {
    id: "text-service",
    edits: [{ name: "In_ServiceCost", value: "-800" }],
    failing: [inputCheckKey("serviceCostOverride")],
    says: notNumber,
  },
  {
    id: "negative-network",
    edits: [{ name: "In_NetworkCost", value: -1 }],
    failing: [inputCheckKey("networkCostOverride"), "calibNetworkCost"],
    says: below0,
  },
  {
    id: "negative-target",
    edits: [{ name: "In_TargetFleet", value: -800 }],
    failing: [inputCheckKey("targetFleet")],
    says: below0,
  },
  // a number typed as text ranks above every number: "-800" >= 0 was TRUE
  {
    id: "text-opex",
    edits: [{ name: "In_EcoOpex", value: "-800" }],
    failing: [inputCheckKey("ecoOpex")],
    says: notNumber,
  },
  {
    id: "true-opex",
    edits: [{ name: "In_EcoOpex", value: true, numFmt: '"TRUE";"TRUE";"FALSE"' }],
    failing: [inputCheckKey("ecoOpex")],
    says: notNumber,
  },
  // the used-car rate is entered as an override on the inputs sheet (blank = calibrated)
  {
    id: "usedcar-rate-2",
    edits: [{ key: "usedCarRateOverride", column: "value", value: 2 }],
    failing: [inputCheckKey("usedCarRateOverride")],
    says: (cell) => ({ "zh-CN": `${cell}：大于 1。`, "en-US": `${cell}: above 1.` }),
  },
  {
    id: "blank-margin",
    edits: [{ name: "In_StreamMargin", value: null }],
    failing: [inputCheckKey("marginBaas")],
    says: blank,
  },
  // a calibration that divides by zero (the seed block's used-car fee, unlocked and set to 0):
  // #DIV/0! in Calc_UsedCarRate on the inputs sheet
  {
    id: "calibration-div0",
    edits: [{ seed: "seedUsedCarFeeMid", value: 0 }],
    failing: ["noErrors"],
  },
];

interface Run {
  readonly id: string;
  readonly edition: Edition;
  readonly bad: BadCase;
  values?: Map<string, SheetValues>;
}

const runs: Run[] = EDITIONS.flatMap((edition) =>
  CASES.map((bad) => ({ id: `${edition.slice(0, 2)}-${bad.id}`, edition, bad }))
);
/** The ECO sheet: an ECO cell answering #VALUE! (as ECO.PLAN does for a negative target fleet). */
const ecoValueError: Run[] = EDITIONS.map((edition) => ({
  id: `${edition.slice(0, 2)}-eco-value-error`,
  edition,
  bad: {
    id: "eco-value-error",
    edits: [{ addin: "planNpv", value: { formula: '"x"*1' } }],
    failing: [],
  },
}));

const book = buildAddressBook();
const rowOf = (key: string): number => {
  const place = book.rows.get(key);
  if (!place) throw new Error(`no row ${key}`);
  return place.row;
};

/** The cell an edit writes: sheet and address. */
function target(edition: Edition, edit: Edit): { sheet: string; address: string } {
  const contract = templateContract(edition);
  if (edit.name) {
    const ref = contract.names[edit.name];
    return { sheet: ref.sheet, address: ref.address.split(":")[0] ?? "" };
  }
  if (edit.addin)
    return { sheet: sheetName("addin", edition), address: `D${rowOf(`addin.${edit.addin}`)}` };
  if (edit.seed) {
    const fleet = contract.names["In_Fleet"];
    const column = (fleet.address.match(/^\$?([A-Z]+)/) ?? [])[1] ?? "";
    return { sheet: fleet.sheet, address: `${column}${rowOf(`in.${edit.seed}`)}` };
  }
  const cell = resolveLayout(edition).inputCells.find(
    (c) => c.key === edit.key && c.column === edit.column
  );
  if (!cell) throw new Error(`no input ${edit.key} ${edit.column}`);
  return { sheet: cell.sheet, address: cell.address };
}

async function edited(source: Buffer, run: Run): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(source as unknown as ArrayBuffer);
  for (const edit of run.bad.edits) {
    const { sheet, address } = target(run.edition, edit);
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    ws.getCell(address).value =
      edit.value !== null && typeof edit.value === "object"
        ? { formula: edit.value.formula, result: 0 }
        : edit.value;
    // a style of its own: ExcelJS shares one style object among the cells loaded with it
    if (edit.numFmt)
      ws.getCell(address).style = { ...ws.getCell(address).style, numFmt: edit.numFmt };
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("recalculated by LibreOffice", () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "eco-bad-inputs-"));
    mkdirSync(join(dir, "in"));
    const base = new Map<Edition, Buffer>();
    for (const edition of EDITIONS)
      base.set(edition, await writeWorkbook({ edition, charts: false }));
    const all = [...runs, ...ecoValueError];
    const files: string[] = [];
    for (const run of all) {
      const path = join(dir, "in", `${run.id}.xlsx`);
      writeFileSync(path, await edited(base.get(run.edition) ?? Buffer.alloc(0), run));
      files.push(path);
    }
    const outputs: string[] = [];
    for (let i = 0; i < files.length; i += 12)
      outputs.push(...(await recalculate(files.slice(i, i + 12), join(dir, "out"))));
    for (const [i, run] of all.entries()) run.values = await readValues(outputs[i] ?? "");
  }, 1_200_000);

  describe.each(runs.map((r) => [r.id, r] as const))("a bad input is flagged: %s", (_, run) => {
    const values = (): Map<string, SheetValues> => {
      if (!run.values) throw new Error("not recalculated");
      return run.values;
    };
    const checks = sheetName("checks", run.edition);

    it("turns Check_All FALSE", () => {
      const contract = templateContract(run.edition);
      const all = contract.names.Check_All;
      expect(valueAt(values(), all.sheet, all.address)).toBe(false);
    });

    it("fails exactly its own checks besides, naming the cell and why", () => {
      const failing = [...(values().get(checks) ?? new Map())]
        .filter(([address, v]) => /^C\d+$/.test(address) && v === false)
        .map(([address]) => address)
        .sort();
      const want = [...run.bad.failing, "all"].map((k) => `C${rowOf(`checks.${k}`)}`).sort();
      expect(failing).toEqual(want);
      const first = run.bad.failing[0];
      if (run.bad.says && first) {
        const cell = target(run.edition, run.bad.edits[0] ?? { value: null }).address;
        const note = valueAt(values(), checks, `E${rowOf(`checks.${first}`)}`);
        expect(String(note)).toContain(run.bad.says(cell)[run.edition]);
      }
    });
  });

  describe.each(ecoValueError.map((r) => [r.id, r] as const))("the ECO sheet: %s", (_, run) => {
    it("reads an ECO function's #VALUE! as a mismatch with its code, #NAME? as the add-in not loaded", () => {
      const values = run.values ?? new Map<string, SheetValues>();
      const addin = sheetName("addin", run.edition);
      const mismatch = textIn(STATUS_TEXT.mismatch, run.edition);
      const status = valueAt(values, addin, `E${rowOf("addin.planNpv")}`);
      expect(status).toBe(`${mismatch}${run.edition === "zh-CN" ? "：" : ": "}#VALUE!`);
      // the other ECO cells stay #NAME? without the add-in
      expect(valueAt(values, addin, `E${rowOf("addin.planNpvInc")}`)).toBe(
        textIn(STATUS_TEXT.notLoaded, run.edition)
      );
      // the checks' reconciliation is FALSE now (not "not loaded"), and stays out of Check_All
      const checks = sheetName("checks", run.edition);
      expect(valueAt(values, checks, `C${rowOf("checks.addin")}`)).toBe(false);
      const contract = templateContract(run.edition);
      expect(
        valueAt(values, contract.names.Check_All.sheet, contract.names.Check_All.address)
      ).toBe(true);
    });
  });
});

describe("ECO.PLAN's own answer to a bad input, as the add-in computes it", () => {
  it.each(EDITIONS)(
    "a negative target fleet: ECO.PLAN is #VALUE!, and the ECO sheet says mismatch, not 'not loaded' (%s)",
    (edition) => {
      // The generator's evaluator calls the add-in's own ECO.PLAN (src/workbook/calc/eco.ts), as
      // Excel with the add-in loaded would.
      const layout = resolveLayout(edition, { ...DEFAULT_SETTINGS, targetFleet: -800 });
      const values = evaluateWorkbook(layout).values.get(sheetName("addin", edition));
      const row = rowOf("addin.planNpv");
      expect(values?.get(`D${row}`)).toEqual({ error: "#VALUE!" });
      const mismatch = textIn(STATUS_TEXT.mismatch, edition);
      expect(values?.get(`E${row}`)).toBe(`${mismatch}${edition === "zh-CN" ? "：" : ": "}#VALUE!`);
    }
  );
});

describe("TRUE typed as an input, as Excel computes it (a logical, not a number)", () => {
  it.each(EDITIONS)("TRUE as opex fails its check and Check_All (%s)", (edition) => {
    const layout = resolveLayout(edition);
    const cell = layout.inputCells.find((c) => c.key === "ecoOpex");
    const inputs = sheetName("inputs", edition);
    // the generator's evaluator follows Excel: ISNUMBER(TRUE) is FALSE, TRUE >= 0 is TRUE
    const edited = {
      ...layout,
      sheets: layout.sheets.map((s) =>
        s.name !== inputs
          ? s
          : {
              ...s,
              cells: s.cells.map((c) =>
                c.address === cell?.address ? { ...c, value: true as unknown as number } : c
              ),
            }
      ),
    };
    const values = evaluateWorkbook(edited).values.get(sheetName("checks", edition));
    expect(values?.get(`C${rowOf(`checks.${inputCheckKey("ecoOpex")}`)}`)).toBe(false);
    expect(values?.get(`C${rowOf("checks.all")}`)).toBe(false);
  });
});

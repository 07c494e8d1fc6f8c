/** The writes the pane makes for a preset: one per named input, each exactly its range's shape. */
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS, presetSettings } from "../../src/model";
import { templateContract, INPUT_NAMES } from "../../src/workbook";
import { inputWrites, shapeOf } from "../../src/workbook/contract-inputs";

describe("inputWrites", () => {
  it("reads A1 shapes", () => {
    expect(shapeOf("C5")).toEqual({ rows: 1, columns: 1 });
    expect(shapeOf("C40:H44")).toEqual({ rows: 5, columns: 6 });
    expect(shapeOf("$F$34:$F$38")).toEqual({ rows: 5, columns: 1 });
    expect(shapeOf("Z1:AB2")).toEqual({ rows: 2, columns: 3 });
    expect(() => shapeOf("Sheet1!C5")).toThrow(/not an A1 address/);
  });

  it("writes the story (S17) in the edition's words, streams in MODEL.md's order", () => {
    const contract = templateContract("zh-CN");
    const writes = inputWrites(
      { ...presetSettings({ preset: "story", scenario: "high" }), fleetPath: "cagr" },
      contract
    );
    expect(writes.map((w) => w.name)).toEqual([...INPUT_NAMES]);
    const byName = Object.fromEntries(writes.map((w) => [w.name, w.values]));
    expect(byName["In_Fleet"]).toEqual([[100_000]]);
    expect(byName["In_Scenario"]).toEqual([["高"]]);
    expect(byName["In_FleetPath"]).toEqual([["复合增长"]]);
    // MODEL.md §11.1: the story's c and N are calibrated in the workbook, the overrides stay
    // blank; a custom fleet (the story at another fleet) types the story's costs as overrides
    expect(byName["In_NetworkCost"]).toEqual([[""]]);
    expect(byName["In_ServiceCost"]).toEqual([[""]]);
    const other = inputWrites(
      presetSettings({ preset: "custom", customFleet: 300_000, scenario: "mid" }),
      contract
    );
    const otherByName = Object.fromEntries(other.map((w) => [w.name, w.values]));
    expect(otherByName["In_NetworkCost"]).toEqual([[20_000_000]]);
    expect(otherByName["In_ServiceCost"]).toEqual([[800]]);
    expect(byName["In_DataCoverage"]).toEqual([[0, 0.2, 0.4, 0.6, 0.8, 1]]);
    expect(byName["In_Adoption"]).toEqual(
      Array.from({ length: 5 }, () => [0, 0.2, 0.4, 0.6, 0.8, 1])
    );
    expect(byName["In_StreamMargin"]).toEqual([[0.2], [0.2], [0.2], [0.2], [0.2]]);
  });

  it("keeps each stream on its own row", () => {
    const contract = templateContract("en-US");
    const s = {
      ...DEFAULT_PLAN_SETTINGS,
      adoption: {
        baas: [1, 0, 0, 0, 0, 0],
        charging: [2, 0, 0, 0, 0, 0],
        insurance: [3, 0, 0, 0, 0, 0],
        lifestyle: [4, 0, 0, 0, 0, 0],
        usedcar: [5, 0, 0, 0, 0, 0],
      },
      streamMargin: { baas: 0.1, charging: 0.2, insurance: 0.3, lifestyle: 0.4, usedcar: 0.5 },
    } as const;
    const byName = Object.fromEntries(inputWrites(s, contract).map((w) => [w.name, w.values]));
    expect(byName["In_Adoption"]?.map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
    expect(byName["In_StreamMargin"]).toEqual([[0.1], [0.2], [0.3], [0.4], [0.5]]);
    expect(byName["In_FleetPath"]).toEqual([["linear"]]);
  });

  it("refuses a contract whose range has another shape", () => {
    const contract = templateContract("en-US");
    const wrong = {
      ...contract,
      names: { ...contract.names, In_Capex: { ...contract.names.In_Capex, address: "C1:G1" } },
    };
    expect(() => inputWrites(DEFAULT_PLAN_SETTINGS, wrong)).toThrow("In_Capex: C1:G1 is 1×5");
  });
});

import { describe, expect, it } from "vitest";
import {
  ECO_NAMESPACE,
  ecoCalls,
  hasEcoCall,
  storedFormula,
  typedFormula,
} from "../../src/workbook/ecoCalls";
import identity from "../../src/identity.json";

const DEV = identity.development.namespace;

describe("ECO calls in formula text", () => {
  it("finds typed and stored calls, any case, outside string literals", () => {
    const f =
      '=ECO.LTV(1,0.8,0.1)+eco.data_asset_value(A1)&"ECO.LTV(" & _xldudf_ECO_USER_ASSET_VALUE(1,1,1,1)';
    expect(ecoCalls(f).map((c) => [c.id, c.stored])).toEqual([
      ["LTV", false],
      ["DATA_ASSET_VALUE", false],
      ["USER_ASSET_VALUE", true],
    ]);
  });

  it("ignores other functions and longer names that merely contain an ECO name", () => {
    for (const f of [
      "=SUM(A1:A3)",
      "=MY.ECO.LTV(1)",
      "=ECO.LTVX(1)",
      "=ECO.LTV",
      '="=ECO.LTV(1,2,3)"',
      "=X_xldudf_ECO_LTV(1)",
    ])
      expect(ecoCalls(f), f).toEqual([]);
    expect(hasEcoCall("ECO.LTV(1,0.8,0.1)")).toBe(false); // a constant, not a formula
    expect(hasEcoCall(42)).toBe(false);
  });

  it("recognises the stored name behind an add-in file prefix (office-js #2568, #3872)", () => {
    expect(typedFormula("=[2]!_xldudf_ECO_LTV(1,0.8,0.1)", ECO_NAMESPACE)).toBe(
      "=ECO.LTV(1,0.8,0.1)"
    );
    expect(typedFormula("=BloombergUI.xla!_xldudf_ECO_LTV(B2,C2,D2)*2", ECO_NAMESPACE)).toBe(
      "=ECO.LTV(B2,C2,D2)*2"
    );
    expect(typedFormula("='C:\\x\\a b.xla'!_xldudf_ECO_LTV(1,2,3)", ECO_NAMESPACE)).toBe(
      "=ECO.LTV(1,2,3)"
    );
  });

  it("converts between the typed and the stored spelling, leaving everything else alone", () => {
    const typed =
      '=IF(ISERROR(ECO.DATA_ASSET_VALUE(\'输入 (2)\'!$D$5,"全部")),"ECO.LTV(",ECO.ECOSYSTEM_REVENUE({1;2},"明细",,"亿"))';
    const stored = storedFormula(typed);
    expect(stored).toBe(
      '=IF(ISERROR(_xldudf_ECO_DATA_ASSET_VALUE(\'输入 (2)\'!$D$5,"全部")),"ECO.LTV(",_xldudf_ECO_ECOSYSTEM_REVENUE({1;2},"明细",,"亿"))'
    );
    expect(typedFormula(stored, ECO_NAMESPACE)).toBe(typed);
    expect(typedFormula("=_xldudf_eco_ltv (1,2,3)", ECO_NAMESPACE)).toBe("=ECO.LTV(1,2,3)");
    expect(storedFormula("=SUM(A1)")).toBe("=SUM(A1)");
  });

  // Development beside production: the dev add-in's namespace is ECODEV (src/identity.json); a
  // pane recognises both and writes its own.
  it("recognises the development namespace, ECODEV, typed and stored, and never reads it as ECO", () => {
    expect(DEV).toBe("ECODEV");
    const f = `=ECODEV.LTV(1,0.8,0.1)+_xldudf_ECODEV_PLAN(1)+ecodev.ltv(2)+[2]!_xldudf_ECODEV_LTV(3)+ECO.LTV(4)`;
    expect(ecoCalls(f).map((c) => [c.id, c.stored, c.namespace])).toEqual([
      ["LTV", false, "ECODEV"],
      ["PLAN", true, "ECODEV"],
      ["LTV", false, "ecodev"],
      ["LTV", true, "ECODEV"],
      ["LTV", false, "ECO"],
    ]);
    for (const bad of [
      "=ECODEVX.LTV(1)",
      "=MY.ECODEV.LTV(1)",
      "=_xldudf_ECODEVLTV(1)",
      "=ECODE.LTV(1)",
    ])
      expect(ecoCalls(bad), bad).toEqual([]);
  });

  it("re-points every ECO call, in either namespace and spelling, to the namespace asked for", () => {
    const release = '=IF(A1,ECO.LTV(1,0.8,0.1),_xldudf_ECO_PLAN(1,"ECO.LTV("))';
    expect(typedFormula(release, DEV)).toBe(
      '=IF(A1,ECODEV.LTV(1,0.8,0.1),ECODEV.PLAN(1,"ECO.LTV("))'
    );
    expect(typedFormula("=_xldudf_ECODEV_LTV(1)+ECODEV.LTV(2)", ECO_NAMESPACE)).toBe(
      "=ECO.LTV(1)+ECO.LTV(2)"
    );
    // The templates and standalone files are the release's: a dev formula is stored as ECO.
    expect(storedFormula("=ECODEV.LTV(1)")).toBe("=_xldudf_ECO_LTV(1)");
  });
});

/**
 * The case rows (情景计算) against the model: every variant row, evaluated, equals planUnder at
 * its factors (MODEL.md §8) — the status quo (ecosystem off), the three cases and the 22 tornado
 * ends — for the story and for the mature ecosystem with an investment. Expected values come from
 * src/model, not from the row's formulas.
 */
import { describe, expect, it } from "vitest";
import {
  DRIVERS,
  factorsOf,
  planCase,
  planUnder,
  presetSettings,
  scenarioFactors,
  tornadoEndFactors,
  type Factors,
  type PlanSettings,
} from "../../src/model";
import { evaluateWorkbook } from "../../src/workbook/calc/workbook";
import { CASE_GEOMETRY, CASE_VARIANTS, caseRow } from "../../src/workbook/layout/caseRows";
import { sheetName } from "../../src/workbook/layout/formula";
import { resolveLayout } from "../../src/workbook/layout/resolve";
import { ROLE_LABELS } from "../../src/model/words";
import { variantColumn, type VariantColumnKey } from "../../src/workbook/layout/variantColumns";

function factorsOfVariant(key: string, s: PlanSettings): Factors {
  const k = s.caseFactors;
  if (key === "sq")
    return factorsOf((d) => (["dataPrices", "streamRevenue", "ecoCost"].includes(d) ? 0 : 1));
  if (key === "low" || key === "mid" || key === "high") return scenarioFactors(k, key);
  const m = /^t(\d+)([du])$/.exec(key);
  if (!m) throw new Error(key);
  return tornadoEndFactors(k, DRIVERS[Number(m[1]) - 1]!, m[2] === "d" ? 0 : 1);
}

const close = (actual: unknown, want: number, what: string): void => {
  expect(typeof actual, what).toBe("number");
  expect(
    Math.abs((actual as number) - want),
    `${what}: ${String(actual)} vs ${want}`
  ).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(want), 1e8));
};

describe.each([
  ["story", presetSettings({ preset: "story", scenario: "mid" })],
  [
    "mature with investment",
    {
      ...presetSettings({ preset: "mature", scenario: "high" }),
      ecoOpex: 100_000_000,
      capex: [300_000_000, 200_000_000, 0, 50_000_000, 0, 0] as const,
    },
  ],
] as const)("case rows, %s", (_, settings) => {
  const layout = resolveLayout("zh-CN", settings);
  const values = evaluateWorkbook(layout).values.get(sheetName("cases", "zh-CN"))!;
  const at = (key: VariantColumnKey, variant: string): unknown =>
    values.get(`${variantColumn(CASE_GEOMETRY.firstOutput, key)}${caseRow(variant)}`);

  it.each(CASE_VARIANTS.map((v) => [v.key] as const))(
    "row %s equals planUnder at its factors",
    (key) => {
      const o = planUnder(planCase(settings), factorsOfVariant(key, settings));
      o.years.forEach((y, t) => {
        close(at(`F${t}` as VariantColumnKey, key), y.fleet, `F${t}`);
        close(at(`V${t}` as VariantColumnKey, key), y.value, `V${t}`);
      });
      close(at("npv", key), o.npv, "NPV");
      close(at("npvSq", key), o.npvStatusQuo, "NPV_SQ");
      close(at("npvInc", key), o.npvIncremental, "NPV_inc");
      expect(at("role5", key)).toBe(ROLE_LABELS[o.year5Role].zh);
      if (key === "sq")
        o.years.forEach((y, t) =>
          close(at(`V${t}` as VariantColumnKey, key), y.profit, `SQ V${t} = P`)
        );
    }
  );

  it("§11.3: today is measured, so V_0 = P_0 + D_0 + G_0 is the same on every case row", () => {
    const today = planUnder(planCase(settings), factorsOf(() => 1)).years[0];
    const v0 = today.profit + today.data + today.ecoMargin;
    for (const v of CASE_VARIANTS.filter((x) => x.key !== "sq"))
      close(at("V0", v.key), v0, `V0 of ${v.key}`);
  });
});

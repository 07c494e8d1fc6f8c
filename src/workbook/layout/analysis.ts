/**
 * Plan analysis (规划分析): what the plan is worth, when it turns positive, what it takes to be a
 * value engine, the scenarios side by side and the tornado sorted by swing (MODEL.md §6). Every
 * figure is computed from the plan sheet and the inputs; the tornado's sort is RANK + COUNTIF
 * (ties keep the drivers' order) and INDEX/MATCH, so it recalculates in any spreadsheet.
 */
import type { TableRow, TableSheet, Text } from "./types";
import { U } from "./units";

const V5 = "{plan.ecoValue@5}";
const VALUE: Text = { zh: "数值", en: "Value" };
const Y5_LOW: Text = { zh: "第5年价值（低端）", en: "Value, low end" };
const Y5_HIGH: Text = { zh: "第5年价值（高端）", en: "Value, high end" };
const SWING: Text = { zh: "摆幅", en: "Swing" };
const RANK: Text = { zh: "排名", en: "Rank" };
const YI_CELL = (formula: string) => ({ formula, fmt: "amount" as const });

/** A tornado row: the input's two ends (C, D) and V_5 at each (E, F), swing (G), rank (H). */
function driver(
  key: string,
  label: Text,
  unit: Text,
  fmt: TableRow["fmt"],
  low: string,
  high: string,
  /** V_5 with the input at `{x}` (the cell two columns to the left). */
  valueAt: string,
  seed?: TableRow["seed"]
): TableRow {
  return {
    key,
    label,
    unit,
    fmt,
    seed,
    cells: [
      low,
      high,
      YI_CELL(valueAt.replace("{x}", "{here:C}")),
      YI_CELL(valueAt.replace("{x}", "{here:D}")),
      YI_CELL("ABS({here:F}-{here:E})"),
      { formula: "RANK({here:G},{sect:G})+COUNTIF({above:G},{here:G})", fmt: "count" },
    ],
  };
}

/** V_5 with one data buyer's price at {x}: the covered fleet earns the difference. */
const dataPrice = (key: string, times = ""): string =>
  `${V5}+{plan.coveredFleet@5}${times}*({x}-{in.${key}})`;

const sortedRow = (rank: number): TableRow => {
  const pick = (col: string): string =>
    `INDEX({sect:tornado:${col}},MATCH({here:C},{sect:tornado:H},0))`;
  return {
    key: `sorted${rank}`,
    label: { formula: pick("A") },
    unit: U.yuanYear,
    fmt: "amount",
    cells: [
      { value: rank, fmt: "count", style: "rank" },
      pick("E"),
      pick("F"),
      pick("G"),
      // What the tornado chart draws: each end's change from the year-5 value as entered.
      `{here:D}-${V5}`,
      `{here:E}-${V5}`,
    ],
  };
};

export const ANALYSIS: TableSheet = {
  key: "analysis",
  name: { zh: "规划分析", en: "Plan analysis" },
  title: { zh: "规划分析：价值、情景与敏感性", en: "Plan analysis: value, scenarios, sensitivity" },
  subtitle: {
    zh: "规划值多少钱、何时转正、怎样成为价值引擎；三种情景并列；龙卷风按摆幅排序",
    en: "What the plan is worth, when it turns positive, what makes a value engine; scenarios side by side; the tornado sorted by swing",
  },
  sections: [
    {
      key: "results",
      title: { zh: "规划结果", en: "Plan results" },
      headers: [VALUE],
      rows: [
        {
          key: "year5Value",
          label: { zh: "第5年生态价值 V", en: "Year-5 ecosystem value V" },
          unit: U.yuanYear,
          cells: [V5],
          fmt: "amount",
          note: { zh: "Out_Year5_Value（五年规划表）", en: "Out_Year5_Value (plan sheet)" },
        },
        {
          key: "year5Role",
          label: { zh: "第5年售后角色", en: "Year-5 after-sales role" },
          unit: U.role,
          cells: ["{plan.role@5}"],
          fmt: "text",
          seed: "S18",
        },
        {
          key: "npv",
          label: { zh: "规划净现值", en: "Net present value of the plan" },
          unit: U.yuan,
          cells: ["SUMPRODUCT({row:plan.netValue},{row:plan.discountFactor})"],
          fmt: "amount",
          style: "output",
          note: {
            zh: "Out_NPV：−第0年投资 + Σ(V − 投资) ÷ (1 + 折现率)^年",
            en: "Out_NPV: −capex₀ + Σ (V − capex) ÷ (1 + rate)^year",
          },
        },
        {
          key: "breakevenYear",
          label: { zh: "生态价值转正的年份", en: "First year with V ≥ 0" },
          unit: U.planYear,
          cells: [
            "IF(ISNUMBER(MATCH(TRUE,{row:plan.positive},0)),INDEX({row:plan.year},MATCH(TRUE,{row:plan.positive},0)),{txt:notWithinPlan})",
          ],
          fmt: "year",
          style: "output",
          note: { zh: "Out_BreakevenYear", en: "Out_BreakevenYear" },
        },
        {
          key: "valuePerVehicle5",
          label: { zh: "第5年每车生态价值 v", en: "Year-5 value per vehicle v" },
          unit: U.perVehicleYear,
          cells: ["{plan.valuePerVehicle@5}"],
          fmt: "yuan",
        },
        {
          key: "fleetForD",
          label: { zh: "成为价值引擎所需的第5年保有量", en: "Year-5 fleet needed for D" },
          unit: U.vehicles,
          cells: [
            "IF({analysis.valuePerVehicle5}>0,({in.valueEngineValue}+{in.networkCost}+{in.ecoOpex})/{analysis.valuePerVehicle5},{txt:unreachable})",
          ],
          fmt: "count",
          style: "output",
          note: {
            zh: "Out_FleetForD：(10亿 + 网络成本 + 平台成本) ÷ v",
            en: "Out_FleetForD: (CNY 1bn + network + opex) ÷ v",
          },
        },
        {
          key: "pvCoveredFleet",
          label: { zh: "数据覆盖车辆的折现合计", en: "Discounted vehicle-years with data" },
          unit: U.vehicleYears,
          cells: [
            "SUMPRODUCT({row:plan.coveredFleet},{row:plan.planFlag},{row:plan.discountFactor})",
          ],
          fmt: "count",
          note: {
            zh: "每车数据价值变动 1 元时净现值的变动",
            en: "NPV change per 1 CNY of data value per vehicle",
          },
        },
      ],
    },
    {
      key: "scenarios",
      title: {
        zh: "情景对比（其余输入不变）",
        en: "Scenarios side by side (everything else as entered)",
      },
      headers: [
        { zh: "低", en: "Low" },
        { zh: "中", en: "Mid" },
        { zh: "高", en: "High" },
      ],
      across: 3,
      rows: [
        {
          key: "scenarioP",
          label: { zh: "每车数据价值 p", en: "Data value per vehicle p" },
          unit: U.perVehicleYear,
          cells: [
            "{in.insuranceRate~}+{in.usedCarFee~}*{in.usedCarRate}+{in.financeRate~}+{in.mobilityRate~}",
          ],
          fmt: "yuan",
          seed: "S12",
        },
        {
          key: "scenarioValue",
          label: { zh: "第5年生态价值", en: "Year-5 ecosystem value" },
          unit: U.yuanYear,
          cells: [`${V5}+{plan.coveredFleet@5}*({analysis.scenarioP}-{data.perVehicle})`],
          fmt: "amount",
          style: "output",
          note: {
            zh: "Out_Year5Value_Low / _Mid / _High",
            en: "Out_Year5Value_Low / _Mid / _High",
          },
        },
        {
          key: "scenarioRole",
          label: { zh: "第5年售后角色", en: "Year-5 role" },
          unit: U.role,
          cells: [
            "IF({analysis.scenarioValue}>={in.valueEngineValue},{role:D},IF({plan.profit@5}>={in.profitCentreMargin},{role:C},IF({plan.profit@5}>={in.breakEvenMargin},{role:B},{role:A})))",
          ],
          fmt: "text",
          seed: "S18",
        },
        {
          key: "scenarioNpv",
          label: { zh: "规划净现值", en: "NPV of the plan" },
          unit: U.yuan,
          cells: [
            "{analysis.npv}+({analysis.scenarioP}-{data.perVehicle})*{analysis.pvCoveredFleet}",
          ],
          fmt: "amount",
        },
        {
          key: "scenarioHeadroom",
          label: { zh: "距 D 门槛的余量", en: "Headroom over the D threshold" },
          unit: U.yuanYear,
          cells: ["{analysis.scenarioValue}-{in.valueEngineValue}"],
          fmt: "amount",
        },
      ],
    },
    {
      key: "tornado",
      title: {
        zh: "龙卷风：第5年生态价值对各输入的敏感性（价值与摆幅：亿元/年）",
        en: "Tornado: how year-5 value responds to each input (values and swing: CNY m/yr)",
      },
      unitHeader: { zh: "输入单位", en: "Input unit" },
      headers: [
        { zh: "低端", en: "Low end" },
        { zh: "高端", en: "High end" },
        Y5_LOW,
        Y5_HIGH,
        SWING,
        RANK,
      ],
      rows: [
        driver(
          "tInsurance",
          { zh: "保险公司数据单价", en: "Insurer data price" },
          U.perVehicleYear,
          "yuan",
          "{in.insuranceRate.low}",
          "{in.insuranceRate.high}",
          dataPrice("insuranceRate"),
          "S8"
        ),
        driver(
          "tUsedCarFee",
          { zh: "二手车认证费", en: "Used-car certification fee" },
          U.perCertification,
          "yuan",
          "{in.usedCarFee.low}",
          "{in.usedCarFee.high}",
          dataPrice("usedCarFee", "*{in.usedCarRate}"),
          "S9"
        ),
        driver(
          "tFinance",
          { zh: "金融机构数据单价", en: "Lender data price" },
          U.perVehicleYear,
          "yuan",
          "{in.financeRate.low}",
          "{in.financeRate.high}",
          dataPrice("financeRate"),
          "S10"
        ),
        driver(
          "tMobility",
          { zh: "出行平台数据单价", en: "Mobility data price" },
          U.perVehicleYear,
          "yuan",
          "{in.mobilityRate.low}",
          "{in.mobilityRate.high}",
          dataPrice("mobilityRate"),
          "S11"
        ),
        driver(
          "tFleet",
          { zh: "第5年保有量（目标）", en: "Year-5 fleet (target)" },
          U.vehicles,
          "count",
          "{plan.fleet@5}*(1-{in.sensitivityStep})",
          "{plan.fleet@5}*(1+{in.sensitivityStep})",
          `${V5}+({x}-{plan.fleet@5})*{plan.valuePerVehicle@5}`,
          "S18"
        ),
        driver(
          "tMargin",
          { zh: "单车售后毛利", en: "Margin per vehicle" },
          U.perVehicleYear,
          "yuan",
          "{in.evMargin}*(1-{in.sensitivityStep})",
          "{in.evMargin}*(1+{in.sensitivityStep})",
          `${V5}+{plan.fleet@5}*({x}-{in.evMargin})`,
          "S5"
        ),
        driver(
          "tStreams",
          { zh: "生态单车收入（全部）", en: "All stream revenues" },
          U.factor,
          "pct",
          "1-{in.sensitivityStep}",
          "1+{in.sensitivityStep}",
          `${V5}+{plan.ecoMargin@5}*({x}-1)`,
          "S15"
        ),
      ],
    },
    {
      key: "sorted",
      title: { zh: "龙卷风（按摆幅从大到小）", en: "Tornado sorted by swing" },
      headers: [
        RANK,
        Y5_LOW,
        Y5_HIGH,
        SWING,
        { zh: "低端 − 基准", en: "Low − base" },
        { zh: "高端 − 基准", en: "High − base" },
      ],
      rows: [
        ...[1, 2, 3, 4, 5, 6, 7].map(sortedRow),
        {
          key: "maxSwing",
          label: { zh: "最大摆幅", en: "Largest swing" },
          unit: U.yuanYear,
          fmt: "amount",
          style: "output",
          cells: [null, null, null, { formula: "MAX({sect:tornado:G})", style: "output" }],
          note: { zh: "Out_Tornado_MaxSwing", en: "Out_Tornado_MaxSwing" },
        },
      ],
    },
  ],
};

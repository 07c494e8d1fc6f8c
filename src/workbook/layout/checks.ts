/**
 * The checks sheet: independent recomputations. Check_All is AND over the whole checks column
 * above the add-in reconciliation, so a new check cannot be left out.
 */
import { CALIBRATION_CHECKS } from "./calibrationChecks";
import { inputCheckRows } from "./inputChecks";
import { SIM_GEOMETRY, simColumn, type SimOutputKey } from "./simulation";
import type { CalcSheet } from "./types";
import { U } from "./units";

const near = (a: string, b: string): string => `ABS(${a}-(${b}))<={in.tolerance}*ABS(${b})`;
const check = { unit: U.flag, fmt: "bool", style: "check" } as const;

/** The sheets whose value areas the error scan reads (the inputs sheet: its calibrations too). */
export const ERROR_SCAN_SHEETS = [
  "inputs",
  "econ",
  "data",
  "eco",
  "users",
  "plan",
  "analysis",
  "cases",
  "sim",
  "questions",
  "dashboard",
] as const;

/**
 * The case row In_Scenario selects (low, mid or high) against the plan sheet: V in every year and
 * both NPVs, relative to the value or, near zero, to the D threshold (rounding noise of sums in
 * another order must not fail it).
 */
const CASES_MATCH = `AND(ABS(INDEX({casecol:V0},MATCH({in.scenario},{labels:scenario},0))-{plan.ecoValue@0})<={in.tolerance}*(ABS({plan.ecoValue@0})+{in.valueEngineValue}),ABS(INDEX({casecol:V1},MATCH({in.scenario},{labels:scenario},0))-{plan.ecoValue@1})<={in.tolerance}*(ABS({plan.ecoValue@1})+{in.valueEngineValue}),ABS(INDEX({casecol:V2},MATCH({in.scenario},{labels:scenario},0))-{plan.ecoValue@2})<={in.tolerance}*(ABS({plan.ecoValue@2})+{in.valueEngineValue}),ABS(INDEX({casecol:V3},MATCH({in.scenario},{labels:scenario},0))-{plan.ecoValue@3})<={in.tolerance}*(ABS({plan.ecoValue@3})+{in.valueEngineValue}),ABS(INDEX({casecol:V4},MATCH({in.scenario},{labels:scenario},0))-{plan.ecoValue@4})<={in.tolerance}*(ABS({plan.ecoValue@4})+{in.valueEngineValue}),ABS(INDEX({casecol:V5},MATCH({in.scenario},{labels:scenario},0))-{plan.ecoValue@5})<={in.tolerance}*(ABS({plan.ecoValue@5})+{in.valueEngineValue}),ABS(INDEX({casecol:npv},MATCH({in.scenario},{labels:scenario},0))-{analysis.npv})<={in.tolerance}*(ABS({analysis.npv})+{in.valueEngineValue}),ABS(INDEX({casecol:npvSq},MATCH({in.scenario},{labels:scenario},0))-{analysis.npvSq})<={in.tolerance}*(ABS({analysis.npvSq})+{in.valueEngineValue}))`;

const simAt = (key: SimOutputKey): string => `{sim.checkRow@${simColumn(key)}}`;
const nearMid = (key: SimOutputKey, mid: string): string =>
  `ABS(${simAt(key)}-${mid})<={in.tolerance}*(ABS(${mid})+{in.valueEngineValue})`;
const [K1, K11] = [SIM_GEOMETRY.factorColumns[0], SIM_GEOMETRY.factorColumns[10]];

/**
 * The simulation's check row (every v at its driver's F(mode)) gives every factor its mode, and,
 * when every mode is 1, the mid case's V_5, NPV and incremental NPV through the trials' own
 * column formulas. A mode other than 1 (a range that leaves out 1) fails it: the trials could not
 * reproduce the mid case then.
 */
const SIM_MATCHES_MID = `AND(SUMPRODUCT(--(ABS({range:sim.checkRow@${K1}..checkRow@${K11}}-{range:sim.mode@${K1}..mode@${K11}})>{in.tolerance}))=0,SUMPRODUCT(--({range:sim.mode@${K1}..mode@${K11}}<>1))=0,${nearMid("V5", "{variant:mid:V@5}")},${nearMid("npv", "{variant:mid:npv}")},${nearMid("npvInc", "{variant:mid:npvInc}")})`;

export const CHECKS: CalcSheet = {
  key: "checks",
  name: { zh: "校验", en: "Checks" },
  title: { zh: "校验", en: "Checks" },
  subtitle: {
    zh: "每项为 TRUE 时模型一致；总校验 Check_All 不含加载项核对",
    en: "Each line is TRUE when the model is consistent; Check_All leaves out the add-in reconciliation",
  },
  columns: "single",
  sections: [
    {
      title: { zh: "输出与独立重算", en: "Outputs versus independent recomputation" },
      rows: [
        {
          key: "dataValue",
          label: {
            zh: "数据资产 = 保有量 × 四类买方单价之和",
            en: "Data value = fleet × sum of the four buyers",
          },
          formula: near(
            "{data.value}",
            "{in.fleet}*({in.insuranceRate}+{in.usedCarFee}*{in.usedCarRate}+{in.financeRate}+{in.mobilityRate})"
          ),
          ...check,
        },
        {
          key: "seedS12",
          label: {
            zh: "校准复现 S12（种子数字块的中值）",
            en: "The calibration reproduces S12 (the seed block's mid prices)",
          },
          formula: `OR({in.usedCarRateOverride}<>"",${near("{data.seedValue}", "{in.s12Value}")})`,
          ...check,
          calibration: true,
        },
        {
          key: "ecoSum",
          label: {
            zh: "生态收入 = 五条延伸收入之和",
            en: "Ecosystem revenue = sum of the five streams",
          },
          formula: near(
            "{eco.ecosystem}",
            "{eco.baas}+{eco.charging}+{eco.insurance}+{eco.lifestyle}+{eco.usedcar}"
          ),
          ...check,
        },
        {
          key: "multiple",
          label: { zh: "倍数 × 传统售后 = 生态收入", en: "Multiple × traditional = ecosystem" },
          formula: near("{eco.multiple}*{eco.traditional}", "{eco.ecosystem}"),
          ...check,
        },
        {
          key: "total",
          label: { zh: "总收入 = 传统 + 生态", en: "Total = traditional + ecosystem" },
          formula: near(
            "{eco.total}",
            "{in.fleet}*({in.pvTraditional}+{in.pvBaas}+{in.pvCharging}+{in.pvInsurance}+{in.pvLifestyle}+{in.pvUsedCar})"
          ),
          ...check,
        },
        {
          key: "marginGap",
          label: {
            zh: "毛利缺口 = 燃油车毛利 − 新能源毛利",
            en: "Margin gap = ICE margin − EV margin",
          },
          formula: near("{econ.marginGap}", "{econ.iceGrossMargin}-{econ.evGrossMargin}"),
          ...check,
        },
        {
          key: "userAssets",
          label: {
            zh: "用户资产 = 活跃用户 × LTV × 复购率",
            en: "User assets = active users × LTV × repurchase",
          },
          formula: near("{users.value}", "{users.activeUsers}*{users.ltv}*{users.repurchaseRate}"),
          ...check,
        },
      ],
    },
    {
      title: { zh: "五年规划与情景", en: "Five-year plan and cases" },
      rows: [
        {
          key: "planStart",
          label: { zh: "第0年保有量 = 当前保有量", en: "Year-0 fleet = fleet today" },
          formula: near("{plan.fleet@0}", "{in.fleet}"),
          ...check,
        },
        {
          key: "planTarget",
          label: {
            zh: "第5年保有量 = 目标 × 所选系数",
            en: "Year-5 fleet = target × selected factor",
          },
          formula: near("{plan.fleet@5}", "{in.targetFleet}*{in.kTargetFleet@E}"),
          ...check,
        },
        {
          key: "planRows",
          label: {
            zh: "每年：V = 保有量 × v − 固定网络成本 − 平台成本",
            en: "Every year: V = fleet × v − fixed network cost − opex",
          },
          formula:
            "SUMPRODUCT(ABS({row:plan.ecoValue}-({row:plan.fleet}*{row:plan.valuePerVehicle}-{row:plan.networkCost}-{row:plan.ecoOpex})))<={in.tolerance}*SUMPRODUCT(ABS({row:plan.margin})+ABS({row:plan.serviceCost})+ABS({row:plan.networkCost})+ABS({row:plan.ecoValue}))",
          ...check,
        },
        {
          key: "planStreams",
          label: {
            zh: "每年：生态收入 = 五项收入之和",
            en: "Every year: ecosystem revenue = the five streams",
          },
          formula: near("SUM({row:plan.ecoRevenue})", "SUM({range:plan.revBaas@0..revUsedCar@5})"),
          ...check,
        },
        {
          key: "planNpv",
          label: { zh: "规划净现值 = Excel NPV 函数重算", en: "Plan NPV = Excel's NPV function" },
          formula: near(
            "{analysis.npv}",
            "{plan.netValue@0}+NPV({in.discountRate}*{in.kDiscountRate@E},{range:plan.netValue@1..netValue@5})"
          ),
          ...check,
        },
        {
          key: "sqNpv",
          label: {
            zh: "现状净现值 = Excel NPV 函数重算",
            en: "Status-quo NPV = Excel's NPV function",
          },
          formula: near(
            "{analysis.npvSq}",
            "NPV({in.discountRate}*{in.kDiscountRate@E},{range:plan.profit@1..profit@5})"
          ),
          ...check,
        },
        {
          key: "casesMatchPlan",
          label: {
            zh: "所选情景的情景计算行 = 五年规划表（每年 V、净现值）",
            en: "The selected case's row on Case rows = the plan sheet (V each year, NPVs)",
          },
          formula: CASES_MATCH,
          ...check,
        },
        {
          key: "simMatchesMid",
          label: {
            zh: "模拟的校验行（各系数取众数 1）= 中（基准）情景（第5年 V、净现值）",
            en: "The simulation's check row (every factor at its mode, 1) = the mid case (V5, NPVs)",
          },
          formula: SIM_MATCHES_MID,
          ...check,
        },
        {
          key: "simBins",
          label: {
            zh: "直方图各组试验数之和 = 试验次数",
            en: "The histogram's bins hold every trial",
          },
          formula: `SUM({range:sim.bins@${SIM_GEOMETRY.binColumns.count}..binsEnd@${SIM_GEOMETRY.binColumns.count}})={sim.trials}`,
          ...check,
        },
        {
          key: "fleetForD",
          label: {
            zh: "成为价值引擎的保有量使第5年贡献恰达 D 门槛",
            en: "The fleet for D puts year-5 contribution on the D threshold",
          },
          formula:
            "IF(ISNUMBER({analysis.fleetForD}),ABS({analysis.fleetForD}*{analysis.valuePerVehicle5}-{plan.networkCost@5}-{plan.ecoOpex@5}-{in.valueEngineValue})<={in.tolerance}*ABS({in.valueEngineValue}),{analysis.valuePerVehicle5}<=0)",
          ...check,
        },
        {
          key: "tornadoSorted",
          label: {
            zh: "龙卷风按摆幅排序且十一项齐全",
            en: "The tornado is sorted by swing and has all eleven drivers",
          },
          formula:
            "AND(SUMPRODUCT(--(ROUND({range:analysis.sorted2@F..sorted11@F},0)>ROUND({range:analysis.sorted1@F..sorted10@F},0)))=0,SUMPRODUCT({range:analysis.t1@H..t11@H})=SUMPRODUCT({range:analysis.t1@G..t11@G}),ABS(SUM({range:analysis.sorted1@F..sorted11@F})-SUM({range:analysis.t1@E..t11@E}))<={in.tolerance}*SUM({range:analysis.t1@E..t11@E}))",
          ...check,
        },
        {
          key: "role",
          label: {
            zh: "第5年角色与门槛一致（取整到元）",
            en: "Year-5 role agrees with the thresholds (whole yuan)",
          },
          formula:
            "IF({plan.role@5}={role:D},ROUND({plan.ecoValue@5},0)>={in.valueEngineValue},AND(ROUND({plan.ecoValue@5},0)<{in.valueEngineValue},IF({plan.role@5}={role:C},ROUND({plan.ecoValue@5},0)>={in.profitCentreMargin},AND(ROUND({plan.ecoValue@5},0)<{in.profitCentreMargin},IF({plan.role@5}={role:B},ROUND({plan.ecoValue@5},0)>={in.breakEvenMargin},AND({plan.role@5}={role:A},ROUND({plan.ecoValue@5},0)<{in.breakEvenMargin}))))))",
          ...check,
        },
      ],
    },
    {
      title: { zh: "输入与错误", en: "Inputs and errors" },
      rows: [
        {
          key: "scenario",
          label: { zh: "情景为 低/中/高 之一", en: "Scenario is one of low/mid/high" },
          formula: "ISNUMBER(MATCH({in.scenario},{labels:scenario},0))",
          ...check,
        },
        {
          key: "fleetPath",
          label: {
            zh: "增长路径为 线性/复合增长 之一",
            en: "Fleet path is linear or cagr",
          },
          formula: "OR({in.fleetPath}={path:linear},{in.fleetPath}={path:cagr})",
          ...check,
        },
        {
          key: "cagrStart",
          label: {
            zh: "复合增长路径：当前与目标保有量 > 0（否则按线性计算）",
            en: "CAGR path: both fleets > 0 (else the plan is linear)",
          },
          formula: "OR({in.fleetPath}<>{path:cagr},AND({in.fleet}>0,{in.targetFleet}>0))",
          ...check,
        },
        {
          key: "ranges",
          label: { zh: "每个区间：低 ≤ 中 ≤ 高", en: "Every range: low ≤ mid ≤ high" },
          formula:
            'SUMPRODUCT((({col:in.low}>{col:in.mid})+({col:in.mid}>{col:in.high}))*({col:in.high}<>""))=0',
          ...check,
        },
        {
          key: "discountRate",
          label: { zh: "折现率在 0–100% 之间", en: "Discount rate within 0–100 %" },
          formula: "AND(ISNUMBER({in.discountRate}),{in.discountRate}>=0,{in.discountRate}<1)",
          ...check,
        },
        {
          key: "factors",
          label: { zh: "情景系数大于 0 且不超过上限（3）", en: "Case factors within (0, 3]" },
          formula:
            "SUMPRODUCT(({range:in.kDataPrices@C..kDiscountRate@D}<=0)+({range:in.kDataPrices@C..kDiscountRate@D}>{in.maxCaseFactor}))=0",
          ...check,
        },
        {
          key: "noErrors",
          label: {
            zh: "假设表与计算表中无错误值",
            en: "No error values on the inputs and calculation sheets",
          },
          formula: "{noerrors}",
          ...check,
        },
      ],
    },
    CALIBRATION_CHECKS,
    {
      title: {
        zh: "每项输入：为数字、在范围内、不空白（右列写明规则，或哪个单元格不通过及原因）",
        en: "Every input: a number, in range, not blank (right: the rule, or which cell fails and why)",
      },
      rows: inputCheckRows(),
    },
    {
      title: {
        zh: "加载项核对（不计入总校验）",
        en: "Add-in reconciliation (not part of Check_All)",
      },
      rows: [
        {
          key: "addin",
          label: {
            zh: "ECO 函数与原生公式一致",
            en: "ECO functions agree with the native formulas",
          },
          unit: U.status,
          formula:
            // A status neither OK nor "not loaded" is a mismatch (an ECO function's own error too):
            // FALSE even where other cells are not loaded. Counted without wildcards, which the
            // evaluator does not implement.
            "IF(COUNTIF({col:addin.status},{txt:ok})+COUNTIF({col:addin.status},{txt:notLoaded})<ROWS({col:addin.status}),FALSE,IF(COUNTIF({col:addin.status},{txt:notLoaded})>0,{txt:notLoaded},COUNTIF({col:addin.status},{txt:ok})=ROWS({col:addin.status})))",
          fmt: "bool",
          style: "status",
          inCheckAll: false,
        },
      ],
    },
    {
      title: { zh: "总校验", en: "Overall" },
      rows: [
        {
          key: "all",
          label: { zh: "总校验：以上各项全部为 TRUE", en: "Overall: every check above is TRUE" },
          unit: U.flag,
          formula: "IFERROR(AND({checkcolumn}),FALSE)",
          fmt: "bool",
          style: "output",
          inCheckAll: false,
        },
      ],
    },
  ],
};

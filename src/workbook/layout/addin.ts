/**
 * The ECO functions beside the native results. Without the add-in these cells show #NAME?;
 * the status column then reads "add-in not loaded" and Check_All ignores it. Any other error an
 * ECO function answers (#VALUE! for an input it refuses) is a mismatch, with its code.
 */
import { ERROR_CODES } from "../errorCodes";
import type { Edition } from "../contract";
import { textIn, type ReconRow, type ReconSheet, type Text } from "./types";
import { U } from "./units";

export const STATUS_TEXT = {
  notLoaded: { zh: "未加载加载项", en: "add-in not loaded" },
  ok: { zh: "一致", en: "OK" },
  mismatch: { zh: "不一致", en: "MISMATCH" },
} as const satisfies Record<string, Text>;

/**
 * The status of an ECO cell that holds an error: #NAME? means the add-in is not loaded (ECO.* is
 * an unknown name); any other error is the function's answer, a mismatch, shown with its code
 * (the cell's tooltip in Excel says why). `cell` is the ECO cell's address.
 */
export function errorStatus(cell: string, edition: Edition): string {
  const mismatch = textIn(STATUS_TEXT.mismatch, edition);
  const colon = edition === "zh-CN" ? "：" : ": ";
  // ERROR_CODES is in ERROR.TYPE's numbering (1 #NULL! … 7 #N/A), in Excel and LibreOffice alike.
  const choices = ERROR_CODES.map((code) =>
    code === "#NAME?"
      ? `"${textIn(STATUS_TEXT.notLoaded, edition)}"`
      : `"${mismatch}${colon}${code}"`
  );
  return `IFERROR(CHOOSE(ERROR.TYPE(${cell}),${choices.join(",")}),"${mismatch}")`;
}

/**
 * ECO.PLAN's and ECO.SIMULATE's arguments up to discount_rate (MODEL.md §10's order), each the
 * inputs sheet's cell the plan reads: In_Fleet … In_DiscountRate, and the EV margin per vehicle
 * (an input without a name of its own).
 */
const PLAN_INPUTS =
  "{in.fleet},{in.targetFleet},{in.fleetPath},{in.unitMargin},{in.serviceCost},{in.networkCost},{in.ecoOpex}," +
  "{range:in.capex@0..capex@5},{range:in.coverage@0..coverage@5}," +
  "{range:in.adoptionBaas@0..adoptionUsedCar@5},{range:in.marginBaas..marginUsedCar},{in.discountRate}";
/** In_CaseFactors: the 11 drivers' downside and upside factors. */
const CASE_FACTORS = "{range:in.kDataPrices@C..kDiscountRate@D}";

/** ECO.PLAN on the inputs sheet (In_Scenario picks the case) with one scalar output. */
const plan = (output: Text): Text => ({
  zh: `ECO.PLAN(${PLAN_INPUTS},{in.scenario},${CASE_FACTORS},"${output.zh}")`,
  en: `ECO.PLAN(${PLAN_INPUTS},{in.scenario},${CASE_FACTORS},"${output.en}")`,
});

/** ECO.SIMULATE on the inputs sheet, with the simulation sheet's number of trials. */
const simulate = (output: Text): Text => ({
  zh: `ECO.SIMULATE(${PLAN_INPUTS},${CASE_FACTORS},{sim.trials},"${output.zh}")`,
  en: `ECO.SIMULATE(${PLAN_INPUTS},${CASE_FACTORS},{sim.trials},"${output.en}")`,
});

/** The plan's headline results (MODEL.md §10) beside the native plan and simulation. */
const PLAN_ROWS: readonly ReconRow[] = [
  {
    key: "planNpv",
    label: { zh: "规划净现值", en: "Plan NPV" },
    unit: U.yuan,
    native: "{analysis.npv}",
    eco: plan({ zh: "净现值", en: "npv" }),
    fmt: "amount",
  },
  {
    key: "planNpvInc",
    label: { zh: "增量净现值", en: "Incremental NPV" },
    unit: U.yuan,
    native: "{analysis.npvInc}",
    eco: plan({ zh: "增量净现值", en: "npv_incremental" }),
    fmt: "amount",
  },
  {
    key: "planPayback",
    label: { zh: "投资回收年", en: "Payback year" },
    unit: U.planYear,
    native: "{analysis.payback}",
    eco: plan({ zh: "回收期", en: "payback" }),
    fmt: "year",
    exact: true,
  },
  {
    key: "simP50",
    label: { zh: "净现值 P50（模拟）", en: "NPV P50 (simulated)" },
    unit: U.yuan,
    native: "{sim.p50}",
    eco: simulate({ zh: "净现值P50", en: "p50" }),
    fmt: "amount",
  },
  {
    key: "simProbD",
    label: { zh: "第5年为 D 的概率（模拟）", en: "Probability of D (simulated)" },
    unit: U.share,
    native: "{sim.probD}",
    eco: simulate({ zh: "D概率", en: "prob_d" }),
    fmt: "pct",
  },
];

export const ADDIN: ReconSheet = {
  key: "addin",
  name: { zh: "ECO函数", en: "ECO functions" },
  title: { zh: "ECO 函数核对", en: "ECO functions reconciliation" },
  subtitle: {
    zh: "左列为原生公式，右列为 ECO 加载项函数；未加载加载项时右列显示 #NAME?，不影响其他工作表",
    en: "Native formulas left, ECO functions right; without the add-in they show #NAME?, nothing else breaks",
  },
  rows: [
    {
      key: "dataValue",
      label: { zh: "数据资产年价值", en: "Data asset value" },
      unit: U.yuanYear,
      native: "{data.value}",
      eco: {
        zh: 'ECO.DATA_ASSET_VALUE({in.fleet},{in.scenario},"全部",{in.usedCarRate},{range:in.insuranceRate..mobilityRate})',
        en: 'ECO.DATA_ASSET_VALUE({in.fleet},{in.scenario},"all",{in.usedCarRate},{range:in.insuranceRate..mobilityRate})',
      },
      fmt: "yuan",
    },
    {
      key: "ecosystem",
      label: { zh: "生态收入", en: "Ecosystem revenue" },
      unit: U.yuanYear,
      native: "{eco.ecosystem}",
      eco: {
        zh: 'ECO.ECOSYSTEM_REVENUE({in.fleet},"生态",{range:in.pvTraditional..pvUsedCar})',
        en: 'ECO.ECOSYSTEM_REVENUE({in.fleet},"ecosystem",{range:in.pvTraditional..pvUsedCar})',
      },
      fmt: "amount",
    },
    {
      key: "traditional",
      label: { zh: "传统售后收入", en: "Traditional revenue" },
      unit: U.yuanYear,
      native: "{eco.traditional}",
      eco: {
        zh: 'ECO.ECOSYSTEM_REVENUE({in.fleet},"传统",{range:in.pvTraditional..pvUsedCar})',
        en: 'ECO.ECOSYSTEM_REVENUE({in.fleet},"traditional",{range:in.pvTraditional..pvUsedCar})',
      },
      fmt: "amount",
    },
    {
      key: "multiple",
      label: { zh: "生态倍数", en: "Ecosystem multiple" },
      unit: U.multiple,
      native: "{eco.multiple}",
      eco: {
        zh: 'ECO.ECOSYSTEM_REVENUE({in.fleet},"倍数",{range:in.pvTraditional..pvUsedCar})',
        en: 'ECO.ECOSYSTEM_REVENUE({in.fleet},"multiple",{range:in.pvTraditional..pvUsedCar})',
      },
      fmt: "ratio",
    },
    {
      key: "userAssets",
      label: { zh: "用户资产总价值", en: "User asset value" },
      unit: U.yuan,
      native: "{users.value}",
      eco: {
        zh: "ECO.USER_ASSET_VALUE({plan.fleet@5},{in.activityRate},{in.ltv},{in.repurchaseRate})",
        en: "ECO.USER_ASSET_VALUE({plan.fleet@5},{in.activityRate},{in.ltv},{in.repurchaseRate})",
      },
      fmt: "amount",
    },
    ...PLAN_ROWS,
  ],
};

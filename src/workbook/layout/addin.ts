/**
 * The ECO functions beside the native results. Without the add-in these cells show #NAME?;
 * the status column then reads "add-in not loaded" and Check_All ignores it.
 */
import type { ReconSheet, Text } from "./types";
import { U } from "./units";

export const STATUS_TEXT = {
  notLoaded: { zh: "未加载加载项", en: "add-in not loaded" },
  ok: { zh: "一致", en: "OK" },
  mismatch: { zh: "不一致", en: "MISMATCH" },
} as const satisfies Record<string, Text>;

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
  ],
};

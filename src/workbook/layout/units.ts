import type { Fmt, Text } from "./types";

/** Units as the unit column writes them: the stored unit of the row's values. */
export const U = {
  perVehicleYear: { zh: "元/车/年", en: "CNY/vehicle/yr" },
  yuanYear: { zh: "元/年", en: "CNY/yr" },
  yuan: { zh: "元", en: "CNY" },
  vehicles: { zh: "辆", en: "vehicles" },
  users: { zh: "人", en: "users" },
  share: { zh: "比例", en: "share" },
  multiple: { zh: "倍", en: "×" },
  recordsMonth: { zh: "条/月", en: "records/month" },
  recordsYear: { zh: "条/年", en: "records/yr" },
  records: { zh: "条", en: "records" },
  role: { zh: "角色", en: "role" },
  flag: { zh: "真/假", en: "TRUE/FALSE" },
  status: { zh: "状态", en: "status" },
  perCertification: { zh: "元/次", en: "CNY/certification" },
  perUser: { zh: "元/人", en: "CNY/user" },
  flag01: { zh: "0/1", en: "0/1" },
  factor: { zh: "系数", en: "factor" },
  vehicleYears: { zh: "辆·年", en: "vehicle-years" },
  /** A plan year shown as 第N年 / Year N. */
  planYear: { zh: "规划年", en: "plan year" },
  rank: { zh: "位", en: "rank" },
  none: { zh: "", en: "" },
} as const satisfies Record<string, Text>;

/** What the dashboard's display rows are divided by: the inputs sheet's unit constants. */
export const SHOWN: Readonly<Record<"amount" | "amountYear" | "fleet", Text>> = {
  amount: { zh: "亿元", en: "CNY m" },
  amountYear: { zh: "亿元/年", en: "CNY m/yr" },
  fleet: { zh: "万辆", en: "vehicles" },
};

/**
 * The unit a row's cells show: an amount row (fmt "amount", stored in 元) reads in 亿元 (zh-CN)
 * or CNY m (en-US), so its unit cell says so, under a column headed 显示单位 / Shown in (the
 * display scaling said where it happens); every other row shows its stored unit.
 */
export function displayUnit(unit: Text, fmt: Fmt): Text {
  if (fmt !== "amount") return unit;
  if (!unit.zh.startsWith("元") || !unit.en.startsWith("CNY"))
    throw new Error(`layout: an amount row needs a unit in 元/CNY, got ${unit.zh} / ${unit.en}`);
  return { zh: `亿${unit.zh}`, en: unit.en.replace(/^CNY/, "CNY m") };
}

import type { Text } from "./types";

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
  year: { zh: "年", en: "year" },
  rank: { zh: "位", en: "rank" },
} as const satisfies Record<string, Text>;

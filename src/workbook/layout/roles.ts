import type { Role } from "../../model";
import type { Text } from "./types";

/** The four answers to the seed's question 1 (S18), as the role test writes them. */
export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  A: { zh: "A 成本中心", en: "A Cost centre" },
  B: { zh: "B 盈亏平衡", en: "B Break-even" },
  C: { zh: "C 利润中心", en: "C Profit centre" },
  D: { zh: "D 价值引擎", en: "D Value engine" },
};

import { product } from "./arithmetic";
import { totalInUnit, type Unit } from "./units";

/** S13: user asset value = users × activity rate × per-user LTV × repurchase rate; in 元, or in `unit`. */
export function userAssetValue(
  users: number,
  activityRate: number,
  ltv: number,
  repurchaseRate: number,
  unit: Unit = "yuan"
): number {
  return totalInUnit(users, valuePerUser(activityRate, ltv, repurchaseRate), unit);
}

/** activity rate × per-user LTV × repurchase rate: what one user of the base is worth, in 元. */
export function valuePerUser(activityRate: number, ltv: number, repurchaseRate: number): number {
  return product(activityRate, ltv, repurchaseRate, 1, 1);
}

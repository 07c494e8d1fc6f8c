import { times, type Amount } from "./arithmetic";
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

/**
 * activity rate × per-user LTV × repurchase rate: what one user of the base is worth, in 元. The
 * rates are at most 1, so it cannot overflow, but it can fall below the normal doubles (1e-200 ×
 * 1e-200) where a billion users still make a visible amount: then it is Scaled (arithmetic.ts).
 */
export function valuePerUser(activityRate: number, ltv: number, repurchaseRate: number): Amount {
  return times(repurchaseRate, times(activityRate, ltv));
}

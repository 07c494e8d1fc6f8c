/** S13: user asset value = users × activity rate × per-user LTV × repurchase rate. */
export function userAssetValue(
  users: number,
  activityRate: number,
  ltv: number,
  repurchaseRate: number
): number {
  return users * activityRate * ltv * repurchaseRate;
}

import type { PlanCase } from "./assumptions";
import { FINAL_YEAR } from "./timeline";
import { valuePerVehicle } from "./yearValues";

/**
 * The year-5 fleet at which V_5 reaches D's threshold, every other year-5 input unchanged:
 * (threshold + NetworkCost + EcoOpex) / v_5; null ("unreachable") when v_5 ≤ 0.
 */
export function fleetForValueEngine(c: PlanCase): number | null {
  const perVehicle = valuePerVehicle(c, FINAL_YEAR);
  if (perVehicle <= 0) return null;
  return (c.thresholds.valueEngine + c.networkCost + c.ecoOpex) / perVehicle;
}

import type { EffectiveInputs } from "./effectiveInputs";
import { FINAL_YEAR } from "./timeline";
import { valuePerVehicle } from "./yearValues";

/**
 * The year-5 fleet at which V_5 reaches D's threshold, every other year-5 input unchanged:
 * (threshold + N + EcoOpex) / v_5 with v_5 = m − c + Coverage_5·p + Σ_s r_s·Adoption_{s,5}·Margin_s;
 * null ("unreachable") when v_5 ≤ 0. Exact: displays round it up to whole vehicles.
 */
export function fleetForValueEngine(e: EffectiveInputs, valueEngine: number): number | null {
  const perVehicle = valuePerVehicle(e, FINAL_YEAR);
  if (perVehicle <= 0) return null;
  return (valueEngine + e.networkCost + e.ecoOpex) / perVehicle;
}

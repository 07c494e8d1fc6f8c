import { EV_MARGIN_PER_VEHICLE } from "../economics";
import { SEED } from "../seed";

/**
 * The network's cost, calibrated to the seed's two facts (MODEL.md §8), with m = 720 (S5):
 * today 10万 vehicles (S4's maker) lose 2,800万 (S17), and at 100万 vehicles (S18) the status quo
 * loses 1亿 (S18 A). From F·(m − c) − N = loss at both fleets:
 *   m − c = (loss₂ − loss₁) / (F₂ − F₁) = (−1亿 + 2,800万) / 90万 = −80, so c = 800 元/车/年;
 *   N = F₁·(m − c) − loss₁ = −800万 + 2,800万 = 2,000万 元/年.
 * A calibration, not a seed figure; m is a gross margin, so c and N are operating costs outside
 * the cost of sales.
 */
export interface NetworkCalibration {
  readonly todayFleet: number;
  readonly todayLoss: number;
  readonly targetFleet: number;
  readonly targetLoss: number;
  readonly marginPerVehicle: number;
}

export const SEED_CALIBRATION: NetworkCalibration = {
  todayFleet: SEED.economicsFleet.value,
  todayLoss: SEED.turnaroundBefore.value,
  targetFleet: SEED.planTargetFleet.value,
  targetLoss: SEED.costCentreLoss.value,
  marginPerVehicle: EV_MARGIN_PER_VEHICLE,
};

/** c and N that reproduce both losses. */
export function calibrateNetworkCost(k: NetworkCalibration = SEED_CALIBRATION): {
  readonly serviceCost: number;
  readonly networkCost: number;
} {
  const netPerVehicle = (k.targetLoss - k.todayLoss) / (k.targetFleet - k.todayFleet);
  return {
    serviceCost: k.marginPerVehicle - netPerVehicle,
    networkCost: k.todayFleet * netPerVehicle - k.todayLoss,
  };
}

export const CALIBRATED_NETWORK = calibrateNetworkCost();

/** What §11.1's calibration reads: the company's two facts, its fleets and margin, the overrides. */
export interface CostFacts {
  /** F_0 (In_Fleet). */
  readonly fleet: number;
  /** T (In_TargetFleet). */
  readonly targetFleet: number;
  /** m (In_Margin). */
  readonly marginPerVehicle: number;
  /** R_0 (In_ResultToday). */
  readonly resultToday: number;
  /** R_T (In_ResultTargetSQ); null: left blank. */
  readonly resultTargetStatusQuo: number | null;
  /** In_ServiceCost's override; null: calibrate. */
  readonly serviceCost: number | null;
  /** In_NetworkCost's override; null: calibrate. */
  readonly networkCost: number | null;
}

/**
 * How c was found: typed (override), from both facts (twoFacts), or, with R_T blank or T = F_0,
 * the seed's own calibration, 800 元 whatever the margin (oneFact).
 */
export type ServiceCostMode = "override" | "twoFacts" | "oneFact";
/** How N was found: typed (override), or so that today's status quo P_0 equals R_0 (today). */
export type NetworkCostMode = "override" | "today";

export interface CostCalibration {
  /** c, 元/车/年: what every formula uses (Calc_ServiceCost). */
  readonly serviceCost: number;
  /** N, 元/年 (Calc_NetworkCost). */
  readonly networkCost: number;
  readonly serviceCostMode: ServiceCostMode;
  readonly networkCostMode: NetworkCostMode;
  /** c < 0: the facts imply a negative cost (a failed check; the plan still computes with it). */
  readonly serviceCostNegative: boolean;
  /** N < 0. */
  readonly networkCostNegative: boolean;
}

/**
 * c and N from the company's facts (MODEL.md §11.1), calibrated once from the inputs as typed:
 * - c = the override if typed; else, with R_T given and T ≠ F_0, c = m − (R_T − R_0)/(T − F_0);
 *   else the seed's calibration (800);
 * - N = the override if typed; else N = F_0·(m − c) − R_0, so that P_0 = R_0.
 */
export function calibrateCosts(f: CostFacts): CostCalibration {
  let serviceCostMode: ServiceCostMode = "oneFact";
  let serviceCost = CALIBRATED_NETWORK.serviceCost;
  if (f.serviceCost !== null) {
    serviceCostMode = "override";
    serviceCost = f.serviceCost;
  } else if (f.resultTargetStatusQuo !== null && f.targetFleet !== f.fleet) {
    serviceCostMode = "twoFacts";
    serviceCost =
      f.marginPerVehicle - (f.resultTargetStatusQuo - f.resultToday) / (f.targetFleet - f.fleet);
  }
  const networkCost = f.networkCost ?? f.fleet * (f.marginPerVehicle - serviceCost) - f.resultToday;
  return {
    serviceCost,
    networkCost,
    serviceCostMode,
    networkCostMode: f.networkCost === null ? "today" : "override",
    serviceCostNegative: serviceCost < 0,
    networkCostNegative: networkCost < 0,
  };
}

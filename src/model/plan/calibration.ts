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

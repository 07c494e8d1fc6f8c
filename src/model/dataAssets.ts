import { sum, times, type Amount } from "./arithmetic";
import { SEED } from "./seed";
import { pick, type Scenario } from "./scenario";
import { totalInUnit, type Unit } from "./units";

/** The outside buyers of after-sales data (S8–S11). */
export const DATA_BUYERS = ["insurance", "usedcar", "finance", "mobility"] as const;
export type DataBuyer = (typeof DATA_BUYERS)[number];

/** insurance, finance, mobility: 元/车/年; usedCarFee: 元 per certification. */
export interface DataRates {
  readonly insurance: number;
  readonly usedCarFee: number;
  readonly finance: number;
  readonly mobility: number;
}

export function dataRates(scenario: Scenario): DataRates {
  return {
    insurance: pick(SEED.insuranceDataRate, scenario),
    usedCarFee: pick(SEED.usedCarCertificationFee, scenario),
    finance: pick(SEED.financeDataRate, scenario),
    mobility: pick(SEED.mobilityDataRate, scenario),
  };
}

/**
 * Certifications bought per vehicle per year. The seed gives no rate; it is calibrated so that
 * the mid scenario reproduces S12: (S12 value / S12 fleet − per-year buyers) / mid fee = 9/65.
 */
export const DEFAULT_USED_CAR_RATE = calibrateUsedCarRate();

function calibrateUsedCarRate(): number {
  const mid = dataRates("mid");
  const perVehicle = SEED.dataValue.value / SEED.dataValueFleet.value;
  return (perVehicle - mid.insurance - mid.finance - mid.mobility) / mid.usedCarFee;
}

/** 元/车/年 that one buyer pays (Scaled where a double would lose it: arithmetic.ts). */
export function buyerValuePerVehicle(
  rates: DataRates,
  usedCarRate: number,
  buyer: DataBuyer
): Amount {
  switch (buyer) {
    case "insurance":
      return rates.insurance;
    case "usedcar":
      return times(usedCarRate, rates.usedCarFee);
    case "finance":
      return rates.finance;
    case "mobility":
      return rates.mobility;
  }
}

/**
 * 元/车/年 from every buyer (insurance + used_car_fee × used_car_rate + finance + mobility), or one
 * buyer's term. Scaled where the sum exceeds a double (four prices near 1e308): arithmetic.ts.
 */
export function buyersValuePerVehicle(
  rates: DataRates,
  usedCarRate: number = DEFAULT_USED_CAR_RATE,
  buyer: DataBuyer | "all" = "all"
): Amount {
  if (buyer !== "all") return buyerValuePerVehicle(rates, usedCarRate, buyer);
  return sum([
    rates.insurance,
    buyerValuePerVehicle(rates, usedCarRate, "usedcar"),
    rates.finance,
    rates.mobility,
  ]);
}

/**
 * value = fleet × (insurance + used_car_fee × used_car_rate + finance + mobility), or one buyer's
 * term; in 元, or in `unit`.
 */
export function dataAssetValue(
  fleet: number,
  rates: DataRates,
  usedCarRate: number = DEFAULT_USED_CAR_RATE,
  buyer: DataBuyer | "all" = "all",
  unit: Unit = "yuan"
): number {
  return totalInUnit(fleet, buyersValuePerVehicle(rates, usedCarRate, buyer), unit);
}

import type { DataRates } from "../dataAssets";

/**
 * p: the plan's data value per fully covered vehicle, 元/车/年, as the inputs sheet computes it:
 * insurance + used-car fee × used-car rate + finance + mobility (S8–S11). Plan inputs are
 * bounded, so plain arithmetic; DATA_ASSET_VALUE's own path keeps amounts beyond a double.
 */
export function dataPricePerVehicle(rates: DataRates, usedCarRate: number): number {
  return rates.insurance + rates.usedCarFee * usedCarRate + rates.finance + rates.mobility;
}

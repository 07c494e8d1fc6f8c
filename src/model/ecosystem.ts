import { product, ratio, sum, toNumber, type Amount } from "./arithmetic";
import { SEED } from "./seed";

/** Revenue streams of the 1+3+N model's "N" (S15), in the order of the per_vehicle argument. */
export const STREAMS = [
  "traditional",
  "baas",
  "charging",
  "insurance",
  "lifestyle",
  "usedcar",
] as const;
export type Stream = (typeof STREAMS)[number];
export const EXTENSION_STREAMS = [
  "baas",
  "charging",
  "insurance",
  "lifestyle",
  "usedcar",
] as const satisfies readonly Stream[];

export type PerVehicle = Readonly<Record<Stream, number>>;

/** 元 per vehicle in service per year: the seed's NIO-style example divided by its 50万 fleet. */
export const DEFAULT_PER_VEHICLE: PerVehicle = perVehicleFromNio();

function perVehicleFromNio(): PerVehicle {
  const fleet = SEED.nioFleet.value;
  return {
    traditional: SEED.nioTraditional.value / fleet,
    baas: SEED.nioBaas.value / fleet,
    charging: SEED.nioCharging.value / fleet,
    insurance: SEED.nioInsurance.value / fleet,
    lifestyle: SEED.nioLifestyle.value / fleet,
    usedcar: SEED.nioUsedCar.value / fleet,
  };
}

/** Six values in the order of STREAMS. */
export function perVehicleFromList(
  values: readonly [number, number, number, number, number, number]
): PerVehicle {
  const [traditional, baas, charging, insurance, lifestyle, usedcar] = values;
  return { traditional, baas, charging, insurance, lifestyle, usedcar };
}

export function streamRevenue(fleet: number, perVehicle: PerVehicle, stream: Stream): number {
  return fleet * perVehicle[stream];
}

/**
 * 元 per vehicle of the five extension streams together: baas + charging + insurance + lifestyle +
 * usedcar; Scaled where the sum exceeds a double (arithmetic.ts).
 */
export function ecosystemPerVehicleTotal(perVehicle: PerVehicle = DEFAULT_PER_VEHICLE): Amount {
  return sum(EXTENSION_STREAMS.map((s) => perVehicle[s]));
}

/** The five extension streams: fleet × (baas + charging + insurance + lifestyle + usedcar). */
export function ecosystemRevenue(
  fleet: number,
  perVehicle: PerVehicle = DEFAULT_PER_VEHICLE
): number {
  return product(fleet, ecosystemPerVehicleTotal(perVehicle), 1);
}

export function totalRevenue(fleet: number, perVehicle: PerVehicle = DEFAULT_PER_VEHICLE): number {
  return streamRevenue(fleet, perVehicle, "traditional") + ecosystemRevenue(fleet, perVehicle);
}

/** Ecosystem ÷ traditional (S16); independent of fleet, NaN when traditional is 0. */
export function ecosystemMultiple(perVehicle: PerVehicle = DEFAULT_PER_VEHICLE): number {
  const traditional = perVehicle.traditional;
  return traditional === 0
    ? NaN
    : toNumber(ratio(ecosystemPerVehicleTotal(perVehicle), traditional));
}

export type BreakdownRow = Stream | "ecosystem" | "total" | "multiple";
export const BREAKDOWN_ROWS = [
  ...STREAMS,
  "ecosystem",
  "total",
  "multiple",
] as const satisfies readonly BreakdownRow[];

/**
 * The breakdown per vehicle in service: 元 per year of every stream, of the five extension streams
 * together and of all six (those two Scaled where they exceed a double), and the multiple (a
 * ratio, NaN when traditional is 0).
 */
export type PerVehicleRows = Readonly<
  Record<Stream, number> & { ecosystem: Amount; total: Amount; multiple: number }
>;

export function ecosystemPerVehicle(perVehicle: PerVehicle = DEFAULT_PER_VEHICLE): PerVehicleRows {
  const ecosystem = ecosystemPerVehicleTotal(perVehicle);
  return {
    ...perVehicle,
    ecosystem,
    total: sum([perVehicle.traditional, ecosystem]),
    multiple: ecosystemMultiple(perVehicle),
  };
}

export function ecosystemBreakdown(
  fleet: number,
  perVehicle: PerVehicle = DEFAULT_PER_VEHICLE
): Record<BreakdownRow, number> {
  return {
    traditional: streamRevenue(fleet, perVehicle, "traditional"),
    baas: streamRevenue(fleet, perVehicle, "baas"),
    charging: streamRevenue(fleet, perVehicle, "charging"),
    insurance: streamRevenue(fleet, perVehicle, "insurance"),
    lifestyle: streamRevenue(fleet, perVehicle, "lifestyle"),
    usedcar: streamRevenue(fleet, perVehicle, "usedcar"),
    ecosystem: ecosystemRevenue(fleet, perVehicle),
    total: totalRevenue(fleet, perVehicle),
    multiple: ecosystemMultiple(perVehicle),
  };
}

import { product, type Amount } from "./arithmetic";

/** Display units for amounts: 元, 万 (10^4) and 亿 (10^8). */
export type Unit = "yuan" | "wan" | "yi";

export const UNIT_DIVISOR = { yuan: 1, wan: 1e4, yi: 1e8 } as const satisfies Record<Unit, number>;

export function inUnit(amountInYuan: number, unit: Unit): number {
  return amountInYuan / UNIT_DIVISOR[unit];
}

/**
 * count × amount per count, in `unit`: the division by the unit is part of the product, so a
 * total beyond 1.8e308 元 that fits in 万 or 亿 still comes out (1e308 × 765 ÷ 1e4 = 7.65e306).
 */
export function totalInUnit(count: number, perCount: Amount, unit: Unit = "yuan"): number {
  return product(count, perCount, UNIT_DIVISOR[unit]);
}

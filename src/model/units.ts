/** Display units for amounts: 元, 万 (10^4) and 亿 (10^8). */
export type Unit = "yuan" | "wan" | "yi";

export const UNIT_DIVISOR = { yuan: 1, wan: 1e4, yi: 1e8 } as const satisfies Record<Unit, number>;

export function inUnit(amountInYuan: number, unit: Unit): number {
  return amountInYuan / UNIT_DIVISOR[unit];
}

import { wholeYuan } from "../round";
import type { PlanCase } from "./assumptions";
import { tornadoEndFactors } from "./caseFactors";
import { DRIVERS, type Driver } from "./drivers";
import { planUnder } from "./planUnder";

// Read once: in a sandboxed runtime (a vm context, as the tests and the bench load the bundle)
// each global lookup costs more than the arithmetic around it.
const { abs, max } = Math;

export interface TornadoBar {
  readonly driver: Driver;
  /** 1 … 11, the driver's row in MODEL.md §8's table. */
  readonly number: number;
  /** The factors at each end. */
  readonly downside: number;
  readonly upside: number;
  /** NPV with this driver at its downside / upside, every other factor 1. */
  readonly npvDownside: number;
  readonly npvUpside: number;
  /** |NPV(up) − NPV(down)|. */
  readonly swing: number;
}

/** The eleven bars in driver order: each end a full recomputation around the base case. */
export function tornado(c: PlanCase): readonly TornadoBar[] {
  return DRIVERS.map((driver, i) => {
    const [downside, upside] = c.caseFactors[driver];
    const npvDownside = planUnder(c, tornadoEndFactors(c.caseFactors, driver, 0)).npv;
    const npvUpside = planUnder(c, tornadoEndFactors(c.caseFactors, driver, 1)).npv;
    return {
      driver,
      number: i + 1,
      downside,
      upside,
      npvDownside,
      npvUpside,
      swing: abs(npvUpside - npvDownside),
    };
  });
}

/**
 * Sorted by the swing in whole 元, largest first, ties by driver number: a complete order that
 * floating-point near-ties cannot break (the workbook ranks the same way).
 */
export function sortBySwing(bars: readonly TornadoBar[]): readonly TornadoBar[] {
  return [...bars].sort((a, b) => wholeYuan(b.swing) - wholeYuan(a.swing) || a.number - b.number);
}

export function maxSwing(bars: readonly TornadoBar[]): number {
  return bars.reduce((largest, bar) => max(largest, bar.swing), 0);
}

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
  /** NPV_Incremental at each end, each against its own status quo (MODEL.md §11.5). */
  readonly npvIncrementalDownside: number;
  readonly npvIncrementalUpside: number;
  /** |NPV_Incremental(up) − NPV_Incremental(down)|: what the ranking uses (§11.5). */
  readonly incrementalSwing: number;
}

/** The eleven bars in driver order: each end a full recomputation around the base case. */
export function tornado(c: PlanCase): readonly TornadoBar[] {
  return DRIVERS.map((driver, i) => {
    const [downside, upside] = c.caseFactors[driver];
    const down = planUnder(c, tornadoEndFactors(c.caseFactors, driver, 0));
    const up = planUnder(c, tornadoEndFactors(c.caseFactors, driver, 1));
    return {
      driver,
      number: i + 1,
      downside,
      upside,
      npvDownside: down.npv,
      npvUpside: up.npv,
      swing: abs(up.npv - down.npv),
      npvIncrementalDownside: down.npvIncremental,
      npvIncrementalUpside: up.npvIncremental,
      incrementalSwing: abs(up.npvIncremental - down.npvIncremental),
    };
  });
}

/**
 * The tornado ranks the decision (MODEL.md §11.5): sorted by the incremental swing in whole 元,
 * largest first, ties by driver number, a complete order that floating-point near-ties cannot
 * break (the workbook ranks the same way).
 */
export function sortBySwing(bars: readonly TornadoBar[]): readonly TornadoBar[] {
  return [...bars].sort(
    (a, b) => wholeYuan(b.incrementalSwing) - wholeYuan(a.incrementalSwing) || a.number - b.number
  );
}

/** The largest NPV swing (Out_TornadoNPV_MaxSwing). */
export function maxSwing(bars: readonly TornadoBar[]): number {
  return bars.reduce((largest, bar) => max(largest, bar.swing), 0);
}

/** The largest incremental swing (Out_TornadoIncremental_MaxSwing). */
export function maxIncrementalSwing(bars: readonly TornadoBar[]): number {
  return bars.reduce((largest, bar) => max(largest, bar.incrementalSwing), 0);
}

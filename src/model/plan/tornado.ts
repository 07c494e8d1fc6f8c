import type { DataRates } from "../dataAssets";
import { EXTENSION_STREAMS, type PerVehicle } from "../ecosystem";
import type { PlanCase } from "./assumptions";
import { fleetPath } from "./fleetPath";
import { FINAL_YEAR } from "./timeline";
import { yearValues } from "./yearValues";

/** The tornado's seven inputs, in the order of MODEL.md §6. */
export const TORNADO_DRIVERS = [
  "insurance",
  "usedCarFee",
  "finance",
  "mobility",
  "fleet",
  "margin",
  "streams",
] as const;
export type TornadoDriver = (typeof TORNADO_DRIVERS)[number];

export interface TornadoBar {
  readonly driver: TornadoDriver;
  /** The input at its low and high end (streams: a factor on every stream's revenue). */
  readonly low: number;
  readonly high: number;
  /** V_5 with the input at its low and high end, everything else as entered. */
  readonly valueLow: number;
  readonly valueHigh: number;
  /** |V_5(high) − V_5(low)|. */
  readonly swing: number;
}

type RateKey = keyof DataRates;

/** One input's range and V_5 at a value of it. */
interface Move {
  readonly ends: (c: PlanCase) => readonly [number, number];
  readonly year5Value: (c: PlanCase, x: number) => number;
}

const year5Fleet = (c: PlanCase): number => fleetPath(c)[FINAL_YEAR];
const year5Value = (c: PlanCase, fleet: number = year5Fleet(c)): number =>
  yearValues(c, FINAL_YEAR, fleet).value;
const stepped = (c: PlanCase, x: number): readonly [number, number] => [
  x * (1 - c.sensitivityStep),
  x * (1 + c.sensitivityStep),
];

/** S8–S11: a data buyer's price from the low to the high scenario's value. */
function dataRate(key: RateKey): Move {
  return {
    ends: (c) => [c.dataRates.low[key], c.dataRates.high[key]],
    year5Value: (c, x) =>
      year5Value({
        ...c,
        dataRates: { ...c.dataRates, [c.scenario]: { ...c.dataRates[c.scenario], [key]: x } },
      }),
  };
}

function scaledStreams(perVehicle: PerVehicle, factor: number): PerVehicle {
  // Stryker disable next-line ObjectLiteral: an equivalent mutant, traditional revenue is not part of V
  const scaled = { ...perVehicle };
  for (const s of EXTENSION_STREAMS) scaled[s] = perVehicle[s] * factor;
  return scaled;
}

const MOVES: Readonly<Record<TornadoDriver, Move>> = {
  insurance: dataRate("insurance"),
  usedCarFee: dataRate("usedCarFee"),
  finance: dataRate("finance"),
  mobility: dataRate("mobility"),
  /** The year-5 fleet ± the step (the target fleet when the plan runs its five years). */
  fleet: { ends: (c) => stepped(c, year5Fleet(c)), year5Value: (c, x) => year5Value(c, x) },
  margin: {
    ends: (c) => stepped(c, c.marginPerVehicle),
    year5Value: (c, x) => year5Value({ ...c, marginPerVehicle: x }),
  },
  streams: {
    ends: (c) => stepped(c, 1),
    year5Value: (c, x) => year5Value({ ...c, perVehicle: scaledStreams(c.perVehicle, x) }),
  },
};

/** The seven bars in driver order. */
export function tornado(c: PlanCase): readonly TornadoBar[] {
  return TORNADO_DRIVERS.map((driver) => {
    const move = MOVES[driver];
    const [low, high] = move.ends(c);
    const valueLow = move.year5Value(c, low);
    const valueHigh = move.year5Value(c, high);
    return { driver, low, high, valueLow, valueHigh, swing: Math.abs(valueHigh - valueLow) };
  });
}

/** Largest swing first; equal swings keep the drivers' order (as RANK + COUNTIF does in the workbook). */
export function sortBySwing(bars: readonly TornadoBar[]): readonly TornadoBar[] {
  return [...bars].sort((a, b) => b.swing - a.swing);
}

export function maxSwing(bars: readonly TornadoBar[]): number {
  return bars.reduce((max, bar) => Math.max(max, bar.swing), 0);
}

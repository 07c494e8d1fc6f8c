import type { PlanOutcome } from "./planUnder";
import { EXTENSION_STREAMS } from "../ecosystem";
import type { ExtensionStream } from "./streams";
import { FINAL_YEAR } from "./timeline";

/** The bars of Out_Bridge (10 × 1), in order (MODEL.md §11.7). */
export const BRIDGE_BARS = [
  "today",
  "traditional",
  "data",
  ...EXTENSION_STREAMS,
  "ecoOpex",
  "year5",
] as const;
export type BridgeBar = (typeof BRIDGE_BARS)[number];

/** One amount per bar, 元/年. */
export type Bridge = Readonly<Record<BridgeBar, number>>;

/**
 * The bridge from today to year 5 (MODEL.md §11.7): V_0; P_5 − P_0 (traditional service on a
 * larger fleet, and away from the mid case its margin and cost factors); D_5 − D_0; each
 * stream's G_{s,5} − G_{s,0}; −EcoOpex_5; V_5. The bars between the ends add up to V_5 − V_0.
 */
export function valueBridge(o: PlanOutcome): Bridge {
  const first = o.years[0];
  const last = o.years[FINAL_YEAR];
  const margin = (s: ExtensionStream): number =>
    last.streamRevenue[s] * o.inputs.streamMargin[s] -
    first.streamRevenue[s] * o.today.streamMargin[s];
  return {
    today: first.value,
    traditional: last.profit - first.profit,
    data: last.data - first.data,
    baas: margin("baas"),
    charging: margin("charging"),
    insurance: margin("insurance"),
    lifestyle: margin("lifestyle"),
    usedcar: margin("usedcar"),
    ecoOpex: -o.inputs.ecoOpex,
    year5: last.value,
  };
}

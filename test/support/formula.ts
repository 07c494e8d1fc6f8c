import { DEFINITIONS } from "../../src/functions/definitions";
import type { OutCell } from "../../src/functions/run";
import { parseEcoCall } from "./ecoCall";

/** Evaluates a documented example such as =ECO.DATA_ASSET_VALUE({1;2},{"low","mid"},,,,"亿"). */
export function evaluateExample(formula: string): OutCell[][] {
  const call = parseEcoCall(formula);
  if (!call) throw new Error(`not an ECO formula: ${formula}`);
  const def = DEFINITIONS[call.id as keyof typeof DEFINITIONS];
  if (!def) throw new Error(`unknown function ${call.id}`);
  return def.cells(...call.args);
}

/**
 * What the task pane writes into a template: every input a preset sets, as the values of the
 * contract's named input ranges (multi-cell names get a grid of the name's shape). Pure: no Office.
 */
import { EXTENSION_STREAMS, type PlanSettings } from "../model";
import { columnNumber } from "./a1";
import { INPUT_NAMES, type InputName, type SheetRef, type TemplateContract } from "./contract";

export type CellValue = number | string;

export interface InputWrite {
  readonly name: InputName;
  readonly ref: SheetRef;
  /** Rows of cells, exactly the shape of `ref`. */
  readonly values: readonly (readonly CellValue[])[];
}

/**
 * In_ServiceCost and In_NetworkCost are overrides (MODEL.md §11.1): blank (null in the settings),
 * the workbook calibrates c and N from the company's facts. The story leaves them blank; the
 * fleet presets type the story's c and N (src/model/presets.ts), since the story's facts do not
 * describe their fleets.
 */
export function costOverride(
  settings: PlanSettings,
  cost: "serviceCost" | "networkCost"
): number | null {
  return settings[cost];
}

const row = (values: readonly CellValue[]): CellValue[][] => [[...values]];
const cell = (value: CellValue): CellValue[][] => [[value]];

function gridOf(name: InputName, s: PlanSettings, contract: TemplateContract): CellValue[][] {
  switch (name) {
    case "In_Fleet":
      return cell(s.fleet);
    case "In_Scenario":
      return cell(contract.scenarioLabels[s.scenario]);
    case "In_TargetFleet":
      return cell(s.targetFleet);
    case "In_FleetPath":
      return cell(contract.fleetPathLabels[s.fleetPath]);
    case "In_ServiceCost":
      return cell(costOverride(s, "serviceCost") ?? "");
    case "In_NetworkCost":
      return cell(costOverride(s, "networkCost") ?? "");
    case "In_EcoOpex":
      return cell(s.ecoOpex);
    case "In_Capex":
      return row(s.capex);
    case "In_DataCoverage":
      return row(s.dataCoverage);
    case "In_Adoption":
      return EXTENSION_STREAMS.map((stream) => [...s.adoption[stream]]);
    case "In_StreamMargin":
      return EXTENSION_STREAMS.map((stream) => [s.streamMargin[stream]]);
    case "In_DiscountRate":
      return cell(s.discountRate);
  }
}

/** Rows × columns of an A1 address ("C5" → 1×1, "C40:H44" → 5×6). */
export function shapeOf(address: string): { rows: number; columns: number } {
  const [from = "", to = from] = address.split(":");
  const parse = (a: string): { row: number; col: number } => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
    if (!m) throw new Error(`not an A1 address: ${address}`);
    return { row: Number(m[2]), col: columnNumber(m[1] ?? "") };
  };
  const a = parse(from);
  const b = parse(to);
  return { rows: b.row - a.row + 1, columns: b.col - a.col + 1 };
}

/** One write per named input, in INPUT_NAMES order; throws if a grid misses its name's shape. */
export function inputWrites(settings: PlanSettings, contract: TemplateContract): InputWrite[] {
  return INPUT_NAMES.map((name) => {
    const ref = contract.names[name];
    const values = gridOf(name, settings, contract);
    const shape = shapeOf(ref.address);
    if (values.length !== shape.rows || values.some((r) => r.length !== shape.columns))
      throw new Error(`${name}: ${ref.address} is ${shape.rows}×${shape.columns}`);
    return { name, ref, values };
  });
}

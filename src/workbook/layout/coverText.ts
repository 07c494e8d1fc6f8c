/**
 * The Guide's words with what they name filled in from the layout and the model, so the Guide
 * cannot promise a sheet, a name or a count the workbook does not have:
 * - {sheet:KEY}: the sheet's name in this edition, quoted (“规划分析” / “Plan analysis”);
 * - {name:NAME}: a workbook name (Check_All, In_CaseFactors), refused unless the workbook has it;
 * - {edition}: the plan's edition (PLAN_EDITION); {drivers}, {trials}: how many drivers the
 *   cases and tornado have and how many trials the simulation runs;
 * - {fleet:today|target}, {margin}, {serviceCost}, {networkCost}, {loss:today|target}: the story's
 *   defaults and the two seed losses the network cost is calibrated to, as the edition writes
 *   amounts (2,000万 / CNY 20m).
 * An unknown placeholder throws: the Guide is generated, never written with a stray "{…}".
 */
import { DRIVERS, planCase, SEED_CALIBRATION } from "../../model";
import type { Edition, WorkbookName } from "../contract";
import { PLAN_EDITION } from "./cover";
import { NAME_TARGETS } from "./names";
import { DEFAULT_SETTINGS } from "./settings";
import { SHEET_NAMES, type SheetKey } from "./sheets";
import { SIM_TRIALS } from "./simulation";
import { textIn, type Text } from "./types";

const grouped = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** An amount in 元 as the edition writes it in prose: 2,000万 · 1亿 / CNY 20m · CNY 1bn. */
export function proseAmount(yuan: number, edition: Edition): string {
  const a = Math.abs(yuan);
  if (edition === "zh-CN") {
    if (a >= 1e8) return `${grouped(a / 1e8)}亿元`;
    if (a >= 1e4) return `${grouped(a / 1e4)}万元`;
    return `${grouped(a)} 元`;
  }
  if (a >= 1e9) return `CNY ${grouped(a / 1e9)}bn`;
  if (a >= 1e6) return `CNY ${grouped(a / 1e6)}m`;
  return `CNY ${grouped(a)}`;
}

/** A vehicle count as the edition writes it: 10万 / 100,000. */
export function proseFleet(vehicles: number, edition: Edition): string {
  return edition === "zh-CN" && vehicles >= 1e4
    ? `${grouped(vehicles / 1e4)}万`
    : grouped(vehicles);
}

const isSheet = (key: string): key is SheetKey => Object.hasOwn(SHEET_NAMES, key);
const isName = (name: string): name is WorkbookName => Object.hasOwn(NAME_TARGETS, name);

function fill(placeholder: string, edition: Edition): string {
  const [kind = "", arg = ""] = placeholder.split(":", 2);
  const quote = (s: string): string => `“${s}”`;
  switch (kind) {
    case "sheet":
      if (!isSheet(arg)) break;
      return quote(textIn(SHEET_NAMES[arg], edition));
    case "name":
      if (!isName(arg)) break;
      return arg;
    case "edition":
      return textIn(PLAN_EDITION, edition);
    case "drivers":
      return String(DRIVERS.length);
    case "trials":
      return grouped(SIM_TRIALS);
    case "fleet":
      if (arg === "today") return proseFleet(DEFAULT_SETTINGS.fleet, edition);
      if (arg === "target") return proseFleet(DEFAULT_SETTINGS.targetFleet, edition);
      break;
    case "loss":
      if (arg === "today") return proseAmount(SEED_CALIBRATION.todayLoss, edition);
      if (arg === "target") return proseAmount(SEED_CALIBRATION.targetLoss, edition);
      break;
    case "margin":
      return grouped(DEFAULT_SETTINGS.marginPerVehicle);
    case "serviceCost":
      return grouped(planCase(DEFAULT_SETTINGS).serviceCost);
    case "networkCost":
      return proseAmount(planCase(DEFAULT_SETTINGS).networkCost, edition);
  }
  throw new Error(`Guide: {${placeholder}} names nothing the workbook has`);
}

/** One Guide line in the edition's language, every placeholder filled. */
export function coverText(text: Text, edition: Edition): string {
  return textIn(text, edition).replace(/\{([^{}]+)\}/g, (_, p: string) => fill(p, edition));
}

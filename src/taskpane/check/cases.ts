/**
 * The formulas the self-test writes into the user's Excel, with the results the model (the same
 * code the pane bundles) computes for the same arguments: one call per function, a Chinese
 * keyword, a unit, and a spill. Each case's formula and expected values are built from one list
 * of arguments, so they cannot disagree.
 */
import type { FunctionId } from "../../functions/examples";
import {
  dataAssetValue,
  dataRates,
  ecosystemMultiple,
  ecosystemRevenue,
  inUnit,
  lifetimeValue,
  userAssetValue,
} from "../../model";
import {
  DEFAULT_PLAN_SETTINGS,
  planCase,
  planUnder,
  scenarioFactors,
  simulate,
} from "../../model/plan";
import { ADDIN_NAMESPACE } from "../addinNamespace";

/** null: an argument left out (PLAN and SIMULATE take their later arguments by position). */
type Arg = number | string | readonly number[] | null;

export interface FunctionCase {
  readonly id: FunctionId;
  readonly formula: string;
  /** One value per cell, top to bottom (more than one: the result spills down). */
  readonly expected: readonly number[];
}

/** Relative tolerance of the comparison: |actual − expected| ≤ 1e-9 × max(1, |expected|). */
export const TOLERANCE = 1e-9;

export function matches(actual: unknown, expected: number): boolean {
  return (
    typeof actual === "number" &&
    Number.isFinite(actual) &&
    Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected))
  );
}

function literal(arg: Arg): string {
  if (arg === null) return "";
  if (typeof arg === "number") return String(arg);
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  return `{${arg.join(";")}}`;
}

function makeCase(id: FunctionId, args: readonly Arg[], expected: readonly number[]): FunctionCase {
  return { id, formula: `=${ADDIN_NAMESPACE}.${id}(${args.map(literal).join(",")})`, expected };
}

export function functionCases(): FunctionCase[] {
  const fleet = 100_000;
  const users = { users: 1_000_000, activity: 0.8, ltv: 20_000, repurchase: 0.5 };
  const nio = 500_000;
  const ltv = { margin: 1000, retention: 0.8, discount: 0.1, years: 3 };
  const fleets = [100_000, 500_000] as const;
  // The seed's story (MODEL.md §8): only the fleet given, every other argument its default.
  const story = planCase({ ...DEFAULT_PLAN_SETTINGS, fleet });
  const base = planUnder(story, scenarioFactors(story.caseFactors, story.scenario));
  const skipTo = (position: number): null[] => Array<null>(position - 2).fill(null);
  return [
    makeCase("DATA_ASSET_VALUE", [fleet], [dataAssetValue(fleet, dataRates("mid"))]),
    makeCase(
      "USER_ASSET_VALUE",
      [users.users, users.activity, users.ltv, users.repurchase, "亿"],
      [inUnit(userAssetValue(users.users, users.activity, users.ltv, users.repurchase), "yi")]
    ),
    makeCase("ECOSYSTEM_REVENUE", [nio, "倍数"], [ecosystemMultiple()]),
    makeCase(
      "LTV",
      [ltv.margin, ltv.retention, ltv.discount, ltv.years],
      [lifetimeValue(ltv.margin, ltv.retention, ltv.discount, ltv.years)]
    ),
    makeCase(
      "ECOSYSTEM_REVENUE",
      [fleets],
      fleets.map((f) => ecosystemRevenue(f))
    ),
    // output is PLAN's 15th argument and SIMULATE's 15th; unit the 16th.
    makeCase(
      "PLAN",
      [fleet, ...skipTo(15), "增量净现值", "亿"],
      [inUnit(base.npvIncremental, "yi")]
    ),
    makeCase("SIMULATE", [fleet, ...skipTo(15), "p50"], [simulate(story).npvP50]),
  ];
}

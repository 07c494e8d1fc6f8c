/**
 * One plan recomputation in one row of cells (MODEL.md §8): given the cells holding a variant's
 * eleven factors k_1…k_11, the formulas of its fleet, ecosystem contribution per vehicle and
 * contribution V for years 0…5, its NPV, the status quo's NPV under the same factors, the
 * difference, and its year-5 role. Every variant (the status quo, the three cases, the 22 tornado
 * ends, a simulation's trials) is one such row: the same formula in every row of a column.
 *
 * Compact on purpose (a simulation has a thousand rows): per year only F_t, e_t and V_t, where
 *   e_t = MIN(1, Coverage_t·k9)·p·k1 + k6·k7·Σ_s r_s·Margin_s·MIN(1, Adoption_{s,t}·k8)
 *   V_t = F_t·(m·k3 − c·k4 + e_t) − N·k5 − EcoOpex·k10   (t = 1…5)
 *   e_0 and V_0 the same with every factor 1 (0 where the row switches a driver off: the status
 *   quo's ecosystem) and no opex: today is measured (MODEL.md §11.3), the same on every case row
 *   NPV = Σ_{t=1..5} (V_t − Capex_t·k10)/(1 + d·k11)^t − Capex_0·k10
 *   NPV_SQ = Σ_{t=1..5} (F_t·(m·k3 − c·k4) − N·k5)/(1 + d·k11)^t
 * (inside SUMPRODUCT MIN(1, x) is written x − (x > 1)·(x − 1), which works element by element).
 * Discounting uses the plan sheet's year header, so the row holds no year numbers of its own.
 */
import type { Edition } from "../contract";
import { CALC_GEOMETRY, type AddressBook } from "./addresses";
import { qualified, resolveFormula, yearColumn } from "./formula";
import { PLAN_YEARS } from "./plan";
import { roleOf } from "./roleFormula";
import type { Fmt, Formula } from "./types";
import { VARIANT_COLUMNS, variantColumn, type VariantColumnKey } from "./variantColumns";

export {
  VARIANT_COLUMNS,
  variantColumn,
  type VariantColumn,
  type VariantColumnKey,
} from "./variantColumns";

export interface VariantRow {
  /** The sheet row the formulas are written in. */
  readonly row: number;
  /** The cells holding k_1…k_11 (A1, on the same sheet, or sheet-qualified), in driver order. */
  readonly factors: readonly string[];
  /** The first output column (F_0's); the others follow in VARIANT_COLUMNS order. */
  readonly firstOutput: string;
}

export interface VariantCell {
  readonly key: VariantColumnKey;
  readonly address: string;
  readonly formula: string;
  readonly fmt: Fmt;
}

/**
 * The formula templates of one recomputation at factors k_1…k_11 (cell references), as pieces: a
 * variant row writes each into a cell of its own; the simulation's trial rows, kept light (MODEL.md
 * §11.4), write V_t with F_t and e_t inline and the status quo's NPV over a vector of the fleet.
 * One definition of every formula, whichever way it is laid out.
 */
export interface PlanTemplates {
  /** F_t. */
  fleet(y: number): string;
  /** F_1…F_5 as one row vector, for SUMPRODUCT: the path's IF on scalars only (see below). */
  fleetYears(): string;
  /** e_t. */
  eco(y: number): string;
  /** V_t from the expressions (or cells) of F_t and e_t. */
  value(y: number, fleet: string, eco: string): string;
  /** NPV over V_1…V_5 (a range or an array expression). */
  npv(values: string): string;
  /** The status quo's NPV over F_1…F_5 (a range or an array expression). */
  npvStatusQuo(fleets: string): string;
}

export function planTemplates(factors: readonly string[], edition: Edition): PlanTemplates {
  if (factors.length !== 11) throw new Error("variants: a row needs eleven factors");
  const k = (j: number): string => factors[j - 1] ?? "";
  const hr = CALC_GEOMETRY.headerRow;
  const planYear = (y: number): string => qualified("plan", edition, `$${yearColumn(y)}$${hr}`);
  const years1to5 = qualified("plan", edition, `$${yearColumn(1)}$${hr}:$${yearColumn(5)}$${hr}`);
  const mc = `({in.unitMargin}*${k(3)}-{in.serviceCost}*${k(4)})`;
  const target = `{in.targetFleet}*${k(2)}`;
  const capped = (x: string): string => `(${x}-(${x}>1)*(${x}-1))`;
  const cagr = `AND({in.fleetPath}={path:cagr},{in.fleet}>0,${target}>0)`;
  const discount = `(1+{in.discountRate}*${k(11)})^${years1to5}`;
  // Year 0 is measured (MODEL.md §11.3): each factor 1, or 0 where the row switches it off.
  const f = (y: number, j: number): string => (y === 0 ? `(${k(j)}<>0)` : k(j));
  return {
    fleet: (y) => {
      const t = `${planYear(y)}/${planYear(5)}`;
      return `IF(${cagr},{in.fleet}*(${target}/{in.fleet})^(${t}),{in.fleet}+(${target}-{in.fleet})*${t})`;
    },
    // An IF whose branches are arrays is not computed element by element inside SUMPRODUCT by an
    // Excel without dynamic arrays: the path is chosen by arithmetic on a 0/1 flag instead, and
    // the growth ratio's own IF is a scalar (1 on the linear path, so no #DIV/0! or #NUM!).
    // x·1 + y·0 and x·0 + y·1 are x and y exactly: the same digits as the cells of fleet(y).
    fleetYears: () => {
      const t = `${years1to5}/${planYear(5)}`;
      return `({in.fleet}*IF(${cagr},${target}/{in.fleet},1)^(${t})*${cagr}+({in.fleet}+(${target}-{in.fleet})*${t})*(1-${cagr}))`;
    },
    eco: (y) => {
      const adoption = `{range:in.adoptionBaas@${y}..adoptionUsedCar@${y}}*${f(y, 8)}`;
      return `MIN(1,{in.coverage@${y}}*${f(y, 9)})*{in.dataPriceMid}*${f(y, 1)}+${f(y, 6)}*${f(y, 7)}*SUMPRODUCT({range:in.pvBaas..pvUsedCar},{range:in.marginBaas..marginUsedCar},${capped(adoption)})`;
    },
    value: (y, fleet, eco) => {
      const opex = y === 0 ? "" : `-{in.ecoOpex}*${k(10)}`;
      return `${fleet}*(({in.unitMargin}*${f(y, 3)}-{in.serviceCost}*${f(y, 4)})+${eco})-{in.networkCost}*${f(y, 5)}${opex}`;
    },
    npv: (values) =>
      `SUMPRODUCT((${values}-{range:in.capex@1..capex@5}*${k(10)})/${discount})-{in.capex@0}*${k(10)}`,
    npvStatusQuo: (fleets) => `SUMPRODUCT((${fleets}*${mc}-{in.networkCost}*${k(5)})/${discount})`,
  };
}

/** The formulas of one variant row, resolved for an edition. */
export function variantCells(v: VariantRow, edition: Edition, book: AddressBook): VariantCell[] {
  const at = (key: VariantColumnKey): string => `${variantColumn(v.firstOutput, key)}${v.row}`;
  const span = (prefix: "F" | "V", from: number, to: number): string =>
    `${variantColumn(v.firstOutput, `${prefix}${from}` as VariantColumnKey)}${v.row}:${variantColumn(v.firstOutput, `${prefix}${to}` as VariantColumnKey)}${v.row}`;
  const p = planTemplates(v.factors, edition);
  const templates: Record<VariantColumnKey, Formula> = {} as Record<VariantColumnKey, Formula>;
  for (const y of PLAN_YEARS) {
    templates[`F${y}`] = p.fleet(y);
    templates[`E${y}`] = p.eco(y);
    templates[`V${y}`] = p.value(y, at(`F${y}`), at(`E${y}`));
  }
  templates.npv = p.npv(span("V", 1, 5));
  templates.npvSq = p.npvStatusQuo(span("F", 1, 5));
  templates.npvInc = `${at("npv")}-${at("npvSq")}`;
  templates.role5 = roleOf(at("V5"));
  return VARIANT_COLUMNS.map((c) => ({
    key: c.key,
    address: at(c.key),
    formula: resolveFormula(templates[c.key], { edition, book }),
    fmt: c.fmt,
  }));
}

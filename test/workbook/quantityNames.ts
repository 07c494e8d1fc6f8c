/**
 * What every formula cell of the workbook shows, named as a quantity of the model (issue 18): the
 * tests compute each quantity from src/model and compare it with the cell after LibreOffice's
 * recalculation, so a wrong operator in any layout formula fails a test. A formula cell whose
 * slot has no name here fails that test too: new rows cannot slip through unchecked.
 *
 * A slot is a row key (`econ.revenueDrop`), with the column where one row holds several
 * (`analysis.t#:E`, `cases:AE`, `sim.trial:M`); the quantity names its parameters by letter, filled
 * in from the cell's place: t the plan year (the column), v the variant (the case row), i the trial
 * (the simulation row), j the driver (the column), n the number in the row key (`t3`, `sorted3`),
 * b the histogram bin (the row). No values here: this file only names quantities (test/workbook/
 * quantities.ts computes them); only tests use it, so it lives beside them, not in src/.
 */
import { columnNumber } from "../../src/workbook/a1";
import { CALC_GEOMETRY, YEAR_COLUMNS, type AddressBook } from "../../src/workbook/layout/addresses";
import { CASE_GEOMETRY, CASE_VARIANTS } from "../../src/workbook/layout/caseRows";
import { CHECKED_INPUTS, inputCheckKey } from "../../src/workbook/layout/inputChecks";
import {
  BLOCK_PLACES,
  blockColumns,
  blockRows,
  DASH_ROWS,
  TILE_PLACES,
} from "../../src/workbook/layout/dashboard";
import {
  PARAMETER_ROWS,
  paramRow,
  SIM_GEOMETRY,
  SIM_OUTPUT_KEYS,
  summaryRow,
  SUMMARY_KEYS,
} from "../../src/workbook/layout/simulation";
import type { SheetKey } from "../../src/workbook/layout/sheets";
import { VARIANT_COLUMNS } from "../../src/workbook/layout/variantColumns";

/** Where a cell sits, as the quantity's parameters see it. */
export interface Slot {
  readonly key: string;
  readonly t?: number;
  readonly v?: string;
  readonly i?: number;
  readonly j?: number;
  readonly n?: number;
  readonly b?: number;
}

const split = (address: string): { col: string; row: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`quantities: bad address ${address}`);
  return { col: m[1] ?? "", row: Number(m[2]) };
};

/** The variant output column at `col`, counting from `first`, or undefined. */
function variantKey(first: string, col: string): string | undefined {
  const i = columnNumber(col) - columnNumber(first);
  return VARIANT_COLUMNS[i]?.key;
}

/** The slot of a cell on a sheet: which named quantity it shows, and with which parameters. */
export function slotOf(sheet: SheetKey, address: string, book: AddressBook): Slot {
  const { col, row } = split(address);
  const keyAt = (): string | undefined =>
    [...book.rows].find(([k, p]) => p.sheet === sheet && p.row === row && !/\.bin/.test(k))?.[0];
  if (sheet === "cases") {
    const v = CASE_VARIANTS[row - CASE_GEOMETRY.firstRow]?.key;
    const j = CASE_GEOMETRY.factorColumns.indexOf(col as "B");
    if (j >= 0) return { key: "cases:factor", v, j: j + 1 };
    return { key: `cases:${variantKey(CASE_GEOMETRY.firstOutput, col) ?? col}`, v };
  }
  if (sheet === "sim") {
    const G = SIM_GEOMETRY;
    const k = G.factorColumns.indexOf(col);
    if (row >= G.checkRow) {
      const part = row === G.checkRow ? "sim.check" : "sim.trial";
      const i = row === G.checkRow ? undefined : row - G.checkRow;
      if (col === "A") return { key: `${part}:i`, i };
      if (col === G.commonColumn) return { key: `${part}:z0`, i };
      if (k >= 0) return { key: `${part}:k`, i, j: k + 1 };
      const out = SIM_OUTPUT_KEYS[columnNumber(col) - columnNumber(G.firstOutput)];
      return { key: `${part}:${out ?? col}`, i };
    }
    const p = PARAMETER_ROWS.find((x) => paramRow(x) === row);
    if (p && k >= 0) return { key: `sim.${p}`, j: k + 1 };
    const s = SUMMARY_KEYS.find((x) => summaryRow(x) === row);
    if (s && col === CALC_GEOMETRY.valueColumn) return { key: `sim.${s}` };
    const b = row - G.binHeader - 1;
    return { key: `sim.bin:${col}`, b };
  }
  if (sheet === "dashboard") return dashboardSlot(col, row);
  const key = keyAt();
  if (!key) return { key: `${sheet}!${address}` };
  if (sheet === "plan") {
    const t = YEAR_COLUMNS.indexOf(col as "C");
    return t >= 0 ? { key, t } : { key: `${key}:${col}` };
  }
  if (sheet === "analysis") {
    const m = /^(analysis\.(?:tnpv|t|sorted|irr|bridgeTop|bridge))(\d+)$/.exec(key);
    if (m) return { key: `${m[1] ?? ""}#:${col}`, n: Number(m[2]) };
    if (/^analysis\.case/.test(key)) return { key, v: CASE_COLUMNS[col] };
    return { key };
  }
  if (sheet === "inputs") {
    if (col === "F") return { key };
    const t = YEAR_COLUMNS.indexOf(col as "C");
    return { key: `${key}:${col}`, t };
  }
  if (sheet === "addin") return { key: `${key}:${col}` };
  // The checks' value column, and beside it a check's message (the input checks)
  if (sheet === "checks" && col !== CALC_GEOMETRY.valueColumn) return { key: `${key}:${col}` };
  return { key };
}

/**
 * A dashboard cell: a tile's caption, value or detail (`dash.tile.npvInc.value`), a block row's
 * label or value (`dash.path.ecoValue` with t, `dash.cases.npv` with v, `dash.worth.irr:0`,
 * `dash.tornado.sorted#:1` with n, `dash.histogram.bin#:label` with b), or one of the page's lines.
 */
function dashboardSlot(col: string, row: number): Slot {
  for (const [tile, top] of TILE_PLACES) {
    const part = ["caption", "value", "detail"][row - top];
    if (col === tile.from && part) return { key: `dash.tile.${tile.key}.${part}` };
  }
  for (const [block, place] of BLOCK_PLACES) {
    const r = block.rows.find((x) => blockRows(block, place.header).get(x.key) === row);
    if (!r) continue;
    const columns = blockColumns(block, place);
    const i = columns.indexOf(col);
    const at = col === (place.label ?? "B") ? "label" : String(i);
    if (at !== "label" && i < 0) continue;
    const m = /^(sorted|bin|bar)(\d+)$/.exec(r.key);
    if (m) {
      const key = `dash.${block.key}.${m[1] ?? ""}#:${at}`;
      return m[1] === "bin" ? { key, b: Number(m[2]) } : { key, n: Number(m[2]) };
    }
    if (block.header === "years") return { key: `dash.${block.key}.${r.key}`, t: i };
    if (block.key === "cases") return { key: `dash.cases.${r.key}`, v: DASH_CASES[i] };
    return { key: `dash.${block.key}.${r.key}:${at}` };
  }
  const line = (Object.keys(DASH_ROWS) as (keyof typeof DASH_ROWS)[]).find(
    (k) =>
      DASH_ROWS[k] === row &&
      ["subtitle", "legend", "warning", "nearThreshold", "noCostNote", "drawsNote", "casesNote"].includes(k)
  );
  return { key: line ? `dash.${line}` : `dashboard!${col}${row}` };
}

/** The dashboard's case columns, left to right. */
const DASH_CASES = ["sq", "low", "mid", "high"] as const;

/** The analysis sheet's case columns. */
const CASE_COLUMNS: Readonly<Record<string, string>> = {
  C: "sq",
  D: "low",
  E: "mid",
  F: "high",
};

const VARIANT_QUANTITIES: Readonly<Record<string, string>> = Object.fromEntries(
  VARIANT_COLUMNS.map((c) => {
    const m = /^([FEV])(\d)$/.exec(c.key);
    const name = m
      ? `${{ F: "fleet", E: "ecoPerVehicle", V: "value" }[m[1] as "F"]}[${m[2] ?? ""}]`
      : {
          npv: "npv",
          npvSq: "npvStatusQuo",
          npvInc: "npvIncremental",
          role5: "roleLabel(year5Role)",
        }[c.key as "npv"];
    return [c.key, name];
  })
);
const variantSlots = (prefix: string, of: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(VARIANT_QUANTITIES).map(([k, q]) => [`${prefix}:${k}`, `${of}.${q}`])
  );

export const QUANTITIES: Readonly<Record<string, string>> = {
  // After-sales economics (S1–S6)
  "econ.iceSpend": "econ.iceSpendPerVehicle",
  "econ.evSpend": "econ.evSpendPerVehicle",
  "econ.revenueDrop": "econ.revenueDrop",
  "econ.iceMargin": "econ.iceMarginPerVehicle",
  "econ.evMargin": "econ.evMarginPerVehicle",
  "econ.iceMarginRate": "econ.iceMarginRate",
  "econ.evMarginRate": "econ.evMarginRate",
  "econ.fleet": "fleet",
  "econ.iceRevenue": "econ.iceRevenue",
  "econ.evRevenue": "econ.evRevenue",
  "econ.iceGrossMargin": "econ.iceGrossMargin",
  "econ.evGrossMargin": "econ.evGrossMargin",
  "econ.marginGap": "econ.marginGap",
  // Data assets (S7–S12)
  "data.workOrders": "records.workOrders",
  "data.vehicleHealth": "records.vehicleHealth",
  "data.userBehaviour": "records.userBehaviour",
  "data.partsFlow": "records.partsFlow",
  "data.recordsMonth": "recordsPerMonth",
  "data.recordsYear": "recordsPerYear",
  "data.insurance": "dataRate.insurance",
  "data.usedCarFee": "dataRate.usedCarFee",
  "data.usedCarRate": "usedCarRate",
  "data.usedCar": "dataBuyer.usedcar",
  "data.finance": "dataRate.finance",
  "data.mobility": "dataRate.mobility",
  "data.perVehicle": "dataBuyer.all",
  "data.fleet": "fleet",
  "data.valueInsurance": "dataValue.insurance",
  "data.valueUsedCar": "dataValue.usedcar",
  "data.valueFinance": "dataValue.finance",
  "data.valueMobility": "dataValue.mobility",
  "data.value": "dataValue.all",
  "data.seedValue": "seed.dataValue",
  // Ecosystem (S15–S16)
  "eco.pvTraditional": "perVehicle.traditional",
  "eco.pvBaas": "perVehicle.baas",
  "eco.pvCharging": "perVehicle.charging",
  "eco.pvInsurance": "perVehicle.insurance",
  "eco.pvLifestyle": "perVehicle.lifestyle",
  "eco.pvUsedCar": "perVehicle.usedcar",
  "eco.pvEcosystem": "perVehicle.ecosystem",
  "eco.fleet": "fleet",
  "eco.baas": "streamRevenue.baas",
  "eco.charging": "streamRevenue.charging",
  "eco.insurance": "streamRevenue.insurance",
  "eco.lifestyle": "streamRevenue.lifestyle",
  "eco.usedcar": "streamRevenue.usedcar",
  "eco.ecosystem": "ecosystemRevenue",
  "eco.traditional": "streamRevenue.traditional",
  "eco.total": "totalRevenue",
  "eco.multiple": "ecosystemMultiple",
  "eco.ecoMargin": "ecosystemMarginToday",
  "eco.nioTraditional": "seed.nioTraditional",
  "eco.nioEcosystem": "seed.nioEcosystem",
  "eco.nioMultiple": "seed.ecosystemMultiple",
  // User assets (S13, S14, S19)
  "users.users": "plan.fleet[5]",
  "users.activityRate": "users.activityRate",
  "users.ltv": "users.ltv",
  "users.repurchaseRate": "users.repurchaseRate",
  "users.activeUsers": "users.activeUsers",
  "users.valuePerUser": "users.valuePerUser",
  "users.value": "users.value",
  "users.vsSeed": "users.valueToSeed",
  "users.ltvMultiple": "seed.satisfiedCustomerLtvMultiple",
  "users.ltvNewCarOnly": "users.ltvNewCarOnly",
  // The plan, year t
  "plan.planFlag": "plan.inPlan[t]",
  ...Object.fromEntries(
    [
      ["kDataPrices", 1],
      ["kMargin", 3],
      ["kServiceCost", 4],
      ["kNetworkCost", 5],
      ["kStreamRevenue", 6],
      ["kStreamMargin", 7],
      ["kAdoption", 8],
      ["kCoverage", 9],
    ].map(([k, j]) => [`plan.${k}`, `plan.factorInForce(${j})[t]`])
  ),
  "plan.discountFactor": "plan.discountFactor[t]",
  "plan.cagrFlag": "plan.cagr",
  "plan.fleetLinear": "plan.fleetLinear[t]",
  "plan.fleet": "plan.fleet[t]",
  "plan.coverage": "plan.coverage[t]",
  "plan.coveredFleet": "plan.coveredFleet[t]",
  "plan.adoptBaas": "plan.adoption.baas[t]",
  "plan.adoptCharging": "plan.adoption.charging[t]",
  "plan.adoptInsurance": "plan.adoption.insurance[t]",
  "plan.adoptLifestyle": "plan.adoption.lifestyle[t]",
  "plan.adoptUsedCar": "plan.adoption.usedcar[t]",
  "plan.margin": "plan.grossMargin[t]",
  "plan.serviceCost": "plan.serviceCost[t]",
  "plan.networkCost": "plan.networkCost[t]",
  "plan.profit": "statusQuo.profit[t]",
  "plan.statusQuoRole": "roleLabel(statusQuo.role[t])",
  "plan.dataPrice": "plan.dataPrice[t]",
  "plan.data": "plan.data[t]",
  "plan.revBaas": "plan.streamRevenue.baas[t]",
  "plan.revCharging": "plan.streamRevenue.charging[t]",
  "plan.revInsurance": "plan.streamRevenue.insurance[t]",
  "plan.revLifestyle": "plan.streamRevenue.lifestyle[t]",
  "plan.revUsedCar": "plan.streamRevenue.usedcar[t]",
  "plan.ecoRevenue": "plan.ecoRevenue[t]",
  "plan.ecoMargin": "plan.ecoMargin[t]",
  "plan.ecoOpex": "plan.ecoOpex[t]",
  "plan.ecoValue": "plan.value[t]",
  "plan.valuePerVehicle": "plan.valuePerVehicle[t]",
  "plan.positive": "plan.breakEvenReached[t]",
  "plan.role": "roleLabel(plan.role[t])",
  "plan.capex": "plan.capex[t]",
  "plan.deltaCF": "plan.deltaCashFlow[t]",
  "plan.cumDeltaCF": "plan.cumulativeDeltaCashFlow[t]",
  "plan.paybackMark": "plan.paybackMark[t]",
  "plan.posSoFar": "plan.positiveFlowsSoFar[t]",
  "plan.negSoFar": "plan.negativeFlowsSoFar[t]",
  "plan.netValue": "plan.netValue[t]",
  "plan.presentValue": "plan.presentValue[t]",
  "plan.sqPresentValue": "statusQuo.presentValue[t]",
  "plan.role_sq": "roleLabel(case(sq).role[t])",
  "plan.role_low": "roleLabel(case(low).role[t])",
  "plan.role_mid": "roleLabel(case(mid).role[t])",
  "plan.role_high": "roleLabel(case(high).role[t])",
  // The plan's analysis
  "analysis.year5Value": "plan.value[5]",
  "analysis.year5Role": "roleLabel(plan.role[5])",
  "analysis.year5ValueSq": "statusQuo.profit[5]",
  "analysis.year5RoleSq": "roleLabel(statusQuo.role[5])",
  "analysis.npv": "npv",
  "analysis.npvSq": "npvStatusQuo",
  "analysis.npvInc": "npvIncremental",
  "analysis.irr": "irrIncremental",
  "analysis.payback": "paybackYear",
  "analysis.breakevenYear": "breakevenYear",
  "analysis.valuePerVehicle5": "plan.valuePerVehicle[5]",
  "analysis.fleetForD": "fleetForD",
  "analysis.caseValue": "caseColumn(v).year5Value",
  "analysis.caseRole": "roleLabel(caseColumn(v).year5Role)",
  "analysis.caseNpv": "caseColumn(v).npv",
  "analysis.caseNpvInc": "caseColumn(v).npvIncremental",
  "analysis.irr#:D": "irrAttempt(n)",
  "analysis.irr#:E": "irrAttemptAnswers(n)",
  "analysis.t#:C": "tornado(n).downsideNpvIncremental",
  "analysis.t#:D": "tornado(n).upsideNpvIncremental",
  "analysis.t#:E": "tornado(n).incrementalSwing",
  "analysis.t#:F": "round(tornado(n).incrementalSwing)",
  "analysis.t#:H": "tornado(n).rank",
  "analysis.tnpv#:C": "tornado(n).downsideNpv",
  "analysis.tnpv#:D": "tornado(n).upsideNpv",
  "analysis.tnpv#:E": "tornado(n).swing",
  "analysis.sorted#:A": "tornadoLabel(sorted(n))",
  "analysis.sorted#:D": "sorted(n).downsideNpvIncremental",
  "analysis.sorted#:E": "sorted(n).upsideNpvIncremental",
  "analysis.sorted#:F": "sorted(n).incrementalSwing",
  "analysis.sorted#:G": "sorted(n).downsideNpvIncrementalVsMid",
  "analysis.sorted#:H": "sorted(n).upsideNpvIncrementalVsMid",
  "analysis.maxSwing": "tornadoMaxIncrementalSwing",
  "analysis.maxSwingNpv": "tornadoMaxSwing",
  // MODEL.md §11.6 and §11.7: the model's valuation and bridge (test/workbook/valueQuantities.ts)
  "analysis.valueRate": "discountRateUsed",
  "analysis.terminalFactor": "value.multiple",
  "analysis.valuePlan": "value.plan",
  "analysis.valueSq": "value.statusQuo",
  "analysis.valueInc": "value.incremental",
  "analysis.bridge#:C": "bridge(n)",
  "analysis.bridge#:E": "bridgeRank(n)",
  "analysis.bridgeTop#:A": "bridgeTopLabel(n)",
  "analysis.bridgeTop#:D": "bridgeTopValue(n)",
  // The case rows: row v, one full recomputation
  "cases:factor": "case(v).factor(j)",
  ...variantSlots("cases", "case(v)"),
  // The simulation
  "sim.trials": "sim.trials",
  "sim.correlation": "sim.correlation",
  "sim.weightCommon": "sim.weightCommon",
  "sim.weightOwn": "sim.weightOwn",
  "sim.p10": "sim.npvP10",
  "sim.p50": "sim.npvP50",
  "sim.p90": "sim.npvP90",
  "sim.mean": "sim.npvMean",
  "sim.incP10": "sim.npvIncrementalP10",
  "sim.incP50": "sim.npvIncrementalP50",
  "sim.incP90": "sim.npvIncrementalP90",
  "sim.incMean": "sim.npvIncrementalMean",
  "sim.probD": "sim.probD",
  "sim.probInc": "sim.probIncrementalPositive",
  "sim.binStart": "sim.binStart",
  "sim.binWidth": "sim.binWidth",
  "sim.q": "driverPrime(j)",
  "sim.down": "driverRange(j).downside",
  "sim.up": "driverRange(j).upside",
  "sim.lo": "driverRange(j).lo",
  "sim.hi": "driverRange(j).hi",
  "sim.mode": "driverRange(j).mode",
  "sim.split": "driverRange(j).split",
  "sim.flip": "driverRange(j).flip",
  "sim.sign": "driverRange(j).sign",
  [`sim.bin:${SIM_GEOMETRY.binColumns.from}`]: "sim.bin(b).from",
  [`sim.bin:${SIM_GEOMETRY.binColumns.to}`]: "sim.bin(b).to",
  [`sim.bin:${SIM_GEOMETRY.binColumns.mid}`]: "display(sim.bin(b).mid)/amountUnit",
  [`sim.bin:${SIM_GEOMETRY.binColumns.count}`]: "sim.bin(b).trials",
  "sim.check:k": "modeFactor(j)",
  ...variantSlots("sim.check", "case(mid)"),
  "sim.trial:i": "trialNumber(i)",
  "sim.trial:z0": "trial(i).commonDraw",
  "sim.trial:k": "trial(i).factor(j)",
  ...variantSlots("sim.trial", "trial(i)"),
  // Questions: the answers point at quantities of the other sheets
  "questions.q1StatusQuo": "roleLabel(statusQuo.role[5])",
  "questions.q1Margin": "statusQuo.profit[5]",
  "questions.q1Answer": "roleLabel(plan.role[5])",
  "questions.q1Value": "plan.value[5]",
  "questions.q1Fleet": "plan.fleet[5]",
  "questions.q1Bar1": "bridgeTopLabel(1)",
  "questions.q1Bar1Value": "bridgeTopValue(1)",
  "questions.q1Bar2": "bridgeTopLabel(2)",
  "questions.q1Bar2Value": "bridgeTopValue(2)",
  "questions.q3ValuePlan": "value.plan",
  "questions.q3ValueSq": "value.statusQuo",
  "questions.q3ValueInc": "value.incremental",
  "questions.q1Headroom": "valueEngineHeadroom",
  "questions.q1FleetForD": "roundUp(fleetForD)",
  "questions.q1Breakeven": "breakevenYear",
  "questions.q1Npv": "npv",
  "questions.q1NpvInc": "npvIncremental",
  "questions.q1Payback": "paybackYear",
  "questions.q2Records": "recordsPerYear",
  "questions.q2Data": "plan.data[5]",
  "questions.q2Users": "plan.fleet[5]",
  "questions.q2Eco": "plan.ecoRevenue[5]",
  "questions.q3UserAssets": "users.value",
  "questions.q3Records": "seed.userAssetDataRecords",
  "questions.q3Data": "plan.data[5]",
  "questions.q3EcoValue": "plan.value[5]",
  // ECO functions sheet: the native result and the reconciliation's status
  "addin.dataValue:C": "dataValue.all",
  "addin.ecosystem:C": "ecosystemRevenue",
  "addin.traditional:C": "streamRevenue.traditional",
  "addin.multiple:C": "ecosystemMultiple",
  "addin.userAssets:C": "users.value",
  "addin.planNpv:C": "npv",
  "addin.planNpvInc:C": "npvIncremental",
  "addin.planPayback:C": "paybackYear",
  "addin.simP50:C": "sim.npvP50",
  "addin.simProbD:C": "sim.probD",
  ...Object.fromEntries(
    [
      "dataValue",
      "ecosystem",
      "traditional",
      "multiple",
      "userAssets",
      "planNpv",
      "planNpvInc",
      "planPayback",
      "simP50",
      "simProbD",
    ].map((k) => [`addin.${k}:D`, "ecoFunction"])
  ),
  "addin.dataValue:E": "addinStatus",
  "addin.ecosystem:E": "addinStatus",
  "addin.traditional:E": "addinStatus",
  "addin.multiple:E": "addinStatus",
  "addin.userAssets:E": "addinStatus",
  "addin.planNpv:E": "addinStatus",
  "addin.planNpvInc:E": "addinStatus",
  "addin.planPayback:E": "addinStatus",
  "addin.simP50:E": "addinStatus",
  "addin.simProbD:E": "addinStatus",
  // The inputs sheet's own formulas: the value the selected scenario uses, and derived inputs
  "in.iceSpend": "econ.iceSpendPerVehicle",
  "in.evSpend": "econ.evSpendPerVehicle",
  "in.insuranceRate": "dataRate.insurance",
  "in.usedCarFee": "dataRate.usedCarFee",
  "in.financeRate": "dataRate.finance",
  "in.mobilityRate": "dataRate.mobility",
  "in.usedCarRate": "usedCarRate",
  "in.dataPriceMid": "dataPriceMid",
  // c and N as the plan uses them (MODEL.md §11.1): the typed overrides, or the calibration from
  // the facts, which at the story's fleets gives the story's own; the calibration's words
  "in.serviceCost": "calc.serviceCost",
  "in.networkCost": "calc.networkCost",
  "in.calibrationMode": "dashText(calibrationMode)",
  "in.kDataPrices:C": "driverRange(1).downside",
  "in.kDataPrices:D": "driverRange(1).upside",
  ...Object.fromEntries(
    [
      "kDataPrices",
      "kTargetFleet",
      "kMargin",
      "kServiceCost",
      "kNetworkCost",
      "kStreamRevenue",
      "kStreamMargin",
      "kAdoption",
      "kCoverage",
      "kEcoCost",
      "kDiscountRate",
    ].map((k, j) => [`in.${k}:E`, `selectedFactor(${j + 1})`])
  ),
  // The dashboard: display rows are the model's amounts ÷ the inputs sheet's unit (shown), fleets
  // ÷ its fleet unit (shownFleet), roles their letter; the texts are built from model numbers.
  "dash.subtitle": "dashText(subtitle)",
  "dash.warning": "dashText(warning)",
  "dash.legend": "dashText(legend)",
  "dash.nearThreshold": "dashText(nearThreshold)",
  "dash.tile.dilemma.value": "dashText(dilemmaRoles)",
  "dash.tile.dilemma.detail": "dashText(dilemmaValues)",
  "dash.tile.npvInc.caption": "dashText(npvIncCaption)",
  "dash.tile.npvInc.value": "shown(npvIncremental)",
  "dash.tile.npvInc.detail": "dashText(irrPayback)",
  "dash.tile.fleetForD.value": "shownFleet(roundUp(fleetForD))",
  "dash.tile.fleetForD.detail": "dashText(fleets)",
  "dash.tile.checkAll.value": "dashText(checksVerdict)",
  "dash.tile.checkAll.detail": "dashText(checksPointer)",
  "dash.tile.probD.value": "sim.probD",
  "dash.tile.probD.detail": "dashText(probIncremental)",
  "dash.dilemma.role:0": "roleLetter(roleLabel(plan.role[0]))",
  "dash.dilemma.role:1": "roleLetter(roleLabel(statusQuo.role[5]))",
  "dash.dilemma.role:2": "roleLetter(roleLabel(plan.role[5]))",
  "dash.dilemma.value:0": "shown(plan.value[0])",
  "dash.dilemma.value:1": "shown(statusQuo.profit[5])",
  "dash.dilemma.value:2": "shown(plan.value[5])",
  "dash.path.role": "roleLetter(roleLabel(plan.role[t]))",
  "dash.path.sqRole": "roleLetter(roleLabel(statusQuo.role[t]))",
  "dash.path.ecoValue": "shown(plan.value[t])",
  "dash.path.sqValue": "shown(statusQuo.profit[t])",
  "dash.path.thresholdC": "shown(threshold.profitCentre)",
  "dash.path.thresholdD": "shown(threshold.valueEngine)",
  "dash.cases.role": "roleLetter(roleLabel(caseColumn(v).year5Role))",
  "dash.cases.value": "shown(caseColumn(v).year5Value)",
  "dash.cases.npv": "shown(caseColumn(v).npv)",
  "dash.cases.npvInc": "shown(caseColumn(v).npvIncremental)",
  "dash.worth.npv:0": "shown(npv)",
  "dash.worth.npvSq:0": "shown(npvStatusQuo)",
  "dash.worth.npvInc:0": "shown(npvIncremental)",
  "dash.worth.irr:0": "irrIncremental",
  "dash.worth.payback:0": "paybackYear",
  "dash.worth.breakeven:0": "breakevenYear",
  "dash.distribution.npv:0": "shown(sim.npvP10)",
  "dash.distribution.npv:1": "shown(sim.npvP50)",
  "dash.distribution.npv:2": "shown(sim.npvP90)",
  "dash.distribution.npv:3": "shown(sim.npvMean)",
  "dash.distribution.npv:4": "shown(caseColumn(mid).npv)",
  "dash.distribution.npvInc:0": "shown(sim.npvIncrementalP10)",
  "dash.distribution.npvInc:1": "shown(sim.npvIncrementalP50)",
  "dash.distribution.npvInc:2": "shown(sim.npvIncrementalP90)",
  "dash.distribution.npvInc:3": "shown(sim.npvIncrementalMean)",
  "dash.distribution.npvInc:4": "shown(caseColumn(mid).npvIncremental)",
  "dash.noCostNote": "dashText(noCostNote)",
  "dash.drawsNote": "dashText(drawsNote)",
  "dash.casesNote": "dashText(casesNote)",
  "dash.tornado.sorted#:label": "tornadoLabel(sorted(n))",
  "dash.tornado.sorted#:0": "shown(sorted(n).downsideNpvIncrementalVsMid)",
  "dash.tornado.sorted#:1": "shown(sorted(n).upsideNpvIncrementalVsMid)",
  "dash.histogram.bin#:label": "dashText(binLabel(b))",
  "dash.histogram.bin#:0": "sim.bin(b).trials",
  "dash.bridge.bar#:0": "shown(bridge(n))",
  ...Object.fromEntries(
    [0, 1, 2, 3, 4, 5].map((k) => [`dash.bridgeData.bar#:${k}`, `bridgeChart(n).c${k}`])
  ),
  "dash.valuation.plan:0": "shown(value.plan)",
  "dash.valuation.sq:0": "shown(value.statusQuo)",
  "dash.valuation.inc:0": "shown(value.incremental)",
  // Checks: each the statement it makes, evaluated on the model's numbers (TRUE where it holds)
  ...Object.fromEntries(
    [
      "dataValue",
      "seedS12",
      "ecoSum",
      "multiple",
      "total",
      "marginGap",
      "userAssets",
      "planStart",
      "planTarget",
      "planRows",
      "planStreams",
      "planNpv",
      "sqNpv",
      "casesMatchPlan",
      "simMatchesMid",
      "simBins",
      "fleetForD",
      "tornadoSorted",
      "role",
      "scenario",
      "fleetPath",
      "cagrStart",
      "ranges",
      "discountRate",
      "factors",
      "noErrors",
      "calibServiceCost",
      "calibNetworkCost",
      "growth",
      "bridge",
      "all",
    ].map((k) => [`checks.${k}`, `check(${k})`])
  ),
  "checks.addin": "addinStatus",
  // Each typed input's check: its cells are numbers in its range (TRUE), and the rule it states
  ...Object.fromEntries(
    CHECKED_INPUTS.flatMap((input) => [
      [`checks.${inputCheckKey(input.key)}`, `inputCheck(${input.key})`],
      [`checks.${inputCheckKey(input.key)}:E`, `inputCheckText(${input.key})`],
    ])
  ),
};

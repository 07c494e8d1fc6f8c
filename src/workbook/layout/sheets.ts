/** The workbook's sheets in order, and the calculation sheets that share one geometry. */
import { ADDIN } from "./addin";
import { ANALYSIS } from "./analysis";
import { CASES_SHEET } from "./caseRows";
import { SIM_SHEET } from "./simulation";
import { CHECKS } from "./checks";
import { COVER_NAME } from "./cover";
import { DASHBOARD } from "./dashboard";
import { DATA_ASSETS, ECONOMICS, ECOSYSTEM, USER_ASSETS } from "./calcSheets";
import { PLAN } from "./plan";
import { QUESTIONS } from "./questions";
import type { CalcSheet, Text } from "./types";

export const SHEET_ORDER = [
  "cover",
  "inputs",
  "dashboard",
  "econ",
  "data",
  "eco",
  "users",
  "plan",
  "analysis",
  "cases",
  "sim",
  "questions",
  "addin",
  "checks",
] as const;
export type SheetKey = (typeof SHEET_ORDER)[number];

export const CALC_SHEETS: readonly CalcSheet[] = [
  ECONOMICS,
  DATA_ASSETS,
  ECOSYSTEM,
  USER_ASSETS,
  PLAN,
  QUESTIONS,
  CHECKS,
];

export const INPUTS_NAME: Text = { zh: "假设", en: "Inputs" };

export const SHEET_NAMES: Readonly<Record<SheetKey, Text>> = {
  cover: COVER_NAME,
  inputs: INPUTS_NAME,
  dashboard: DASHBOARD.name,
  econ: ECONOMICS.name,
  data: DATA_ASSETS.name,
  eco: ECOSYSTEM.name,
  users: USER_ASSETS.name,
  plan: PLAN.name,
  analysis: ANALYSIS.name,
  cases: CASES_SHEET.name,
  sim: SIM_SHEET.name,
  questions: QUESTIONS.name,
  addin: ADDIN.name,
  checks: CHECKS.name,
};

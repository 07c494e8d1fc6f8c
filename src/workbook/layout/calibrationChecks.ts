/**
 * The fourth edition's checks (MODEL.md §11.1, §11.6, §11.7), a block of their own on the checks
 * sheet: the calibrated costs are not negative, the discount rate exceeds the terminal growth,
 * and the value bridge adds up to V_5. A failed check does not stop the plan (it computes with
 * the value it has); Check_All turns FALSE and the dashboard's warning line says why in words.
 */
import type { CalcSection, Formula, Text } from "./types";
import { U } from "./units";

const check = { unit: U.flag, fmt: "bool", style: "check" } as const;

export const CALIBRATION_CHECKS: CalcSection = {
  title: {
    zh: "第四版：校准、估值与价值桥",
    en: "Fourth edition: calibration, valuation and bridge",
  },
  rows: [
    {
      key: "calibServiceCost",
      label: {
        zh: "c ≥ 0：由毛利 m、事实1（今天的贡献）、事实2（第5年现状贡献）与两个保有量校准",
        en: "c ≥ 0: calibrated from margin m, fact 1 (today), fact 2 (year-5 status quo) and both fleets",
      },
      formula: "AND(ISNUMBER({in.serviceCost}),{in.serviceCost}>=0)",
      ...check,
    },
    {
      key: "calibNetworkCost",
      label: {
        zh: "N ≥ 0：由当前保有量、毛利 m、c 与事实1（今天的贡献）校准",
        en: "N ≥ 0: calibrated from today's fleet, margin m, c and fact 1 (today)",
      },
      formula: "AND(ISNUMBER({in.networkCost}),{in.networkCost}>=0)",
      ...check,
    },
    {
      key: "growth",
      label: {
        zh: "估值：折现率 d 大于永续增长率 g",
        en: "Valuation: the discount rate d exceeds the terminal growth g",
      },
      formula: "AND(ISNUMBER({in.terminalGrowth}),{analysis.valueRate}>{in.terminalGrowth})",
      ...check,
    },
    {
      key: "bridge",
      label: {
        zh: "价值桥各项之和等于第5年年贡献 V₅",
        en: "The value bridge's bars add up to V5",
      },
      formula:
        "ABS(SUM({range:analysis.bridge0..bridge8})-{analysis.bridge9})<={in.tolerance}*(ABS({analysis.bridge9})+{in.valueEngineValue})",
      ...check,
    },
  ],
};

/**
 * The dashboard's words for a failed fourth-edition check, naming the facts behind it (empty when
 * every one holds); the warning line puts it before the no-cost note.
 */
export const CALIBRATION_MESSAGE: Readonly<Record<"zh" | "en", Formula>> = {
  zh: 'IF({checks.calibServiceCost},"","校验未通过：校准出 c < 0（由毛利 m、今天的贡献 R₀、第5年现状贡献 R_T 与两个保有量推出）。")&IF({checks.calibNetworkCost},"","校验未通过：校准出 N < 0（由当前保有量、m、c 与今天的贡献 R₀ 推出）。")&IF({checks.growth},"","校验未通过：折现率不大于永续增长率，估值不适用。")',
  en: 'IF({checks.calibServiceCost},"","Check fails: calibrated c < 0 (from margin m, today\'s R0, the year-5 status quo RT and both fleets). ")&IF({checks.calibNetworkCost},"","Check fails: calibrated N < 0 (from today\'s fleet, m, c and today\'s R0). ")&IF({checks.growth},"","Check fails: discount rate ≤ terminal growth, no valuation. ")',
} satisfies Text;

/**
 * The plan's inputs, one row each (issue 23): the one place that says what an input is called as
 * a function argument (`service_cost`), as a settings key (`serviceCost`) and as a workbook name
 * (`In_ServiceCost`), what it accepts, its unit and source, its label and one-line doc in both
 * languages, and the driver whose factor moves it. ECO.PLAN's and ECO.SIMULATE's argument specs,
 * order and help text are derived from it (src/functions/planArguments.ts); the workbook's
 * named inputs are MODEL.md §7, §8 and §11's. Defaults are DEFAULT_PLAN_SETTINGS' (not repeated
 * here), except where a function's default differs from the workbook's (an override the
 * workbook leaves blank: `functionDefault`).
 */
import { DEFAULT_USED_CAR_RATE } from "../dataAssets";
import { INPUT_RANGES } from "../inputRanges";
import type { Text } from "../language";
import type { SeedId } from "../seed";
import { CALIBRATED_NETWORK } from "./calibration";
import type { Driver } from "./drivers";
import type { PlanSettings } from "./settings";

/** Where an input's default comes from: a seed figure, a range of them, or the analyst. */
export type InputSource = SeedId | `${SeedId}–${SeedId}` | "analyst";

/** A single number, with its range. */
export interface NumberInputSpec {
  readonly kind: "number";
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Must the value be given? Only the fleet. */
  readonly required?: boolean;
  /**
   * An override (MODEL.md §11.1, §11.2): blank in the workbook, calibrated from the facts; the
   * functions take the value itself, defaulting to the story's.
   */
  readonly override?: boolean;
}

/** One of a few words (the functions and the workbook take them in both languages). */
export interface ChoiceInputSpec {
  readonly kind: "choice";
  readonly options: readonly string[];
}

/** A block of numbers of fixed shape (MODEL.md gives rows × columns; a 1-D list is 1 × n). */
export interface ListInputSpec {
  readonly kind: "list";
  readonly rows: number;
  readonly cols: number;
  readonly min?: number;
  readonly max?: number;
  /** What the values are, in order. */
  readonly order: Text;
  /**
   * Rows that are formulas of other inputs, not inputs themselves (driver 1's factors follow
   * data_prices, MODEL.md §11.2): planCase recomputes them; a function takes them as given.
   */
  readonly derivedRows?: readonly number[];
}

export type InputSpec = NumberInputSpec | ChoiceInputSpec | ListInputSpec;

/** The functions that take an input as an argument. */
export type PlanFunction = "PLAN" | "SIMULATE";

export interface PlanInput {
  readonly settingsKey: keyof PlanSettings;
  readonly workbookName: `In_${string}`;
  readonly spec: InputSpec;
  /** The functions' default where it is not DEFAULT_PLAN_SETTINGS[settingsKey] (an override's). */
  readonly functionDefault?: number;
  readonly unit: Text;
  readonly source: InputSource;
  /** The argument's label in Excel's Chinese metadata, and the input's name in English. */
  readonly label: Text;
  /** One line, as Excel's function tooltip and the help page show it. */
  readonly doc: Text;
  /** The driver whose factor moves it (MODEL.md §8's table), if any. */
  readonly driver: Driver | null;
  /** The functions that take it; none for the facts only the workbook's calibration reads. */
  readonly functions: readonly PlanFunction[];
}

const BOTH = ["PLAN", "SIMULATE"] as const;
const STREAM_ORDER = {
  zh: "电池租赁、充电、保险、精品、二手车",
  en: "baas, charging, insurance, lifestyle, usedcar",
} as const;
const YEAR_ORDER = { zh: "第 0–5 年", en: "years 0–5" } as const;

const U = {
  vehicles: { zh: "辆", en: "vehicles" },
  perVehicleYear: { zh: "元/车/年", en: "元/vehicle/yr" },
  yuanYear: { zh: "元/年", en: "元/yr" },
  yuan: { zh: "元", en: "元" },
  share: { zh: "比例", en: "share" },
  rate: { zh: "年利率", en: "rate per year" },
  factor: { zh: "系数", en: "factor" },
  perVehicle: { zh: "次/车/年", en: "per vehicle per year" },
  word: { zh: "选项", en: "choice" },
} as const satisfies Record<string, Text>;

/** Every plan input, keyed by its argument name, in the order of the inputs sheet and §10/§11.10. */
export const PLAN_INPUTS = {
  fleet: {
    settingsKey: "fleet",
    workbookName: "In_Fleet",
    spec: { kind: "number", ...INPUT_RANGES.count, required: true },
    unit: U.vehicles,
    source: "S4",
    label: { zh: "保有量", en: "Fleet" },
    doc: {
      zh: "今天（第 0 年）的在用车辆数，不小于 0；输入区域时逐格计算。",
      en: "Vehicles in service today, year 0 (保有量), 0 or more. A range gives one result per cell.",
    },
    driver: null,
    functions: BOTH,
  },
  target_fleet: {
    settingsKey: "targetFleet",
    workbookName: "In_TargetFleet",
    spec: { kind: "number", ...INPUT_RANGES.count },
    unit: U.vehicles,
    source: "S18",
    label: { zh: "目标保有量", en: "Target fleet" },
    doc: {
      zh: "第 5 年的在用车辆数，不小于 0。默认 1,000,000（原文 100 万辆）。",
      en: "Vehicles in service in year 5, 0 or more. Default 1,000,000 (S18).",
    },
    driver: "targetFleet",
    functions: BOTH,
  },
  fleet_path: {
    settingsKey: "fleetPath",
    workbookName: "In_FleetPath",
    spec: { kind: "choice", options: ["linear", "cagr"] },
    unit: U.word,
    source: "analyst",
    label: { zh: "增长路径", en: "Fleet path" },
    doc: {
      zh: "“线性”（默认）或“复合增长”（linear/cagr）：保有量从今天到目标的增长方式。",
      en: '"linear" (default) or "cagr" (线性/复合增长): how the fleet grows from today to the target.',
    },
    driver: null,
    functions: BOTH,
  },
  margin: {
    settingsKey: "marginPerVehicle",
    workbookName: "In_Margin",
    spec: { kind: "number" },
    unit: U.perVehicleYear,
    source: "S5",
    label: { zh: "单车毛利", en: "Margin per vehicle" },
    doc: {
      zh: "单车每年售后毛利（元/车/年）。默认 720（原文 S5）。",
      en: "After-sales gross margin in 元 per vehicle per year. Default 720 (S5).",
    },
    driver: "margin",
    functions: BOTH,
  },
  result_today: {
    settingsKey: "resultToday",
    workbookName: "In_ResultToday",
    spec: { kind: "number" },
    unit: U.yuanYear,
    source: "S17",
    label: { zh: "今天的售后贡献", en: "Today's after-sales result" },
    doc: {
      zh: "今天传统售后的年贡献 R₀（元/年），校准 c 与 N 的第一条事实。默认 −2,800 万（原文 S17）。",
      en: "Today's after-sales contribution from traditional service, R₀ (元/yr): the first fact calibrating c and N. Default −28,000,000 (S17).",
    },
    driver: null,
    functions: [],
  },
  result_target_sq: {
    settingsKey: "resultTargetStatusQuo",
    workbookName: "In_ResultTargetSQ",
    spec: { kind: "number", override: true },
    unit: U.yuanYear,
    source: "S18",
    label: { zh: "目标保有量下的现状贡献", en: "Status quo result at the target fleet" },
    doc: {
      zh: "保有量达到第 5 年目标而一切照旧时的年贡献 R_T（元/年），可留空（只用一条事实）。默认 −1 亿（原文 S18 A）。",
      en: "The contribution at the year-5 fleet if nothing changes, R_T (元/yr); may be left blank (one fact). Default −100,000,000 (S18 A).",
    },
    driver: null,
    functions: [],
  },
  service_cost: {
    settingsKey: "serviceCost",
    workbookName: "In_ServiceCost",
    spec: { kind: "number", ...INPUT_RANGES.amount, override: true },
    functionDefault: CALIBRATED_NETWORK.serviceCost,
    unit: U.perVehicleYear,
    source: "S17–S18",
    label: { zh: "单车服务成本", en: "Service cost per vehicle" },
    doc: {
      zh: "每辆在用车每年的网络成本（元/车/年），不小于 0。默认 800（按原文 S17/S18 校准）。",
      en: "Network cost in 元 per vehicle in service per year, 0 or more. Default 800 (calibrated to S17/S18).",
    },
    driver: "serviceCost",
    functions: BOTH,
  },
  network_cost: {
    settingsKey: "networkCost",
    workbookName: "In_NetworkCost",
    spec: { kind: "number", ...INPUT_RANGES.amount, override: true },
    functionDefault: CALIBRATED_NETWORK.networkCost,
    unit: U.yuanYear,
    source: "S17–S18",
    label: { zh: "固定网络成本", en: "Fixed network cost" },
    doc: {
      zh: "每年固定网络成本（元/年），不小于 0。默认 20,000,000（2,000 万，按 S17/S18 校准）。",
      en: "Fixed network cost in 元 per year, 0 or more. Default 20,000,000 (2,000万, calibrated to S17/S18).",
    },
    driver: "networkCost",
    functions: BOTH,
  },
  eco_opex: {
    settingsKey: "ecoOpex",
    workbookName: "In_EcoOpex",
    spec: { kind: "number", ...INPUT_RANGES.amount },
    unit: U.yuanYear,
    source: "analyst",
    label: { zh: "生态运营成本", en: "Ecosystem opex" },
    doc: {
      zh: "生态平台每年运营成本（元/年），不小于 0。默认 0。",
      en: "Running cost of the ecosystem platforms in 元 per year, 0 or more. Default 0.",
    },
    driver: "ecoCost",
    functions: BOTH,
  },
  capex: {
    settingsKey: "capex",
    workbookName: "In_Capex",
    spec: { kind: "list", rows: 1, cols: 6, ...INPUT_RANGES.amount, order: YEAR_ORDER },
    unit: U.yuan,
    source: "analyst",
    label: { zh: "资本支出", en: "Capex" },
    doc: {
      zh: "第 0–5 年的生态投资（元）：一行或一列 6 个数，每个不小于 0。默认 6 个 0。",
      en: "Ecosystem investment in 元 for years 0–5: 6 values in a row or column, each 0 or more. Default six zeros.",
    },
    driver: "ecoCost",
    functions: BOTH,
  },
  coverage: {
    settingsKey: "dataCoverage",
    workbookName: "In_DataCoverage",
    spec: { kind: "list", rows: 1, cols: 6, ...INPUT_RANGES.share, order: YEAR_ORDER },
    unit: U.share,
    source: "analyst",
    label: { zh: "数据覆盖率", en: "Data coverage" },
    doc: {
      zh: "第 0–5 年出售数据的车辆占比：6 个 0 到 1 之间的数。默认 0、0.2、0.4、0.6、0.8、1。",
      en: "Share of the fleet whose data is sold in years 0–5: 6 values from 0 to 1. Default 0, 0.2, 0.4, 0.6, 0.8, 1.",
    },
    driver: "coverage",
    functions: BOTH,
  },
  adoption: {
    settingsKey: "adoption",
    workbookName: "In_Adoption",
    spec: {
      kind: "list",
      rows: 5,
      cols: 6,
      ...INPUT_RANGES.share,
      order: {
        zh: `纵向为收入流（${STREAM_ORDER.zh}），横向为第 0–5 年`,
        en: `streams down (${STREAM_ORDER.en}), years 0–5 across`,
      },
    },
    unit: U.share,
    source: "analyst",
    label: { zh: "渗透率", en: "Adoption" },
    doc: {
      zh: "各收入流达到 S15 基准单车收入的比例：5 行（电池租赁、充电、保险、精品、二手车）× 6 年，或 6 × 5；每个 0 到 1。默认每行 0、0.2、0.4、0.6、0.8、1。",
      en: "Share of each stream's S15 benchmark revenue per vehicle reached: 5 rows (baas, charging, insurance, lifestyle, usedcar) × 6 years, or 6 × 5; each 0 to 1. Default every row 0, 0.2, 0.4, 0.6, 0.8, 1.",
    },
    driver: "adoption",
    functions: BOTH,
  },
  stream_margin: {
    settingsKey: "streamMargin",
    workbookName: "In_StreamMargin",
    spec: { kind: "list", rows: 1, cols: 5, ...INPUT_RANGES.share, order: STREAM_ORDER },
    unit: U.share,
    source: "analyst",
    label: { zh: "收入流毛利率", en: "Stream margins" },
    doc: {
      zh: "各收入流（电池租赁、充电、保险、精品、二手车）的毛利率：5 个 0 到 1 之间的数。默认各 0.2。",
      en: "Margin kept on each stream's revenue (baas, charging, insurance, lifestyle, usedcar): 5 values from 0 to 1. Default 0.2 each.",
    },
    driver: "streamMargin",
    functions: BOTH,
  },
  discount_rate: {
    settingsKey: "discountRate",
    workbookName: "In_DiscountRate",
    spec: { kind: "number", ...INPUT_RANGES.discountRate },
    unit: U.rate,
    source: "analyst",
    label: { zh: "折现率", en: "Discount rate" },
    doc: {
      zh: "年折现率，不小于 0（0.1 即 10%）。默认 0.1。",
      en: "Discount rate per year, 0 or more (0.1 = 10 %). Default 0.1.",
    },
    driver: "discountRate",
    functions: BOTH,
  },
  scenario: {
    settingsKey: "scenario",
    workbookName: "In_Scenario",
    spec: { kind: "choice", options: ["low", "mid", "high"] },
    unit: U.word,
    source: "analyst",
    label: { zh: "情景", en: "Scenario" },
    doc: {
      zh: "“低”、“中”（默认）或“高”（low/mid/high）：各驱动因素取悲观、基准或乐观系数。",
      en: '"low", "mid" (default) or "high" (低/中/高): every driver at its downside, base or upside factor.',
    },
    driver: null,
    functions: ["PLAN"],
  },
  case_factors: {
    settingsKey: "caseFactors",
    workbookName: "In_CaseFactors",
    spec: {
      kind: "list",
      rows: 11,
      cols: 2,
      ...INPUT_RANGES.caseFactor,
      derivedRows: [0],
      order: {
        zh: "纵向为 11 个驱动因素，横向为悲观、乐观系数",
        en: "the 11 drivers down in MODEL order, downside and upside across",
      },
    },
    unit: U.factor,
    source: "analyst",
    label: { zh: "情景系数", en: "Case factors" },
    doc: {
      zh: "11 个驱动因素的悲观、乐观系数：11 行 × 2 列（或 2 × 11），每个不小于 0。默认为模型的情景系数表（数据价格随 data_prices 为低价/中价与高价/中价，目标保有量 0.8 / 1.2 等）。",
      en: "Downside and upside factor of the 11 drivers: 11 rows × 2 columns (or 2 × 11), each 0 or more. Default MODEL.md §8's table (data prices p_low/p_mid and p_high/p_mid of data_prices, ≈ 0.679 / 1.321 by default; target fleet 0.8 / 1.2; …).",
    },
    driver: null,
    functions: BOTH,
  },
  data_prices: {
    settingsKey: "dataRates",
    workbookName: "In_DataPrices",
    spec: {
      kind: "list",
      rows: 4,
      cols: 3,
      ...INPUT_RANGES.amount,
      order: {
        zh: "纵向为保险、二手车认证费、金融、出行，横向为低、中、高价",
        en: "insurance, used-car fee, finance, mobility down; low, mid, high across",
      },
    },
    unit: U.perVehicleYear,
    source: "S8–S11",
    label: { zh: "数据价格", en: "Data prices" },
    doc: {
      zh: "数据买方的价格：4 行（保险 元/车/年、二手车认证费 元/次、金融、出行 元/车/年）× 3 列（低、中、高），或 3 × 4；每个不小于 0，且每行低 ≤ 中 ≤ 高。规划用中价，驱动因素 1 的系数为低价/中价与高价/中价。默认原文 S8–S11。",
      en: "The data buyers' prices: 4 rows (insurance 元/vehicle/yr, used-car fee 元/certification, finance, mobility 元/vehicle/yr) × 3 columns (low, mid, high), or 3 × 4; each 0 or more, low ≤ mid ≤ high in each row. The plan uses mid; driver 1's factors are p_low/p_mid and p_high/p_mid. Default S8–S11.",
    },
    driver: "dataPrices",
    functions: BOTH,
  },
  used_car_rate: {
    settingsKey: "usedCarRate",
    workbookName: "In_UsedCarRate",
    spec: { kind: "number", ...INPUT_RANGES.usedCarRate, override: true },
    functionDefault: DEFAULT_USED_CAR_RATE,
    unit: U.perVehicle,
    source: "S12",
    label: { zh: "二手车认证率", en: "Used-car certification rate" },
    doc: {
      zh: "每车每年购买车况认证的次数，0 到 1。默认 9/65 ≈ 0.138（按原文 S12 的 7,650 万与 S8–S11 的中价校准）。",
      en: "Condition certifications bought per vehicle per year, 0 to 1. Default 9/65 ≈ 0.138 (calibrated to S12's 7,650万 at S8–S11's mid prices).",
    },
    driver: "dataPrices",
    functions: BOTH,
  },
  stream_revenue: {
    settingsKey: "streamRevenue",
    workbookName: "In_StreamRevenue",
    spec: { kind: "list", rows: 5, cols: 1, ...INPUT_RANGES.amount, order: STREAM_ORDER },
    unit: U.perVehicleYear,
    source: "S15",
    label: { zh: "收入流单车收入", en: "Stream revenue per vehicle" },
    doc: {
      zh: "各收入流（电池租赁、充电、保险、精品、二手车）的基准单车年收入（元/车/年）：5 个不小于 0 的数。默认原文 S15 ÷ 50 万：3,000、600、300、400、200。",
      en: "Each stream's benchmark revenue per vehicle (baas, charging, insurance, lifestyle, usedcar) in 元 per vehicle per year: 5 values, each 0 or more. Default S15 ÷ 500,000: 3,000, 600, 300, 400, 200.",
    },
    driver: "streamRevenue",
    functions: BOTH,
  },
  terminal_growth: {
    settingsKey: "terminalGrowth",
    workbookName: "In_TerminalGrowth",
    spec: { kind: "number", ...INPUT_RANGES.growth },
    unit: U.rate,
    source: "analyst",
    label: { zh: "永续增长率", en: "Terminal growth" },
    doc: {
      zh: "估值中第 5 年之后的永续增长率 g，−1 到 1（0.02 即 2%）。默认 0。折现率不大于 g 时估值为“不适用”。",
      en: "Growth g of the valuation's perpetuity after year 5, −1 to 1 (0.02 = 2 %). Default 0. The values are n/a when the discount rate is not above g.",
    },
    driver: null,
    functions: ["PLAN"],
  },
  correlation: {
    settingsKey: "correlation",
    workbookName: "In_Correlation",
    spec: { kind: "number", ...INPUT_RANGES.share },
    unit: U.share,
    source: "analyst",
    label: { zh: "驱动因素相关性", en: "Correlation of the drivers" },
    doc: {
      zh: "模拟中驱动因素 1–10 的相关性 ρ，0 到 1：0 为各自独立，1 为同时偏向同一侧。默认 0.5。",
      en: "Correlation ρ of drivers 1–10 in the simulation, 0 to 1: 0 = independent, 1 = all move to the same side at once. Default 0.5.",
    },
    driver: null,
    functions: ["SIMULATE"],
  },
} as const satisfies Readonly<Record<string, PlanInput>>;

export type PlanInputArgument = keyof typeof PLAN_INPUTS;

/** The argument names, in the catalogue's order. */
export const PLAN_INPUT_ARGUMENTS = /*#__PURE__*/ Object.keys(
  PLAN_INPUTS
) as readonly PlanInputArgument[];

/** The settings key of an argument (`service_cost` → `serviceCost`). */
export type SettingsKeyOf<A extends PlanInputArgument> = (typeof PLAN_INPUTS)[A]["settingsKey"];

/** Every settings field has a row: a field without one is a compile error here (type-only). */
type Uncatalogued = Exclude<keyof PlanSettings, SettingsKeyOf<PlanInputArgument>>;
type Holds<T extends true> = T;
export type EverySettingCatalogued = Holds<[Uncatalogued] extends [never] ? true : false>;

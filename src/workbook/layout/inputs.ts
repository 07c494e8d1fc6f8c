/** The inputs sheet (假设 / Inputs): every assumption in one place. */
import {
  DEFAULT_CORRELATION,
  DEFAULT_PER_VEHICLE,
  INPUT_RANGES,
  EV_MARGIN_PER_VEHICLE,
  EXTENSION_STREAMS,
  ICE_MARGIN_PER_VEHICLE,
  pick,
  SEED,
  type ExtensionStream,
  type InputRange,
  type PlanSettings,
  type SeedRange,
} from "../../model";
import { STREAM_LABELS } from "../../model/words";
import { costOverride } from "../contract-inputs";
import { CONSTANTS, USER_ASSET_DRIVERS } from "./defaults";
import { DEFAULT_SETTINGS, fleetPathLabels } from "./settings";
import type { Fmt, FromSettings, InputRow, InputSection, Source, Text } from "./types";

const PER_VEHICLE_YEAR: Text = { zh: "元/车/年", en: "CNY/vehicle/yr" };
const YUAN_YEAR: Text = { zh: "元/年", en: "CNY/yr" };
const RECORDS_MONTH: Text = { zh: "条/月", en: "records/month" };
const VEHICLES: Text = { zh: "辆", en: "vehicles" };
const SHARE: Text = { zh: "比例", en: "share" };
const NONE: Text = { zh: "", en: "" };

function ranged(
  key: string,
  range: SeedRange,
  label: Text,
  unit: Text,
  note: Text = NONE,
  fmt: Fmt = "yuan"
): InputRow {
  return {
    kind: "ranged",
    key,
    accepts: INPUT_RANGES.amount,
    label,
    unit,
    low: pick(range, "low"),
    mid: pick(range, "mid"),
    high: pick(range, "high"),
    fmt,
    seed: range.id,
    note,
  };
}

function point(
  key: string,
  accepts: InputRange,
  value: number | null,
  seed: Source,
  label: Text,
  unit: Text,
  fmt: Fmt,
  note: Text = NONE,
  blank?: Text
): InputRow {
  return {
    kind: "point",
    key,
    accepts,
    label,
    unit,
    value,
    fmt,
    seed,
    note,
    ...(blank ? { blank } : {}),
  };
}

/** A seed figure in the locked, grey seed block (MODEL.md §11.2): not an input. */
function constant(
  key: string,
  value: number,
  seed: Source,
  label: Text,
  unit: Text,
  fmt: Fmt
): InputRow {
  return { kind: "constant", key, label, unit, value, fmt, seed, note: SEED_NOTE };
}
const SEED_NOTE: Text = {
  zh: "种子数字，锁定；仅校准读取",
  en: "a seed figure, locked; read only by a calibration",
};

/** Two facts calibrate c (MODEL.md §11.1): R_T given and the target fleet not today's. */
const TWO_FACTS = "AND(ISNUMBER({in.resultTargetSQ}),{in.targetFleet}<>{in.fleet})";
/** One fact: the seed's own calibration of c from the seed block (S4, S5, S17, S18), whatever m. */
const SEED_C =
  "{in.seedMargin}-({in.seedResultTarget}-{in.seedResultToday})/({in.seedTargetFleet}-{in.seedFleet})";

/** A single input a preset sets: its default is the default settings' value. */
function setting(
  key: string,
  accepts: InputRange,
  fromSettings: FromSettings<number>,
  seed: Source,
  label: Text,
  unit: Text,
  fmt: Fmt,
  note: Text
): InputRow {
  const value = fromSettings(DEFAULT_SETTINGS);
  return { kind: "point", key, accepts, label, unit, value, fmt, seed, note, fromSettings };
}

/** In_Fleet, the first input of the sheet (above the sections, beside the scenario). */
export const FLEET_INPUT = {
  key: "fleet",
  label: { zh: "当前保有量", en: "Vehicles in service today" },
  accepts: INPUT_RANGES.count,
  fmt: "count",
} as const satisfies { key: string; label: Text; accepts: InputRange; fmt: Fmt };

/** The extension streams as the workbook names and labels them, in MODEL.md's order. */
export const STREAM_KEYS: Readonly<Record<ExtensionStream, string>> = {
  baas: "Baas",
  charging: "Charging",
  insurance: "Insurance",
  lifestyle: "Lifestyle",
  usedcar: "UsedCar",
};

const marginRow = (stream: ExtensionStream, index: number): InputRow =>
  setting(
    `margin${STREAM_KEYS[stream]}`,
    INPUT_RANGES.share,
    (s: PlanSettings) => s.streamMargin[stream],
    "analyst",
    { zh: `毛利率：${STREAM_LABELS[stream].zh}`, en: `Margin: ${STREAM_LABELS[stream].en}` },
    SHARE,
    "pct",
    index === 0
      ? {
          zh: "收入留存为毛利的比例；默认 20%",
          en: "share of revenue kept as margin; default 20 %",
        }
      : {
          zh: "该项收入留存为毛利的比例（默认 20%）",
          en: "share of this stream's revenue kept as margin (default 20 %)",
        }
  );

const adoptionRow = (stream: ExtensionStream, index: number): InputRow => ({
  kind: "timeline",
  accepts: INPUT_RANGES.share,
  key: `adoption${STREAM_KEYS[stream]}`,
  label: {
    zh: `采用率（占标杆收入）：${STREAM_LABELS[stream].zh}`,
    en: `Adoption (of benchmark): ${STREAM_LABELS[stream].en}`,
  },
  unit: SHARE,
  fromSettings: (s) => s.adoption[stream],
  fmt: "pct",
  seed: "analyst",
  note:
    stream === "baas"
      ? {
          zh: "达到 S15 标杆单车收入的比例（非占保有量）；BaaS 需要换电站与电池资产，请作为生态投资录入",
          en: "share of S15's benchmark revenue reached (not of the fleet); enter BaaS's swap assets as capex",
        }
      : index === 1
        ? {
            zh: "达到 S15 标杆单车收入的比例（不是占保有量的比例）",
            en: "share of the S15 benchmark revenue per vehicle reached (not a share of the fleet)",
          }
        : {
            zh: "达到 S15 标杆单车收入的比例",
            en: "share of the S15 benchmark revenue per vehicle reached",
          },
});

const NIO_NOTE: Text = {
  zh: "默认：种子蔚来示例（S15）÷ 其保有量；规划读此输入",
  en: "default: the seed's NIO example (S15) ÷ its fleet; the plan reads this input",
};
const ANALYST: Text = { zh: "分析师假设，非种子数据", en: "analyst assumption, not from the seed" };

export const INPUT_SECTIONS: readonly InputSection[] = [
  {
    title: {
      zh: "售后经济：燃油车 vs 新能源（S1–S6）",
      en: "After-sales economics: ICE vs EV (S1–S6)",
    },
    rows: [
      ranged(
        "iceSpend",
        SEED.iceSpendPerVehicle,
        { zh: "燃油车年均售后消费", en: "ICE after-sales spend" },
        PER_VEHICLE_YEAR
      ),
      ranged(
        "evSpend",
        SEED.evSpendPerVehicle,
        { zh: "新能源车年均售后消费", en: "EV after-sales spend" },
        PER_VEHICLE_YEAR
      ),
      point(
        "iceMargin",
        INPUT_RANGES.signedAmount,
        ICE_MARGIN_PER_VEHICLE,
        "S4",
        { zh: "燃油车售后毛利", en: "ICE after-sales gross margin" },
        PER_VEHICLE_YEAR,
        "yuan",
        {
          zh: "默认：S4 的 2.8亿 ÷ 10万辆",
          en: "default: S4's CNY 280m ÷ 100k vehicles",
        }
      ),
    ],
  },
  {
    title: { zh: "数据资产（S7–S12）", en: "Data assets (S7–S12)" },
    rows: [
      point(
        "workOrders",
        INPUT_RANGES.count,
        SEED.workOrderRecords.value,
        "S7",
        { zh: "维修工单数据", en: "Work-order records" },
        RECORDS_MONTH,
        "count"
      ),
      point(
        "vehicleHealth",
        INPUT_RANGES.count,
        SEED.vehicleHealthRecords.value,
        "S7",
        { zh: "车辆健康数据", en: "Vehicle-health records" },
        RECORDS_MONTH,
        "count"
      ),
      point(
        "userBehaviour",
        INPUT_RANGES.count,
        SEED.userBehaviourRecords.value,
        "S7",
        { zh: "用户行为数据", en: "User-behaviour records" },
        RECORDS_MONTH,
        "count"
      ),
      point(
        "partsFlow",
        INPUT_RANGES.count,
        SEED.partsFlowRecords.value,
        "S7",
        { zh: "配件流转数据", en: "Parts-flow records" },
        RECORDS_MONTH,
        "count"
      ),
      // The next four rows stay contiguous and in this order: they are ECO.DATA_ASSET_VALUE's `rates`.
      ranged(
        "insuranceRate",
        SEED.insuranceDataRate,
        { zh: "保险公司（UBI）", en: "Insurers (UBI)" },
        PER_VEHICLE_YEAR
      ),
      ranged(
        "usedCarFee",
        SEED.usedCarCertificationFee,
        { zh: "二手车平台（车况认证）", en: "Used-car platforms (certification)" },
        {
          zh: "元/次",
          en: "CNY/certification",
        }
      ),
      ranged(
        "financeRate",
        SEED.financeDataRate,
        { zh: "金融机构（信用评估）", en: "Lenders (credit assessment)" },
        PER_VEHICLE_YEAR
      ),
      ranged(
        "mobilityRate",
        SEED.mobilityDataRate,
        { zh: "出行平台（精准营销）", en: "Mobility platforms (marketing)" },
        PER_VEHICLE_YEAR
      ),
      point(
        "usedCarRateOverride",
        INPUT_RANGES.usedCarRate,
        null,
        "",
        { zh: "二手车认证率（覆盖，可留空）", en: "Certification rate (override, may be blank)" },
        {
          zh: "次/车/年",
          en: "per vehicle/yr",
        },
        "rate",
        {
          zh: "In_UsedCarRate；留空则用下一行按种子数字的校准值",
          en: "In_UsedCarRate; blank: the rate calibrated from the seed figures below",
        },
        { zh: "用校准值", en: "the calibrated rate" }
      ),
      {
        kind: "derived",
        key: "usedCarRate",
        label: {
          zh: "二手车认证率（选用，Calc_UsedCarRate）",
          en: "Certification rate used (Calc_UsedCarRate)",
        },
        unit: { zh: "次/车/年", en: "per vehicle/yr" },
        formula:
          'IF({in.usedCarRateOverride}="",({in.s12Value}/{in.seedFleet}-{in.seedInsuranceMid}-{in.seedFinanceMid}-{in.seedMobilityMid})/{in.seedUsedCarFeeMid},{in.usedCarRateOverride})',
        fmt: "rate",
        seed: "S12",
        calibration: true,
        note: {
          zh: "校准：种子未给出；按种子数字块的中值使 S12 成立 = 9/65；您改价格不改此率",
          en: "a calibration from the seed block's mid prices (S12: 9/65); your typed prices do not move it",
        },
      },
      {
        kind: "derived",
        key: "dataPriceMid",
        label: {
          zh: "每车数据价值（中值，规划用）",
          en: "Data value per vehicle (mid, for the plan)",
        },
        unit: PER_VEHICLE_YEAR,
        formula:
          "{in.insuranceRate.mid}+{in.usedCarFee.mid}*{in.usedCarRate}+{in.financeRate.mid}+{in.mobilityRate.mid}",
        fmt: "yuan",
        seed: "S12",
        note: {
          zh: "按上方您的中值价格；情景只通过驱动因素1的系数改变数据价格（否则价格被计两次）",
          en: "from your mid prices above; a case moves the price only through driver 1's factor",
        },
      },
    ],
  },
  {
    title: { zh: "生态收入 单车年收入（S15–S16）", en: "Ecosystem revenue per vehicle (S15–S16)" },
    rows: [
      // Contiguous and in STREAMS order: ECO.ECOSYSTEM_REVENUE's `per_vehicle`.
      point(
        "pvTraditional",
        INPUT_RANGES.amount,
        DEFAULT_PER_VEHICLE.traditional,
        "S15",
        { zh: "传统售后", en: "Traditional after-sales" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvBaas",
        INPUT_RANGES.amount,
        DEFAULT_PER_VEHICLE.baas,
        "S15",
        STREAM_LABELS.baas,
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvCharging",
        INPUT_RANGES.amount,
        DEFAULT_PER_VEHICLE.charging,
        "S15",
        STREAM_LABELS.charging,
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvInsurance",
        INPUT_RANGES.amount,
        DEFAULT_PER_VEHICLE.insurance,
        "S15",
        STREAM_LABELS.insurance,
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvLifestyle",
        INPUT_RANGES.amount,
        DEFAULT_PER_VEHICLE.lifestyle,
        "S15",
        STREAM_LABELS.lifestyle,
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvUsedCar",
        INPUT_RANGES.amount,
        DEFAULT_PER_VEHICLE.usedcar,
        "S15",
        STREAM_LABELS.usedcar,
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "nioFleet",
        INPUT_RANGES.count,
        SEED.nioFleet.value,
        "S15",
        { zh: "蔚来示例保有量", en: "NIO example fleet" },
        VEHICLES,
        "count"
      ),
      // Contiguous and in stream order: In_StreamMargin (5×1).
      ...EXTENSION_STREAMS.map(marginRow),
    ],
  },
  {
    title: { zh: "用户资产（S13、S14、S19）", en: "User assets (S13, S14, S19)" },
    rows: [
      point(
        "activityRate",
        INPUT_RANGES.share,
        USER_ASSET_DRIVERS.activityRate,
        "analyst",
        { zh: "用户活跃度", en: "Activity rate" },
        SHARE,
        "pct",
        ANALYST
      ),
      point(
        "ltv",
        INPUT_RANGES.amount,
        USER_ASSET_DRIVERS.ltv,
        "analyst",
        { zh: "单用户 LTV", en: "LTV per user" },
        { zh: "元/人", en: "CNY/user" },
        "yuan",
        {
          zh: "分析师假设：使 100万用户 = 80亿（S19）",
          en: "analyst assumption: makes 1m users = 8bn (S19)",
        }
      ),
      point(
        "repurchaseRate",
        INPUT_RANGES.share,
        USER_ASSET_DRIVERS.repurchaseRate,
        "analyst",
        { zh: "复购率", en: "Repurchase rate" },
        SHARE,
        "pct",
        ANALYST
      ),
      point(
        "ltvMultiple",
        INPUT_RANGES.ratio,
        SEED.satisfiedCustomerLtvMultiple.value,
        "S14",
        { zh: "满意售后客户 LTV 倍数", en: "LTV multiple, satisfied customer" },
        {
          zh: "倍",
          en: "×",
        },
        "ratio"
      ),
      point(
        "userAssetSeed",
        INPUT_RANGES.amount,
        SEED.userAssetTotal.value,
        "S19",
        { zh: "种子：用户资产总价值", en: "Seed: total user asset value" },
        { zh: "元", en: "CNY" },
        "yuan"
      ),
      point(
        "dataRecordsSeed",
        INPUT_RANGES.count,
        SEED.userAssetDataRecords.value,
        "S19",
        { zh: "种子：数据资产条数", en: "Seed: data records" },
        { zh: "条", en: "records" },
        "count"
      ),
    ],
  },
  {
    title: { zh: "五年规划与角色判定（S18）", en: "Five-year plan and role test (S18)" },
    newPage: true,
    rows: [
      setting(
        "targetFleet",
        INPUT_RANGES.count,
        (s) => s.targetFleet,
        "S18",
        { zh: "目标保有量（第5年）", en: "Target fleet (year 5)" },
        VEHICLES,
        "count",
        {
          zh: "默认：S18 的5年后保有100万辆",
          en: "default: S18's 1,000,000 vehicles in 5 years",
        }
      ),
      {
        kind: "choice",
        key: "fleetPath",
        label: { zh: "保有量增长路径", en: "Fleet path" },
        unit: { zh: "线性/复合增长", en: "linear/cagr" },
        options: {
          linear: { zh: fleetPathLabels("zh-CN").linear, en: fleetPathLabels("en-US").linear },
          cagr: { zh: fleetPathLabels("zh-CN").cagr, en: fleetPathLabels("en-US").cagr },
        },
        fromSettings: (s) => s.fleetPath,
        seed: "analyst",
        note: {
          zh: "线性或复合增长；复合增长需两个保有量 > 0，否则按线性且校验不通过",
          en: "linear or cagr; cagr needs fleets > 0 (else linear, a check fails)",
        },
      },
      setting(
        "unitMargin",
        INPUT_RANGES.signedAmount,
        (s) => s.marginPerVehicle,
        "S5",
        { zh: "单车售后毛利 m（In_Margin）", en: "After-sales margin per vehicle m (In_Margin)" },
        PER_VEHICLE_YEAR,
        "yuan",
        {
          zh: "默认为 S5（新能源简化模式）；毛利，故 c 与 N 为销售成本以外的运营成本，不重复扣减",
          en: "default S5 (the EV model); a gross margin, so c and N are operating costs outside cost of sales",
        }
      ),
      setting(
        "resultToday",
        INPUT_RANGES.signedAmount,
        (s) => s.resultToday,
        "S17",
        {
          zh: "事实1：今天的售后贡献 R₀（In_ResultToday）",
          en: "Fact 1: today's after-sales contribution R0 (In_ResultToday)",
        },
        YUAN_YEAR,
        "yuan",
        {
          zh: "传统售后今天的年贡献，按当前保有量；默认为种子 S17 的亏损",
          en: "traditional service's contribution today, at today's fleet; default the seed's S17 loss",
        }
      ),
      point(
        "resultTargetSQ",
        INPUT_RANGES.signedAmount,
        SEED.costCentreLoss.value,
        "S18",
        {
          zh: "事实2：第5年现状贡献 R_T（可留空，In_ResultTargetSQ）",
          en: "Fact 2: status-quo contribution in year 5, RT (may be blank)",
        },
        YUAN_YEAR,
        "yuan",
        {
          zh: "目标保有量下若什么都不改的年贡献；默认为种子 S18 A 的亏损；留空则为单事实校准",
          en: "at the target fleet if nothing changes; default S18 A's loss; blank: one-fact mode",
        },
        { zh: "单事实校准", en: "one-fact mode" }
      ),
      {
        kind: "point",
        key: "serviceCostOverride",
        accepts: INPUT_RANGES.amount,
        blank: { zh: "用校准值 c", en: "the calibrated c" },
        label: {
          zh: "单车服务成本 c（覆盖，可留空，In_ServiceCost）",
          en: "Service cost per vehicle c (override, In_ServiceCost)",
        },
        unit: PER_VEHICLE_YEAR,
        value: null,
        fromSettings: (s) => costOverride(s, "serviceCost"),
        fmt: "yuan",
        seed: "analyst",
        note: {
          zh: "留空（默认）：由上方两条事实校准；填写则覆盖校准",
          en: "blank (default): calibrated from the facts above; a number overrides the calibration",
        },
      },
      {
        kind: "point",
        key: "networkCostOverride",
        accepts: INPUT_RANGES.amount,
        blank: { zh: "用校准值 N", en: "the calibrated N" },
        label: {
          zh: "固定网络成本 N（覆盖，可留空，In_NetworkCost）",
          en: "Fixed network cost N (override, In_NetworkCost)",
        },
        unit: YUAN_YEAR,
        value: null,
        fromSettings: (s) => costOverride(s, "networkCost"),
        fmt: "yuan",
        seed: "analyst",
        note: {
          zh: "留空（默认）：使今天的现状贡献等于事实1；填写则覆盖校准",
          en: "blank (default): today's status quo equals fact 1; a number overrides the calibration",
        },
      },
      {
        kind: "derived",
        key: "serviceCost",
        label: {
          zh: "校准：单车服务成本 c（Calc_ServiceCost）",
          en: "Calibrated service cost c (Calc_ServiceCost)",
        },
        unit: PER_VEHICLE_YEAR,
        formula: `IF(ISNUMBER({in.serviceCostOverride}),{in.serviceCostOverride},IF(${TWO_FACTS},{in.unitMargin}-({in.resultTargetSQ}-{in.resultToday})/({in.targetFleet}-{in.fleet}),${SEED_C}))`,
        fmt: "yuan",
        seed: "analyst",
        calibration: true,
        note: {
          zh: "校准：覆盖值；否则 m − (R_T − R₀) ÷ (T − F₀)；单事实时用种子自身的校准（与 m 无关）",
          en: "a calibration: the override; else m − (RT − R0) ÷ (T − F0); one fact: the seed's own (whatever m)",
        },
      },
      {
        kind: "derived",
        key: "networkCost",
        label: {
          zh: "校准：固定网络成本 N（Calc_NetworkCost）",
          en: "Calibrated fixed network cost N (Calc_NetworkCost)",
        },
        unit: YUAN_YEAR,
        formula:
          "IF(ISNUMBER({in.networkCostOverride}),{in.networkCostOverride},{in.fleet}*({in.unitMargin}-{in.serviceCost})-{in.resultToday})",
        fmt: "yuan",
        seed: "analyst",
        calibration: true,
        note: {
          zh: "校准：覆盖值；否则 F₀ × (m − c) − R₀，使今天的现状贡献等于事实1",
          en: "a calibration: the override; else F0 × (m − c) − R0, so that today's status quo is fact 1",
        },
      },
      {
        kind: "derived",
        key: "calibrationMode",
        label: { zh: "校准方式", en: "Calibration" },
        unit: NONE,
        formula: `IF(AND(ISNUMBER({in.serviceCostOverride}),ISNUMBER({in.networkCostOverride})),{txt:calibOverride},IF(ISNUMBER({in.serviceCostOverride}),{txt:calibServiceOverride},IF(${TWO_FACTS},{txt:calibTwoFacts},{txt:calibOneFact})))&IF(OR({in.serviceCost}<0,{in.networkCost}<0),{txt:calibNegative},"")`,
        fmt: "text",
        seed: "analyst",
        note: {
          zh: "双事实：两条事实定 c；单事实：事实2留空或目标保有量等于当前保有量，c 取种子自身的校准；N 总使今天等于事实1",
          en: "two facts fix c; one fact (fact 2 blank or T = F0): the seed's c; N makes today equal fact 1",
        },
      },
      setting(
        "ecoOpex",
        INPUT_RANGES.amount,
        (s) => s.ecoOpex,
        "analyst",
        { zh: "生态平台运营成本", en: "Ecosystem platform opex" },
        YUAN_YEAR,
        "yuan",
        {
          zh: "数据、合作伙伴平台的运营成本；正数，从生态价值中减去",
          en: "data and partner platforms; a positive amount, taken off the value",
        }
      ),
      setting(
        "discountRate",
        INPUT_RANGES.discountRate,
        (s) => s.discountRate,
        "analyst",
        { zh: "折现率", en: "Discount rate" },
        SHARE,
        "pct",
        { zh: "规划净现值用", en: "for the plan's NPV" }
      ),
      point(
        "correlation",
        INPUT_RANGES.share,
        DEFAULT_CORRELATION,
        "analyst",
        { zh: "驱动因素相关系数 ρ（模拟）", en: "Drivers' correlation ρ (simulation)" },
        { zh: "0–1", en: "0–1" },
        "ratio",
        {
          zh: "0 = 各自独立；1 = 同时偏向同一侧（折现率除外）",
          en: "0 = independent; 1 = all to the same side at once (not the discount rate)",
        }
      ),
      setting(
        "terminalGrowth",
        INPUT_RANGES.growth,
        (s) => s.terminalGrowth,
        "analyst",
        { zh: "永续增长率 g（In_TerminalGrowth）", en: "Terminal growth g (In_TerminalGrowth)" },
        SHARE,
        "pct",
        {
          zh: "估值用：第5年之后的年增长；须小于折现率",
          en: "for the valuation: growth after year 5; must be below the discount rate",
        }
      ),
      point(
        "valueEngineValue",
        INPUT_RANGES.signedAmount,
        SEED.valueEngineValue.value,
        "S18",
        { zh: "D 价值引擎门槛（年贡献 V）", en: "D threshold (annual contribution V)" },
        YUAN_YEAR,
        "yuan",
        {
          zh: "默认为 S18 的10亿；角色按同一指标（税前年贡献 V）判定：A < 0 ≤ B < C 门槛 ≤ C < D 门槛 ≤ D",
          en: "default S18's CNY 1bn; bands on pre-tax V: A < 0 ≤ B < C threshold ≤ C < D threshold ≤ D",
        }
      ),
      point(
        "profitCentreMargin",
        INPUT_RANGES.signedAmount,
        SEED.profitCentreMargin.value,
        "S18",
        { zh: "C 利润中心门槛（年贡献 V）", en: "C threshold (annual contribution V)" },
        YUAN_YEAR,
        "yuan",
        {
          zh: "种子写“贡献5亿毛利”；此处与 D 同按年贡献 V 判定",
          en: "the seed says CNY 500m of gross profit; read here, like D, on contribution V",
        }
      ),
      point(
        "breakEvenMargin",
        INPUT_RANGES.signedAmount,
        0,
        "S18",
        { zh: "B 盈亏平衡门槛（年贡献 V）", en: "B threshold (annual contribution V)" },
        YUAN_YEAR,
        "yuan"
      ),
      point(
        "costCentreLoss",
        INPUT_RANGES.signedAmount,
        SEED.costCentreLoss.value,
        "S18",
        { zh: "A 成本中心（种子示例亏损）", en: "A cost centre (seed's example loss)" },
        YUAN_YEAR,
        "yuan",
        { zh: "仅作说明：低于 B 门槛即为 A", en: "for reference: below B's threshold is A" }
      ),
    ],
  },
  {
    title: {
      zh: "种子数字（常数，不是输入；仅校准读取）",
      en: "Seed figures (constants, not inputs; read only by the calibrations)",
    },
    seedBlock: true,
    rows: [
      constant(
        "seedFleet",
        SEED.economicsFleet.value,
        "S4",
        { zh: "种子车企保有量", en: "Seed maker's fleet" },
        VEHICLES,
        "count"
      ),
      constant(
        "seedMargin",
        EV_MARGIN_PER_VEHICLE,
        "S5",
        { zh: "新能源单车售后毛利", en: "EV after-sales margin per vehicle" },
        PER_VEHICLE_YEAR,
        "yuan"
      ),
      constant(
        "seedInsuranceMid",
        pick(SEED.insuranceDataRate, "mid"),
        "S8",
        { zh: "保险数据价格（中值）", en: "Insurance data price (mid)" },
        PER_VEHICLE_YEAR,
        "yuan"
      ),
      constant(
        "seedUsedCarFeeMid",
        pick(SEED.usedCarCertificationFee, "mid"),
        "S9",
        { zh: "二手车认证费（中值）", en: "Used-car certification fee (mid)" },
        { zh: "元/次", en: "CNY/certification" },
        "yuan"
      ),
      constant(
        "seedFinanceMid",
        pick(SEED.financeDataRate, "mid"),
        "S10",
        { zh: "金融数据价格（中值）", en: "Finance data price (mid)" },
        PER_VEHICLE_YEAR,
        "yuan"
      ),
      constant(
        "seedMobilityMid",
        pick(SEED.mobilityDataRate, "mid"),
        "S11",
        { zh: "出行数据价格（中值）", en: "Mobility data price (mid)" },
        PER_VEHICLE_YEAR,
        "yuan"
      ),
      constant(
        "s12Value",
        SEED.dataValue.value,
        "S12",
        { zh: "种子车企数据年价值", en: "Seed maker's annual data value" },
        YUAN_YEAR,
        "yuan"
      ),
      constant(
        "seedResultToday",
        SEED.turnaroundBefore.value,
        "S17",
        { zh: "种子：今天的售后贡献", en: "Seed: today's after-sales contribution" },
        YUAN_YEAR,
        "yuan"
      ),
      constant(
        "seedTargetFleet",
        SEED.planTargetFleet.value,
        "S18",
        { zh: "种子：5年后保有量", en: "Seed: fleet in five years" },
        VEHICLES,
        "count"
      ),
      constant(
        "seedResultTarget",
        SEED.costCentreLoss.value,
        "S18",
        {
          zh: "种子：现状下的贡献（A 继续亏损）",
          en: "Seed: status-quo contribution (A, keep losing)",
        },
        YUAN_YEAR,
        "yuan"
      ),
    ],
  },
  {
    title: { zh: "常数", en: "Constants" },
    rows: [
      {
        kind: "point",
        key: "amountUnit",
        accepts: INPUT_RANGES.count,
        label: { zh: "仪表盘金额单位（亿元）", en: "Dashboard amount unit (CNY m)" },
        unit: { zh: "元", en: "CNY" },
        value: CONSTANTS.amountUnit["zh-CN"],
        perEdition: CONSTANTS.amountUnit,
        fmt: "count",
        seed: "",
        note: {
          zh: "仪表盘金额 ÷ 此数；计算表以元存储、按亿元显示",
          en: "dashboard amounts ÷ this; calculation sheets store CNY, show CNY m",
        },
      },
      {
        kind: "point",
        key: "fleetUnit",
        accepts: INPUT_RANGES.count,
        label: { zh: "仪表盘保有量单位（万辆）", en: "Dashboard fleet unit (vehicles)" },
        unit: { zh: "辆", en: "vehicles" },
        value: CONSTANTS.fleetUnit["zh-CN"],
        perEdition: CONSTANTS.fleetUnit,
        fmt: "count",
        seed: "",
        note: {
          zh: "仪表盘的保有量除以此数显示",
          en: "the dashboard's fleets are divided by this",
        },
      },
      point(
        "monthsPerYear",
        INPUT_RANGES.count,
        CONSTANTS.monthsPerYear,
        "",
        { zh: "每年月数", en: "Months per year" },
        { zh: "月", en: "months" },
        "count"
      ),
      point(
        "maxCaseFactor",
        INPUT_RANGES.caseFactor,
        CONSTANTS.maxCaseFactor,
        "",
        { zh: "情景系数上限", en: "Largest case factor" },
        { zh: "倍", en: "×" },
        "ratio",
        {
          zh: "校验：每个情景系数大于 0、不超过此上限",
          en: "checked: every case factor within (0, this]",
        }
      ),
      point(
        "nearThreshold",
        INPUT_RANGES.share,
        CONSTANTS.nearThreshold,
        "",
        { zh: "门槛邻近提示比例", en: "Near-threshold flag" },
        SHARE,
        "pct",
        {
          zh: "仪表盘在第5年贡献距门槛不到此比例时提示",
          en: "the dashboard flags a year-5 contribution this close to a threshold",
        }
      ),
      point(
        "tolerance",
        INPUT_RANGES.share,
        CONSTANTS.tolerance,
        "",
        { zh: "校验相对容差", en: "Check tolerance (relative)" },
        SHARE,
        "sci"
      ),
    ],
  },
];

/** Inputs by plan year, in the calculation sheets' year columns (below the single inputs). */
export const TIMELINE_SECTIONS: readonly InputSection[] = [
  {
    title: { zh: "逐年输入（第0–5年）", en: "Inputs by year (years 0–5)" },
    timeline: true,
    rows: [
      {
        kind: "timeline",
        key: "capex",
        accepts: INPUT_RANGES.amount,
        label: { zh: "生态投资", en: "Ecosystem investment" },
        unit: { zh: "元", en: "CNY" },
        fromSettings: (s) => s.capex,
        fmt: "yuan",
        seed: "analyst",
        note: {
          zh: "一次性投资；第0年不折现",
          en: "one-off investment; year 0 undiscounted",
        },
      },
      {
        kind: "timeline",
        key: "coverage",
        accepts: INPUT_RANGES.share,
        label: { zh: "数据覆盖率", en: "Data coverage" },
        unit: SHARE,
        fromSettings: (s) => s.dataCoverage,
        fmt: "pct",
        seed: "analyst",
        note: {
          zh: "数据实际出售的车辆占保有量的比例",
          en: "share of the fleet whose data is sold",
        },
      },
      // Contiguous and in stream order: In_Adoption (5×6).
      ...EXTENSION_STREAMS.map(adoptionRow),
    ],
  },
];

export const ALL_INPUTS: readonly InputRow[] = [...INPUT_SECTIONS, ...TIMELINE_SECTIONS].flatMap(
  (s) => s.rows
);

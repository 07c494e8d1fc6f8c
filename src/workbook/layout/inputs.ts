/** The inputs sheet (假设 / Inputs): every assumption in one place. */
import {
  calibrateCosts,
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
import { CONSTANTS, USER_ASSET_DRIVERS } from "./defaults";
import { DEFAULT_SETTINGS, fleetPathLabels } from "./settings";
import type { Fmt, FromSettings, InputRow, InputSection, Source, Text } from "./types";

const PER_VEHICLE_YEAR: Text = { zh: "元/车/年", en: "CNY/vehicle/yr" };
const YUAN_YEAR: Text = { zh: "元/年", en: "CNY/yr" };
const RECORDS_MONTH: Text = { zh: "条/月", en: "records/month" };
const VEHICLES: Text = { zh: "辆", en: "vehicles" };
const SHARE: Text = { zh: "比例", en: "share" };
const NONE: Text = { zh: "", en: "" };

/** A seed range (prices and spend per vehicle, S1–S11): low, mid and high, each an amount ≥ 0. */
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
  note: Text = NONE
): InputRow {
  return { kind: "point", key, accepts, label, unit, value, fmt, seed, note };
}

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
          zh: "收入留存为毛利的比例；第一版为 20%",
          en: "share of revenue kept as margin; first edition 20 %",
        }
      : {
          zh: "该项收入留存为毛利的比例（第一版统一为 20%）",
          en: "share of this stream's revenue kept as margin (20 % in the first edition)",
        }
  );

const adoptionRow = (stream: ExtensionStream, index: number): InputRow => ({
  kind: "timeline",
  accepts: INPUT_RANGES.share,
  key: `adoption${STREAM_KEYS[stream]}`,
  label: {
    zh: `采用率：${STREAM_LABELS[stream].zh}`,
    en: `Adoption: ${STREAM_LABELS[stream].en}`,
  },
  unit: SHARE,
  fromSettings: (s) => s.adoption[stream],
  fmt: "pct",
  seed: "analyst",
  note:
    index === 0
      ? {
          zh: "使用该项服务的车辆占保有量的比例",
          en: "share of the fleet using the stream",
        }
      : { zh: "使用该项服务的车辆占保有量的比例", en: "share of the fleet using this stream" },
});

const NIO_NOTE: Text = {
  zh: "种子蔚来示例（S15）÷ 50万辆",
  en: "seed's NIO example (S15) ÷ 500k vehicles",
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
          zh: "2.8亿 ÷ 10万辆",
          en: "CNY 280m ÷ 100k vehicles",
        }
      ),
      point(
        "evMargin",
        INPUT_RANGES.signedAmount,
        EV_MARGIN_PER_VEHICLE,
        "S5",
        { zh: "新能源售后毛利", en: "EV after-sales gross margin" },
        PER_VEHICLE_YEAR,
        "yuan",
        {
          zh: "7,200万 ÷ 10万辆；也是五年规划的单车毛利",
          en: "72m ÷ 100k vehicles; also the plan's margin per vehicle",
        }
      ),
      point(
        "seedFleet",
        INPUT_RANGES.count,
        SEED.economicsFleet.value,
        "S4",
        { zh: "种子案例保有量", en: "Seed case fleet" },
        VEHICLES,
        "count",
        {
          zh: "S4、S12 的 10万辆",
          en: "the 100k vehicles of S4 and S12",
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
        "s12Value",
        INPUT_RANGES.amount,
        SEED.dataValue.value,
        "S12",
        { zh: "10万辆数据年价值", en: "Data value of a 100k fleet" },
        YUAN_YEAR,
        "yuan"
      ),
      {
        kind: "point",
        key: "usedCarRateOverride",
        accepts: INPUT_RANGES.usedCarRate,
        blank: { zh: "用校准值", en: "the calibrated rate" },
        value: null,
        seed: "",
        label: { zh: "二手车认证率（可选覆盖）", en: "Certification rate (override)" },
        unit: { zh: "次/车/年", en: "per vehicle/yr" },
        fmt: "rate",
        note: { zh: "留空则用下一行的校准值", en: "leave blank to use the calibrated rate below" },
      },
      {
        kind: "derived",
        key: "usedCarRate",
        label: { zh: "二手车认证率（选用）", en: "Certification rate (used)" },
        unit: { zh: "次/车/年", en: "per vehicle/yr" },
        formula:
          'IF({in.usedCarRateOverride}="",({in.s12Value}/{in.seedFleet}-{in.insuranceRate.mid}-{in.financeRate.mid}-{in.mobilityRate.mid})/{in.usedCarFee.mid},{in.usedCarRateOverride})',
        fmt: "rate",
        seed: "S12",
        note: {
          zh: "种子未给出；按中值校准使 S12 成立：(7,650万÷10万−225−300−150)÷650 = 9/65",
          en: "not in the seed; mid reproduces S12: (765 − 225 − 300 − 150) ÷ 650 = 9/65",
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
          zh: "规划总用中值；情景只通过驱动因素1的系数改变数据价格（否则价格被计两次）",
          en: "the plan always uses mid; a case moves the price only through driver 1's factor",
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
          zh: "5年后保有100万辆",
          en: "1,000,000 vehicles in 5 years",
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
        "serviceCost",
        INPUT_RANGES.amount,
        (s) => calibrateCosts(s).serviceCost,
        "analyst",
        { zh: "单车服务成本 c（校准）", en: "Service cost per vehicle c (calibrated)" },
        PER_VEHICLE_YEAR,
        "yuan",
        {
          zh: "售后网络随保有量增长的部分：每辆在用车每年的运营成本；默认值为下方两条种子事实的校准",
          en: "the network's part that grows with the fleet, per vehicle in service; default calibrated below",
        }
      ),
      setting(
        "networkCost",
        INPUT_RANGES.amount,
        (s) => calibrateCosts(s).networkCost,
        "analyst",
        { zh: "固定网络成本 N（校准）", en: "Fixed network cost N (calibrated)" },
        YUAN_YEAR,
        "yuan",
        {
          zh: "售后网络的固定部分（总部、系统等）；正数，从售后毛利中减去；默认值为下方校准",
          en: "the network's fixed part; a positive amount taken off the margin; default calibrated below",
        }
      ),
      point(
        "calibTodayLoss",
        INPUT_RANGES.signedAmount,
        SEED.turnaroundBefore.value,
        "S17",
        {
          zh: "校准事实1：今天10万辆的售后亏损",
          en: "Calibration fact 1: today's loss at 100k vehicles",
        },
        YUAN_YEAR,
        "yuan",
        {
          zh: "种子未给出老张的保有量，假设为 S4 车企的10万辆",
          en: "the seed gives no fleet for this maker: assumed S4's 100k vehicles",
        }
      ),
      point(
        "calibTargetFleet",
        INPUT_RANGES.count,
        SEED.planTargetFleet.value,
        "S18",
        { zh: "校准事实2：保有量", en: "Calibration fact 2: fleet" },
        VEHICLES,
        "count",
        { zh: "5年后的100万辆", en: "the 1,000,000 vehicles in five years" }
      ),
      point(
        "calibTargetLoss",
        INPUT_RANGES.signedAmount,
        SEED.costCentreLoss.value,
        "S18",
        {
          zh: "校准事实2：现状下的亏损（A 继续亏1亿）",
          en: "Calibration fact 2: status-quo loss (A, keep losing CNY 100m)",
        },
        YUAN_YEAR,
        "yuan",
        {
          zh: "毛利 m 为毛利（S5），c 与 N 为销售成本以外的运营成本，不重复扣减",
          en: "m is a gross margin (S5): c and N are operating costs outside cost of sales, not counted twice",
        }
      ),
      {
        kind: "derived",
        key: "calibServiceCost",
        label: { zh: "校准结果：单车服务成本 c", en: "Calibrated service cost c" },
        unit: PER_VEHICLE_YEAR,
        formula:
          "{in.evMargin}-({in.calibTargetLoss}-{in.calibTodayLoss})/({in.calibTargetFleet}-{in.seedFleet})",
        fmt: "yuan",
        seed: "analyst",
        note: {
          zh: "校准（非种子数字）：m − (−1亿 + 2,800万) ÷ (100万 − 10万) = 720 + 80 = 800",
          en: "a calibration, not a seed figure: m − (−100m + 28m) ÷ (1m − 100k) = 720 + 80 = 800",
        },
      },
      {
        kind: "derived",
        key: "calibNetworkCost",
        label: { zh: "校准结果：固定网络成本 N", en: "Calibrated fixed network cost N" },
        unit: YUAN_YEAR,
        formula: "{in.seedFleet}*({in.evMargin}-{in.calibServiceCost})-{in.calibTodayLoss}",
        fmt: "yuan",
        seed: "analyst",
        note: {
          zh: "校准（非种子数字）：10万 × (720 − 800) + 2,800万 = 2,000万",
          en: "a calibration, not a seed figure: 100k × (720 − 800) + 28m = 20m",
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
      point(
        "valueEngineValue",
        INPUT_RANGES.signedAmount,
        SEED.valueEngineValue.value,
        "S18",
        { zh: "D 价值引擎门槛（年贡献 V）", en: "D threshold (annual contribution V)" },
        YUAN_YEAR,
        "yuan",
        {
          zh: "角色按同一指标（税前年贡献 V）判定：A < 0 ≤ B < 5亿 ≤ C < 10亿 ≤ D",
          en: "every band on one measure, pre-tax contribution V: A < 0 ≤ B < CNY 500m ≤ C < CNY 1bn ≤ D",
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

/** The inputs sheet (假设 / Inputs): every assumption in one place. */
import {
  DEFAULT_ECOSYSTEM_MARGIN_RATE,
  DEFAULT_PER_VEHICLE,
  EV_MARGIN_PER_VEHICLE,
  ICE_MARGIN_PER_VEHICLE,
  pick,
  SEED,
  type SeedRange,
} from "../../model";
import { CONSTANTS, USER_ASSET_DRIVERS } from "./defaults";
import type { Fmt, InputRow, InputSection, Text } from "./types";

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
  value: number | null,
  seed: InputRow["seed"],
  label: Text,
  unit: Text,
  fmt: Fmt,
  note: Text = NONE
): InputRow {
  return { kind: "point", key, label, unit, value, fmt, seed, note };
}

const NIO_NOTE: Text = {
  zh: "种子蔚来示例(S15)÷ 50万辆",
  en: "seed's NIO example (S15) ÷ 500k vehicles",
};
const ANALYST: Text = { zh: "分析师假设,非种子数据", en: "analyst assumption, not from the seed" };

export const INPUT_SECTIONS: readonly InputSection[] = [
  {
    title: {
      zh: "售后经济:燃油车 vs 新能源(S1–S6)",
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
        ICE_MARGIN_PER_VEHICLE,
        "S4",
        { zh: "燃油车售后毛利", en: "ICE after-sales gross margin" },
        PER_VEHICLE_YEAR,
        "yuan",
        {
          zh: "2.8亿 ÷ 10万辆",
          en: "2.8亿 ÷ 100k vehicles",
        }
      ),
      point(
        "evMargin",
        EV_MARGIN_PER_VEHICLE,
        "S5",
        { zh: "新能源售后毛利", en: "EV after-sales gross margin" },
        PER_VEHICLE_YEAR,
        "yuan",
        {
          zh: "7,200万 ÷ 10万辆;也是五年规划的单车毛利",
          en: "72m ÷ 100k vehicles; also the plan's margin per vehicle",
        }
      ),
      point(
        "seedFleet",
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
    title: { zh: "数据资产(S7–S12)", en: "Data assets (S7–S12)" },
    rows: [
      point(
        "workOrders",
        SEED.workOrderRecords.value,
        "S7",
        { zh: "维修工单数据", en: "Work-order records" },
        RECORDS_MONTH,
        "count"
      ),
      point(
        "vehicleHealth",
        SEED.vehicleHealthRecords.value,
        "S7",
        { zh: "车辆健康数据", en: "Vehicle-health records" },
        RECORDS_MONTH,
        "count"
      ),
      point(
        "userBehaviour",
        SEED.userBehaviourRecords.value,
        "S7",
        { zh: "用户行为数据", en: "User-behaviour records" },
        RECORDS_MONTH,
        "count"
      ),
      point(
        "partsFlow",
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
        { zh: "保险公司(UBI)", en: "Insurers (UBI)" },
        PER_VEHICLE_YEAR
      ),
      ranged(
        "usedCarFee",
        SEED.usedCarCertificationFee,
        { zh: "二手车平台(车况认证)", en: "Used-car platforms (certification)" },
        {
          zh: "元/次",
          en: "CNY/certification",
        }
      ),
      ranged(
        "financeRate",
        SEED.financeDataRate,
        { zh: "金融机构(信用评估)", en: "Lenders (credit assessment)" },
        PER_VEHICLE_YEAR
      ),
      ranged(
        "mobilityRate",
        SEED.mobilityDataRate,
        { zh: "出行平台(精准营销)", en: "Mobility platforms (marketing)" },
        PER_VEHICLE_YEAR
      ),
      point(
        "s12Value",
        SEED.dataValue.value,
        "S12",
        { zh: "10万辆数据年价值", en: "Data value of a 100k fleet" },
        YUAN_YEAR,
        "wan"
      ),
      point(
        "usedCarRateOverride",
        null,
        "",
        { zh: "二手车认证率(可选覆盖)", en: "Certification rate (optional override)" },
        {
          zh: "次/车/年",
          en: "per vehicle/yr",
        },
        "rate",
        { zh: "留空则用下一行的校准值", en: "leave blank to use the calibrated rate below" }
      ),
      {
        kind: "derived",
        key: "usedCarRate",
        label: { zh: "二手车认证率(选用)", en: "Certification rate (used)" },
        unit: { zh: "次/车/年", en: "per vehicle/yr" },
        formula:
          'IF({in.usedCarRateOverride}="",({in.s12Value}/{in.seedFleet}-{in.insuranceRate.mid}-{in.financeRate.mid}-{in.mobilityRate.mid})/{in.usedCarFee.mid},{in.usedCarRateOverride})',
        fmt: "rate",
        seed: "S12",
        note: {
          zh: "种子未给出;按中值校准使 S12 成立:(7,650万÷10万−225−300−150)÷650 = 9/65",
          en: "not in the seed; calibrated so mid reproduces S12: (765 − 225 − 300 − 150) ÷ 650 = 9/65",
        },
      },
    ],
  },
  {
    title: { zh: "生态收入 单车年收入(S15–S16)", en: "Ecosystem revenue per vehicle (S15–S16)" },
    rows: [
      // Contiguous and in STREAMS order: ECO.ECOSYSTEM_REVENUE's `per_vehicle`.
      point(
        "pvTraditional",
        DEFAULT_PER_VEHICLE.traditional,
        "S15",
        { zh: "传统售后", en: "Traditional after-sales" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvBaas",
        DEFAULT_PER_VEHICLE.baas,
        "S15",
        { zh: "BaaS 电池租赁", en: "BaaS battery rental" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvCharging",
        DEFAULT_PER_VEHICLE.charging,
        "S15",
        { zh: "充电服务", en: "Charging" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvInsurance",
        DEFAULT_PER_VEHICLE.insurance,
        "S15",
        { zh: "保险佣金", en: "Insurance commission" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvLifestyle",
        DEFAULT_PER_VEHICLE.lifestyle,
        "S15",
        { zh: "NIO Life 精品", en: "NIO Life merchandise" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "pvUsedCar",
        DEFAULT_PER_VEHICLE.usedcar,
        "S15",
        { zh: "二手车服务", en: "Used-car services" },
        PER_VEHICLE_YEAR,
        "yuan",
        NIO_NOTE
      ),
      point(
        "nioFleet",
        SEED.nioFleet.value,
        "S15",
        { zh: "蔚来示例保有量", en: "NIO example fleet" },
        VEHICLES,
        "count"
      ),
      point(
        "ecoMarginRate",
        DEFAULT_ECOSYSTEM_MARGIN_RATE,
        "",
        { zh: "生态收入毛利率", en: "Ecosystem margin rate" },
        SHARE,
        "pct",
        ANALYST
      ),
    ],
  },
  {
    title: { zh: "用户资产(S13、S14、S19)", en: "User assets (S13, S14, S19)" },
    rows: [
      point(
        "users",
        USER_ASSET_DRIVERS.users,
        "S19",
        { zh: "用户数量", en: "Users" },
        { zh: "人", en: "users" },
        "count"
      ),
      point(
        "activityRate",
        USER_ASSET_DRIVERS.activityRate,
        "",
        { zh: "用户活跃度", en: "Activity rate" },
        SHARE,
        "pct",
        ANALYST
      ),
      point(
        "ltv",
        USER_ASSET_DRIVERS.ltv,
        "",
        { zh: "单用户 LTV", en: "LTV per user" },
        { zh: "元/人", en: "CNY/user" },
        "yuan",
        {
          zh: "分析师假设:使 100万用户 = 80亿(S19)",
          en: "analyst assumption: makes 1m users = 8bn (S19)",
        }
      ),
      point(
        "repurchaseRate",
        USER_ASSET_DRIVERS.repurchaseRate,
        "",
        { zh: "复购率", en: "Repurchase rate" },
        SHARE,
        "pct",
        ANALYST
      ),
      point(
        "ltvMultiple",
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
        SEED.userAssetTotal.value,
        "S19",
        { zh: "种子:用户资产总价值", en: "Seed: total user asset value" },
        { zh: "元", en: "CNY" },
        "yi"
      ),
      point(
        "dataRecordsSeed",
        SEED.userAssetDataRecords.value,
        "S19",
        { zh: "种子:数据资产条数", en: "Seed: data records" },
        { zh: "条", en: "records" },
        "countWan"
      ),
    ],
  },
  {
    title: { zh: "五年规划与角色判定(S18)", en: "Five-year plan and role test (S18)" },
    rows: [
      point(
        "targetFleet",
        SEED.planTargetFleet.value,
        "S18",
        { zh: "目标保有量", en: "Target fleet" },
        VEHICLES,
        "count"
      ),
      point(
        "planYears",
        SEED.planYears.value,
        "S18",
        { zh: "达到目标的年数", en: "Years to target" },
        { zh: "年", en: "years" },
        "count"
      ),
      point(
        "valueEngineValue",
        SEED.valueEngineValue.value,
        "S18",
        { zh: "D 价值引擎门槛(生态价值)", en: "D threshold (ecosystem value)" },
        YUAN_YEAR,
        "yi"
      ),
      point(
        "profitCentreMargin",
        SEED.profitCentreMargin.value,
        "S18",
        { zh: "C 利润中心门槛(售后毛利)", en: "C threshold (after-sales margin)" },
        YUAN_YEAR,
        "yi"
      ),
      point(
        "breakEvenMargin",
        0,
        "S18",
        { zh: "B 盈亏平衡门槛(售后毛利)", en: "B threshold (after-sales margin)" },
        YUAN_YEAR,
        "yi"
      ),
      point(
        "costCentreLoss",
        SEED.costCentreLoss.value,
        "S18",
        { zh: "A 成本中心(种子示例亏损)", en: "A cost centre (seed's example loss)" },
        YUAN_YEAR,
        "yi"
      ),
    ],
  },
  {
    title: { zh: "换算常数", en: "Conversion constants" },
    rows: [
      point(
        "wan",
        CONSTANTS.wan,
        "",
        { zh: "万", en: "万 (10^4)" },
        { zh: "元", en: "CNY" },
        "count"
      ),
      point(
        "yi",
        CONSTANTS.yi,
        "",
        { zh: "亿", en: "亿 (10^8)" },
        { zh: "元", en: "CNY" },
        "count"
      ),
      point(
        "monthsPerYear",
        CONSTANTS.monthsPerYear,
        "",
        { zh: "每年月数", en: "Months per year" },
        { zh: "月", en: "months" },
        "count"
      ),
      point(
        "tolerance",
        CONSTANTS.tolerance,
        "",
        { zh: "校验相对容差", en: "Check tolerance (relative)" },
        SHARE,
        "sci"
      ),
    ],
  },
];

export const ALL_INPUTS: readonly InputRow[] = INPUT_SECTIONS.flatMap((s) => s.rows);

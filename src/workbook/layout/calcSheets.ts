/** The single-column calculation sheets: economics, data assets, ecosystem revenue, user assets. */
import type { CalcSheet } from "./types";
import { U } from "./units";

export const ECONOMICS: CalcSheet = {
  key: "econ",
  name: { zh: "售后经济", en: "Economics" },
  title: { zh: "售后经济:燃油车 vs 新能源", en: "After-sales economics: ICE vs EV" },
  subtitle: { zh: "真相1:单靠维修保养,新能源售后活不下去(S1–S6)", en: "Truth 1: repairs alone cannot keep EV after-sales alive (S1–S6)" },
  columns: "single",
  sections: [
    {
      title: { zh: "单车", en: "Per vehicle" },
      rows: [
        { key: "iceSpend", label: { zh: "燃油车售后消费", en: "ICE after-sales spend" }, unit: U.perVehicleYear, formula: "{in.iceSpend}", fmt: "yuan", seed: "S1" },
        { key: "evSpend", label: { zh: "新能源车售后消费", en: "EV after-sales spend" }, unit: U.perVehicleYear, formula: "{in.evSpend}", fmt: "yuan", seed: "S2" },
        {
          key: "revenueDrop",
          label: { zh: "售后收入降幅", en: "After-sales revenue drop" },
          unit: U.share,
          formula: "({econ.iceSpend}-{econ.evSpend})/{econ.iceSpend}",
          fmt: "pct",
          seed: "S3",
          note: { zh: "中值:腰斩80%", en: "mid: −80 %" },
        },
        { key: "iceMargin", label: { zh: "燃油车售后毛利", en: "ICE gross margin" }, unit: U.perVehicleYear, formula: "{in.iceMargin}", fmt: "yuan", seed: "S4" },
        { key: "evMargin", label: { zh: "新能源售后毛利", en: "EV gross margin" }, unit: U.perVehicleYear, formula: "{in.evMargin}", fmt: "yuan", seed: "S5" },
        { key: "iceMarginRate", label: { zh: "燃油车售后毛利率", en: "ICE margin rate" }, unit: U.share, formula: "{econ.iceMargin}/{econ.iceSpend}", fmt: "pct" },
        { key: "evMarginRate", label: { zh: "新能源售后毛利率", en: "EV margin rate" }, unit: U.share, formula: "{econ.evMargin}/{econ.evSpend}", fmt: "pct" },
      ],
    },
    {
      title: { zh: "当前保有量合计", en: "Totals at today's fleet" },
      rows: [
        { key: "fleet", label: { zh: "当前保有量", en: "Fleet today" }, unit: U.vehicles, formula: "{in.fleet}", fmt: "count" },
        { key: "iceRevenue", label: { zh: "燃油车模式售后收入", en: "After-sales revenue, ICE model" }, unit: U.yuanYear, formula: "{econ.fleet}*{econ.iceSpend}", fmt: "yi" },
        { key: "evRevenue", label: { zh: "新能源模式售后收入", en: "After-sales revenue, EV model" }, unit: U.yuanYear, formula: "{econ.fleet}*{econ.evSpend}", fmt: "yi" },
        { key: "iceGrossMargin", label: { zh: "传统模式售后毛利", en: "Gross margin, traditional model" }, unit: U.yuanYear, formula: "{econ.fleet}*{econ.iceMargin}", fmt: "yi", seed: "S4" },
        { key: "evGrossMargin", label: { zh: "新能源简化模式售后毛利", en: "Gross margin, EV model" }, unit: U.yuanYear, formula: "{econ.fleet}*{econ.evMargin}", fmt: "yi", seed: "S5" },
        {
          key: "marginGap",
          label: { zh: "蒸发的毛利", en: "Margin that evaporates" },
          unit: U.yuanYear,
          formula: "{econ.fleet}*({econ.iceMargin}-{econ.evMargin})",
          fmt: "yi",
          style: "output",
          seed: "S6",
          note: { zh: "Out_MarginGap", en: "Out_MarginGap" },
        },
      ],
    },
    {
      title: { zh: "种子复核:10万辆", en: "Seed check: 100k vehicles" },
      rows: [
        { key: "seedIceGM", label: { zh: "传统模式售后毛利", en: "Traditional gross margin" }, unit: U.yuanYear, formula: "{in.seedFleet}*{econ.iceMargin}", fmt: "yi", seed: "S4", note: { zh: "约2.8亿", en: "≈ 2.8亿" } },
        { key: "seedEvGM", label: { zh: "新能源简化模式售后毛利", en: "EV gross margin" }, unit: U.yuanYear, formula: "{in.seedFleet}*{econ.evMargin}", fmt: "yi", seed: "S5", note: { zh: "约7,200万", en: "≈ 7,200万" } },
        { key: "seedGap", label: { zh: "蒸发的毛利", en: "Margin that evaporates" }, unit: U.yuanYear, formula: "{econ.seedIceGM}-{econ.seedEvGM}", fmt: "yi", seed: "S6", note: { zh: "“蒸发2亿”:2.8 − 0.72 = 2.08亿", en: "“2亿 evaporates”: 2.8 − 0.72 = 2.08亿" } },
      ],
    },
  ],
};

export const DATA_ASSETS: CalcSheet = {
  key: "data",
  name: { zh: "数据资产", en: "Data assets" },
  title: { zh: "数据资产:数据是新石油", en: "Data assets: data is the new oil" },
  subtitle: { zh: "真相2:数据是新石油,但你在白送(S7–S12)", en: "Truth 2: data is the new oil, but you give it away (S7–S12)" },
  columns: "single",
  sections: [
    {
      title: { zh: "售后数据量(二线新势力)", en: "After-sales data volume (a second-tier maker)" },
      rows: [
        { key: "workOrders", label: { zh: "维修工单数据", en: "Work orders" }, unit: U.recordsMonth, formula: "{in.workOrders}", fmt: "countWan", seed: "S7" },
        { key: "vehicleHealth", label: { zh: "车辆健康数据", en: "Vehicle health" }, unit: U.recordsMonth, formula: "{in.vehicleHealth}", fmt: "countWan", seed: "S7" },
        { key: "userBehaviour", label: { zh: "用户行为数据", en: "User behaviour" }, unit: U.recordsMonth, formula: "{in.userBehaviour}", fmt: "countWan", seed: "S7" },
        { key: "partsFlow", label: { zh: "配件流转数据", en: "Parts flow" }, unit: U.recordsMonth, formula: "{in.partsFlow}", fmt: "countWan", seed: "S7" },
        { key: "recordsMonth", label: { zh: "每月数据合计", en: "Records per month" }, unit: U.recordsMonth, formula: "{data.workOrders}+{data.vehicleHealth}+{data.userBehaviour}+{data.partsFlow}", fmt: "countWan", seed: "S7" },
        { key: "recordsYear", label: { zh: "每年数据合计", en: "Records per year" }, unit: U.recordsYear, formula: "{data.recordsMonth}*{in.monthsPerYear}", fmt: "countWan" },
      ],
    },
    {
      title: { zh: "每车每年数据价值(按情景)", en: "Data value per vehicle per year (scenario)" },
      rows: [
        { key: "insurance", label: { zh: "保险公司(UBI)", en: "Insurers (UBI)" }, unit: U.perVehicleYear, formula: "{in.insuranceRate}", fmt: "yuan", seed: "S8" },
        { key: "usedCarFee", label: { zh: "二手车车况认证费", en: "Used-car certification fee" }, unit: U.perCertification, formula: "{in.usedCarFee}", fmt: "yuan", seed: "S9" },
        { key: "usedCarRate", label: { zh: "认证率", en: "Certifications per vehicle" }, unit: { zh: "次/车/年", en: "per vehicle/yr" }, formula: "{in.usedCarRate}", fmt: "rate" },
        { key: "usedCar", label: { zh: "二手车平台", en: "Used-car platforms" }, unit: U.perVehicleYear, formula: "{data.usedCarFee}*{data.usedCarRate}", fmt: "yuan", seed: "S9" },
        { key: "finance", label: { zh: "金融机构(信用评估)", en: "Lenders (credit)" }, unit: U.perVehicleYear, formula: "{in.financeRate}", fmt: "yuan", seed: "S10" },
        { key: "mobility", label: { zh: "出行平台(精准营销)", en: "Mobility platforms" }, unit: U.perVehicleYear, formula: "{in.mobilityRate}", fmt: "yuan", seed: "S11" },
        { key: "perVehicle", label: { zh: "每车数据价值合计", en: "Data value per vehicle" }, unit: U.perVehicleYear, formula: "{data.insurance}+{data.usedCar}+{data.finance}+{data.mobility}", fmt: "yuan" },
      ],
    },
    {
      title: { zh: "当前保有量的数据年价值", en: "Annual data value at today's fleet" },
      rows: [
        { key: "fleet", label: { zh: "当前保有量", en: "Fleet today" }, unit: U.vehicles, formula: "{in.fleet}", fmt: "count" },
        { key: "valueInsurance", label: { zh: "保险公司", en: "Insurers" }, unit: U.yuanYear, formula: "{data.fleet}*{data.insurance}", fmt: "wan" },
        { key: "valueUsedCar", label: { zh: "二手车平台", en: "Used-car platforms" }, unit: U.yuanYear, formula: "{data.fleet}*{data.usedCar}", fmt: "wan" },
        { key: "valueFinance", label: { zh: "金融机构", en: "Lenders" }, unit: U.yuanYear, formula: "{data.fleet}*{data.finance}", fmt: "wan" },
        { key: "valueMobility", label: { zh: "出行平台", en: "Mobility platforms" }, unit: U.yuanYear, formula: "{data.fleet}*{data.mobility}", fmt: "wan" },
        { key: "value", label: { zh: "数据资产年价值", en: "Data asset value" }, unit: U.yuanYear, formula: "{data.fleet}*{data.perVehicle}", fmt: "wan", style: "output", seed: "S12", note: { zh: "Out_DataAssetValue", en: "Out_DataAssetValue" } },
      ],
    },
    {
      title: { zh: "种子复核:10万辆、中值", en: "Seed check: 100k vehicles, mid" },
      rows: [
        {
          key: "seedValue",
          label: { zh: "10万保有量的数据年价值", en: "Data value of a 100k fleet" },
          unit: U.yuanYear,
          formula: "{in.seedFleet}*({in.insuranceRate.mid}+{in.usedCarFee.mid}*{data.usedCarRate}+{in.financeRate.mid}+{in.mobilityRate.mid})",
          fmt: "wan",
          seed: "S12",
          note: { zh: "种子:7,650万元", en: "seed: 7,650万 CNY" },
        },
      ],
    },
  ],
};

export const ECOSYSTEM: CalcSheet = {
  key: "eco",
  name: { zh: "生态收入", en: "Ecosystem" },
  title: { zh: "生态收入:N 个变现", en: "Ecosystem revenue: the N ways to earn" },
  subtitle: { zh: "蔚来式生态收入结构,按单车年收入推到你的保有量(S15–S16)", en: "NIO-style revenue mix, scaled per vehicle to your fleet (S15–S16)" },
  columns: "single",
  sections: [
    {
      title: { zh: "单车年收入", en: "Revenue per vehicle" },
      rows: [
        { key: "pvTraditional", label: { zh: "传统售后", en: "Traditional after-sales" }, unit: U.perVehicleYear, formula: "{in.pvTraditional}", fmt: "yuan", seed: "S15" },
        { key: "pvBaas", label: { zh: "BaaS 电池租赁", en: "BaaS battery rental" }, unit: U.perVehicleYear, formula: "{in.pvBaas}", fmt: "yuan", seed: "S15" },
        { key: "pvCharging", label: { zh: "充电服务", en: "Charging" }, unit: U.perVehicleYear, formula: "{in.pvCharging}", fmt: "yuan", seed: "S15" },
        { key: "pvInsurance", label: { zh: "保险佣金", en: "Insurance commission" }, unit: U.perVehicleYear, formula: "{in.pvInsurance}", fmt: "yuan", seed: "S15" },
        { key: "pvLifestyle", label: { zh: "NIO Life 精品", en: "NIO Life merchandise" }, unit: U.perVehicleYear, formula: "{in.pvLifestyle}", fmt: "yuan", seed: "S15" },
        { key: "pvUsedCar", label: { zh: "二手车服务", en: "Used-car services" }, unit: U.perVehicleYear, formula: "{in.pvUsedCar}", fmt: "yuan", seed: "S15" },
        { key: "pvEcosystem", label: { zh: "生态延伸合计", en: "Ecosystem streams" }, unit: U.perVehicleYear, formula: "{eco.pvBaas}+{eco.pvCharging}+{eco.pvInsurance}+{eco.pvLifestyle}+{eco.pvUsedCar}", fmt: "yuan" },
      ],
    },
    {
      title: { zh: "当前保有量的年收入", en: "Annual revenue at today's fleet" },
      rows: [
        { key: "fleet", label: { zh: "当前保有量", en: "Fleet today" }, unit: U.vehicles, formula: "{in.fleet}", fmt: "count" },
        { key: "baas", label: { zh: "BaaS 电池租赁", en: "BaaS battery rental" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvBaas}", fmt: "yi" },
        { key: "charging", label: { zh: "充电服务", en: "Charging" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvCharging}", fmt: "yi" },
        { key: "insurance", label: { zh: "保险佣金", en: "Insurance commission" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvInsurance}", fmt: "yi" },
        { key: "lifestyle", label: { zh: "NIO Life 精品", en: "NIO Life merchandise" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvLifestyle}", fmt: "yi" },
        { key: "usedcar", label: { zh: "二手车服务", en: "Used-car services" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvUsedCar}", fmt: "yi" },
        { key: "ecosystem", label: { zh: "生态收入", en: "Ecosystem revenue" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvEcosystem}", fmt: "yi", style: "output", seed: "S15", note: { zh: "Out_EcosystemRevenue", en: "Out_EcosystemRevenue" } },
        { key: "traditional", label: { zh: "传统售后收入", en: "Traditional revenue" }, unit: U.yuanYear, formula: "{eco.fleet}*{eco.pvTraditional}", fmt: "yi", style: "output", seed: "S15", note: { zh: "Out_TraditionalRevenue", en: "Out_TraditionalRevenue" } },
        { key: "total", label: { zh: "售后总收入", en: "Total revenue" }, unit: U.yuanYear, formula: "{eco.traditional}+{eco.ecosystem}", fmt: "yi" },
        { key: "multiple", label: { zh: "生态收入 ÷ 传统售后", en: "Ecosystem ÷ traditional" }, unit: U.multiple, formula: "{eco.pvEcosystem}/{eco.pvTraditional}", fmt: "ratio", style: "output", seed: "S16", note: { zh: "Out_EcosystemMultiple;与保有量无关", en: "Out_EcosystemMultiple; independent of fleet" } },
        { key: "ecoMargin", label: { zh: "生态毛利(生态收入 × 毛利率)", en: "Ecosystem margin (revenue × margin rate)" }, unit: U.yuanYear, formula: "{eco.ecosystem}*{in.ecoMarginRate}", fmt: "yi", note: { zh: "毛利率为分析师假设", en: "margin rate is an analyst assumption" } },
      ],
    },
    {
      title: { zh: "种子复核:蔚来 50万辆", en: "Seed check: NIO, 500k vehicles" },
      rows: [
        { key: "nioTraditional", label: { zh: "传统售后收入", en: "Traditional revenue" }, unit: U.yuanYear, formula: "{in.nioFleet}*{eco.pvTraditional}", fmt: "yi", seed: "S15", note: { zh: "种子:5亿", en: "seed: 5亿" } },
        { key: "nioEcosystem", label: { zh: "生态延伸收入", en: "Ecosystem revenue" }, unit: U.yuanYear, formula: "{in.nioFleet}*{eco.pvEcosystem}", fmt: "yi", seed: "S16", note: { zh: "种子:22.5亿", en: "seed: 22.5亿" } },
        { key: "nioMultiple", label: { zh: "倍数", en: "Multiple" }, unit: U.multiple, formula: "{eco.nioEcosystem}/{eco.nioTraditional}", fmt: "ratio", seed: "S16", note: { zh: "种子:4.5倍", en: "seed: 4.5×" } },
      ],
    },
  ],
};

export const USER_ASSETS: CalcSheet = {
  key: "users",
  name: { zh: "用户资产", en: "User assets" },
  title: { zh: "用户资产:1+3+N 的“1”", en: "User assets: the “1” of 1+3+N" },
  subtitle: { zh: "用户资产价值 = 用户数量 × 活跃度 × 单用户LTV × 复购率(S13)", en: "User asset value = users × activity × LTV per user × repurchase (S13)" },
  columns: "single",
  sections: [
    {
      title: { zh: "驱动因素(分析师假设)", en: "Drivers (analyst assumptions)" },
      rows: [
        { key: "users", label: { zh: "用户数量", en: "Users" }, unit: U.users, formula: "{in.users}", fmt: "count", seed: "S19" },
        { key: "activityRate", label: { zh: "用户活跃度", en: "Activity rate" }, unit: U.share, formula: "{in.activityRate}", fmt: "pct" },
        { key: "ltv", label: { zh: "单用户 LTV", en: "LTV per user" }, unit: U.perUser, formula: "{in.ltv}", fmt: "yuan" },
        { key: "repurchaseRate", label: { zh: "复购率", en: "Repurchase rate" }, unit: U.share, formula: "{in.repurchaseRate}", fmt: "pct" },
      ],
    },
    {
      title: { zh: "用户资产价值", en: "User asset value" },
      rows: [
        { key: "activeUsers", label: { zh: "活跃用户", en: "Active users" }, unit: U.users, formula: "{users.users}*{users.activityRate}", fmt: "count" },
        { key: "valuePerUser", label: { zh: "每用户资产价值", en: "Value per user" }, unit: U.perUser, formula: "{users.activityRate}*{users.ltv}*{users.repurchaseRate}", fmt: "yuan", seed: "S19", note: { zh: "种子:8,000元/人", en: "seed: 8,000 CNY/user" } },
        { key: "value", label: { zh: "用户资产总价值", en: "Total user asset value" }, unit: U.yuan, formula: "{users.users}*{users.activityRate}*{users.ltv}*{users.repurchaseRate}", fmt: "yi", style: "output", seed: "S13", note: { zh: "Out_UserAssetValue", en: "Out_UserAssetValue" } },
        { key: "vsSeed", label: { zh: "相对种子 80亿", en: "Versus the seed's 80亿" }, unit: U.multiple, formula: "{users.value}/{in.userAssetSeed}", fmt: "ratio", seed: "S19" },
      ],
    },
    {
      title: { zh: "满意客户的价值(S14)", en: "What a satisfied customer is worth (S14)" },
      rows: [
        { key: "ltvMultiple", label: { zh: "满意售后客户 LTV ÷ 仅购车客户", en: "LTV satisfied ÷ new-car-only" }, unit: U.multiple, formula: "{in.ltvMultiple}", fmt: "ratio", seed: "S14" },
        { key: "ltvNewCarOnly", label: { zh: "仅购车客户 LTV(若上方LTV为满意客户)", en: "New-car-only LTV (if the LTV above is a satisfied one)" }, unit: U.perUser, formula: "{users.ltv}/{users.ltvMultiple}", fmt: "yuan" },
      ],
    },
  ],
};

/**
 * The seed article's figures (S1–S21 of MODEL.md), exactly as the article states them.
 * Amounts in 元; a range is the article's low–high; `id` is the figure id in MODEL.md.
 * Nothing here is derived: derivations live in the model modules and cite these ids.
 */
export type SeedId = `S${number}`;

export interface SeedRange {
  readonly id: SeedId;
  readonly low: number;
  readonly high: number;
  readonly unit: string;
}

export interface SeedValue {
  readonly id: SeedId;
  readonly value: number;
  readonly unit: string;
}

export const SEED = {
  iceSpendPerVehicle: { id: "S1", low: 8_000, high: 12_000, unit: "元/车/年" },
  evSpendPerVehicle: { id: "S2", low: 1_500, high: 2_500, unit: "元/车/年" },
  revenueDrop: { id: "S3", value: 0.8, unit: "比例" },
  economicsFleet: { id: "S4", value: 100_000, unit: "车" },
  iceGrossMargin: { id: "S4", value: 280_000_000, unit: "元/年" },
  evGrossMargin: { id: "S5", value: 72_000_000, unit: "元/年" },
  marginEvaporated: { id: "S6", value: 200_000_000, unit: "元/年" },

  workOrderRecords: { id: "S7", value: 120_000, unit: "条/月" },
  vehicleHealthRecords: { id: "S7", value: 3_800_000, unit: "条/月" },
  userBehaviourRecords: { id: "S7", value: 6_500_000, unit: "条/月" },
  partsFlowRecords: { id: "S7", value: 850_000, unit: "条/月" },

  insuranceDataRate: { id: "S8", low: 150, high: 300, unit: "元/车/年" },
  usedCarCertificationFee: { id: "S9", low: 500, high: 800, unit: "元/次" },
  financeDataRate: { id: "S10", low: 200, high: 400, unit: "元/车/年" },
  mobilityDataRate: { id: "S11", low: 100, high: 200, unit: "元/车/年" },
  dataValueFleet: { id: "S12", value: 100_000, unit: "车" },
  dataValue: { id: "S12", value: 76_500_000, unit: "元/年" },

  satisfiedCustomerLtvMultiple: { id: "S14", value: 3.2, unit: "倍" },

  nioFleet: { id: "S15", value: 500_000, unit: "车" },
  nioTraditional: { id: "S15", value: 500_000_000, unit: "元/年" },
  nioBaas: { id: "S15", value: 1_500_000_000, unit: "元/年" },
  nioCharging: { id: "S15", value: 300_000_000, unit: "元/年" },
  nioInsurance: { id: "S15", value: 150_000_000, unit: "元/年" },
  nioLifestyle: { id: "S15", value: 200_000_000, unit: "元/年" },
  nioUsedCar: { id: "S15", value: 100_000_000, unit: "元/年" },
  ecosystemMultiple: { id: "S16", value: 4.5, unit: "倍" },

  turnaroundBefore: { id: "S17", value: -28_000_000, unit: "元/年" },
  turnaroundLossFirstThreeQuarters: { id: "S17", value: -19_000_000, unit: "元" },
  turnaroundAfter: { id: "S17", value: 120_000_000, unit: "元/年" },
  turnaroundMonths: { id: "S17", value: 18, unit: "月" },
  firstTimeFixRate: { id: "S17", value: 0.91, unit: "比例" },
  npsBefore: { id: "S17", value: 45, unit: "分" },
  npsAfter: { id: "S17", value: 62, unit: "分" },

  planTargetFleet: { id: "S18", value: 1_000_000, unit: "车" },
  planYears: { id: "S18", value: 5, unit: "年" },
  costCentreLoss: { id: "S18", value: -100_000_000, unit: "元/年" },
  profitCentreMargin: { id: "S18", value: 500_000_000, unit: "元/年" },
  valueEngineValue: { id: "S18", value: 1_000_000_000, unit: "元/年" },

  userAssetUsers: { id: "S19", value: 1_000_000, unit: "人" },
  userAssetTotal: { id: "S19", value: 8_000_000_000, unit: "元" },
  userAssetDataRecords: { id: "S19", value: 300_000_000, unit: "条" },

  teslaOtaRemoteFixShare: { id: "S20", value: 0.6, unit: "比例" },
  xpengFaultWarningDays: { id: "S20", value: 30, unit: "天" },

  ownerPainPoints: { id: "S21", value: 138, unit: "个" },
} as const satisfies Record<string, SeedRange | SeedValue>;

export type SeedKey = keyof typeof SEED;

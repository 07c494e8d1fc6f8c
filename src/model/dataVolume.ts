import { SEED } from "./seed";

/** Monthly after-sales data records of the seed's second-tier maker (S7). */
export const MONTHLY_RECORDS = {
  workOrders: SEED.workOrderRecords.value,
  vehicleHealth: SEED.vehicleHealthRecords.value,
  userBehaviour: SEED.userBehaviourRecords.value,
  partsFlow: SEED.partsFlowRecords.value,
} as const;

export type RecordKind = keyof typeof MONTHLY_RECORDS;

export function recordsPerMonth(
  records: Readonly<Record<RecordKind, number>> = MONTHLY_RECORDS
): number {
  return records.workOrders + records.vehicleHealth + records.userBehaviour + records.partsFlow;
}

export function recordsPerYear(
  records: Readonly<Record<RecordKind, number>> = MONTHLY_RECORDS
): number {
  return 12 * recordsPerMonth(records);
}

import { SEED } from "./seed";
import { pick, type Scenario } from "./scenario";

/** After-sales economics of ICE vs EV (S1–S6). Amounts per vehicle per year unless named total. */
export interface EconomicsInputs {
  readonly fleet: number;
  readonly iceSpendPerVehicle: number;
  readonly evSpendPerVehicle: number;
  readonly iceMarginPerVehicle: number;
  readonly evMarginPerVehicle: number;
}

/** S4 and S5 as per-vehicle margins: 2.8亿 / 10万 = 2,800 and 7,200万 / 10万 = 720 元/车/年. */
export const ICE_MARGIN_PER_VEHICLE = SEED.iceGrossMargin.value / SEED.economicsFleet.value;
export const EV_MARGIN_PER_VEHICLE = SEED.evGrossMargin.value / SEED.economicsFleet.value;

export function economicsInputs(fleet: number, scenario: Scenario = "mid"): EconomicsInputs {
  return {
    fleet,
    iceSpendPerVehicle: pick(SEED.iceSpendPerVehicle, scenario),
    evSpendPerVehicle: pick(SEED.evSpendPerVehicle, scenario),
    iceMarginPerVehicle: ICE_MARGIN_PER_VEHICLE,
    evMarginPerVehicle: EV_MARGIN_PER_VEHICLE,
  };
}

export interface Economics {
  /** 1 − EV spend / ICE spend (S3: 80 % at the midpoints). */
  readonly revenueDrop: number;
  readonly iceRevenue: number;
  readonly evRevenue: number;
  readonly iceMarginRate: number;
  readonly evMarginRate: number;
  readonly iceGrossMargin: number;
  readonly evGrossMargin: number;
  /** S6: fleet × (ICE margin per vehicle − EV margin per vehicle). */
  readonly marginGap: number;
}

export function afterSalesEconomics(i: EconomicsInputs): Economics {
  return {
    revenueDrop: 1 - i.evSpendPerVehicle / i.iceSpendPerVehicle,
    iceRevenue: i.fleet * i.iceSpendPerVehicle,
    evRevenue: i.fleet * i.evSpendPerVehicle,
    iceMarginRate: i.iceMarginPerVehicle / i.iceSpendPerVehicle,
    evMarginRate: i.evMarginPerVehicle / i.evSpendPerVehicle,
    iceGrossMargin: i.fleet * i.iceMarginPerVehicle,
    evGrossMargin: i.fleet * i.evMarginPerVehicle,
    marginGap: i.fleet * (i.iceMarginPerVehicle - i.evMarginPerVehicle),
  };
}

/**
 * The numbers each input of the model accepts, defined once: the functions' argument specs
 * (src/functions) and the planning workbook's input checks (src/workbook) both read them, so an
 * argument ECO.PLAN refuses is an input the workbook's checks flag, and the other way round.
 * A bound is inclusive; no bound means any finite number.
 */
export interface InputRange {
  readonly min?: number;
  readonly max?: number;
}

const NON_NEGATIVE = { min: 0 } as const satisfies InputRange;
const SHARE = { min: 0, max: 1 } as const satisfies InputRange;
const ANY = {} as const satisfies InputRange;

export const INPUT_RANGES = {
  /** A count: vehicles in service (today, the target, the seed's fleets), users, records. */
  count: NON_NEGATIVE,
  /** 元 per vehicle per year, 元 per year, 元: costs, investment, prices, revenue per vehicle. */
  amount: NON_NEGATIVE,
  /** A margin per vehicle, a result, a threshold: may be negative. */
  signedAmount: ANY,
  /** A share of the fleet or of revenue (coverage, adoption, margins, activity, repurchase). */
  share: SHARE,
  /** Certifications bought per vehicle per year (the used-car rate). */
  usedCarRate: SHARE,
  /** A multiple (the LTV multiple of a satisfied customer). */
  ratio: NON_NEGATIVE,
  /** A growth rate per year (the terminal growth g, MODEL.md §11.6): −100 % to 100 %. */
  growth: { min: -1, max: 1 },
  /** The discount rate per year. */
  discountRate: NON_NEGATIVE,
  /** A case factor (a driver's downside or upside multiplier). */
  caseFactor: NON_NEGATIVE,
} as const satisfies Readonly<Record<string, InputRange>>;

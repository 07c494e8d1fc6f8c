import { DEFINITIONS } from "./definitions";
import { toExcel } from "./excel";
import { setLanguage } from "./messages";
import { limited } from "./resultSize";

// Every argument is declared as a range (unknown[][]) so that a single value, a cell range or an
// array constant all work, and results spill like Excel's own arithmetic, up to a result Excel
// can take back (resultSize.ts). Error messages follow Office's display language.

/**
 * Annual value of a fleet's after-sales data to outside buyers: insurers (UBI), used-car platforms (condition certification), finance (credit) and mobility platforms (marketing). =ECO.DATA_ASSET_VALUE(100000) gives 76,500,000 (the article's 7,650万).
 * @customfunction DATA_ASSET_VALUE
 * @helpurl https://localhost:3000/help.html#DATA_ASSET_VALUE
 * @param fleet Vehicles in service (保有量), 0 or more. A range gives one result per cell.
 * @param [scenario] "low", "mid" (default) or "high" (低/中/高) end of every price range, or a number from 0 (low) to 1 (high).
 * @param [buyer] "all" (default), "insurance", "usedcar", "finance" or "mobility" (全部/保险/二手车/金融/出行).
 * @param [used_car_rate] Condition certifications bought per vehicle per year, 0 to 1. Default 9/65 ≈ 0.138, calibrated to the article's 7,650万.
 * @param [rates] Your own 4 prices replacing the scenario's: insurance 元/vehicle/year, used-car fee 元/certification, finance 元/vehicle/year, mobility 元/vehicle/year.
 * @param [unit] "元" (default), "万" (10,000) or "亿" (100,000,000); also yuan/wan/yi.
 * @returns Value in 元 per year (or the chosen unit).
 */
export function dataAssetValue(
  fleet: unknown[][],
  scenario?: unknown[][],
  buyer?: unknown[][],
  used_car_rate?: unknown[][],
  rates?: unknown[][],
  unit?: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return toExcel(() =>
    limited(DEFINITIONS.DATA_ASSET_VALUE, [fleet, scenario, buyer, used_car_rate, rates, unit])
  );
}

/**
 * User asset value, the "1" of the 1+3+N model: users × activity rate × lifetime value per user × repurchase rate. =ECO.USER_ASSET_VALUE(1000000,0.8,20000,0.5,"亿") gives 80 (80亿).
 * @customfunction USER_ASSET_VALUE
 * @helpurl https://localhost:3000/help.html#USER_ASSET_VALUE
 * @param users Number of users (用户数量), 0 or more.
 * @param activity_rate Share of users who are active (用户活跃度), 0 to 1.
 * @param ltv Lifetime value per user in 元 (单用户LTV), 0 or more.
 * @param repurchase_rate Share of users who buy again (复购率), 0 to 1.
 * @param [unit] "元" (default), "万" or "亿"; also yuan/wan/yi.
 * @returns User asset value in 元 (or the chosen unit).
 */
export function userAssetValue(
  users: unknown[][],
  activity_rate: unknown[][],
  ltv: unknown[][],
  repurchase_rate: unknown[][],
  unit?: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return toExcel(() =>
    limited(DEFINITIONS.USER_ASSET_VALUE, [users, activity_rate, ltv, repurchase_rate, unit])
  );
}

/**
 * Annual after-sales ecosystem revenue, the "N" of 1+3+N, from revenue per vehicle in service. =ECO.ECOSYSTEM_REVENUE(500000) gives 2,250,000,000 (the article's NIO-style 22.5亿).
 * @customfunction ECOSYSTEM_REVENUE
 * @helpurl https://localhost:3000/help.html#ECOSYSTEM_REVENUE
 * @param fleet Vehicles in service (保有量), 0 or more.
 * @param [stream] "ecosystem" (default: the 5 extension streams), "traditional", "total", "baas", "charging", "insurance", "lifestyle", "usedcar", "multiple" (ecosystem ÷ traditional) or "breakdown" (a table). Chinese: 生态/传统/合计/电池租赁/充电/保险/精品/二手车/倍数/明细.
 * @param [per_vehicle] Your own 6 values in 元 per vehicle per year: traditional, baas, charging, insurance, lifestyle, usedcar. Default 1000, 3000, 600, 300, 400, 200.
 * @param [unit] "元" (default), "万" or "亿"; also yuan/wan/yi. The multiple ignores it.
 * @returns Revenue in 元 per year (or the chosen unit), a ratio for "multiple", a table for "breakdown".
 */
export function ecosystemRevenue(
  fleet: unknown[][],
  stream?: unknown[][],
  per_vehicle?: unknown[][],
  unit?: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return toExcel(() => limited(DEFINITIONS.ECOSYSTEM_REVENUE, [fleet, stream, per_vehicle, unit]));
}

/**
 * Customer lifetime value: the annual margin kept each year at the retention rate and discounted, counted from the start of year 1. Without years, the infinite sum margin × (1 + d) / (1 + d − r).
 * @customfunction LTV
 * @helpurl https://localhost:3000/help.html#LTV
 * @param annual_margin Margin per customer per year in 元.
 * @param retention_rate Share of customers kept each year, 0 to 1.
 * @param discount_rate Discount rate per year, 0 or more (0.08 = 8 %).
 * @param [years] Whole years to count, 1 or more; leave empty for no limit.
 * @param [unit] "元" (default), "万" or "亿"; also yuan/wan/yi.
 * @returns Lifetime value in 元 (or the chosen unit).
 */
export function ltv(
  annual_margin: unknown[][],
  retention_rate: unknown[][],
  discount_rate: unknown[][],
  years?: unknown[][],
  unit?: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return toExcel(() =>
    limited(DEFINITIONS.LTV, [annual_margin, retention_rate, discount_rate, years, unit])
  );
}

/**
 * The whole plan of the seed's story (MODEL.md §8) in one formula: fleet today → target in year 5, the status quo beside the ecosystem plan, NPV, incremental NPV and IRR, payback, roles, the tornado. =ECO.PLAN(100000,,,,,,,,,,,,,,"npv") gives 2,338,623,668.
 * @customfunction PLAN
 * @helpurl https://localhost:3000/help.html#PLAN
 * @param fleet Vehicles in service today, year 0 (保有量), 0 or more. A range gives one result per cell.
 * @param [target_fleet] Vehicles in service in year 5, 0 or more. Default 1,000,000 (S18).
 * @param [fleet_path] "linear" (default) or "cagr" (线性/复合增长): how the fleet grows from today to the target.
 * @param [margin] After-sales gross margin in 元 per vehicle per year. Default 720 (S5).
 * @param [service_cost] Network cost in 元 per vehicle in service per year, 0 or more. Default 800 (calibrated to S17/S18).
 * @param [network_cost] Fixed network cost in 元 per year, 0 or more. Default 20,000,000 (2,000万, calibrated to S17/S18).
 * @param [eco_opex] Running cost of the ecosystem platforms in 元 per year, 0 or more. Default 0.
 * @param [capex] Ecosystem investment in 元 for years 0–5: 6 values in a row or column, each 0 or more. Default six zeros.
 * @param [coverage] Share of the fleet whose data is sold in years 0–5: 6 values from 0 to 1. Default 0, 0.2, 0.4, 0.6, 0.8, 1.
 * @param [adoption] Share of each stream's S15 benchmark revenue per vehicle reached: 5 rows (baas, charging, insurance, lifestyle, usedcar) × 6 years, or 6 × 5; each 0 to 1. Default every row 0, 0.2, 0.4, 0.6, 0.8, 1.
 * @param [stream_margin] Margin kept on each stream's revenue (baas, charging, insurance, lifestyle, usedcar): 5 values from 0 to 1. Default 0.2 each.
 * @param [discount_rate] Discount rate per year, 0 or more (0.1 = 10 %). Default 0.1.
 * @param [scenario] "low", "mid" (default) or "high" (低/中/高): every driver at its downside, base or upside factor.
 * @param [case_factors] Downside and upside factor of the 11 drivers: 11 rows × 2 columns (or 2 × 11), each 0 or more. Default MODEL.md §8's table (data prices p_low/p_mid and p_high/p_mid of data_prices, ≈ 0.679 / 1.321 by default; target fleet 0.8 / 1.2; …).
 * @param [output] "table" (default: a table, years across), "npv", "npv_statusquo", "npv_incremental", "irr", "payback", "breakeven", "value5", "value5_statusquo", "role5", "role5_statusquo", "fleet_for_d", "tornado" (the 11 drivers ranked by the swing of the incremental NPV, with both swings), "value", "value_statusquo", "value_incremental" (NPV plus year 5 as a perpetuity, pre-tax) or "bridge" (10 labelled rows from today to year 5); Chinese names such as 净现值, 明细, 价值 and 价值桥 too.
 * @param [unit] "元" (default), "万" or "亿"; also yuan/wan/yi. Scales amounts only, never a rate, year, role or vehicle count.
 * @param [data_prices] The data buyers' prices: 4 rows (insurance 元/vehicle/yr, used-car fee 元/certification, finance, mobility 元/vehicle/yr) × 3 columns (low, mid, high), or 3 × 4; each 0 or more, low ≤ mid ≤ high in each row. The plan uses mid; driver 1's factors are p_low/p_mid and p_high/p_mid. Default S8–S11.
 * @param [used_car_rate] Condition certifications bought per vehicle per year, 0 to 1. Default 9/65 ≈ 0.138 (calibrated to S12's 7,650万 at S8–S11's mid prices).
 * @param [stream_revenue] Each stream's benchmark revenue per vehicle (baas, charging, insurance, lifestyle, usedcar) in 元 per vehicle per year: 5 values, each 0 or more. Default S15 ÷ 500,000: 3,000, 600, 300, 400, 200.
 * @param [terminal_growth] Growth g of the valuation's perpetuity after year 5, −1 to 1 (0.02 = 2 %). Default 0. The values are n/a when the discount rate is not above g.
 * @returns The chosen output: an amount in 元 (or the unit), a rate, a year, a text, or a table.
 */
export function plan(
  fleet: unknown[][],
  target_fleet?: unknown[][],
  fleet_path?: unknown[][],
  margin?: unknown[][],
  service_cost?: unknown[][],
  network_cost?: unknown[][],
  eco_opex?: unknown[][],
  capex?: unknown[][],
  coverage?: unknown[][],
  adoption?: unknown[][],
  stream_margin?: unknown[][],
  discount_rate?: unknown[][],
  scenario?: unknown[][],
  case_factors?: unknown[][],
  output?: unknown[][],
  unit?: unknown[][],
  data_prices?: unknown[][],
  used_car_rate?: unknown[][],
  stream_revenue?: unknown[][],
  terminal_growth?: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return toExcel(() =>
    limited(DEFINITIONS.PLAN, [
      fleet,
      target_fleet,
      fleet_path,
      margin,
      service_cost,
      network_cost,
      eco_opex,
      capex,
      coverage,
      adoption,
      stream_margin,
      discount_rate,
      scenario,
      case_factors,
      output,
      unit,
      data_prices,
      used_car_rate,
      stream_revenue,
      terminal_growth,
    ])
  );
}

/**
 * The plan as a distribution (MODEL.md §9, §11.4): every driver drawn between its downside and upside factor (triangular, around 1) by a fixed quasi-random sequence, drivers 1–10 moving together (correlation 0.5), so the same inputs always give the same digits. =ECO.SIMULATE(100000) gives the NPV's P50, 2,172,719,632.
 * @customfunction SIMULATE
 * @helpurl https://localhost:3000/help.html#SIMULATE
 * @param fleet Vehicles in service today, year 0 (保有量), 0 or more. A range gives one result per cell.
 * @param [target_fleet] Vehicles in service in year 5, 0 or more. Default 1,000,000 (S18).
 * @param [fleet_path] "linear" (default) or "cagr" (线性/复合增长): how the fleet grows from today to the target.
 * @param [margin] After-sales gross margin in 元 per vehicle per year. Default 720 (S5).
 * @param [service_cost] Network cost in 元 per vehicle in service per year, 0 or more. Default 800 (calibrated to S17/S18).
 * @param [network_cost] Fixed network cost in 元 per year, 0 or more. Default 20,000,000 (2,000万, calibrated to S17/S18).
 * @param [eco_opex] Running cost of the ecosystem platforms in 元 per year, 0 or more. Default 0.
 * @param [capex] Ecosystem investment in 元 for years 0–5: 6 values in a row or column, each 0 or more. Default six zeros.
 * @param [coverage] Share of the fleet whose data is sold in years 0–5: 6 values from 0 to 1. Default 0, 0.2, 0.4, 0.6, 0.8, 1.
 * @param [adoption] Share of each stream's S15 benchmark revenue per vehicle reached: 5 rows (baas, charging, insurance, lifestyle, usedcar) × 6 years, or 6 × 5; each 0 to 1. Default every row 0, 0.2, 0.4, 0.6, 0.8, 1.
 * @param [stream_margin] Margin kept on each stream's revenue (baas, charging, insurance, lifestyle, usedcar): 5 values from 0 to 1. Default 0.2 each.
 * @param [discount_rate] Discount rate per year, 0 or more (0.1 = 10 %). Default 0.1.
 * @param [case_factors] Downside and upside factor of the 11 drivers: 11 rows × 2 columns (or 2 × 11), each 0 or more. Default MODEL.md §8's table (data prices p_low/p_mid and p_high/p_mid of data_prices, ≈ 0.679 / 1.321 by default; target fleet 0.8 / 1.2; …).
 * @param [trials] Number of trials, a whole number from 1 to 100,000. Default 1,000. At most 100,000 over all the formula's cells.
 * @param [output] "p50" (default), "p10", "p90" (NPV percentiles), "npv_mean" (the trials' mean NPV), "npv_incremental_p10", "npv_incremental_p50", "npv_incremental_p90" (incremental NPV percentiles), "prob_d" (share of trials with year-5 contribution ≥ 10亿), "prob_incremental_positive" or "summary" (all nine with labels); Chinese names such as 汇总 too.
 * @param [unit] "元" (default), "万" or "亿"; also yuan/wan/yi. Scales the NPVs only, never a probability.
 * @param [data_prices] The data buyers' prices: 4 rows (insurance 元/vehicle/yr, used-car fee 元/certification, finance, mobility 元/vehicle/yr) × 3 columns (low, mid, high), or 3 × 4; each 0 or more, low ≤ mid ≤ high in each row. The plan uses mid; driver 1's factors are p_low/p_mid and p_high/p_mid. Default S8–S11.
 * @param [used_car_rate] Condition certifications bought per vehicle per year, 0 to 1. Default 9/65 ≈ 0.138 (calibrated to S12's 7,650万 at S8–S11's mid prices).
 * @param [stream_revenue] Each stream's benchmark revenue per vehicle (baas, charging, insurance, lifestyle, usedcar) in 元 per vehicle per year: 5 values, each 0 or more. Default S15 ÷ 500,000: 3,000, 600, 300, 400, 200.
 * @param [correlation] Correlation ρ of drivers 1–10 in the simulation, 0 to 1: 0 = independent, 1 = all move to the same side at once. Default 0.5.
 * @returns An NPV percentile in 元 (or the unit), a probability, or the summary table.
 */
export function simulate(
  fleet: unknown[][],
  target_fleet?: unknown[][],
  fleet_path?: unknown[][],
  margin?: unknown[][],
  service_cost?: unknown[][],
  network_cost?: unknown[][],
  eco_opex?: unknown[][],
  capex?: unknown[][],
  coverage?: unknown[][],
  adoption?: unknown[][],
  stream_margin?: unknown[][],
  discount_rate?: unknown[][],
  case_factors?: unknown[][],
  trials?: unknown[][],
  output?: unknown[][],
  unit?: unknown[][],
  data_prices?: unknown[][],
  used_car_rate?: unknown[][],
  stream_revenue?: unknown[][],
  correlation?: unknown[][]
): Array<Array<number | string | CustomFunctions.Error>> {
  return toExcel(() =>
    limited(DEFINITIONS.SIMULATE, [
      fleet,
      target_fleet,
      fleet_path,
      margin,
      service_cost,
      network_cost,
      eco_opex,
      capex,
      coverage,
      adoption,
      stream_margin,
      discount_rate,
      case_factors,
      trials,
      output,
      unit,
      data_prices,
      used_car_rate,
      stream_revenue,
      correlation,
    ])
  );
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => setLanguage(Office.context?.displayLanguage));
}

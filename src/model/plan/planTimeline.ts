import type { PlanCase } from "./assumptions";
import { fleetPath } from "./fleetPath";
import { timeline, type Timeline } from "./timeline";
import { yearValues, type YearValues } from "./yearValues";

/** Every year of the second-edition plan, on its fleet path. */
export function planTimeline(c: PlanCase): Timeline<YearValues> {
  const fleet = fleetPath(c);
  return timeline((year) => yearValues(c, year, fleet[year]));
}

export function valuesOf(years: Timeline<YearValues>): Timeline {
  return timeline((year) => years[year].value);
}

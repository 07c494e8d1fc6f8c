/** The plan's timeline: years 0 (today) … 5, one column each; the horizon is fixed (MODEL.md §8). */
export const TIMELINE_YEARS = [0, 1, 2, 3, 4, 5] as const;
export type YearIndex = (typeof TIMELINE_YEARS)[number];
export const FINAL_YEAR = 5 satisfies YearIndex;

/** One value per year 0…5; the tuple type lets the compiler check there are six. */
export type Timeline<T = number> = readonly [T, T, T, T, T, T];

export function timeline<T>(valueIn: (year: YearIndex) => T): Timeline<T> {
  return [valueIn(0), valueIn(1), valueIn(2), valueIn(3), valueIn(4), valueIn(5)];
}

export function constantTimeline(value: number): Timeline {
  return timeline(() => value);
}

/** Equal steps from `start` in year 0 to `end` in the final year. */
export function linearRamp(start: number, end: number): Timeline {
  return timeline((year) => start + ((end - start) * year) / FINAL_YEAR);
}

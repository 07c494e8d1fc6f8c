/** The bench scripts' shared timing: a repeated run's mean time, and a median of samples. */

/** Mean milliseconds per run of `run`, repeated for at least `minMs` after one warm-up run. */
export function timeIt(run: () => void, minMs = 300): number {
  run(); // warm-up
  let reps = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    run();
    reps++;
    elapsed = performance.now() - t0;
  }
  return elapsed / reps;
}

/** The median of the samples (the upper one of an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

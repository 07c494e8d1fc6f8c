/**
 * Every fast-check property in the suite runs with one logged seed per test file, so that a
 * failure can be replayed exactly: `ECO_FC_SEED=<seed> npx vitest run <file>`. Without
 * ECO_FC_SEED each run draws a fresh seed (the properties explore new cases every run); a failing
 * test prints the line to replay it, and fast-check's own report adds the seed and the path of the
 * shrunk counterexample. Loaded by vitest.config.mts and vitest.mutation.config.mts (setupFiles).
 */
import fc from "fast-check";
import { beforeEach } from "vitest";

/** The seed ECO_FC_SEED names (an integer), or a fresh one. */
export function fastCheckSeed(env: string | undefined = process.env["ECO_FC_SEED"]): number {
  if (env === undefined || env.trim() === "") return (Math.random() * 2 ** 31) | 0;
  const seed = Number(env);
  if (!Number.isSafeInteger(seed)) throw new Error(`ECO_FC_SEED must be an integer, not "${env}"`);
  return seed;
}

const seed = fastCheckSeed();
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

beforeEach(({ onTestFailed, task }) => {
  onTestFailed(() => {
    const file = task.file.name;
    console.error(
      `fast-check seed ${seed}: replay with ECO_FC_SEED=${seed} npx vitest run ${file}`
    );
  });
});

/**
 * A fresh folder for this test run's shared work (test/support/runCache.ts), removed at the end.
 * Fresh for each run, so an entry is never older than the sources the run tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "eco-run-cache-"));
  project.provide("ecoRunCache", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

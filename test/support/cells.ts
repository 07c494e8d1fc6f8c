import { expect } from "vitest";
import { EcoError } from "../../src/functions/errors";
import type { OutCell } from "../../src/functions/run";

/** The single cell of a 1×1 result. */
export function only(cells: OutCell[][]): OutCell {
  expect(cells).toHaveLength(1);
  expect(cells[0]).toHaveLength(1);
  return cells[0]![0]!;
}

export function expectError(cell: OutCell | undefined, code: string, messagePart?: RegExp | string): void {
  expect(cell).toBeInstanceOf(EcoError);
  const e = cell as EcoError;
  expect(e.code).toBe(code);
  expect(e.message.length).toBeGreaterThan(0);
  if (messagePart) expect(e.message).toMatch(messagePart);
}

export const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

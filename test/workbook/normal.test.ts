/**
 * The add-in's standard normal (src/model/normal.ts, MODEL.md §11.4) against LibreOffice's own
 * NORMSINV and NORMSDIST, an engine we did not write: a small generated sheet of both functions
 * (and of NORM.S.INV / NORM.S.DIST, the names Excel 2010 added, to see that LibreOffice 7.4 reads
 * them from an .xlsx) at many points, tails included, is recalculated by LibreOffice and read back.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMON_PRIME, DRIVER_PRIMES, normSDist, normSInv, richtmyer } from "../../src/model";
import { recalculate } from "./libreoffice";
import { readValues, valueAt, type SheetValues } from "./xlsxValues";

/** p for the inverse: the tails the trials can reach, the split points of AS 241, and the trials' u. */
const P: number[] = [
  1e-300, 1e-100, 1e-20, 1e-15, 1e-12, 1e-10, 1.3888e-11, 1e-8, 1e-6, 1e-5, 1e-4, 0.001, 0.01,
  0.02425, 0.075, 0.0750001, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.925,
  0.975, 0.99, 0.999, 0.9999, 1 - 1e-8, 1 - 1e-10, 1 - 1e-12, 1 - 1e-15,
  ...[1, 2, 3, 50, 333, 999, 1000].flatMap((i) =>
    [COMMON_PRIME, ...DRIVER_PRIMES].map((q) => richtmyer(i, q))
  ),
];
/** z for the distribution: the centre, the split points of Cody's erfc (|x|·√2 = 0.46875, 4), the tails. */
const Z: number[] = [
  -38, -30, -20, -12, -8.5, -7, -6.3613, -5.6568, -5, -4, -3, -2.5, -2, -1.5, -1, -0.6629,
  -0.66291, -0.5, -0.25, -1e-9, 0, 1e-9, 0.25, 0.5, 0.6629, 0.66291, 1, 1.5, 1.96, 2, 2.5, 3,
  4, 5, 5.6568, 5.6569, 6, 7, 8, 8.3,
  ...Array.from({ length: 81 }, (_, i) => -8 + i * 0.2 + 0.0123),
];

let lo: Map<string, SheetValues>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "eco-normal-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("n");
  P.forEach((p, i) => {
    const r = i + 1;
    ws.getCell(`A${r}`).value = p;
    ws.getCell(`B${r}`).value = { formula: `NORMSINV(A${r})` };
    ws.getCell(`C${r}`).value = { formula: `_xlfn.NORM.S.INV(A${r})` };
  });
  Z.forEach((z, i) => {
    const r = i + 1;
    ws.getCell(`E${r}`).value = z;
    ws.getCell(`F${r}`).value = { formula: `NORMSDIST(E${r})` };
    ws.getCell(`G${r}`).value = { formula: `_xlfn.NORM.S.DIST(E${r},TRUE)` };
  });
  const file = join(dir, "normal.xlsx");
  await wb.xlsx.writeFile(file);
  const [out] = await recalculate([file], join(dir, "out"));
  lo = await readValues(out ?? "");
}, 300_000);

const cell = (address: string): number => {
  const v = valueAt(lo, "n", address);
  if (typeof v !== "number") throw new Error(`n!${address} is ${JSON.stringify(v)}`);
  return v;
};

describe("Φ⁻¹ (AS 241) equals LibreOffice's NORMSINV", () => {
  it.each(P.map((p, i) => [p, i + 1] as const))("at p = %s", (p, r) => {
    const mine = normSInv(p);
    const theirs = cell(`B${r}`);
    // relative: the tails' z is large; 1e-14 is a few units in the last place
    expect(Math.abs(mine - theirs)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(theirs)));
    expect(cell(`C${r}`), "NORM.S.INV is the same function").toBe(theirs);
  });
});

describe("Φ (Cody's erfc) equals LibreOffice's NORMSDIST", () => {
  it.each(Z.map((z, i) => [z, i + 1] as const))("at z = %s", (z, r) => {
    const mine = normSDist(z);
    const theirs = cell(`F${r}`);
    // Absolute to 1e-15 (w is a probability), and relative to 1e-13 down to z = −20 (Φ ≈ 3e-89).
    // Further out the two engines' exp part at 1.5e-13 (z = −30, Φ ≈ 5e-198), and below z ≈ −37.5
    // Cody's erfc is 0 where LibreOffice's gives a subnormal number; no trial comes near (|z| < 6).
    expect(Math.abs(mine - theirs)).toBeLessThanOrEqual(1e-15);
    if (z >= -20) expect(Math.abs(mine - theirs) / theirs).toBeLessThanOrEqual(1e-13);
    expect(cell(`G${r}`), "NORM.S.DIST(z, TRUE) is the same function").toBe(theirs);
  });
});

describe("the normal's edges", () => {
  it("Φ⁻¹ is NaN outside (0, 1), as the spreadsheets' #NUM!", () => {
    for (const p of [0, 1, -0.1, 1.1, NaN]) expect(normSInv(p)).toBeNaN();
  });
  it("Φ(0) = 0.5 and Φ⁻¹(0.5) = 0; the symmetry Φ(−z) = 1 − Φ(z)", () => {
    expect(normSDist(0)).toBe(0.5);
    expect(normSInv(0.5)).toBe(0);
    for (const z of [0.3, 1, 2.5]) expect(normSDist(-z)).toBeCloseTo(1 - normSDist(z), 15);
  });
});

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  dataAssetValueCells,
  ecosystemRevenueCells,
  ltvCells,
  userAssetValueCells,
} from "../../src/functions/definitions";
import { EcoError } from "../../src/functions/errors";
import { setLanguage } from "../../src/functions/messages";
import type { OutCell } from "../../src/functions/run";
import { StubError } from "../bundle/sandbox";
import { bundle, type Bundle } from "./bundle";
import { ACCEPTED, type FunctionId } from "./cases";

// The seed is test/setup/fastCheck.ts's (ECO_FC_SEED or a fresh one, printed on failure).
const run = (numRuns: number) => ({ numRuns });

const rel = (a: number, b: number): number =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
const only = (cells: OutCell[][]): OutCell => cells[0]?.[0] ?? NaN;
const num = (cells: OutCell[][]): number => {
  const v = only(cells);
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

// Valid arguments (no subnormals: their products lose relative precision, which is not the model's fault).
const fleet = fc.oneof(
  fc.integer({ min: 0, max: 5_000_000 }),
  fc.double({ min: 1e-3, max: 1e9, noNaN: true })
);
const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
const rate = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 1e-6, max: 1, noNaN: true }));
const scenario = fc.oneof(fc.constantFrom("low", "mid", "high", "低", "中", "高", " MID "), rate);
const buyer = fc.constantFrom(...ACCEPTED.buyer, null);
const unit = fc.constantFrom("元", "万", "亿", "yuan", "WAN", " yi ", null);
const price = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 5000 }),
  fc.double({ min: 1e-3, max: 1e5, noNaN: true })
);
const rates = fc.option(
  fc.array(price, { minLength: 4, maxLength: 4 }).map((r) => [r]),
  { nil: null }
);
const perVehicle = fc.option(
  fc
    .tuple(
      fc.double({ min: 1, max: 1e5, noNaN: true }),
      fc.array(price, { minLength: 5, maxLength: 5 })
    )
    .map(([t, rest]) => [[t, ...rest]]),
  { nil: null }
);
const amountStream = fc.constantFrom(
  "ecosystem",
  "traditional",
  "total",
  "baas",
  "charging",
  "insurance",
  "lifestyle",
  "usedcar",
  "生态",
  "合计",
  null
);

describe("properties (fast-check)", () => {
  it("DATA_ASSET_VALUE scales linearly with fleet: f(k·fleet) = k·f(fleet) within 1e-12", () => {
    fc.assert(
      fc.property(
        fleet,
        factor,
        scenario,
        buyer,
        fc.option(rate, { nil: null }),
        rates,
        unit,
        (n, k, s, b, u, r, un) => {
          const one = num(dataAssetValueCells(n, s, b, u, r, un));
          const scaled = num(dataAssetValueCells(k * n, s, b, u, r, un));
          expect(rel(scaled, k * one)).toBeLessThanOrEqual(1e-12);
        }
      ),
      run(3000)
    );
  });

  it("ECOSYSTEM_REVENUE scales linearly with fleet (every amount stream) within 1e-12", () => {
    fc.assert(
      fc.property(fleet, factor, amountStream, perVehicle, unit, (n, k, s, pv, un) => {
        const one = num(ecosystemRevenueCells(n, s, pv, un));
        const scaled = num(ecosystemRevenueCells(k * n, s, pv, un));
        expect(rel(scaled, k * one)).toBeLessThanOrEqual(1e-12);
      }),
      run(3000)
    );
  });

  it("DATA_ASSET_VALUE: low ≤ mid ≤ high, and a numeric scenario p is monotone (p = 0.5 is mid)", () => {
    fc.assert(
      fc.property(
        fleet,
        buyer,
        fc.option(rate, { nil: null }),
        unit,
        rate,
        rate,
        (n, b, u, un, p, q) => {
          const at = (s: unknown) => num(dataAssetValueCells(n, s, b, u, null, un));
          expect(at("low")).toBeLessThanOrEqual(at("mid"));
          expect(at("mid")).toBeLessThanOrEqual(at("high"));
          expect(at(0)).toBe(at("low"));
          expect(at(1)).toBe(at("high"));
          expect(at(0.5)).toBe(at("mid"));
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(at(lo)).toBeLessThanOrEqual(at(hi));
        }
      ),
      run(3000)
    );
  });

  it("units round-trip: 元 = 万 × 1e4 = 亿 × 1e8 (within 1e-12) for all four functions", () => {
    type Call = (u: string) => OutCell[][];
    const calls: fc.Arbitrary<Call> = fc.oneof(
      fc.tuple(fleet, scenario, buyer, rates).map(
        ([n, s, b, r]): Call =>
          (u) =>
            dataAssetValueCells(n, s, b, null, r, u)
      ),
      fc.tuple(fleet, rate, price, rate).map(
        ([n, a, l, p]): Call =>
          (u) =>
            userAssetValueCells(n, a, l, p, u)
      ),
      fc.tuple(fleet, amountStream, perVehicle).map(
        ([n, s, pv]): Call =>
          (u) =>
            ecosystemRevenueCells(n, s, pv, u)
      ),
      fc
        .tuple(
          fc.oneof(
            fc.integer({ min: -1e6, max: 1e6 }),
            fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
            fc.double({ min: -1e6, max: -1e-3, noNaN: true })
          ),
          fc.double({ min: 0, max: 0.99, noNaN: true }),
          fc.double({ min: 0, max: 2, noNaN: true }),
          fc.option(fc.integer({ min: 1, max: 200 }), { nil: null })
        )
        .map(
          ([m, r, d, y]): Call =>
            (u) =>
              ltvCells(m, r, d, y, u)
        )
    );
    fc.assert(
      fc.property(calls, (f) => {
        const yuan = num(f("元"));
        expect(rel(num(f("万")) * 1e4, yuan)).toBeLessThanOrEqual(1e-12);
        expect(rel(num(f("亿")) * 1e8, yuan)).toBeLessThanOrEqual(1e-12);
        expect(num(f("yuan"))).toBe(yuan);
      }),
      run(3000)
    );
  });
});

// ---- broadcasting ---------------------------------------------------------------------------------

type Grid = unknown[][];

/** Excel's rule for one argument at result cell (i, j): a 1-row/1-column argument stretches; else no partner. */
function partner(g: Grid, i: number, j: number): { value: unknown } | undefined {
  const row = g.length === 1 ? g[0] : g[i];
  if (!row) return undefined;
  const cols = Math.max(...g.map((r) => r.length));
  const c = cols === 1 ? 0 : j;
  return c < row.length ? { value: row[c] } : undefined;
}

const grid = <T>(cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> =>
  fc.integer({ min: 1, max: 4 }).chain((rows) =>
    fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      })
    )
  );

// Mostly valid cells, sometimes bad ones, so error cells are compared too.
const usersCell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1e6 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, "x", null, true) }
);
const rateCell = fc.oneof(
  { weight: 8, arbitrary: rate },
  { weight: 1, arbitrary: fc.constantFrom(1.5, -0.2, NaN, "") }
);
const ltvCell = fc.oneof(
  { weight: 8, arbitrary: price },
  { weight: 1, arbitrary: fc.constantFrom(-5, { code: "#N/A" }) }
);
const unitCell = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("元", "万", "亿") },
  { weight: 1, arbitrary: fc.constantFrom("千", 3) }
);

function sameCell(actual: OutCell | undefined, expected: OutCell): void {
  if (expected instanceof EcoError) {
    expect(actual).toBeInstanceOf(EcoError);
    expect((actual as EcoError).code).toBe(expected.code);
    expect((actual as EcoError).message).toBe(expected.message);
  } else {
    expect(actual).toBe(expected);
  }
}

describe("broadcasting equals cell-by-cell evaluation", () => {
  it("USER_ASSET_VALUE over random shapes (1-row/1-col stretching, clashes → #N/A)", () => {
    fc.assert(
      fc.property(
        grid(usersCell),
        grid(rateCell),
        grid(ltvCell),
        grid(rateCell),
        grid(unitCell),
        (...args) => {
          const out = userAssetValueCells(...args);
          const rows = Math.max(...args.map((g) => g.length));
          const cols = Math.max(...args.map((g) => Math.max(...g.map((r) => r.length))));
          expect(out.length).toBe(rows);
          for (let i = 0; i < rows; i++) {
            expect(out[i]?.length).toBe(cols);
            for (let j = 0; j < cols; j++) {
              const cell = out[i]?.[j];
              const picked = args.map((g) => partner(g, i, j));
              const firstMissing = picked.findIndex((p) => p === undefined);
              // Argument order decides: an earlier argument's error wins over a later one's missing partner.
              const scalars = picked.map((p) => p?.value ?? null);
              if (firstMissing >= 0) {
                const before = only(
                  userAssetValueCells(
                    ...scalars.slice(0, firstMissing),
                    ...Array<number>(4 - firstMissing).fill(0.5)
                  )
                );
                if (before instanceof EcoError) sameCell(cell, before);
                else expect((cell as EcoError).code).toBe("#N/A");
              } else {
                sameCell(cell, only(userAssetValueCells(...scalars)));
              }
            }
          }
        }
      ),
      run(2000)
    );
  });

  it("DATA_ASSET_VALUE fleet × scenario × unit grids (the sensitivity-table pattern)", () => {
    const scen = fc.oneof(
      fc.constantFrom("low", "mid", "high", "高"),
      rate,
      fc.constantFrom(1.5, "best")
    );
    fc.assert(
      fc.property(grid(usersCell), grid(scen), grid(unitCell), (f, s, u) => {
        const out = dataAssetValueCells(f, s, null, null, null, u);
        const rows = Math.max(f.length, s.length, u.length);
        const cols = Math.max(...[f, s, u].map((g) => Math.max(...g.map((r) => r.length))));
        expect(out.map((r) => r.length)).toEqual(Array<number>(rows).fill(cols));
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) {
            const [pf, ps, pu] = [partner(f, i, j), partner(s, i, j), partner(u, i, j)];
            const cell = out[i]?.[j];
            if (pf && ps && pu)
              sameCell(
                cell,
                only(dataAssetValueCells(pf.value, ps.value, null, null, null, pu.value))
              );
            else if (cell instanceof EcoError && cell.code !== "#N/A") {
              // an earlier argument's own error wins over a later argument's missing partner
              expect(pf).toBeDefined();
            } else expect((cell as EcoError).code).toBe("#N/A");
          }
        }
      }),
      run(2000)
    );
  });
});

// ---- the boundary: nothing but Excel errors leaves a function ------------------------------------------

const ERROR_CODES_OUT = ["#VALUE!", "#NUM!", "#N/A", "#DIV/0!", "#NULL!"];
const errorValue = fc
  .constantFrom(
    "#DIV/0!",
    "#N/A",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#REF!",
    "#VALUE!",
    "#SPILL!",
    "#CALC!"
  )
  .chain((code) =>
    fc.oneof(
      fc.constant({ code }),
      fc.string().map((message) => ({ code, message }))
    )
  );
const cellValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e308, -1e308, Infinity, -Infinity, NaN, 0, -0, 5e-324),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    "low",
    "mid",
    "高",
    "万",
    "亿",
    "breakdown",
    "明细",
    "multiple",
    "",
    "  ",
    "__proto__",
    "constructor"
  ),
  fc.boolean(),
  fc.constant(null),
  errorValue,
  // Excel passes plain objects: JSON round-trip gives them Object.prototype (fast-check may build null-prototype ones).
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown)
);
const argValue = fc.oneof(
  { weight: 4, arbitrary: cellValue },
  { weight: 3, arbitrary: fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(cellValue, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[[]]], [[[1, 2]]]) }
);
const ARITY: Readonly<Record<FunctionId, number>> = {
  DATA_ASSET_VALUE: 6,
  USER_ASSET_VALUE: 5,
  ECOSYSTEM_REVENUE: 4,
  LTV: 5,
  PLAN: 16,
  SIMULATE: 16,
};

describe("the bundle boundary never throws anything but an Excel error", () => {
  let b: Bundle;
  beforeAll(() => {
    setLanguage("en-US");
    b = bundle();
  });

  it("arbitrary JSON-like values, error objects and nested arrays → only StubErrors, numbers and strings", () => {
    const id = fc.constantFrom<FunctionId>(
      "DATA_ASSET_VALUE",
      "USER_ASSET_VALUE",
      "ECOSYSTEM_REVENUE",
      "LTV"
    );
    fc.assert(
      fc.property(
        id.chain((f) => fc.tuple(fc.constant(f), fc.array(argValue, { maxLength: ARITY[f] }))),
        ([f, args]) => {
          const result = b.call(f, args);
          const check = (v: unknown): void => {
            if (v instanceof StubError) {
              expect(ERROR_CODES_OUT).toContain(v.code);
              expect(typeof v.message).toBe("string");
              expect(v.message).not.toMatch(/internal error/);
            } else if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            else expect(typeof v).toBe("string");
          };
          if (!Array.isArray(result)) {
            expect(result).toBeInstanceOf(StubError);
            check(result);
            return;
          }
          expect(result.length).toBeGreaterThan(0);
          for (const row of result as unknown[]) {
            expect(Array.isArray(row)).toBe(true);
            for (const cell of row as unknown[]) check(cell);
          }
        }
      ),
      run(5000)
    );
  });

  it("ECO.PLAN and ECO.SIMULATE: arbitrary values in every argument → only StubErrors, finite numbers and strings", () => {
    const id = fc.constantFrom<FunctionId>("PLAN", "SIMULATE");
    fc.assert(
      fc.property(
        id.chain((f) => fc.tuple(fc.constant(f), fc.array(argValue, { maxLength: ARITY[f] }))),
        ([f, args]) => {
          // Keep the trial count small (a range of 100,000s would run for minutes): the property is
          // about input; bad trial counts have their own cases (cases.ts). Text and TRUE stay.
          const trials = args[13];
          if (f === "SIMULATE" && typeof trials !== "string" && typeof trials !== "boolean")
            args[13] = 50;
          const result = b.call(f, args);
          const check = (v: unknown): void => {
            if (v instanceof StubError) {
              expect(ERROR_CODES_OUT).toContain(v.code);
              expect(typeof v.message).toBe("string");
              expect(v.message).not.toMatch(/internal error/);
            } else if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            else expect(typeof v).toBe("string");
          };
          if (!Array.isArray(result)) {
            expect(result).toBeInstanceOf(StubError);
            check(result);
            return;
          }
          for (const row of result as unknown[]) {
            expect(Array.isArray(row)).toBe(true);
            for (const cell of row as unknown[]) check(cell);
          }
        }
      ),
      run(100)
    );
  });
});

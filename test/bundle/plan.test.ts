/**
 * ECO.PLAN and ECO.SIMULATE through the built bundle, loaded as Excel's runtime loads it, with
 * the generated metadata: the metadata here, every case in test/support/planFunctionCases.ts.
 */
import { describe, expect, it } from "vitest";
import { bundle } from "../hardening/bundle";
import { planFunctionCases, PLAN_ARGS, SIMULATE_ARGS } from "../support/planFunctionCases";
import { readMetadata } from "./sandbox";

describe("metadata", () => {
  it("declares PLAN and SIMULATE with §10's arguments in order, all but fleet optional", () => {
    const meta = new Map(readMetadata().functions.map((f) => [f.id, f]));
    const zhMeta = new Map(readMetadata("functions.zh-CN.json").functions.map((f) => [f.id, f]));
    for (const [id, names] of [
      ["PLAN", PLAN_ARGS],
      ["SIMULATE", SIMULATE_ARGS],
    ] as const) {
      const f = meta.get(id)!;
      expect(f.name).toBe(id);
      expect(zhMeta.get(id)!.name).toBe(id);
      expect(f.parameters.map((p) => p.name)).toEqual([...names]);
      expect(f.parameters.map((p) => p.optional ?? false)).toEqual(names.map((n) => n !== "fleet"));
      expect(zhMeta.get(id)!.parameters).toHaveLength(names.length);
      // Each optional argument's description states its default.
      for (const p of f.parameters.slice(1)) expect(p.description, p.name).toMatch(/[Dd]efault/);
    }
  });
});

planFunctionCases(bundle);

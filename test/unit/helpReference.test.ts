/**
 * The help page's argument reference is generated from the metadata Excel shows and the
 * functions' argument specs: it follows them, and refuses to build when they disagree (a
 * renamed, missing or extra argument), so the page cannot drift from either.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFINITIONS } from "../../src/functions/definitions";
import { MAX_TRIALS_PER_CALL } from "../../src/functions/plan";
import { MAX_RESULT_CELLS } from "../../src/functions/resultSize";
import {
  accepted,
  argumentList,
  helpReference,
  signature,
  type ChineseMetadata,
  type EnglishMetadata,
} from "../../src/help/reference";

const ROOT = resolve(__dirname, "../..");
let en: EnglishMetadata;
const zh = JSON.parse(
  readFileSync(resolve(ROOT, "src/functions/metadata.zh-CN.json"), "utf8")
) as ChineseMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    resolve(ROOT, "src/functions/functions.ts")
  );
  en = JSON.parse(generated.metadataJson) as EnglishMetadata;
});

describe("the argument reference", () => {
  it("writes Chinese Excel's argument names into the zh signature, English ones into the en one", () => {
    expect(signature("DATA_ASSET_VALUE", en, zh, "zh-CN")).toBe(
      "保有量, [情景], [买方], [二手车认证率], [自定单价], [单位]"
    );
    expect(signature("DATA_ASSET_VALUE", en, zh, "en-US")).toBe(
      "fleet, [scenario], [buyer], [used_car_rate], [rates], [unit]"
    );
    expect(signature("LTV", en, zh, "en-US")).toBe(
      "annual_margin, retention_rate, discount_rate, [years], [unit]"
    );
  });

  it("says what each kind of argument accepts, from its spec", () => {
    const [fleet, scenario, buyer, usedCarRate, rates, unit] = DEFINITIONS.DATA_ASSET_VALUE.specs;
    expect(accepted(fleet, "en-US")).toBe("a number ≥ 0");
    expect(accepted(usedCarRate, "zh-CN")).toBe("0 到 1 之间的数字（默认 0.13846）");
    expect(accepted(scenario, "zh-CN")).toContain("<code>low</code> / <code>低</code>");
    expect(accepted(scenario, "zh-CN")).toContain("（默认 <code>中</code>）");
    expect(accepted(buyer, "en-US")).toContain("<code>usedcar</code> / <code>二手车</code>");
    expect(accepted(buyer, "en-US")).toContain("(default <code>all</code>)");
    expect(accepted(rates, "en-US")).toContain(
      "4 numbers in one row or column, in the order insurance, used-car fee, finance, mobility"
    );
    expect(accepted(unit, "zh-CN")).toContain("（默认 <code>元</code>）");
    const years = DEFINITIONS.LTV.specs[3];
    expect(accepted(years, "zh-CN")).toBe("不小于 1 的整数");
  });

  it("builds for every function, with one entry per argument in each language", () => {
    const reference = helpReference(en, zh);
    for (const id of Object.keys(DEFINITIONS)) {
      const html = reference.argumentsOf(id);
      const count = DEFINITIONS[id as keyof typeof DEFINITIONS].specs.length;
      expect((html.match(/<div class="arg"/g) ?? []).length, id).toBe(2 * count);
      expect(html).toContain('data-lang="zh"');
      expect(html).toContain('data-lang="en"');
    }
  });

  it("refuses metadata that disagrees with the functions' arguments", () => {
    type Mutable = {
      functions: Record<
        string,
        { parameters: { name: string; label: string; description: string }[] }
      >;
    };
    const copy = (): Mutable => JSON.parse(JSON.stringify(zh)) as Mutable;
    const renamed = copy();
    const first = renamed.functions["LTV"]?.parameters[0];
    if (first) first.name = "margin";
    expect(() => argumentList("LTV", en, renamed, "zh-CN")).toThrow(/LTV's argument 1/);
    const shorter = copy();
    shorter.functions["USER_ASSET_VALUE"]?.parameters.pop();
    expect(() => argumentList("USER_ASSET_VALUE", en, shorter, "en-US")).toThrow(
      /USER_ASSET_VALUE's arguments differ/
    );
    expect(() => argumentList("NO_SUCH", en, zh, "en-US")).toThrow(/NO_SUCH is missing/);
  });
});

describe("the limits of one formula (issue 27)", () => {
  it("state the bounds the functions enforce, in both languages, and the built page shows them", () => {
    const { limits } = helpReference(en, zh);
    expect(MAX_RESULT_CELLS).toBe(100_000);
    expect(MAX_TRIALS_PER_CALL).toBe(100_000);
    const zhItems = limits("zh-CN");
    const enItems = limits("en-US");
    expect(enItems).toContain("a result of more than 100,000 cells");
    expect(enItems).toContain("5 MB");
    expect(enItems).toContain("more than 100,000 trials over all its cells (cells × trials)");
    expect(enItems).toContain("not a finite number");
    expect(zhItems).toContain("结果超过 100,000 个单元格");
    expect(zhItems).toContain("合计要求超过 100,000 次试验");
    expect(zhItems).toContain("不是有限数字");
    for (const items of [zhItems, enItems]) expect(items.match(/<li>/g)).toHaveLength(3);
    // The built page (minified: its markup differs) says the same.
    const built = readFileSync(resolve(ROOT, "dist/help.html"), "utf8");
    for (const words of [
      "a result of more than 100,000 cells",
      "more than 100,000 trials over all its cells (cells × trials)",
      "结果超过 100,000 个单元格",
      "合计要求超过 100,000 次试验",
    ])
      expect(built).toContain(words);
  });
});

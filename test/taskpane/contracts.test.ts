/** The pane's contract loader (src/taskpane/contracts.ts): what it accepts, refuses and keeps. */
import { describe, expect, it } from "vitest";
import { contractLoader, contractProblem } from "../../src/taskpane/contracts";
import { InsertFailure } from "../../src/taskpane/insert";
import { contractPath, templateContract, type TemplateContract } from "../../src/workbook";

const asJson = (c: TemplateContract): unknown => JSON.parse(JSON.stringify(c));
const zh = asJson(templateContract("zh-CN")) as Record<string, unknown>;
const zhTyped = templateContract("zh-CN");

async function failureOf(load: Promise<unknown>): Promise<InsertFailure> {
  const error: unknown = await load.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(InsertFailure);
  return error as InsertFailure;
}

describe("contractLoader", () => {
  it("fetches the edition's contract from beside its template, once", async () => {
    const asked: string[] = [];
    const load = contractLoader(async (path) => {
      asked.push(path);
      return zh;
    });
    expect(await load("zh-CN")).toEqual(zh);
    expect(await load("zh-CN")).toEqual(zh);
    expect(asked).toEqual([contractPath("zh-CN")]);
  });

  it("fails the insertion as a download when the fetch fails, and tries again next time", async () => {
    let calls = 0;
    const load = contractLoader(async () => {
      calls++;
      if (calls === 1) throw new Error("HTTP 404");
      return zh;
    });
    const failure = await failureOf(load("zh-CN"));
    expect(failure.kind).toBe("templateDownload");
    expect(failure.step).toBe("template");
    expect(failure.detail).toContain("HTTP 404");
    expect(failure.rollback.complete).toBe(true);
    expect(await load("zh-CN")).toEqual(zh);
  });

  it("refuses another edition's contract or one missing a name, naming the file", async () => {
    const other = await failureOf(contractLoader(async () => zh)("en-US"));
    expect(other.kind).toBe("unexpectedTemplate");
    expect(other.detail).toContain(contractPath("en-US"));
    const names = { ...(zh.names as Record<string, unknown>) };
    delete names.Out_NPV;
    const missing = await failureOf(contractLoader(async () => ({ ...zh, names }))("zh-CN"));
    expect(missing.kind).toBe("unexpectedTemplate");
    expect(missing.detail).toContain("Out_NPV");
  });
});

describe("contractProblem", () => {
  it("finds nothing wrong with either edition's contract", () => {
    expect(contractProblem(zh, "zh-CN")).toBeNull();
    expect(contractProblem(asJson(templateContract("en-US")), "en-US")).toBeNull();
  });

  it.each([
    ["not an object", []],
    ["no sheet names", { ...zh, sheetNames: "输入" }],
    ["no dashboardSheet", { ...zh, dashboardSheet: "" }],
    ["no scenario labels", { ...zh, scenarioLabels: { low: "低", mid: "中" } }],
    ["no fleet path labels", { ...zh, fleetPathLabels: null }],
    ["no charts", { ...zh, charts: {} }],
    ["no ECO formulas", { ...zh, ecoFormulas: "none" }],
    ["no sheet formulas", { ...zh, sheetFormulas: undefined }],
    [
      `no formula facts for ${zhTyped.dashboardSheet}`,
      {
        ...zh,
        sheetFormulas: { ...zhTyped.sheetFormulas, [zhTyped.dashboardSheet]: { refersTo: [] } },
      },
    ],
    [
      `no formula facts for ${zhTyped.inputsSheet}`,
      {
        ...zh,
        sheetFormulas: {
          ...zhTyped.sheetFormulas,
          [zhTyped.inputsSheet]: { refersTo: ["Sheet1"], maxRowBytes: 10 },
        },
      },
    ],
  ])("says what is wrong: %s", (problem, json) => {
    expect(contractProblem(json, "zh-CN")).toContain(
      problem === "not an object" ? "not a JSON object" : problem
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  absoluteAddress,
  nameFormula,
  retargetFormula,
  templateSheetOf,
} from "../../src/taskpane/sheetRefs";
import { languageOf } from "../../src/model/language";
import { MESSAGES } from "../../src/taskpane/messages";

const renamed = new Map([
  ["假设", "假设 (2)"],
  ["Model calc", "Model calc (2)"],
  ["It's", "It's (3)"],
  ["Dashboard", "Dashboard"],
]);

describe("retargetFormula", () => {
  it.each([
    ["=假设!C5*2", "='假设 (2)'!C5*2"],
    ["='Model calc'!$C$3+假设!D5", "='Model calc (2)'!$C$3+'假设 (2)'!D5"],
    ["=SUM('It''s'!A1:B2)", "=SUM('It''s (3)'!A1:B2)"],
    ["=model CALC!A1", "=model CALC!A1"],
    ["='model calc'!A1", "='Model calc (2)'!A1"],
    ['="假设!C5"&假设!C5', `="假设!C5"&'假设 (2)'!C5`],
    ["=[1]假设!C5", "='假设 (2)'!C5"],
    ["='[eco-planning-zh-CN.xlsx]假设'!C5", "='假设 (2)'!C5"],
    ["=Dashboard!A1", "=Dashboard!A1"],
    ["='[book.xlsx]Dashboard'!A1", "='Dashboard'!A1"],
    ["=Sheet1!A1+Other!B2", "=Sheet1!A1+Other!B2"],
    ["plain text 假设!C5", "plain text 假设!C5"],
  ])("%s → %s", (formula, expected) => {
    expect(retargetFormula(formula, renamed)).toBe(expected);
  });
});

describe("sheet helpers", () => {
  it("finds the template sheet of an Excel-renamed copy", () => {
    const sheets = ["假设", "Dashboard"];
    expect(templateSheetOf("假设 (2)", sheets)).toBe("假设");
    expect(templateSheetOf("dashboard (12)", sheets)).toBe("Dashboard");
    expect(templateSheetOf("Dashboard", sheets)).toBe("Dashboard");
    expect(templateSheetOf("Other (2)", sheets)).toBeUndefined();
  });
  it("writes absolute, quoted name formulas", () => {
    expect(absoluteAddress("B4:G9")).toBe("$B$4:$G$9");
    expect(nameFormula("It's (2)", "C5")).toBe("='It''s (2)'!$C$5");
  });
});

describe("messages and formats", () => {
  it("follows Office's display language", () => {
    expect(languageOf("zh-CN")).toBe("zh-CN");
    expect(languageOf("zh-TW")).toBe("zh-CN");
    expect(languageOf("en-GB")).toBe("en-US");
    expect(languageOf(undefined)).toBe("en-US");
  });
  it("has the same entries in both languages", () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null && !Array.isArray(v)
          ? keys(v).map((s) => `${k}.${s}`)
          : [k]
      );
    expect(keys(MESSAGES["en-US"])).toEqual(keys(MESSAGES["zh-CN"]));
  });
});

describe("version", () => {
  it("matches package.json", async () => {
    const { VERSION } = await import("../../src/version");
    const pkg = (await import("../../package.json")).default;
    expect(VERSION).toBe(pkg.version);
  });
});

/**
 * Issue 11: an error value inside a list argument (rates, per_vehicle) comes back as that error,
 * naming the argument (MODEL.md §3), not as "needs 4 values". Decision for a list that holds an
 * error and also has the wrong length or shape: the error wins (it is the cause; fixing it often
 * fixes the list), the first one in reading order (row by row).
 */
import { afterEach, describe, expect, it } from "vitest";
import { dataAssetValueCells, ecosystemRevenueCells } from "../../src/functions/definitions";
import { setLanguage } from "../../src/functions/messages";
import { expectError, only } from "../support/cells";

afterEach(() => setLanguage("en-US"));

const NA = { code: "#N/A" };
const DIV0 = { code: "#DIV/0!" };
const rates = (value: unknown) => only(dataAssetValueCells(100000, null, null, null, value));
const perVehicle = (value: unknown) => only(ecosystemRevenueCells(500000, null, value));

describe("errors inside rates and per_vehicle", () => {
  it("a single error as the whole list (a formula that failed) comes back as itself", () => {
    expectError(rates(NA), "#N/A", "rates holds the error #N/A");
    expectError(rates([[DIV0]]), "#DIV/0!", "rates holds the error #DIV/0!");
    expectError(
      perVehicle({ code: "#NUM!", message: "upstream" }),
      "#NUM!",
      "per_vehicle holds the error #NUM! (upstream)"
    );
  });

  it("an error in a list of the right length comes back, wherever it is", () => {
    for (let at = 0; at < 4; at++) {
      const row = [150, 500, 200, 100].map((v, i) => (i === at ? NA : v));
      expectError(rates([row]), "#N/A", "rates holds the error #N/A");
      expectError(rates(row.map((v) => [v])), "#N/A", "rates holds the error #N/A");
    }
    expectError(
      perVehicle([[1000, 3000, 600, 300, 400, DIV0]]),
      "#DIV/0!",
      "per_vehicle holds the error #DIV/0!"
    );
  });

  it("an error and a wrong length: the error", () => {
    expectError(rates([[150, NA]]), "#N/A", "rates holds the error #N/A");
    expectError(rates([[150, 500, 200, 100, 9, DIV0]]), "#DIV/0!", "rates holds the error #DIV/0!");
    expectError(
      perVehicle([
        [1, 2, 3],
        [4, NA, 6],
      ]),
      "#N/A",
      "per_vehicle holds the error #N/A"
    );
    // Without the error, the same lists are "needs N values".
    expectError(rates([[150, 500]]), "#VALUE!", "rates needs 4 values in one row or column");
    expectError(
      perVehicle([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      "#VALUE!",
      /per_vehicle needs 6 values .* got a 2×3 block/
    );
  });

  it("two errors: the first in reading order, row by row", () => {
    expectError(
      rates([
        [1, DIV0],
        [NA, 4],
      ]),
      "#DIV/0!"
    );
    expectError(rates([[1], [NA], [DIV0], [4]]), "#N/A");
    expectError(perVehicle([[{ code: "#NULL!" }, 2, 3, 4, 5, NA]]), "#NULL!");
  });

  it("an error wins over text and empty cells in the same list", () => {
    expectError(rates([["abc", null, 200, NA]]), "#N/A");
  });

  it("codes a custom function cannot return arrive as #VALUE!, naming the code", () => {
    for (const code of [
      "#REF!",
      "#NAME?",
      "#SPILL!",
      "#CALC!",
      "#BUSY!",
      "#GETTING_DATA",
      "#FIELD!",
    ]) {
      expectError(rates([[150, { code }, 200, 100]]), "#VALUE!", `rates holds the error ${code}`);
    }
  });

  it("in a grid, the list's error fills every cell: it is one argument, read whole", () => {
    const out = dataAssetValueCells([[1], [2], [3]], null, null, null, [[1, NA, 3, 4]]);
    expect(out).toHaveLength(3);
    for (const row of out) expectError(row[0], "#N/A", "rates holds the error #N/A");
  });

  it("in Chinese, the message names the argument in Chinese", () => {
    setLanguage("zh-CN");
    expectError(rates([[150, NA, 200, 100]]), "#N/A", "参数 rates 收到错误值 #N/A");
  });
});

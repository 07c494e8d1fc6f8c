/**
 * Links to the standalone planning workbooks (both editions, with their charts), served with the
 * add-in: what a user without ExcelApi 1.13 opens instead of inserting.
 */
import { downloadPath, EDITIONS } from "../../workbook/contract";
import { h } from "../dom";
import type { ViewContext } from "./context";

export function downloadLinks({ t }: ViewContext): HTMLElement {
  const list = h("ul", { class: "downloads" });
  for (const edition of EDITIONS) {
    const path = downloadPath(edition);
    list.append(
      h(
        "li",
        {},
        h(
          "a",
          {
            class: "link",
            href: path,
            download: path.split("/").pop(),
          },
          t.insert.downloadLink(t.insert.editions[edition])
        )
      )
    );
  }
  return list;
}

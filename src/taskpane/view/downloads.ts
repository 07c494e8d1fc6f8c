/** Links to the standalone planning workbooks (both editions), served with the add-in. */
import { EDITIONS } from "../../workbook/contract";
import { h } from "../dom";
import type { ViewContext } from "./context";

export function downloadLinks({ deps, t }: ViewContext): HTMLElement {
  const list = h("ul", { class: "downloads" });
  for (const edition of EDITIONS) {
    const contract = deps.contractFor(edition);
    list.append(
      h(
        "li",
        {},
        h(
          "a",
          {
            class: "link",
            href: contract.templatePath,
            download: contract.templatePath.split("/").pop(),
          },
          t.insert.downloadLink(t.insert.editions[edition])
        )
      )
    );
  }
  return list;
}

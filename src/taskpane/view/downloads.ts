/**
 * Links to the standalone planning workbooks (both editions, with their charts), served with the
 * add-in: what a user without ExcelApi 1.13 opens instead of inserting. An `<a download>` does
 * nothing in the task pane on Mac (office-js #2700): where Office can open the system browser
 * (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1) a click opens the workbook's
 * address there, and the browser downloads it; elsewhere (Excel on the web) the link downloads.
 */
import { downloadPath, EDITIONS } from "../../workbook/contract";
import { h } from "../dom";
import type { ViewContext } from "./context";

export function downloadLinks({ deps, t }: ViewContext): HTMLElement {
  const list = h("ul", { class: "downloads" });
  for (const edition of EDITIONS) {
    const path = downloadPath(edition);
    const link = h(
      "a",
      {
        class: "link",
        href: path,
        download: path.split("/").pop(),
      },
      t.insert.downloadLink(t.insert.editions[edition])
    );
    const { openInBrowser } = deps;
    if (openInBrowser !== null) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        // openBrowserWindow takes an absolute https address: the link's, resolved by the page.
        openInBrowser(link.href);
      });
    }
    list.append(h("li", {}, link));
  }
  return list;
}

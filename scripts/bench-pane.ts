/**
 * The task pane's Help tab: CPU time to render it (median of N renders), with the view's ports as
 * src/taskpane/index.ts wires them, into a minimal DOM (createElement, setAttribute, append): the
 * pane's own work, not the browser's layout. Run alone: tsx scripts/bench-pane.ts.
 */
import "./paneDefines"; // first: the pane's modules read the build-time namespace as they load
import type { Language } from "../src/model/language";
import { messages } from "../src/taskpane/messages";
import type { ViewContext } from "../src/taskpane/view/context";
import type { ViewDeps } from "../src/taskpane/view/deps";
import { helpSection } from "../src/taskpane/view/helpTab";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contractLoader } from "../src/taskpane/contracts";
import { DIST } from "../test/bundle/sandbox";
import { median } from "./timing";

/** Just what the pane's h() and the sections call. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: (FakeElement | string)[] = [];
  constructor(readonly tagName: string) {}
  setAttribute(key: string, value: string): void {
    this.attributes.set(key, value);
  }
  append(...nodes: (FakeElement | string)[]): void {
    this.children.push(...nodes);
  }
}

export interface PaneBench {
  readonly lang: Language;
  readonly medianCpuMs: number;
  readonly runs: number;
}

export function benchHelpTab(runs = 5): PaneBench[] {
  const g = globalThis as { document?: unknown };
  const had = g.document;
  g.document = { createElement: (tag: string) => new FakeElement(tag) };
  try {
    return (["zh-CN", "en-US"] as const).map((lang) => {
      const deps = {
        lang,
        canInsert: true,
        version: "bench",
        helpUrl: "help.html",
        // As index.ts wires it where Office has no openBrowserWindow (every host but Mac).
        openInBrowser: null,
        // As index.ts wires it, reading the built dist/ instead of fetching it.
        contractFor: contractLoader(async (path) => {
          const json: unknown = JSON.parse(readFileSync(join(DIST, path), "utf8"));
          return json;
        }),
      } as Partial<ViewDeps> as ViewDeps;
      const view: ViewContext = {
        lang,
        t: messages(lang),
        deps,
        announce: () => undefined,
        isShown: () => true,
        show: () => undefined,
      };
      const section = helpSection();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const panel = new FakeElement("div") as unknown as HTMLElement;
        const t0 = process.cpuUsage();
        section.render(panel, view);
        const used = process.cpuUsage(t0);
        times.push((used.user + used.system) / 1000);
      }
      return { lang, medianCpuMs: median(times), runs };
    });
  } finally {
    g.document = had;
  }
}

if (process.argv[1]?.endsWith("bench-pane.ts")) {
  for (const r of benchHelpTab())
    console.log(
      `Help tab render (${r.lang}): ${r.medianCpuMs.toFixed(2)} ms CPU (median of ${r.runs})`
    );
}

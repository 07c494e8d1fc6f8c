import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * What `xmllint --noout` says about an XML text: its exit status and everything it reported.
 * Well-formed and namespace-correct means { status: 0, report: "" }: xmllint exits 0 on a
 * namespace error (an undeclared prefix, which Excel refuses), so its report must be read too.
 */
export function xmllint(xml: string, name = "part.xml"): { status: number | null; report: string } {
  const dir = mkdtempSync(join(tmpdir(), "eco-xmllint-"));
  try {
    const path = join(dir, name.replace(/[/[\]]/g, "_"));
    writeFileSync(path, xml);
    const run = spawnSync("xmllint", ["--noout", path], { encoding: "utf8" });
    if (run.error) throw run.error; // xmllint missing: not a verdict on the XML
    return { status: run.status, report: `${run.stdout}${run.stderr}`.replaceAll(path, name) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The README stands alone and the user docs it links to (docs/FUNCTIONS.md, WORKSHOP.md,
 * DEVELOPMENT.md) carry what it used to: every relative link stays in the repository and exists,
 * the model's specification is in docs/, Node 20 is named, the test command is the one CI runs,
 * every npm command the docs list exists, and the workshop recipe answers the facilitator's
 * questions. Project history (issue numbers, dates, rounds) stays out of them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMessages } from "../../src/taskpane/check/messages";
import { LANGUAGES } from "../../src/model/language";
import { messages } from "../../src/taskpane/messages";

const ROOT = join(__dirname, "../..");
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
const README = read("README.md");
const FUNCTIONS = read("docs/FUNCTIONS.md");
const WORKSHOP = read("docs/WORKSHOP.md");
const DEVELOPMENT = read("docs/DEVELOPMENT.md");
const MODEL = read("docs/MODEL.md");
/** The user docs: the README and what it links to for the rest. */
const DOCS: Readonly<Record<string, string>> = {
  "README.md": README,
  "docs/FUNCTIONS.md": FUNCTIONS,
  "docs/WORKSHOP.md": WORKSHOP,
  "docs/DEVELOPMENT.md": DEVELOPMENT,
};
const PKG = JSON.parse(read("package.json")) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

/** The text between two headings (or to the end). */
function between(text: string, from: string, to?: string): string {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = to === undefined ? text.length : text.indexOf(to, start);
  expect(end, to).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe("README.md", () => {
  it.each(Object.keys(DOCS))("%s links only inside the repository, to files that exist", (path) => {
    const text = DOCS[path]!;
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const relative = links.filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith("#"));
    expect(relative.length).toBeGreaterThan(0);
    for (const link of relative) {
      const target = normalize(join(ROOT, dirname(path), link.split("#")[0]!));
      expect(target.startsWith(ROOT + "/"), link).toBe(true);
      expect(existsSync(target), link).toBe(true);
    }
    expect(text).not.toMatch(/\.\.\/shared|\/work\//);
  });

  it("links to the model's specification and to the docs that carry the rest", () => {
    for (const doc of [
      "docs/MODEL.md",
      "docs/FUNCTIONS.md",
      "docs/WORKSHOP.md",
      "docs/DEVELOPMENT.md",
    ])
      expect(README).toContain(`](${doc})`);
  });

  it("stays short: what ECO is, prerequisites, two commands, sideloading, three formulas, links", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(130);
    for (const heading of [
      "## Prerequisites",
      "## Two commands",
      "## Sideloading",
      "## Three formulas",
      "## More",
    ])
      expect(README).toContain(`\n${heading}\n`);
    // The reference, the facilitator's recipe and the measurements live in docs/.
    expect(README).not.toMatch(/## Workshop|## Development|Mutation|npm run bench/);
  });

  it("gives the test command CI runs, and says how long each command takes", () => {
    const ci = read(".ci/run");
    expect(ci).toMatch(/\bnpm test\b/);
    const block = between(README, "## Two commands", "## Sideloading");
    expect(block).toMatch(/^npm install && npm start {3}#/m);
    expect(block).toMatch(/^npm test {19}#/m);
    expect(PKG.scripts["test"]).toBe("vitest run");
    expect(block).toMatch(/`npm start` then builds[^.]*\(about \d+ seconds/);
    expect(block).toMatch(/`npm test` passes[^.]*\. It takes about \d+–\d+ minutes/);
  });

  it.each(Object.keys(DOCS))(
    "%s tells no project history (issue numbers, dates, rounds)",
    (path) => {
      const text = DOCS[path]!;
      expect(text).not.toMatch(/\bissues? \d+|\b20\d\d-\d\d-\d\d\b|\bround[- ]\d|\bmeasured on\b/i);
    }
  );

  it("names Node 20 as a prerequisite, as package.json does", () => {
    expect(README).toMatch(/## Prerequisites[\s\S]*Node\.js 20 or later/);
    expect(PKG.engines.node).toBe(">=20");
  });

  it("lists npm commands that exist, including npm run validate", () => {
    const commands = Object.values(DOCS).flatMap((text) =>
      [...text.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!)
    );
    expect([...DEVELOPMENT.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1])).toContain("validate");
    for (const c of new Set(commands)) expect(Object.keys(PKG.scripts), c).toContain(c);
  });

  it("gives the workshop hosting recipe its every point", () => {
    const workshop = between(WORKSHOP, "# Workshop", "## The standalone planning workbook");
    for (const point of [
      /the facilitator's own machine only/, // npm start
      /static-site service with a free HTTPS certificate/,
      /intranet web server with the company's certificate/,
      /npm run check-host -- https:\/\//, // how to check the host
      /appsforoffice\.microsoft\.com/, // the Office.js CDN
      /Microsoft 365 \(work or school\)\s+sign-in/,
      /User owned apps and services/, // tenant policy
      /Request it the day before/, // centralized deployment
      /about 2 min/, // per-participant time
      /up to 24 hours/, // Excel's cache
      /npm version patch/, // how to bump the version
      /Known failure modes/,
      /`#NAME\?` in ECO formulas \| .*Repair #NAME\?/,
    ])
      expect(workshop).toMatch(point);
  });
});

describe("docs/WORKSHOP.md on releases, the workshop's fallback files and the help page", () => {
  const workshop = between(WORKSHOP, "# Workshop", "## The standalone planning workbook");

  it("checks the host with npm run check-host, whose verdict the morning checklist asks for", () => {
    const check = between(workshop, "## 3.", "## 4.");
    expect(check).toMatch(/npm run check-host -- https:\/\/\S+ --manifest/);
    expect(check).not.toMatch(/curl/);
    for (const point of [
      /every file of the release/,
      /content types/,
      /certificate/,
      /Access-Control-Allow-Origin/,
      /Office\.js CDN/,
    ])
      expect(check).toMatch(point);
    expect(workshop).toMatch(/`npm run check-host` \(section 3\) says `VERDICT: PASS`/);
  });

  it("builds once: npm run package builds, so no npm run build comes before it", () => {
    const build = between(workshop, "## 1.", "## 2.");
    const commands = /```bash\n([\s\S]*?)```/.exec(build)![1]!;
    expect(commands).toMatch(/npm run package -- --host https:\/\//);
    expect(commands).not.toMatch(/npm run build/);
    expect(PKG.scripts["package"]).toBe("node scripts/package.mjs");
    expect(read("scripts/package.mjs")).toMatch(/build-templates|webpack/);
  });

  it("says which certificates npm run check-host trusts, and that its Office.js line fails offline", () => {
    const check = between(workshop, "## 3.", "## 4.").replace(/\s+/g, " ");
    expect(check).toMatch(/by this machine's system certificate store/);
    expect(check).toMatch(/--use-openssl-ca` on Linux and `--use-system-ca`/);
    expect(check).toMatch(/NODE_EXTRA_CA_CERTS=/);
    expect(check).toMatch(/On an isolated network .* this line fails/);
    // What the page says is what the script does: it runs itself again with the system store's option.
    const script = read("scripts/check-host.mjs");
    expect(script).toMatch(/"linux"\s*\?\s*"--use-openssl-ca"/);
    expect(script).toMatch(/"--use-system-ca"/);
  });

  it("raises the version with one command, npm version patch, and no hand edits", () => {
    const updates = between(workshop, "## 6.", "## 7.");
    expect(updates).toMatch(/Raise the version, one command: `npm version patch`/);
    for (const text of Object.values(DOCS))
      expect(text).not.toMatch(/version\.ts|<Version>` \(e\.g\./);
  });

  it("puts the workshop's fallback workbooks where no build deletes them, and says where", () => {
    for (const text of Object.values(DOCS)) expect(text).not.toMatch(/`dist\/eco-planning/);
    expect(workshop).toMatch(
      /write `workshop\/eco-planning-zh-CN\.xlsx` and\s+`workshop\/eco-planning-en-US\.xlsx` in the ECO folder/
    );
  });

  it("says LibreOffice shows the cached numbers and #NAME? only once told to recalculate", () => {
    const flat = between(WORKSHOP, "## The standalone planning workbook").replace(/\s+/g, " ");
    expect(flat).toMatch(/LibreOffice opens it showing the numbers stored in the file/);
    expect(flat).toMatch(/only when told to recalculate .* show `#NAME\?`/);
    expect(flat).not.toMatch(
      /LibreOffice without the add-in; the ECO-function sheet shows `#NAME\?` there/
    );
  });

  it("says how to open the help page in each language, and that the buttons keep it in the address", () => {
    expect(README).toContain("help.html?lang=zh-CN");
    const help = between(FUNCTIONS, "## The help page");
    expect(help).toContain("help.html?lang=zh-CN");
    expect(help).toContain("help.html?lang=en");
    expect(help).toMatch(/\*\*中文\*\* \/ \*\*English\*\* buttons/);
    expect(help.replace(/\s+/g, " ")).toMatch(/write the choice into the address .* a reload/);
  });
});

describe("docs/WORKSHOP.md's checklist and failure modes", () => {
  it("name the Check section's buttons and its all-passed line as the pane shows them, in both languages", () => {
    const workshop = between(WORKSHOP, "## 7. The morning", "## The standalone planning workbook");
    const flat = workshop.replace(/\s+/g, ""); // the checklist wraps lines
    for (const lang of LANGUAGES) {
      const tab = messages(lang).tabs.check;
      const c = checkMessages(lang).section;
      expect(workshop).toContain(`**${tab} › ${c.runButton}**`);
      expect(workshop).toContain(`**${tab} › ${c.repairButton}**`);
      expect(workshop).toContain(`**${c.copyButton}**`);
      expect(flat).toContain(c.allPassed.replace(/\s+/g, ""));
    }
  });
});

describe("docs/MODEL.md", () => {
  it("is the model's specification, citing the seed article by its title", () => {
    expect(MODEL).toContain("售后生态战略的本质 | 从部门到生态的认知革命");
    expect(MODEL).not.toMatch(/seed\/0|\.txt/);
    for (const id of ["S1 ", "S12", "S19", "S21"]) expect(MODEL).toContain(`| ${id.trim()} |`);
    expect(MODEL).toContain("## 6. The plan, second edition");
  });
});

/**
 * The README stands alone: every relative link stays in the repository and exists, the model's
 * specification is in docs/, Node 20 is named, every npm command it lists exists, and the
 * workshop section answers the facilitator's questions.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { checkMessages } from "../../src/taskpane/check/messages";
import { LANGUAGES } from "../../src/model/language";
import { messages } from "../../src/taskpane/messages";

const ROOT = join(__dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const MODEL = readFileSync(join(ROOT, "docs/MODEL.md"), "utf8");
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

describe("README.md", () => {
  it("links only inside the repository, to files that exist", () => {
    const links = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const relative = links.filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith("#"));
    expect(relative).toContain("docs/MODEL.md");
    for (const link of relative) {
      const target = normalize(join(ROOT, link.split("#")[0]!));
      expect(target.startsWith(ROOT + "/"), link).toBe(true);
      expect(existsSync(target), link).toBe(true);
    }
    expect(README).not.toMatch(/\.\.\/shared|\/work\//);
  });

  it("names Node 20 as a prerequisite, as package.json does", () => {
    expect(README).toMatch(/## Prerequisites[\s\S]*Node\.js 20 or later/);
    expect(PKG.engines.node).toBe(">=20");
  });

  it("lists npm commands that exist, including npm run validate", () => {
    const commands = [...README.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!);
    expect(commands).toContain("validate");
    for (const c of new Set(commands)) expect(Object.keys(PKG.scripts), c).toContain(c);
  });

  it("gives the workshop hosting recipe its every point", () => {
    const workshop = README.slice(README.indexOf("## Workshop"), README.indexOf("## Development"));
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

describe("README.md on releases, the workshop's fallback files and the help page", () => {
  const workshop = README.slice(README.indexOf("## Workshop"), README.indexOf("## Development"));

  it("checks the host with npm run check-host, whose verdict the morning checklist asks for", () => {
    const check = workshop.slice(workshop.indexOf("### 3."), workshop.indexOf("### 4."));
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

  it("raises the version with one command, npm version patch, and no hand edits", () => {
    const updates = workshop.slice(workshop.indexOf("### 6."), workshop.indexOf("### 7."));
    expect(updates).toMatch(/Raise the version, one command: `npm version patch`/);
    expect(README).not.toMatch(/version\.ts|<Version>` \(e\.g\./);
  });

  it("puts the workshop's fallback workbooks where no build deletes them, and says where", () => {
    expect(README).not.toMatch(/`dist\/eco-planning/);
    expect(workshop).toMatch(
      /write `workshop\/eco-planning-zh-CN\.xlsx` and\s+`workshop\/eco-planning-en-US\.xlsx` in the ECO folder/
    );
  });

  it("says LibreOffice shows the cached numbers and #NAME? only once told to recalculate", () => {
    const flat = README.replace(/\s+/g, " ");
    expect(flat).toMatch(/LibreOffice opens it showing the numbers stored in the file/);
    expect(flat).toMatch(/only when told to recalculate .* show `#NAME\?`/);
    expect(flat).not.toMatch(
      /LibreOffice without the add-in; the ECO-function sheet shows `#NAME\?` there/
    );
  });

  it("says how to open the help page in each language", () => {
    expect(README).toContain("help.html?lang=zh-CN");
    expect(README).toContain("help.html?lang=en");
    expect(README).toMatch(/\*\*中文\*\* \/ \*\*English\*\* buttons/);
  });
});

describe("README.md's workshop checklist and failure modes", () => {
  it("name the Check section's buttons and its all-passed line as the pane shows them, in both languages", () => {
    const workshop = README.slice(
      README.indexOf("### 7. The morning"),
      README.indexOf("## Development")
    );
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

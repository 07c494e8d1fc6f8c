/**
 * The task pane's DOM: three tabs (insert, function reference, help), bilingual, Fluent 2 look
 * from the design tokens in taskpane.css. Excel work goes through `ViewDeps`; strings through
 * messages.ts. The view keeps its own small state and re-renders fully only on a language switch.
 */
import { isValidFleet, parseFleet } from "../model/fleet";
import { PRESETS, presetSettings, type PresetId } from "../model/presets";
import type { ScenarioName } from "../model/scenario";
import { EDITIONS, type Edition, type TemplateContract } from "../workbook/contract";
import { clear, h } from "./dom";
import { formatAmount, formatFleet, formatMultiple } from "./format";
import type { FunctionEntry } from "./functionRef";
import { InsertFailure, type InsertOutcome, type InsertRequest } from "./insert";
import {
  INSERT_STEPS,
  LANGS,
  messages,
  type Catalogue,
  type InsertStep,
  type Lang,
} from "./messages";

export interface ViewDeps {
  readonly lang: Lang;
  /** ExcelApi 1.13 is available: insertion is possible. */
  readonly canInsert: boolean;
  readonly version: string;
  readonly helpUrl: string;
  readonly contractFor: (edition: Edition) => TemplateContract;
  readonly insert: (
    request: InsertRequest,
    onStep: (step: InsertStep) => void
  ) => Promise<InsertOutcome>;
  readonly loadFunctions: (lang: Lang) => Promise<FunctionEntry[]>;
  /** Returns the address written to. */
  readonly writeFormula: (formula: string) => Promise<string>;
}

type Tab = "insert" | "functions" | "help";
const TABS: readonly Tab[] = ["insert", "functions", "help"];
const PRESET_IDS: readonly PresetId[] = [
  ...(Object.keys(PRESETS) as (keyof typeof PRESETS)[]),
  "custom",
];
const SCENARIOS: readonly ScenarioName[] = ["low", "mid", "high"];

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly step: InsertStep }
  | { readonly kind: "done"; readonly outcome: InsertOutcome; readonly edition: Edition }
  | { readonly kind: "failed"; readonly failure: InsertFailure | null; readonly detail: string };

interface State {
  lang: Lang;
  tab: Tab;
  edition: Edition;
  preset: PresetId;
  customFleet: string;
  scenario: ScenarioName;
  status: Status;
  functionNote: string;
}

export function startView(root: HTMLElement, deps: ViewDeps): void {
  const state: State = {
    lang: deps.lang,
    tab: "insert",
    edition: deps.lang,
    preset: "seed10w",
    customFleet: "",
    scenario: "mid",
    status: { kind: "idle" },
    functionNote: "",
  };
  const render = (): void => renderApp(root, state, deps, render);
  render();
}

function renderApp(root: HTMLElement, state: State, deps: ViewDeps, rerender: () => void): void {
  const t = messages(state.lang);
  document.documentElement.lang = state.lang;
  document.title = t.appTitle;

  const language = h("select", { id: "language", class: "select", "aria-label": t.languageLabel });
  for (const lang of LANGS) {
    language.append(
      h(
        "option",
        { value: lang, selected: lang === state.lang },
        lang === "zh-CN" ? "中文" : "English"
      )
    );
  }
  language.addEventListener("change", () => {
    state.lang = language.value === "en-US" ? "en-US" : "zh-CN";
    rerender();
    document.getElementById("language")?.focus();
  });

  const header = h(
    "header",
    { class: "header" },
    h("img", { class: "logo", src: "assets/icon-32.png", alt: "", width: 24, height: 24 }),
    h(
      "div",
      { class: "title-block" },
      h("h1", { class: "title" }, t.appTitle),
      h("p", { class: "subtitle" }, t.appSubtitle)
    ),
    h(
      "label",
      { class: "language" },
      h("span", { class: "visually-hidden" }, t.languageLabel),
      language
    )
  );

  const tablist = h("div", { class: "tabs", role: "tablist", "aria-label": t.appTitle });
  const panels = h("div", { class: "panels" });
  for (const tab of TABS) {
    const selected = tab === state.tab;
    const button = h(
      "button",
      {
        type: "button",
        class: "tab",
        role: "tab",
        id: `tab-${tab}`,
        "aria-selected": selected ? "true" : "false",
        "aria-controls": `panel-${tab}`,
        tabindex: selected ? 0 : -1,
      },
      t.tabs[tab]
    );
    button.addEventListener("click", () => {
      state.tab = tab;
      rerender();
      document.getElementById(`tab-${tab}`)?.focus();
    });
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? tab;
      state.tab = next;
      rerender();
      document.getElementById(`tab-${next}`)?.focus();
    });
    tablist.append(button);
  }
  const panel = h("section", {
    class: "panel",
    role: "tabpanel",
    id: `panel-${state.tab}`,
    "aria-labelledby": `tab-${state.tab}`,
  });
  if (state.tab === "insert") renderInsert(panel, state, deps, t);
  else if (state.tab === "functions") renderFunctions(panel, state, deps, t);
  else renderHelp(panel, state, deps, t);
  panels.append(panel);

  clear(root, header, tablist, panels);
}

// ---- Insert ----

function radioGroup<T extends string>(
  name: string,
  legend: string,
  options: readonly T[],
  selected: T,
  label: (option: T) => Node | string,
  onChange: (option: T) => void,
  className: string
): HTMLFieldSetElement {
  const fieldset = h(
    "fieldset",
    { class: `field ${className}` },
    h("legend", { class: "label" }, legend)
  );
  const group = h("div", { class: "choices" });
  for (const option of options) {
    const input = h("input", {
      type: "radio",
      name,
      value: option,
      id: `${name}-${option}`,
      checked: option === selected,
    });
    input.addEventListener("change", () => {
      if (input.checked) onChange(option);
    });
    group.append(
      h(
        "label",
        { class: "choice", for: `${name}-${option}` },
        input,
        h("span", { class: "choice-body" }, label(option))
      )
    );
  }
  fieldset.append(group);
  return fieldset;
}

function renderInsert(panel: HTMLElement, state: State, deps: ViewDeps, t: Catalogue): void {
  panel.append(h("p", { class: "intro" }, t.insert.intro));
  if (!deps.canInsert) {
    panel.append(
      h(
        "div",
        { class: "message-bar warning", role: "status" },
        h("strong", {}, t.insert.unsupportedTitle),
        h("p", {}, t.insert.unsupportedBody),
        downloadLinks(deps, t)
      )
    );
    return;
  }
  const form = h("form", { class: "insert-form", novalidate: true });
  form.append(
    radioGroup(
      "edition",
      t.insert.editionLegend,
      EDITIONS,
      state.edition,
      (e) => t.insert.editions[e],
      (e) => (state.edition = e),
      "segmented"
    )
  );

  const fleetInput = h("input", {
    id: "custom-fleet",
    class: "input",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    value: state.customFleet,
    placeholder: "250000",
    "aria-describedby": "custom-fleet-hint",
  });
  const fleetField = h(
    "div",
    { class: "field custom-fleet", hidden: state.preset !== "custom" },
    h("label", { class: "label", for: "custom-fleet" }, t.insert.customFleetLabel),
    fleetInput,
    h("p", { class: "hint", id: "custom-fleet-hint" }, t.insert.customFleetHint)
  );
  fleetInput.addEventListener("input", () => {
    state.customFleet = fleetInput.value;
    fleetInput.removeAttribute("aria-invalid");
  });
  form.append(
    radioGroup(
      "preset",
      t.insert.presetLegend,
      PRESET_IDS,
      state.preset,
      (p) =>
        h(
          "span",
          {},
          h("span", { class: "choice-title" }, t.insert.presets[p].title),
          h("span", { class: "choice-detail" }, t.insert.presets[p].detail)
        ),
      (p) => {
        state.preset = p;
        fleetField.hidden = p !== "custom";
        if (p === "custom") fleetInput.focus();
      },
      "cards"
    ),
    fleetField,
    radioGroup(
      "scenario",
      t.insert.scenarioLegend,
      SCENARIOS,
      state.scenario,
      (s) => t.insert.scenarios[s],
      (s) => (state.scenario = s),
      "segmented"
    )
  );

  const busy = state.status.kind === "busy";
  const button = h("button", {
    type: "submit",
    class: "button primary",
    id: "insert-button",
    disabled: busy,
    "aria-busy": busy ? "true" : "false",
  });
  clear(
    button,
    busy ? h("span", { class: "spinner", "aria-hidden": "true" }) : null,
    busy ? t.insert.busyButton : t.insert.button
  );
  form.append(button, h("p", { class: "hint safety" }, t.insert.safetyNote));

  const statusArea = h("div", { class: "status", id: "insert-status", "aria-live": "polite" });
  renderStatus(statusArea, state, deps, t);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (state.status.kind === "busy") return;
    const inputs = presetSettings({
      preset: state.preset,
      scenario: state.scenario,
      customFleet: parseFleet(state.customFleet),
    });
    if (!isValidFleet(inputs.fleet)) {
      fleetInput.setAttribute("aria-invalid", "true");
      state.status = { kind: "failed", failure: null, detail: t.insert.problems.badFleet };
      renderStatus(statusArea, state, deps, t);
      fleetInput.focus();
      return;
    }
    void runInsertion(state, deps, { contract: deps.contractFor(state.edition), inputs }, () => {
      const locked = state.status.kind === "busy";
      button.disabled = locked;
      button.setAttribute("aria-busy", locked ? "true" : "false");
      clear(
        button,
        locked ? h("span", { class: "spinner", "aria-hidden": "true" }) : null,
        locked ? t.insert.busyButton : t.insert.button
      );
      renderStatus(statusArea, state, deps, t);
    });
  });
  panel.append(form, statusArea);
}

async function runInsertion(
  state: State,
  deps: ViewDeps,
  request: InsertRequest,
  update: () => void
): Promise<void> {
  state.status = { kind: "busy", step: "template" };
  update();
  try {
    const outcome = await deps.insert(request, (step) => {
      state.status = { kind: "busy", step };
      update();
    });
    state.status = { kind: "done", outcome, edition: request.contract.edition };
  } catch (error) {
    state.status =
      error instanceof InsertFailure
        ? { kind: "failed", failure: error, detail: error.detail }
        : {
            kind: "failed",
            failure: null,
            detail: error instanceof Error ? error.message : String(error),
          };
  }
  update();
}

function renderStatus(area: HTMLElement, state: State, deps: ViewDeps, t: Catalogue): void {
  const status = state.status;
  if (status.kind === "idle") return clear(area);
  if (status.kind === "busy") {
    const current = INSERT_STEPS.indexOf(status.step);
    const list = h("ol", { class: "steps", "aria-label": t.insert.busyButton });
    INSERT_STEPS.forEach((step, i) => {
      const phase = i < current ? "done" : i === current ? "active" : "todo";
      list.append(
        h(
          "li",
          { class: `step ${phase}`, "aria-current": phase === "active" ? "step" : undefined },
          h(
            "span",
            { class: "step-icon", "aria-hidden": "true" },
            phase === "done" ? "✓" : phase === "active" ? "" : String(i + 1)
          ),
          t.insert.steps[step]
        )
      );
    });
    const progress = h("div", {
      class: "progress",
      role: "progressbar",
      "aria-valuemin": 0,
      "aria-valuemax": INSERT_STEPS.length,
      "aria-valuenow": current,
    });
    progress.append(h("div", { class: `progress-fill at-${current}` }));
    return clear(area, progress, list);
  }
  if (status.kind === "failed") {
    const f = status.failure;
    const problem = f ? t.insert.problems[f.kind] : status.detail;
    const undo =
      f === null || f.step === "template"
        ? null
        : f.rollback.complete
          ? t.insert.rolledBack
          : t.insert.rollbackIncomplete(f.rollback.leftovers);
    const bar = h(
      "div",
      { class: "message-bar error", role: "alert" },
      h("strong", {}, t.insert.failedTitle),
      h("p", {}, problem),
      undo === null ? null : h("p", {}, undo),
      f === null
        ? null
        : h(
            "details",
            {},
            h("summary", {}, t.insert.technical),
            h("code", {}, `${f.step}: ${f.detail}`)
          ),
      f !== null && (f.kind === "templateDownload" || f.kind === "tooLarge" || f.kind === "unknown")
        ? downloadLinks(deps, t)
        : null
    );
    return clear(area, bar);
  }
  const { outcome } = status;
  const renamed = outcome.sheets
    .filter((s) => s.template !== s.actual)
    .map((s) => ({ from: s.template, to: s.actual }));
  const success = h(
    "div",
    { class: "message-bar success", role: "status" },
    h("strong", {}, t.insert.doneTitle),
    h(
      "p",
      {},
      t.insert.doneBody(
        outcome.sheets.map((s) => s.actual),
        outcome.dashboard
      )
    ),
    renamed.length > 0 ? h("p", {}, t.insert.renamedNote(renamed)) : null,
    outcome.shadowedNames.length > 0
      ? h("p", {}, t.insert.shadowedNote(outcome.shadowedNames))
      : null
  );
  clear(area, success, renderResults(outcome, state.lang, t));
}

function renderResults(outcome: InsertOutcome, lang: Lang, t: Catalogue): HTMLElement {
  const r = outcome.results;
  const na = t.insert.results.notAvailable;
  const amount = (v: number | null): string => (v === null ? na : formatAmount(v, lang));
  const rows: [string, string, string][] = [
    ["dataAssetValue", t.insert.results.dataAssetValue, amount(r.dataAssetValue)],
    ["ecosystemRevenue", t.insert.results.ecosystemRevenue, amount(r.ecosystemRevenue)],
    [
      "ecosystemMultiple",
      t.insert.results.ecosystemMultiple,
      r.ecosystemMultiple === null ? na : formatMultiple(r.ecosystemMultiple, lang),
    ],
    ["marginGap", t.insert.results.marginGap, amount(r.marginGap)],
    ["year5Role", t.insert.results.year5Role, r.year5Role ?? na],
    ["year5Value", t.insert.results.year5Value, amount(r.year5Value)],
    ["npv", t.insert.results.npv, amount(r.npv)],
    [
      "breakevenYear",
      t.insert.results.breakevenYear,
      r.breakevenYear === null
        ? na
        : r.breakevenYear === "notWithinPlan"
          ? t.insert.results.notWithinPlan
          : t.insert.results.inYear(r.breakevenYear),
    ],
    [
      "fleetForD",
      t.insert.results.fleetForD,
      r.fleetForD === null
        ? na
        : r.fleetForD === "unreachable"
          ? t.insert.results.unreachable
          : formatFleet(Math.ceil(r.fleetForD), lang),
    ],
    [
      "checkAll",
      t.insert.results.checkAll,
      r.checkAll === null
        ? na
        : r.checkAll
          ? t.insert.results.checksPass
          : t.insert.results.checksFail,
    ],
  ];
  const list = h("dl", { class: "kpis" });
  for (const [key, label, value] of rows) {
    const tone =
      key === "checkAll"
        ? r.checkAll === true
          ? " good"
          : r.checkAll === false
            ? " bad"
            : ""
        : "";
    list.append(
      h("div", { class: `kpi${tone}`, "data-key": key }, h("dt", {}, label), h("dd", {}, value))
    );
  }
  return h(
    "section",
    { class: "card results", "aria-label": t.insert.results.title },
    h("h2", { class: "card-title" }, t.insert.results.title),
    list
  );
}

function downloadLinks(deps: ViewDeps, t: Catalogue): HTMLElement {
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

// ---- Functions ----

function renderFunctions(panel: HTMLElement, state: State, deps: ViewDeps, t: Catalogue): void {
  const note = h(
    "p",
    { class: "note", id: "function-note", role: "status", "aria-live": "polite" },
    state.functionNote
  );
  const list = h("div", { class: "functions", "aria-busy": "true" });
  panel.append(h("p", { class: "intro" }, t.functions.intro), note, list);
  const lang = state.lang;
  void deps
    .loadFunctions(lang)
    .catch(() => {
      note.textContent = t.functions.loadFailed;
      return null;
    })
    .then((entries) => {
      if (state.lang !== lang || state.tab !== "functions") return;
      list.removeAttribute("aria-busy");
      for (const entry of entries ?? []) list.append(renderFunction(entry, state, deps, t, note));
    });
}

function renderFunction(
  entry: FunctionEntry,
  state: State,
  deps: ViewDeps,
  t: Catalogue,
  note: HTMLElement
): HTMLElement {
  const params =
    entry.parameters.length === 0
      ? h("p", { class: "hint" }, t.functions.noArguments)
      : h(
          "dl",
          { class: "params" },
          ...entry.parameters.flatMap((p) => [
            h(
              "dt",
              {},
              h("code", {}, p.name),
              p.optional ? h("span", { class: "badge" }, t.functions.optional) : null
            ),
            h("dd", {}, p.description),
          ])
        );
  const examples = h("ul", { class: "examples" });
  for (const example of entry.examples) {
    const button = h(
      "button",
      {
        type: "button",
        class: "button subtle",
        "aria-label": t.functions.writeButtonLabel(example.formula),
      },
      t.functions.writeButton
    );
    button.addEventListener("click", () => {
      button.disabled = true;
      deps
        .writeFormula(example.formula)
        .then((address) => (state.functionNote = t.functions.written(example.formula, address)))
        .catch(() => (state.functionNote = t.functions.writeFailed))
        .finally(() => {
          note.textContent = state.functionNote;
          button.disabled = false;
        });
    });
    examples.append(
      h(
        "li",
        { class: "example" },
        h("code", { class: "formula" }, example.formula),
        h(
          "span",
          { class: "example-result" },
          `${t.functions.result}: ${state.lang === "zh-CN" ? example.result.zh : example.result.en}`
        ),
        button
      )
    );
  }
  return h(
    "article",
    { class: "card function", id: `fn-${entry.id}` },
    h("h2", { class: "card-title" }, h("code", {}, entry.name)),
    entry.description ? h("p", { class: "description" }, entry.description) : null,
    h("h3", { class: "label" }, t.functions.arguments),
    params,
    h("h3", { class: "label" }, t.functions.example),
    examples
  );
}

// ---- Help ----

function renderHelp(panel: HTMLElement, state: State, deps: ViewDeps, t: Catalogue): void {
  panel.append(
    h("div", { class: "card" }, ...t.help.body.map((line) => h("p", {}, line))),
    h(
      "p",
      {},
      h(
        "a",
        // The help page opens in the pane's language.
        {
          class: "link",
          href: `${deps.helpUrl}?lang=${state.lang}`,
          target: "_blank",
          rel: "noopener",
        },
        t.help.openHelp
      )
    ),
    h("h2", { class: "label" }, t.help.downloads),
    downloadLinks(deps, t),
    h("p", { class: "hint version" }, t.help.version(deps.version))
  );
}

/**
 * The Insert section: edition, preset card, custom fleet, scenario, then one button that inserts.
 * Only the button starts an insertion (no form: Enter on a radio does nothing). While it runs the
 * button stays focusable but inert (aria-disabled) and each step is announced once; when it ends,
 * focus goes to the result bar, or, if the user has gone elsewhere, the result is announced.
 */
import { presetSettings, type PresetId } from "../../model/presets";
import type { ScenarioName } from "../../model/scenario";
import { EDITIONS, type Edition } from "../../workbook/contract";
import { clear, h } from "../dom";
import { InsertFailure, type InsertRequest } from "../insert";
import type { InsertStep, StepProgress } from "../messages";
import type { ViewContext } from "./context";
import { downloadLinks } from "./downloads";
import { fleetField, fleetIsValid, parseFleet, type FleetField } from "./fleetField";
import { messageBar } from "./messageBar";
import { presetCards } from "./presets";
import { stepAnnouncement } from "./progress";
import { radioGroup } from "./radioGroup";
import type { Section } from "./section";
import { RESULT_ID, renderStatus, type Status } from "./status";

const SCENARIOS: readonly ScenarioName[] = ["low", "mid", "high"];

interface InsertState {
  edition: Edition | null;
  preset: PresetId;
  customFleet: string;
  /** The fleet was refused; the error stays until the value is right. */
  fleetRefused: boolean;
  scenario: ScenarioName;
  status: Status;
}

/** What the last render put on screen; progress updates go to whatever is shown now. */
interface Mounted {
  readonly panel: HTMLElement;
  readonly view: ViewContext;
  readonly button: HTMLButtonElement;
  readonly statusArea: HTMLElement;
  readonly fleet: FleetField;
}

export function insertSection(): Section {
  const state: InsertState = {
    edition: null, // the pane's language until the user picks one
    preset: "story",
    customFleet: "",
    fleetRefused: false,
    scenario: "mid",
    status: { kind: "idle" },
  };
  let mounted: Mounted | null = null;

  const refresh = (): void => {
    if (mounted === null) return;
    const { button, statusArea, view } = mounted;
    const busy = state.status.kind === "busy";
    button.setAttribute("aria-disabled", busy ? "true" : "false");
    button.classList.toggle("busy", busy);
    clear(
      button,
      busy ? h("span", { class: "spinner", "aria-hidden": "true" }) : null,
      busy ? view.t.insert.busyButton : view.t.insert.button
    );
    renderStatus(statusArea, state.status, view);
  };

  const showFleetError = (): void => {
    if (mounted === null) return;
    const { fleet, view } = mounted;
    fleet.setError(state.fleetRefused ? view.t.insert.problems.badFleet : null);
  };

  /** Focus the result if the user is still here; otherwise say it. */
  const land = (): void => {
    if (mounted === null) return;
    const { panel, view } = mounted;
    const result = document.getElementById(RESULT_ID);
    const active = document.activeElement;
    const stillHere =
      view.isShown(panel) &&
      (active === null || active === document.body || panel.contains(active));
    if (result !== null && stillHere) result.focus();
    else if (state.status.kind === "done") view.announce(view.t.insert.doneTitle);
    else if (state.status.kind === "failed") view.announce(view.t.insert.failedTitle);
  };

  const run = async (
    view: ViewContext,
    edition: Edition,
    inputs: InsertRequest["inputs"]
  ): Promise<void> => {
    let announced: InsertStep | null = null;
    // Each step is announced once; its blocks (a step of several requests) only update the view.
    const enter = (step: InsertStep, progress?: StepProgress): void => {
      state.status =
        progress === undefined ? { kind: "busy", step } : { kind: "busy", step, progress };
      refresh();
      if (step !== announced && mounted !== null) {
        announced = step;
        mounted.view.announce(stepAnnouncement(step, mounted.view.t));
      }
    };
    enter("template");
    try {
      const contract = await view.deps.contractFor(edition);
      const outcome = await view.deps.insert({ contract, inputs }, enter);
      state.status = { kind: "done", outcome };
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
    refresh();
    land();
  };

  const start = (view: ViewContext): void => {
    if (state.status.kind === "busy" || mounted === null) return;
    const custom = state.preset === "custom";
    if (custom && !fleetIsValid(state.customFleet)) {
      state.fleetRefused = true;
      showFleetError();
      mounted.fleet.input.focus();
      return;
    }
    const inputs = presetSettings({
      preset: state.preset,
      scenario: state.scenario,
      customFleet: parseFleet(state.customFleet),
    });
    const edition = state.edition ?? view.lang;
    void run(view, edition, inputs);
  };

  return {
    id: "insert",
    render(panel, view) {
      const { t, deps } = view;
      panel.append(h("p", { class: "intro" }, t.insert.intro));
      if (!deps.canInsert) {
        mounted = null;
        panel.append(
          messageBar(
            "warning",
            "insert-unsupported",
            t.insert.unsupportedTitle,
            h("p", {}, t.insert.unsupportedBody),
            downloadLinks(view)
          )
        );
        return;
      }
      const fleet = fleetField(t, state.customFleet, state.preset === "custom", (raw) => {
        state.customFleet = raw;
        if (state.fleetRefused && fleetIsValid(raw)) {
          state.fleetRefused = false;
          showFleetError();
        }
      });
      const button = h(
        "button",
        {
          type: "button",
          class: "button primary",
          id: "insert-button",
          "aria-describedby": "insert-safety",
        },
        t.insert.button
      );
      button.addEventListener("click", () => start(view));
      const statusArea = h("div", { class: "status", id: "insert-status" });
      panel.append(
        h(
          "div",
          { class: "insert-form" },
          radioGroup({
            name: "edition",
            legend: t.insert.editionLegend,
            options: EDITIONS,
            selected: state.edition ?? view.lang,
            label: (e) => t.insert.editions[e],
            onChange: (e) => (state.edition = e),
            className: "segmented",
          }),
          presetCards(t, state.preset, (p) => {
            state.preset = p;
            fleet.show(p === "custom");
          }),
          fleet.element,
          radioGroup({
            name: "scenario",
            legend: t.insert.scenarioLegend,
            options: SCENARIOS,
            selected: state.scenario,
            label: (s) => t.insert.scenarios[s],
            onChange: (s) => (state.scenario = s),
            className: "segmented",
          }),
          button,
          h("p", { class: "hint safety", id: "insert-safety" }, t.insert.safetyNote)
        ),
        statusArea
      );
      mounted = { panel, view, button, statusArea, fleet };
      showFleetError();
      refresh();
    },
  };
}

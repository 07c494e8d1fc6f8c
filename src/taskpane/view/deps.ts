/** What the view needs from the outside world (Excel, the network, the build): its ports. */
import type { Edition, TemplateContract } from "../../workbook/contract";
import type { FormulaCheck } from "../check/binding";
import type { RepairReport } from "../check/repair";
import type { SelfTestReport } from "../check/selfTest";
import type { FunctionEntry } from "../functionRef";
import type { InsertOutcome, InsertRequest } from "../insert";
import type { Language } from "../../model/language";
import type { InsertStep, StepProgress } from "../messages";

export interface ViewDeps {
  readonly lang: Language;
  /** ExcelApi 1.13 is available: insertion is possible. */
  readonly canInsert: boolean;
  readonly version: string;
  readonly helpUrl: string;
  /** The template's contract, as the build wrote it beside the template (contracts.ts). */
  readonly contractFor: (edition: Edition) => Promise<TemplateContract>;
  /**
   * Opens an address in the system browser (Office.context.ui.openBrowserWindow), where Office
   * has it; null elsewhere. The standalone downloads use it: `<a download>` does nothing in the
   * Mac task pane (office-js #2700).
   */
  readonly openInBrowser: ((url: string) => void) | null;
  readonly insert: (
    request: InsertRequest,
    onStep: (step: InsertStep, progress?: StepProgress) => void
  ) => Promise<InsertOutcome>;
  readonly loadFunctions: (lang: Language) => Promise<FunctionEntry[]>;
  /** Writes into the selected cell and reads it back: where, and whether Excel bound it. */
  readonly writeFormula: (formula: string) => Promise<FormulaCheck>;
  /** The Check section's self-test in this Excel (check/live.ts); never leaves anything behind. */
  readonly selfTest: () => Promise<SelfTestReport>;
  /** Re-enters the workbook's ECO formulas that show #NAME? (check/live.ts). */
  readonly repair: () => Promise<RepairReport>;
}

/** What the view needs from the outside world (Excel, the network, the build): its ports. */
import type { Edition, TemplateContract } from "../../workbook/contract";
import type { FunctionEntry } from "../functionRef";
import type { InsertOutcome, InsertRequest } from "../insert";
import type { InsertStep, Lang } from "../messages";

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

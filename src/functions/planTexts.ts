import type { Role } from "../model/plan";
import { PLAN_TEXT } from "../workbook/layout/planText";
import { ROLE_LABELS } from "../workbook/layout/roles";
import type { Language } from "./messages";

/**
 * The texts ECO.PLAN returns instead of a number, and the roles: the workbook's own (imported, not
 * copied), so a formula and the workbook's named outputs show the same words.
 */
export function planTexts(lang: Language): {
  readonly notApplicable: string;
  readonly notPaidBack: string;
  readonly notWithinPlan: string;
  readonly unreachable: string;
} {
  return {
    notApplicable: PLAN_TEXT.notApplicable[lang],
    notPaidBack: PLAN_TEXT.notRecovered[lang],
    notWithinPlan: PLAN_TEXT.notWithinPlan[lang],
    unreachable: PLAN_TEXT.unreachable[lang],
  };
}

export function roleText(role: Role, lang: Language): string {
  return ROLE_LABELS[role][lang];
}

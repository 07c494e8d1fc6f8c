import { textIn, type Language } from "../model/language";
import type { Role } from "../model/plan";
import { PLAN_TEXT, ROLE_LABELS } from "../model/words";

/**
 * The texts ECO.PLAN returns instead of a number, and the roles: the plan's shared words
 * (src/model/words.ts), so a formula and the workbook's named outputs show the same words.
 */
export function planTexts(lang: Language): {
  readonly notApplicable: string;
  readonly notPaidBack: string;
  readonly notWithinPlan: string;
  readonly unreachable: string;
} {
  return {
    notApplicable: textIn(PLAN_TEXT.notApplicable, lang),
    notPaidBack: textIn(PLAN_TEXT.notRecovered, lang),
    notWithinPlan: textIn(PLAN_TEXT.notWithinPlan, lang),
    unreachable: textIn(PLAN_TEXT.unreachable, lang),
  };
}

export function roleText(role: Role, lang: Language): string {
  return textIn(ROLE_LABELS[role], lang);
}

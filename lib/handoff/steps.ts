import { GUIDE } from '../apps';
import type { GuideStep, PersonaId, StepId } from '../guide/types';
import type { CompletionReport } from '../report/types';

/** The person the Marketo Admin hands steps off to. */
export const HANDOFF_PERSONA: PersonaId = 'salesforce-admin';

/**
 * The steps handed off: those only the Salesforce Admin does (7 and 8), in guide order. Steps either
 * person may do stay with the Marketo Admin, who can do them in this browser.
 */
export function handoffSteps(guide: readonly GuideStep[] = GUIDE): GuideStep[] {
  return guide.filter((step) => step.personas.length === 1 && step.personas[0] === HANDOFF_PERSONA);
}

/** Is `id` one of the handed-off steps? */
export function isHandoffStep(id: StepId): boolean {
  return handoffSteps().some((step) => step.id === id);
}

/**
 * The handed-off steps an imported completion report shows as done in the other person's browser: done
 * there by hand or from page evidence. A step that report itself has as "done elsewhere" is second-hand
 * and is not passed on.
 */
export function doneInReport(report: Pick<CompletionReport, 'steps'>): StepId[] {
  return report.steps.filter((s) => s.status === 'done' && (s.via === 'hand' || s.via === 'evidence') && isHandoffStep(s.id)).map((s) => s.id);
}

import { GUIDE } from '../apps';
import type { GuideStep } from '../guide/types';
import type { PersonaFilter, ProgressState } from './types';

/** Does this persona filter show the step? */
export function stepMatchesPersona(step: GuideStep, persona: PersonaFilter): boolean {
  return persona === 'both' || step.personas.includes(persona);
}

/**
 * Done and total over the guide. Skipped steps are "not needed here" and leave the total, so a
 * finished setup reads n/n even when one step did not apply.
 */
export function summarizeProgress(
  state: ProgressState,
  persona: PersonaFilter = 'both',
): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const step of GUIDE) {
    if (!stepMatchesPersona(step, persona)) continue;
    const { status } = state.steps[step.id];
    if (status === 'skipped') continue;
    total++;
    if (status === 'done') done++;
  }
  return { done, total };
}

import { GUIDE } from '../apps';
import type { GuideStep, StepId } from '../guide/types';
import type { PersonaFilter, StepStatus } from './types';

/** Done and total of one kind of step. */
export interface Tally {
  done: number;
  total: number;
}

/**
 * The one count every view shows ("2 of 2 prerequisites and 3 of 8 steps done · 1 skipped"): the popup,
 * the sandbox, the report, the badge. Skipped steps stay in the total (shown as skipped) so the total
 * never shrinks; a persona filter counts only that person's steps.
 */
export interface StepCount {
  prerequisites: Tally;
  steps: Tally;
  skipped: number;
  /** Both kinds together (the progress bar, the toolbar badge). */
  all: Tally;
}

/** Does this persona filter show the step? */
export function stepMatchesPersona(step: GuideStep, persona: PersonaFilter): boolean {
  return persona === 'both' || step.personas.includes(persona);
}

/** Counts the guide's steps by the status `statusOf` gives each (a step it does not know counts as to do). */
export function countSteps(statusOf: (id: StepId) => StepStatus | undefined, persona: PersonaFilter = 'both'): StepCount {
  const prerequisites = { done: 0, total: 0 };
  const steps = { done: 0, total: 0 };
  let skipped = 0;
  for (const step of GUIDE) {
    if (!stepMatchesPersona(step, persona)) continue;
    const tally = step.kind === 'prerequisite' ? prerequisites : steps;
    const status = statusOf(step.id);
    tally.total++;
    if (status === 'done') tally.done++;
    if (status === 'skipped') skipped++;
  }
  return { prerequisites, steps, skipped, all: { done: prerequisites.done + steps.done, total: prerequisites.total + steps.total } };
}

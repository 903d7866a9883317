import type { GuideStep, PersonaId } from '../../lib/guide/types';
import { stepMatchesPersona } from '../../lib/progress/summary';
import type { PersonaFilter } from '../../lib/progress/types';

/** A run of consecutive steps done by the same people. */
export interface StepGroup {
  kind: 'prerequisite' | 'step';
  personas: readonly PersonaId[];
  steps: GuideStep[];
}

/**
 * Groups the guide for the checklist: prerequisites first, then the steps in guide order, a new group
 * each time the persona changes (as in Adobe's persona table), so order and "who does it" both show.
 */
export function groupSteps(guide: readonly GuideStep[], persona: PersonaFilter): StepGroup[] {
  const groups: StepGroup[] = [];
  for (const step of guide) {
    if (!stepMatchesPersona(step, persona)) continue;
    const last = groups.at(-1);
    const samePeople = last && last.kind === step.kind && last.personas.join() === step.personas.join();
    const mergePrereqs = last && last.kind === 'prerequisite' && step.kind === 'prerequisite';
    if (samePeople || mergePrereqs) last.steps.push(step);
    else groups.push({ kind: step.kind, personas: step.personas, steps: [step] });
  }
  return groups;
}

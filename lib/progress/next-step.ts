import type { GuideStep, StepId } from '../guide/types';
import type { PersonaFilter, StepStatus } from './types';
import { stepMatchesPersona } from './count';

/** The first step still to do for this person, in guide order (none when every step is done or skipped). */
export function nextStep(guide: readonly GuideStep[], statuses: Readonly<Record<StepId, StepStatus>>, persona: PersonaFilter): GuideStep | null {
  return guide.find((step) => stepMatchesPersona(step, persona) && statuses[step.id] !== 'done' && statuses[step.id] !== 'skipped') ?? null;
}

import { countSteps, type StepCount } from './count';
import type { PersonaFilter, ProgressState } from './types';

export { stepMatchesPersona } from './count';

/** The step count of progress (lib/progress/count.ts), for everyone's steps or one persona's. */
export function summarizeProgress(state: ProgressState, persona: PersonaFilter = 'both'): StepCount {
  return countSteps((id) => state.steps[id].status, persona);
}

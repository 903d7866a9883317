import { STEP_IDS, type StepId } from '../guide/types';
import type { ProgressState, StepProgress } from './types';

/** A step nobody has touched yet. */
export function untouchedStep(): StepProgress {
  return { status: 'todo', changedAt: null, via: null, evidence: [] };
}

/** The state of a new install: every step to do, preferences following the browser. */
export function initialProgress(): ProgressState {
  const steps = Object.fromEntries(STEP_IDS.map((id) => [id, untouchedStep()])) as Record<StepId, StepProgress>;
  return { steps, hostsSeen: [], prefs: { locale: null, persona: 'both', presenter: false }, diagnostics: [], timings: {}, errorsSeen: [], matched: [] };
}

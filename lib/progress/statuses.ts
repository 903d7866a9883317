import type { StepId } from '../guide/types';
import type { ProgressState, StepStatus } from './types';

/** Each step's status alone (what content scripts and the sandbox's strip need of the progress). */
export function statusesOf(state: Pick<ProgressState, 'steps'>): Record<StepId, StepStatus> {
  return Object.fromEntries(Object.entries(state.steps).map(([id, p]) => [id, p.status])) as Record<StepId, StepStatus>;
}

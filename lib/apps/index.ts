import type { GuideStep, StepId } from '../guide/types';
import { STEP_IDS } from '../guide/types';
import { MARKETO_STEPS } from './marketo';
import { SIA_STEPS } from './sales-insight-actions';
import { SALESFORCE_STEPS } from './salesforce';

const BY_ID = new Map<StepId, GuideStep>([...MARKETO_STEPS, ...SIA_STEPS, ...SALESFORCE_STEPS].map((s) => [s.id, s]));

/** The whole guide: two prerequisites and eight steps, in the order of `STEP_IDS` (the Adobe guide's). */
export const GUIDE: readonly GuideStep[] = STEP_IDS.map((id) => BY_ID.get(id)!);

/** The prerequisite or step with this id. Every `StepId` belongs to one app (a type test holds it). */
export function getStep(id: StepId): GuideStep {
  const step = BY_ID.get(id);
  if (!step) throw new Error(`Unknown step id: ${id}`);
  return step;
}

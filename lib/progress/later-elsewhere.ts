import type { GuideStep, StepId } from '../guide/types';
import { stepPosition } from '../guide/runner';
import type { AppId } from '../pages/types';
import type { PersonaFilter, StepStatus } from './types';
import { stepMatchesPersona } from './count';

/** Open steps of one other app that come before a step: "Steps 2–3 happen in Sales Insight Actions". */
export interface LaterGroup {
  app: AppId;
  /** Prerequisite numbers (1–2), ascending. */
  prerequisites: number[];
  /** Step numbers (1–8), ascending. */
  steps: number[];
}

const isOpen = (status: StepStatus | undefined) => status !== 'done' && status !== 'skipped';

/**
 * For each open step of this person, the open steps before it (in guide order) that belong to other
 * apps, grouped by app in the order they come: what the callout says the user can do later. A step
 * with nothing open elsewhere before it is absent.
 */
export function laterElsewhere(
  guide: readonly GuideStep[],
  statuses: Readonly<Partial<Record<StepId, StepStatus>>>,
  persona: PersonaFilter,
): Partial<Record<StepId, LaterGroup[]>> {
  const mine = guide.filter((step) => stepMatchesPersona(step, persona) && isOpen(statuses[step.id]));
  const result: Partial<Record<StepId, LaterGroup[]>> = {};
  mine.forEach((step, at) => {
    const groups: LaterGroup[] = [];
    for (const before of mine.slice(0, at)) {
      if (before.app === step.app) continue;
      let group = groups.find((g) => g.app === before.app);
      if (!group) groups.push((group = { app: before.app, prerequisites: [], steps: [] }));
      (before.kind === 'prerequisite' ? group.prerequisites : group.steps).push(stepPosition(before).index);
    }
    if (groups.length) result[step.id] = groups;
  });
  return result;
}

/** Ascending numbers as runs: [2, 3, 5] → [[2, 3], [5]] (a run of two or more reads as a range, "2–3"). */
export function numberRuns(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

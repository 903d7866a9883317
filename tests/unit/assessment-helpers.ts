import { assessmentToJson } from '../../lib/assessment/json';
import { countHint, finishRun, observeProgress, runResult, startRun } from '../../lib/assessment/run';
import type { AssessmentResult } from '../../lib/assessment/types';

export const START = '2026-12-07T09:00:00.000Z';
export const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();
export const META = { extensionVersion: '0.1.0', uiLanguage: 'en' as const };

/**
 * A finished result over steps 1–4: `doneAfter` gives each step's finish (seconds from the start, in
 * order; null: not done), `hints` the hints asked for during each.
 */
export function sampleResult(attendee: string, doneAfter: Array<number | null>, hints: number[] = [], startedAt = START): AssessmentResult {
  const scope = ['setup-sales-account', 'connect-salesforce', 'connect-marketo', 'start-data-sync'] as const;
  const shift = (s: number) => new Date(Date.parse(startedAt) + s * 1000).toISOString();
  let run = startRun(attendee, scope, startedAt);
  const statuses: Record<string, { status: 'done'; via: 'evidence' }> = {};
  scope.forEach((id, i) => {
    for (let h = 0; h < (hints[i] ?? 0); h++) run = countHint(run, id);
    const after = doneAfter[i];
    if (after === null || after === undefined) return;
    statuses[id] = { status: 'done', via: 'evidence' };
    run = observeProgress(run, statuses, shift(after));
  });
  return runResult(finishRun(run, shift(600)), META);
}

export const resultFile = (name: string, result: AssessmentResult) => ({ name, text: assessmentToJson(result) });

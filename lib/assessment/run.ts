import { STEP_IDS, type StepId } from '../guide/types';
import type { Locale } from '../i18n/locale';
import type { StepStatus, StatusSource } from '../progress/types';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, MAX_COUNT, MAX_SECONDS, type AssessmentResult } from './types';

/** What the run keeps per step while it lasts. */
export interface RunStep {
  id: StepId;
  /** When the step became the next one to do; null until then. */
  startedAt: string | null;
  doneAt: string | null;
  /** An assessment runs on practice progress, where nothing is done elsewhere: verified or by hand. */
  via: Exclude<StatusSource, 'elsewhere'> | null;
  hints: number;
  offPath: number;
}

/**
 * A running (or finished) assessment in the sandbox. Pure data: the sandbox page feeds it what practice
 * progress says and what the screens report, and turns it into a result at the end.
 */
export interface AssessmentRun {
  attendee: string;
  startedAt: string;
  finishedAt: string | null;
  steps: RunStep[];
}

/** A practice step's status as progress holds it. */
export type ObservedSteps = Readonly<Partial<Record<StepId, { status: StepStatus; via: StatusSource | null }>>>;

/** Starts an assessment of `scope` (any order; kept in guide order) for `attendee` at `now`. */
export function startRun(attendee: string, scope: readonly StepId[], now: string): AssessmentRun {
  const ids = STEP_IDS.filter((id) => scope.includes(id));
  const steps = ids.map((id, i): RunStep => ({ id, startedAt: i === 0 ? now : null, doneAt: null, via: null, hints: 0, offPath: 0 }));
  return { attendee: attendee.trim(), startedAt: now, finishedAt: null, steps };
}

/** The step to do next: the first of the scope not done; null when all are. */
export function currentStep(run: AssessmentRun): RunStep | null {
  return run.steps.find((s) => !s.doneAt) ?? null;
}

/**
 * Takes in what practice progress says now: a step that became done is timed (done from the page's
 * evidence or by hand), and the next open step starts its clock. A step done out of order started
 * when the one before it was finished, or at the start.
 */
export function observeProgress(run: AssessmentRun, observed: ObservedSteps, now: string): AssessmentRun {
  if (run.finishedAt) return run;
  let changed = false;
  let lastDone = run.startedAt;
  const steps = run.steps.map((step) => {
    const seen = observed[step.id];
    if (step.doneAt) {
      lastDone = step.doneAt > lastDone ? step.doneAt : lastDone;
      return step;
    }
    if (seen?.status !== 'done') return step;
    changed = true;
    return { ...step, startedAt: step.startedAt ?? lastDone, doneAt: now, via: seen.via === 'evidence' ? ('evidence' as const) : ('hand' as const) };
  });
  const next = steps.find((s) => !s.doneAt);
  if (next && !next.startedAt) {
    changed = true;
    const index = steps.indexOf(next);
    steps[index] = { ...next, startedAt: now };
  }
  return changed ? { ...run, steps } : run;
}

/** The step a hint or an off-path click counts for: the one the guide showed if it is in scope, else the next to do. */
function stepFor(run: AssessmentRun, shown: StepId | null): RunStep | null {
  return run.steps.find((s) => s.id === shown && !s.doneAt) ?? currentStep(run);
}

function bump(run: AssessmentRun, shown: StepId | null, field: 'hints' | 'offPath'): AssessmentRun {
  const step = run.finishedAt ? null : stepFor(run, shown);
  if (!step) return run;
  return { ...run, steps: run.steps.map((s) => (s === step ? { ...s, [field]: Math.min(MAX_COUNT, s[field] + 1) } : s)) };
}

/** One hint asked for while the guide showed `shown` (null: no step on screen). */
export const countHint = (run: AssessmentRun, shown: StepId | null): AssessmentRun => bump(run, shown, 'hints');

/** One control clicked that was not on the path of `shown`. */
export const countOffPath = (run: AssessmentRun, shown: StepId | null): AssessmentRun => bump(run, shown, 'offPath');

/** Ends the run at `now`: nothing is counted after this. */
export function finishRun(run: AssessmentRun, now: string): AssessmentRun {
  return run.finishedAt ? run : { ...run, finishedAt: now };
}

const secondsBetween = (from: string | null, to: string) =>
  from ? Math.max(0, Math.min(MAX_SECONDS, Math.round((Date.parse(to) - Date.parse(from)) / 1000))) : 0;

/** The result file of a finished run. */
export function runResult(run: AssessmentRun, meta: { extensionVersion: string; uiLanguage: Locale }): AssessmentResult {
  const end = run.finishedAt ?? run.startedAt;
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    attendee: run.attendee,
    startedAt: run.startedAt,
    finishedAt: end,
    extensionVersion: meta.extensionVersion,
    uiLanguage: meta.uiLanguage,
    steps: run.steps.map((s) => ({
      id: s.id,
      done: s.doneAt !== null,
      via: s.doneAt ? s.via : null,
      seconds: secondsBetween(s.startedAt, s.doneAt ?? end),
      hints: s.hints,
      offPath: s.offPath,
    })),
  };
}

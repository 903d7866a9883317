import type { StepId } from '../guide/types';
import type { AppId } from '../pages/types';
import { initialProgress } from './initial';
import { MAX_ERROR_COUNT, MAX_ERRORS_SEEN, MAX_MATCHED } from './limits';
import type { ErrorSeen, EvidenceEntry, LocatorDiagnostic, MatchedWay, Preferences, ProgressState, StepProgress, StepStatus } from './types';

/** Evidence entries kept per step: the newest ones matter, an endless list does not. */
export const MAX_EVIDENCE_PER_STEP = 20;
/** Instance hosts remembered, most recently seen first. */
export const MAX_HOSTS_SEEN = 20;

/** The step without its "done elsewhere" source: for a status this browser sets itself. */
function ownStep({ elsewhere: _elsewhere, ...step }: StepProgress): StepProgress {
  return step;
}

/** Sets one step's status, as marked by hand. Other steps are untouched. */
export function setStepStatus(state: ProgressState, stepId: StepId, status: StepStatus, now: string): ProgressState {
  const step = state.steps[stepId];
  if (step.status === status) return state;
  return { ...state, steps: { ...state.steps, [stepId]: { ...ownStep(step), status, changedAt: now, via: 'hand' } } };
}

/**
 * Marks steps as done in another person's browser, as their completion report (generated at
 * `reportGeneratedAt`) shows. Only steps not done here change: what this browser marked or verified
 * itself stays as it is. A step already done elsewhere takes the newer report's time.
 */
export function recordDoneElsewhere(state: ProgressState, stepIds: readonly StepId[], reportGeneratedAt: string, now: string): ProgressState {
  let steps = state.steps;
  for (const id of stepIds) {
    const step = steps[id];
    if (step.status === 'done' && step.via !== 'elsewhere') continue;
    if (step.elsewhere && Date.parse(step.elsewhere.reportGeneratedAt) >= Date.parse(reportGeneratedAt)) continue;
    steps = { ...steps, [id]: { ...step, status: 'done', changedAt: now, via: 'elsewhere', elsewhere: { reportGeneratedAt } } };
  }
  return steps === state.steps ? state : { ...state, steps };
}

/**
 * Records evidence for a step and marks it done from that evidence. A step already done keeps its
 * status and time; the evidence is still added, so the report shows it was seen again.
 */
export function recordEvidence(
  state: ProgressState,
  stepId: StepId,
  entry: EvidenceEntry,
  completes: boolean,
): ProgressState {
  const step = state.steps[stepId];
  const others = step.evidence.filter((e) => !(e.rule === entry.rule && e.host === entry.host));
  const evidence = [entry, ...others].slice(0, MAX_EVIDENCE_PER_STEP);
  // Verified here replaces "done elsewhere": this browser's own evidence is the stronger record.
  const becomesDone = completes && (step.status !== 'done' || step.via === 'elsewhere');
  const next = becomesDone
    ? { ...ownStep(step), evidence, status: 'done' as const, changedAt: entry.seenAt, via: 'evidence' as const }
    : { ...step, evidence };
  return { ...state, steps: { ...state.steps, [stepId]: next } };
}

/** A host seen again within this time is not re-recorded: saves a storage write per navigation. */
const HOST_SEEN_REFRESH_MS = 60 * 60 * 1000;

/** Remembers that the user worked on `host` in `app`, most recent first. */
export function recordHostSeen(state: ProgressState, app: AppId, host: string, now: string): ProgressState {
  const latest = state.hostsSeen[0];
  if (latest?.app === app && latest.host === host && Date.parse(now) - Date.parse(latest.lastSeen) < HOST_SEEN_REFRESH_MS) {
    return state;
  }
  const rest = state.hostsSeen.filter((h) => !(h.app === app && h.host === host));
  return { ...state, hostsSeen: [{ app, host, lastSeen: now }, ...rest].slice(0, MAX_HOSTS_SEEN) };
}

/** Diagnostics kept: enough for a support report, bounded. */
export const MAX_DIAGNOSTICS = 30;

/** Records a target that could not be found; the same target on the same page replaces its older entry. */
export function recordDiagnostic(state: ProgressState, entry: LocatorDiagnostic): ProgressState {
  const rest = state.diagnostics.filter((d) => !(d.target === entry.target && d.host === entry.host && d.page === entry.page));
  return { ...state, diagnostics: [entry, ...rest].slice(0, MAX_DIAGNOSTICS) };
}

/** What a content script saw: an error state on its page (host and page come from the sender's own report). */
export type ErrorSighting = Pick<ErrorSeen, 'error' | 'app' | 'host' | 'page' | 'step'>;

/**
 * Records an error state seen: the same error on the same host and page is one entry, counted again and
 * moved to the front (its first time kept); the list is capped, oldest dropped.
 */
export function recordErrorSeen(state: ProgressState, seen: ErrorSighting, now: string): ProgressState {
  const same = (e: ErrorSeen) => e.error === seen.error && e.host === seen.host && e.page === seen.page;
  const before = state.errorsSeen.find(same);
  const entry: ErrorSeen = {
    ...seen,
    ...(seen.step ? {} : before?.step ? { step: before.step } : {}),
    firstSeen: before?.firstSeen ?? now,
    lastSeen: now,
    count: Math.min(MAX_ERROR_COUNT, (before?.count ?? 0) + 1),
  };
  return { ...state, errorsSeen: [entry, ...state.errorsSeen.filter((e) => !same(e))].slice(0, MAX_ERRORS_SEEN) };
}

/**
 * Records which way found a target on a page. The same way again changes nothing (no storage write);
 * another way replaces the entry, so the record says what carries the target now.
 */
export function recordMatched(state: ProgressState, entry: MatchedWay): ProgressState {
  const same = (m: MatchedWay) => m.target === entry.target && m.host === entry.host && m.page === entry.page;
  const before = state.matched.find(same);
  if (before && before.way === entry.way && before.step === entry.step) return state;
  return { ...state, matched: [entry, ...state.matched.filter((m) => !same(m))].slice(0, MAX_MATCHED) };
}

/** Forgets all step progress, evidence, diagnostics, timings, errors seen and matched ways; preferences and known hosts stay. */
export function resetProgress(state: ProgressState): ProgressState {
  return { ...state, steps: initialProgress().steps, diagnostics: [], timings: {}, errorsSeen: [], matched: [] };
}

export function setPreferences(state: ProgressState, prefs: Partial<Preferences>): ProgressState {
  return { ...state, prefs: { ...state.prefs, ...prefs } };
}

import type { StepId } from '../guide/types';
import type { AppId } from '../pages/types';
import { initialProgress } from './initial';
import type { EvidenceEntry, LocatorDiagnostic, Preferences, ProgressState, StepStatus } from './types';

/** Evidence entries kept per step: the newest ones matter, an endless list does not. */
export const MAX_EVIDENCE_PER_STEP = 20;
/** Instance hosts remembered, most recently seen first. */
export const MAX_HOSTS_SEEN = 20;

/** Sets one step's status, as marked by hand. Other steps are untouched. */
export function setStepStatus(state: ProgressState, stepId: StepId, status: StepStatus, now: string): ProgressState {
  const step = state.steps[stepId];
  if (step.status === status) return state;
  return { ...state, steps: { ...state.steps, [stepId]: { ...step, status, changedAt: now, via: 'hand' } } };
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
  const becomesDone = completes && step.status !== 'done';
  const next = becomesDone
    ? { ...step, evidence, status: 'done' as const, changedAt: entry.seenAt, via: 'evidence' as const }
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

/** Forgets all step progress, evidence, diagnostics and timings; preferences and known hosts stay. */
export function resetProgress(state: ProgressState): ProgressState {
  return { ...state, steps: initialProgress().steps, diagnostics: [], timings: {} };
}

export function setPreferences(state: ProgressState, prefs: Partial<Preferences>): ProgressState {
  return { ...state, prefs: { ...state.prefs, ...prefs } };
}

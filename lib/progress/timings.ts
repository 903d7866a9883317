import { STEP_IDS, type StepId } from '../guide/types';
import type { ProgressState, StepTiming } from './types';

/** Not-found counts stop here: beyond it, "often" is all a report needs to say. */
export const MAX_NOT_FOUND = 9_999;

const NONE: StepTiming = { startedAt: null, completedAt: null, notFound: 0 };

/** A step's timing: when it was started and completed, and how often its target was not found. */
export function timingOf(state: ProgressState, stepId: StepId): StepTiming {
  return state.timings[stepId] ?? NONE;
}

function withTiming(state: ProgressState, stepId: StepId, change: Partial<StepTiming>): ProgressState {
  return { ...state, timings: { ...state.timings, [stepId]: { ...timingOf(state, stepId), ...change } } };
}

/** The guide showed this step (or the user worked on it): it started now, unless it started before or is done. */
export function markStarted(state: ProgressState, stepId: StepId, now: string): ProgressState {
  const { status } = state.steps[stepId];
  if (timingOf(state, stepId).startedAt || status === 'done' || status === 'skipped') return state;
  return withTiming(state, stepId, { startedAt: now });
}

/** One of the step's targets was not found on a page: counted (and the step has started). */
export function countNotFound(state: ProgressState, stepId: StepId, now: string): ProgressState {
  const started = markStarted(state, stepId, now);
  return withTiming(started, stepId, { notFound: Math.min(MAX_NOT_FOUND, timingOf(started, stepId).notFound + 1) });
}

/**
 * Follows a change of step statuses with their timings: a step that became done was completed at its
 * status time; one that is no longer done is not completed; one set in progress has started. Applied by
 * the background (the one writer) to every change, so every way a status changes is timed alike.
 */
export function trackTimings(before: ProgressState, after: ProgressState, now: string): ProgressState {
  if (before.steps === after.steps) return after;
  let next = after;
  for (const id of STEP_IDS) {
    const was = before.steps[id];
    const is = after.steps[id];
    if (was === is) continue;
    if (is.status === 'done' && was.status !== 'done') next = withTiming(next, id, { completedAt: is.changedAt ?? now });
    else if (is.status !== 'done' && timingOf(next, id).completedAt) next = withTiming(next, id, { completedAt: null });
    if (is.status === 'in-progress') next = markStarted(next, id, now);
  }
  return next;
}

/** Seconds from start to completion; null when either is not known. */
export function secondsTaken(timing: StepTiming): number | null {
  if (!timing.startedAt || !timing.completedAt) return null;
  return Math.max(0, Math.round((Date.parse(timing.completedAt) - Date.parse(timing.startedAt)) / 1000));
}

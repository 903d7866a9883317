import { STEP_IDS, type StepId } from '../guide/types';
import type { ClassOverview, ClassRow, StepSummary } from './types';

/** The median of `values` (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Where an attendee stalled: the first step of their file, in guide order, that is not done. */
export function stalledAt(row: ClassRow): StepId | null {
  return STEP_IDS.find((id) => row.cells[id] && row.cells[id].status === 'not-done') ?? null;
}

/**
 * The class overview of the accepted rows: the steps any file covers (guide order), per step how many
 * did it, the medians of time (over those who did it) and hints (over everyone whose file counts them),
 * how many stalled there, and the step where most stalled (the earlier on a tie; none if all finished).
 */
export function aggregate(rows: readonly ClassRow[]): ClassOverview {
  const steps = STEP_IDS.filter((id) => rows.some((row) => row.cells[id]));
  const stalls = new Map<StepId, number>();
  for (const row of rows) {
    const at = stalledAt(row);
    if (at) stalls.set(at, (stalls.get(at) ?? 0) + 1);
  }
  const summaries = steps.map((id): StepSummary => {
    const cells = rows.flatMap((row) => (row.cells[id] ? [row.cells[id]] : []));
    const done = cells.filter((c) => c.status !== 'not-done');
    const seconds = done.flatMap((c) => (c.seconds === null ? [] : [c.seconds]));
    const hints = cells.flatMap((c) => (c.hints === null ? [] : [c.hints]));
    return { id, attendees: cells.length, done: done.length, medianSeconds: median(seconds), medianHints: median(hints), stalled: stalls.get(id) ?? 0 };
  });
  let stallStep: StepId | null = null;
  for (const summary of summaries) if (summary.stalled > (stallStep ? stalls.get(stallStep)! : 0)) stallStep = summary.id;
  return { rows: [...rows], steps, summaries, stallStep };
}

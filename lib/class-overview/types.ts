import type { StepId } from '../guide/types';

/** How an attendee ended a step. */
export type CellStatus = 'done-evidence' | 'done-hand' | 'not-done';

/** One attendee × step of the matrix. Null: the file does not say (a completion report has no hints). */
export interface MatrixCell {
  status: CellStatus;
  seconds: number | null;
  hints: number | null;
  offPath: number | null;
}

/** One accepted file: an attendee's row. */
export interface ClassRow {
  attendee: string;
  /** The file it came from (shown, never interpreted). */
  file: string;
  source: 'assessment' | 'report';
  /** The steps this file covers; a step outside the attendee's scope is absent. */
  cells: Partial<Record<StepId, MatrixCell>>;
}

/** Why a file was left out. */
export type RejectReason = 'too-large' | 'malformed-json' | 'unknown-file' | 'other-version' | 'invalid' | 'duplicate' | 'unreadable';

export interface RejectedFile {
  file: string;
  reason: RejectReason;
  /** The bad field's path, when it is known and safe to show. */
  field?: string;
  /** For a duplicate: the file it repeats. */
  sameAs?: string;
}

/** Per-step figures over all attendees whose files cover the step. */
export interface StepSummary {
  id: StepId;
  /** Attendees whose files cover the step. */
  attendees: number;
  done: number;
  /** Median seconds of those who did it; null when nobody did (or no file timed it). */
  medianSeconds: number | null;
  /** Median hints over those whose file counts hints; null when none does. */
  medianHints: number | null;
  /** Attendees for whom this was the first step not done: where they stalled. */
  stalled: number;
}

/** The class overview's figures. */
export interface ClassOverview {
  rows: ClassRow[];
  /** Every step any file covers, in guide order. */
  steps: StepId[];
  summaries: StepSummary[];
  /** The step where most attendees stalled (the earlier one on a tie); null when everybody finished. */
  stallStep: StepId | null;
}

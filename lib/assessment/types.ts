import type { StepId } from '../guide/types';
import type { Locale } from '../i18n/locale';

/** The `format` marker of an assessment result file: tells it apart from a report or any other JSON. */
export const ASSESSMENT_FORMAT = 'msi-setup-assessment';
/** The version of the result file format. A change to the shape needs a new number. */
export const ASSESSMENT_VERSION = 1;
/** Largest result file accepted (a full result is about 2 KB). */
export const MAX_ASSESSMENT_BYTES = 64_000;
/** Longest attendee name kept. */
export const MAX_ATTENDEE_LENGTH = 80;
/** Counts and durations are capped here: a day, or this many hints or clicks, is already "a lot". */
export const MAX_SECONDS = 86_400;
export const MAX_COUNT = 9_999;

/** How one step of the assessment ended. */
export interface AssessmentStepResult {
  id: StepId;
  /** The step was done by the end of the assessment. */
  done: boolean;
  /** How: the page showed it (`evidence`), or the attendee said so (`hand`); null when not done. */
  via: 'evidence' | 'hand' | null;
  /** Seconds from the step becoming the next one to do until it was done (or the assessment ended). */
  seconds: number;
  /** Hints asked for while the guide showed this step. */
  hints: number;
  /** Controls clicked during this step that were not on its path (counted, never listed). */
  offPath: number;
}

/**
 * One attendee's assessment, exactly as exported to JSON: the attendee's name, the steps the trainer
 * chose, and per step facts and counts only — never anything typed into a practice screen.
 */
export interface AssessmentResult {
  format: typeof ASSESSMENT_FORMAT;
  version: typeof ASSESSMENT_VERSION;
  attendee: string;
  startedAt: string;
  finishedAt: string;
  extensionVersion: string;
  uiLanguage: Locale;
  /** The steps of the chosen scope, in guide order. */
  steps: AssessmentStepResult[];
}

import type { Locale } from '../i18n/locale';
import type { PersonaId, StepId } from '../guide/types';
import type { AppId, PageId } from '../pages/types';

export const STEP_STATUSES = ['todo', 'in-progress', 'done', 'skipped'] as const;
/** Where a step stands. `skipped` means "not needed here" and takes the step out of the total. */
export type StepStatus = (typeof STEP_STATUSES)[number];

/**
 * How a status came about: marked by a person, read from what a host page showed, or done by another
 * person in their browser and taken over from their completion report (`elsewhere`: counted as done,
 * never as verified here).
 */
export const STATUS_SOURCES = ['hand', 'evidence', 'elsewhere'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/** Where a step "done elsewhere" came from: the other person's completion report, by its generation time. */
export interface DoneElsewhere {
  reportGeneratedAt: string;
}

/**
 * One thing seen on a page that proves a step (or part of it). Holds which rule held, where and
 * when — never the text that was read, which may be a secret.
 */
export interface EvidenceEntry {
  rule: string;
  host: string;
  page: PageId;
  seenAt: string;
}

export interface StepProgress {
  status: StepStatus;
  /** ISO time of the last status change; null while the step was never touched. */
  changedAt: string | null;
  /** How the last status change came about; null while never touched. */
  via: StatusSource | null;
  evidence: EvidenceEntry[];
  /** Present exactly when `via` is `elsewhere` (format version 3). */
  elsewhere?: DoneElsewhere;
}

/**
 * When a step was started (the guide first showed it, or the user worked on it) and completed, and how
 * often one of its targets was not found on a page. Times only — never what a page showed.
 */
export interface StepTiming {
  startedAt: string | null;
  completedAt: string | null;
  notFound: number;
}

/** An instance host of one of the apps the extension has seen the user on (used for "Go to step"). */
export interface HostSeen {
  app: AppId;
  host: string;
  lastSeen: string;
}

/**
 * A target the guide could not find on a page, kept for the support report: which ways were tried
 * and how each failed. Never holds page text.
 */
export interface LocatorDiagnostic {
  target: string;
  step: string;
  host: string;
  page: PageId;
  at: string;
  tried: Array<{ way: number; by: string; lang?: string; outcome: string }>;
}

/**
 * A documented error state the guide recognised on a page (format version 4): which (the rule's id, never
 * the message text), where (app, host, page), the step it blocked, when first and last, and how often.
 */
export interface ErrorSeen {
  error: string;
  app: AppId;
  host: string;
  page: PageId;
  /** The step the guide showed when the error appeared, if any. */
  step?: StepId;
  firstSeen: string;
  lastSeen: string;
  count: number;
}

/**
 * Which way of a target found it on a page (format version 4), so support sees when only a text way
 * carries a step: the way's index, its kind and language, from the registry. Never page text.
 */
export interface MatchedWay {
  target: string;
  step: StepId;
  host: string;
  page: PageId;
  way: number;
  by: 'css' | 'text';
  lang?: Locale;
  at: string;
}

/** Whose steps the user wants to see. */
export type PersonaFilter = PersonaId | 'both';

export interface Preferences {
  /** null: follow the browser's UI language. */
  locale: Locale | null;
  persona: PersonaFilter;
  /** Presenter mode: larger callouts, a step strip, no automatic jumps, secrets masked on screen. */
  presenter: boolean;
}

/** Everything the extension persists. Written only by the background. */
export interface ProgressState {
  steps: Record<StepId, StepProgress>;
  hostsSeen: HostSeen[];
  prefs: Preferences;
  /** Targets not found, newest first (capped). */
  diagnostics: LocatorDiagnostic[];
  /** Per step, once it was started: its timing (format version 2). */
  timings: Partial<Record<StepId, StepTiming>>;
  /** Documented error states seen, newest first (capped, one entry per error, host and page). */
  errorsSeen: ErrorSeen[];
  /** Per target, host and page, the way that found it, newest first (capped). */
  matched: MatchedWay[];
}

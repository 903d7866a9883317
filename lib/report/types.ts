import type { StepId } from '../guide/types';
import type { Locale } from '../i18n/locale';
import type { DoneElsewhere, EvidenceEntry, HostSeen, StatusSource, StepStatus, StepTiming } from '../progress/types';
import type { PageId } from '../pages/types';

/** The `format` marker of an exported report: tells a report apart from any other JSON file. */
export const REPORT_FORMAT = 'msi-setup-report';
/**
 * The version of the exported report format. A change to the shape needs a new number.
 * 1: statuses, evidence and diagnostics. 2: adds each step's `timing`. 3: a step may be "done elsewhere"
 * (`via: 'elsewhere'` and the `elsewhere` source).
 */
export const REPORT_VERSION = 3;
/** A report format version this extension opens: the current one, 2 (nothing done elsewhere) or 1 (no timings either). */
export type ReportVersion = 1 | 2 | typeof REPORT_VERSION;
/** Largest report file accepted for import (a full report is a few tens of KB). */
export const MAX_REPORT_BYTES = 1_000_000;

/** The ways a locator can be tried, and how a try can fail (as stored in diagnostics). */
export const WAY_KINDS = ['css', 'text', 'route'] as const;
export const WAY_OUTCOMES = ['none', 'ambiguous', 'hidden', 'invalid-selector'] as const;

/** One locator way that was tried for a target and how it failed. */
export interface ReportTriedWay {
  /** Index into the target's `ways` in the registry. */
  way: number;
  by: (typeof WAY_KINDS)[number];
  lang?: Locale;
  outcome: (typeof WAY_OUTCOMES)[number];
}

/** A target of the step that the guide could not find on a page. */
export interface ReportDiagnostic {
  /** Target key in the registry, e.g. `marketo.sales-insight.actions-config-tab`. */
  target: string;
  page: PageId;
  host: string;
  at: string;
  tried: ReportTriedWay[];
}

/** One prerequisite or step as the report carries it: facts and ids only, texts come from the guide. */
export interface ReportStep {
  id: StepId;
  status: StepStatus;
  changedAt: string | null;
  via: StatusSource | null;
  evidence: EvidenceEntry[];
  diagnostics: ReportDiagnostic[];
  /**
   * When the step was started and completed and how often its target was not found (times only).
   * Every version-2 report has it; a version-1 report did not record it, so it is absent there.
   */
  timing?: StepTiming;
  /** For a step done elsewhere (version 3): the completion report it was taken from. */
  elsewhere?: DoneElsewhere;
}

/** Facts about the installation that produced the report. */
export interface ReportMeta {
  generatedAt: string;
  extensionVersion: string;
  /** Short browser name and major version, e.g. `Chrome 140`. */
  browser: string;
  uiLanguage: Locale;
}

/**
 * The completion report, exactly as exported to JSON. It holds ids, statuses, hosts and times only —
 * never page text, secrets or e-mail addresses — and titles or explanations are looked up in the guide
 * of whoever reads it, in their language.
 */
export interface CompletionReport extends ReportMeta {
  format: typeof REPORT_FORMAT;
  /** REPORT_VERSION for every report this extension builds; 1 for an older file opened read-only. */
  version: ReportVersion;
  hostsSeen: HostSeen[];
  steps: ReportStep[];
}

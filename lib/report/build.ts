import { GUIDE } from '../apps';
import type { StepId } from '../guide/types';
import { timingOf } from '../progress/timings';
import type { LocatorDiagnostic, ProgressState, StepTiming } from '../progress/types';
import { redactReport } from './redact';
import { reportDiagnosticSchema, reportTimingSchema } from './schema';
import { REPORT_FORMAT, REPORT_VERSION, type CompletionReport, type ReportDiagnostic, type ReportMeta } from './types';

/** Diagnostics of one step, newest first, in the report's shape; entries that do not fit it are left out. */
function diagnosticsOf(all: readonly LocatorDiagnostic[], stepId: StepId): ReportDiagnostic[] {
  return all.flatMap((d) => {
    if (d.step !== stepId) return [];
    // Copy field by field (not `...d`), so nothing a future diagnostic field carries slips into a report.
    const parsed = reportDiagnosticSchema.safeParse({ target: d.target, page: d.page, host: d.host, at: d.at, tried: d.tried });
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * A step's timing in the report's shape (named fields only). A start recorded after the completion (the
 * computer's clock was set back in between, say) is left out: the time taken is then unknown, never
 * negative, and the report still reads back.
 */
function timingFor(state: ProgressState, stepId: StepId): StepTiming {
  const { startedAt, completedAt, notFound } = timingOf(state, stepId);
  const timing = { startedAt, completedAt, notFound };
  return reportTimingSchema.safeParse(timing).success ? timing : { startedAt: null, completedAt, notFound };
}

/**
 * Builds the completion report of the user's progress: every prerequisite and step in guide order with
 * its status, when and how it was reached, when it was started and completed and how often its target
 * was not found, its evidence and the locator diagnostics of its targets, plus the installation facts
 * in `meta`. Only named fields are copied, then secret-like values are stripped (see redactReport).
 */
export function buildReport(state: ProgressState, meta: ReportMeta): CompletionReport {
  const steps = GUIDE.map((step) => {
    const progress = state.steps[step.id];
    return {
      id: step.id,
      status: progress.status,
      changedAt: progress.changedAt,
      via: progress.via,
      evidence: progress.evidence.map(({ rule, host, page, seenAt }) => ({ rule, host, page, seenAt })),
      diagnostics: diagnosticsOf(state.diagnostics, step.id),
      timing: timingFor(state, step.id),
      ...(progress.elsewhere ? { elsewhere: { reportGeneratedAt: progress.elsewhere.reportGeneratedAt } } : {}),
    };
  });
  return redactReport({
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: meta.generatedAt,
    extensionVersion: meta.extensionVersion,
    browser: meta.browser,
    uiLanguage: meta.uiLanguage,
    hostsSeen: state.hostsSeen.map(({ app, host, lastSeen }) => ({ app, host, lastSeen })),
    steps,
  });
}

/** A browser brand as `navigator.userAgentData.brands` lists it. */
export interface BrandVersion {
  brand: string;
  version: string;
}

/** The made-up brand ("Not)A;Brand" and the like) browsers add to the list to discourage sniffing. */
const FILLER_BRAND = /not.?a.?brand/i;

/** UA tokens to look for, most specific first (Edge and Opera also say "Chrome"). */
const UA_TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Edg\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Chrome\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[^ ]* Safari\//, 'Safari'],
];

/**
 * A short browser label such as `Chrome 140` or `Firefox 142`: name and major version only, which is
 * all support needs and says less about the machine than the whole user-agent string.
 */
export function browserLabel(userAgent: string, brands?: readonly BrandVersion[]): string {
  const named = (brands ?? []).filter((b) => !FILLER_BRAND.test(b.brand));
  // "Chromium" is listed next to the product brand; prefer the product when there is one.
  const pick = named.find((b) => b.brand !== 'Chromium') ?? named[0];
  if (pick) return `${pick.brand.replace(/^Google /, '')} ${pick.version}`.slice(0, 60);
  for (const [pattern, name] of UA_TOKENS) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return 'unknown';
}

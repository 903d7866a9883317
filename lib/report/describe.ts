import { countSteps, type StepCount } from '../progress/count';
import { getStep } from '../apps';
import { RULE_PROOFS, whereOf } from '../apps/page-texts';
import { formatDuration } from '../i18n/duration';
import type { Locale } from '../i18n/locale';
import { secondsTaken } from '../progress/timings';
import { APP_NAMES, PAGE_NAMES } from '../pages/names';
import type { StatusSource, StepStatus } from '../progress/types';
import { TARGETS } from '../targets/registry';
import type { TargetDef } from '../targets/types';
import { reportText, type ReportTextKey } from './text';
import type { CompletionReport, ReportDiagnostic, ReportStep, ReportTriedWay } from './types';

/*
 * Turns a report (ids and facts) into the texts a reader sees, in the reader's language, from this
 * extension's guide and target registry. The page and the Markdown export both use this, so they
 * always say the same thing.
 */

/** An evidence entry with what it proves and the page's name. */
export interface DescribedEvidence {
  rule: string;
  proves: string;
  host: string;
  page: string;
  seenAt: string;
}

/** A locator diagnostic with where the target usually is and each tried way in words. */
export interface DescribedDiagnostic {
  target: string;
  where: string;
  page: string;
  host: string;
  at: string;
  tried: string[];
}

/** A step of the report with every text a reader sees. */
export interface DescribedStep {
  id: string;
  /** "Step 3" or "Prerequisite". */
  label: string;
  title: string;
  status: StepStatus;
  statusText: string;
  changedAt: string | null;
  /** How the status came about (the report's own record; `how` says it in words). */
  via: StatusSource | null;
  /** "Marked by hand" / "Verified from page evidence" / "Done by another person…"; null while never touched. */
  how: string | null;
  evidence: DescribedEvidence[];
  diagnostics: DescribedDiagnostic[];
  /** False for a version-1 report, which recorded no timing: then every timing text says "not recorded". */
  timed: boolean;
  startedAt: string | null;
  completedAt: string | null;
  /** Time from start to completion ("4 min 12 sec"); `—` unless both are known. */
  timeTaken: string;
  /** How often the step's target was not found, as a plain number. */
  notFound: string;
  /** What that count means, in a sentence. */
  notFoundMeaning: string;
}

const STATUS_KEYS: Readonly<Record<StepStatus, ReportTextKey>> = {
  todo: 'statusTodo',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  skipped: 'statusSkipped',
};

const BY_KEYS: Readonly<Record<ReportTriedWay['by'], ReportTextKey>> = { css: 'byCss', text: 'byText', route: 'byRoute' };

const OUTCOME_KEYS: Readonly<Record<ReportTriedWay['outcome'], ReportTextKey>> = {
  none: 'outcomeNone',
  ambiguous: 'outcomeAmbiguous',
  hidden: 'outcomeHidden',
  'invalid-selector': 'outcomeInvalidSelector',
};

/** Language names in their own language, so a reader recognises theirs. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English (en)', de: 'Deutsch (de)' };

/** One tried way, e.g. "way 2 (label text, de): not found". Ways count from 1 for people. */
export function describeWay(tried: ReportTriedWay, locale: Locale): string {
  return reportText(locale, 'wayEntry', {
    n: tried.way + 1,
    by: reportText(locale, BY_KEYS[tried.by]),
    lang: tried.lang ? `, ${tried.lang}` : '',
    outcome: reportText(locale, OUTCOME_KEYS[tried.outcome]),
  });
}

function describeDiagnostic(d: ReportDiagnostic, locale: Locale): DescribedDiagnostic {
  const def = (TARGETS as Readonly<Record<string, TargetDef>>)[d.target];
  return {
    target: d.target,
    where: def ? (whereOf(d.target, locale) ?? '') : reportText(locale, 'unknownTarget'),
    page: PAGE_NAMES[d.page][locale],
    host: d.host,
    at: d.at,
    tried: d.tried.map((t) => describeWay(t, locale)),
  };
}

type TimingTexts = Pick<DescribedStep, 'timed' | 'startedAt' | 'completedAt' | 'timeTaken' | 'notFound' | 'notFoundMeaning'>;

/** The timing texts of a step; a version-1 report has no timing to tell. */
function describeTiming(step: ReportStep, locale: Locale): TimingTexts {
  const timing = step.timing;
  if (!timing) {
    const notRecorded = reportText(locale, 'notRecorded');
    return { timed: false, startedAt: null, completedAt: null, timeTaken: notRecorded, notFound: notRecorded, notFoundMeaning: reportText(locale, 'timingNotRecorded') };
  }
  const n = timing.notFound;
  return {
    timed: true,
    startedAt: timing.startedAt,
    completedAt: timing.completedAt,
    timeTaken: formatDuration(locale, secondsTaken(timing)),
    notFound: n.toLocaleString(locale),
    notFoundMeaning: reportText(locale, n === 0 ? 'notFoundNever' : n === 1 ? 'notFoundOnce' : 'notFoundTimes', { n: n.toLocaleString(locale) }),
  };
}

/** How the step got its status; null while never touched. */
function describeHow(step: ReportStep, locale: Locale): string | null {
  if (step.via === 'elsewhere') return reportText(locale, 'viaElsewhere', { time: formatUtc(step.elsewhere?.reportGeneratedAt ?? null) });
  return step.via ? reportText(locale, step.via === 'hand' ? 'viaHand' : 'viaEvidence') : null;
}

/** One step of the report with its texts. */
export function describeStep(step: ReportStep, locale: Locale): DescribedStep {
  const guide = getStep(step.id);
  return {
    id: step.id,
    label: guide.number ? reportText(locale, 'stepNumber', { n: guide.number }) : reportText(locale, 'prerequisite'),
    title: guide.title[locale],
    status: step.status,
    statusText: reportText(locale, step.via === 'elsewhere' ? 'statusDoneElsewhere' : STATUS_KEYS[step.status]),
    changedAt: step.changedAt,
    via: step.via,
    how: describeHow(step, locale),
    evidence: step.evidence.map((e) => {
      const rule = guide.completion.rules.find((r) => r.id === e.rule);
      return {
        rule: e.rule,
        proves: rule && RULE_PROOFS[rule.id] ? RULE_PROOFS[rule.id]![locale] : reportText(locale, 'unknownRule'),
        host: e.host,
        page: PAGE_NAMES[e.page][locale],
        seenAt: e.seenAt,
      };
    }),
    diagnostics: step.diagnostics.map((d) => describeDiagnostic(d, locale)),
    ...describeTiming(step, locale),
  };
}

/** The report's step count, as the popup counts (lib/progress/count.ts). */
export function reportSummary(report: CompletionReport): StepCount {
  const statuses = new Map(report.steps.map((s) => [s.id, s.status]));
  return countSteps((id) => statuses.get(id));
}

/** The installation facts as label/value pairs, times left for the caller to format. */
export function describeMeta(report: CompletionReport, locale: Locale) {
  return {
    generatedAt: report.generatedAt,
    extensionVersion: report.extensionVersion,
    browser: report.browser,
    uiLanguage: LANGUAGE_NAMES[report.uiLanguage],
    hosts: report.hostsSeen.map((h) => ({ host: h.host, app: APP_NAMES[h.app][locale], lastSeen: h.lastSeen })),
  };
}

/** An ISO time as `2026-11-20 10:00 UTC`: unambiguous for a ticket read in another time zone. */
export function formatUtc(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

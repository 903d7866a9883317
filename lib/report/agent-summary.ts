import { getStep } from '../apps';
import { stepPosition } from '../guide/runner';
import type { Locale } from '../i18n/locale';
import { reportText } from './text';
import type { CompletionReport, ReportStep } from './types';

/** A step as a support agent names it: "step 3", or "prerequisite 2". */
function nameOf(step: ReportStep, locale: Locale): string {
  const guide = getStep(step.id);
  return reportText(locale, guide.number ? 'agentStep' : 'agentPrerequisite', { n: guide.number ?? stepPosition(guide).index });
}

/** "steps 2 and 7" / "Schritte 2 und 7": the names of `steps` as one phrase, in the reader's language. */
function listOf(steps: readonly ReportStep[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(steps.map((s) => nameOf(s, locale)));
}

/**
 * What a support agent needs first from a customer's report, in one or two sentences: where the customer
 * is blocked (the first step neither done nor skipped, in guide order) and which done steps the customer's
 * browser did not verify (marked by hand, or recorded as done elsewhere).
 */
export function agentSummary(report: CompletionReport, locale: Locale): string {
  const blocked = report.steps.find((s) => s.status !== 'done' && s.status !== 'skipped');
  const unverified = report.steps.filter((s) => s.status === 'done' && s.via !== 'evidence');
  const first = blocked
    ? reportText(locale, 'agentBlocked', { step: nameOf(blocked, locale), title: getStep(blocked.id).title[locale] })
    : reportText(locale, 'agentAllDone');
  const second = unverified.length
    ? reportText(locale, 'agentUnverified', { steps: listOf(unverified, locale) })
    : reportText(locale, 'agentAllVerified');
  return `${first} ${second}`;
}
